// What each real seed's furniture gives (date, outlet, author, title), that it is
// gone from the body, and that the body still maps to the file exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { stripBoilerplate } from '../../server/src/corpus/boilerplate';
import { leadTitle } from '../../server/src/corpus/sourceFromFile';
import { SEEDS, seedCorpus } from '../helpers/corpus';

const EXPECTED: Record<string, { date?: string; outlet?: string; author?: string; title: string }> = {
  // " date 2020-07-17 President Ilham Aliyev …": the stamp is glued to the first sentence, and there is no headline.
  '000_64dc1e6c8dc30130': { date: '2020-07-17', title: 'President Ilham Aliyev of Azerbaijan threatened to withdraw from Karabakh conflict settlement talks…' },
  // "Last update: July 20, 2024 14:02" is the page's stamp; the byline "By Gunay Hajiyeva September 6, 2023" dates the article.
  '001_d3d3f7e52c00361c': { date: '2023-09-06', author: 'Gunay Hajiyeva', title: 'Azerbaijan Says Anybody Willing to Contribute to Peace Talks is Welcome' },
  // "Yerevan (AFP)": a wire dateline; "Published in: Last update:" has no date.
  '002_0ed3d3604d76e39f': { outlet: 'AFP', title: 'Armenia excludes any political solution in Nagorno Karabakh' },
  // No headline, no date, no byline.
  '003_dad90ff8750c3564': { title: 'The first direct talks aimed at halting the deadliest fighting in twenty-five years between Armenia…' },
  // A title-case headline on the first line, one newline before the first paragraph.
  '004_3008ca76504e7be7': { title: 'Aliyev Threatens Military Action Against Armenia, Yerevan Accuses Baku of Planning New Attacks' },
};

test('each real seed: a readable title, and the date, outlet and author its text gives', async () => {
  const model = await seedCorpus();
  assert.deepEqual(model.sources.map((s) => s.key), Object.keys(EXPECTED));
  for (const s of model.sources) {
    const e = EXPECTED[s.key];
    assert.equal(s.title, e.title, `${s.key} title`);
    assert.equal(s.date, e.date, `${s.key} date`);
    assert.equal(s.outlet, e.outlet, `${s.key} outlet`);
    assert.equal(s.author, e.author, `${s.key} author`);
    assert.doesNotMatch(s.title!, /^\d{3}_[0-9a-f]{16}$/, 'never a file hash');
  }
});

test('each real seed: the body carries none of the furniture', async () => {
  const model = await seedCorpus();
  for (const s of model.sources) {
    for (const junk of ['[ad_1]', '[ad_2]', 'Last update', 'Newsroom logo', 'Follow us on', 'Published in:', 'date 2020', 'Yerevan (AFP)', 'By Gunay Hajiyeva']) {
      assert.ok(!s.text.includes(junk), `${s.key} still has ${junk}`);
    }
  }
  const first = (key: string) => model.sources.find((s) => s.key === key)!.text.trimStart().slice(0, 40);
  assert.equal(first('000_64dc1e6c8dc30130'), 'President Ilham Aliyev of Azerbaijan thr');
  assert.equal(first('002_0ed3d3604d76e39f'), 'Armenia excludes any political solution ');
});

test('each real seed: every word of the body maps back to the same word in the file', async () => {
  const model = await seedCorpus();
  for (const s of model.sources) {
    const file = readFileSync(path.join(SEEDS, `${s.key}.txt`), 'utf8');
    for (const m of s.text.matchAll(/\S+/g)) {
      const at = s.fileOffset(m.index!);
      assert.equal(file.slice(at, at + m[0].length), m[0], `${s.key}: “${m[0]}” at ${m.index}`);
    }
  }
});

test('the seeds: every quote’s file offsets hold its text', async () => {
  const model = await seedCorpus();
  for (const q of model.quotes) {
    const file = readFileSync(path.join(SEEDS, `${q.sourceKey}.txt`), 'utf8');
    assert.equal(file.slice(q.start, q.end), q.text);
  }
});

test('a headline-less article is titled by its opening sentence, cut at a clause or a word', () => {
  assert.equal(leadTitle('Azerbaijani forces began a brazen attack.'), 'Azerbaijani forces began a brazen attack');
  // The real opening sentences of 000 and 003: a comma past half-way is a clause boundary; else the last whole word that is not "the", "of"…
  assert.equal(
    leadTitle('President Ilham Aliyev of Azerbaijan threatened to withdraw from Karabakh conflict settlement talks, blaming Armenia for obstructing his vision of a resolution.'),
    'President Ilham Aliyev of Azerbaijan threatened to withdraw from Karabakh conflict settlement talks…',
  );
  assert.ok(leadTitle('The first direct talks aimed at halting the deadliest fighting in twenty-five years between Armenia and Azerbaijan are underway in Moscow.').length <= 101);
});

test('inline ad markers go, and body offsets still map to the file', () => {
  const file = 'Title\n\nHe said [ad_1]"yes" today.\n';
  const { body } = stripBoilerplate(file);
  assert.ok(!body.text.includes('[ad_1]'));
  const at = body.text.indexOf('"yes"');
  assert.equal(file.slice(body.fileOffset(at), body.fileOffset(at) + 5), '"yes"');
});

test('the date lines the seeds use, and what is not the article’s date', () => {
  const dated = (line: string) => stripBoilerplate(`${line}\nBody.\n`).meta.date;
  assert.equal(dated(' date 2020-07-17'), '2020-07-17');
  assert.equal(dated(' date 2020-07-17 President Ilham Aliyev of Azerbaijan threatened to withdraw'), '2020-07-17');
  assert.equal(dated('By Gunay Hajiyeva September 6, 2023'), '2023-09-06');
  assert.equal(dated('Last update: July 20, 2024 14:02'), undefined, 'a page stamp');
  assert.equal(dated('Published in: Last update: July 20, 2024 14:02'), undefined, 'a page stamp');
  assert.equal(stripBoilerplate('Last update: July 20, 2024 14:02\n\nNewsroom logo\n\nHeadline\n\nBy Gunay Hajiyeva September 6, 2023\n').meta.date, '2023-09-06');
  assert.equal(stripBoilerplate('Yerevan (AFP)\n\nOn Wednesday, Armenia ruled out any talks.\n').meta.outlet, 'AFP');
});
