// What each seed's furniture gives (date, outlet, author, title), and that it is gone from the body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripBoilerplate } from '../../server/src/corpus/boilerplate';
import { seedCorpus } from '../helpers/corpus';

const EXPECTED: Record<string, { date: string; outlet?: string; author?: string; title: string }> = {
  '000-border-clashes': { date: '2020-07-17', outlet: 'Meridian', title: "Kestria's Dovranov lashes out at Norvania as border clashes enter fifth day" },
  '001-presidential-aide': { date: '2023-09-06', outlet: 'Valgrad Today', author: 'Nigar Safarli', title: 'Presidential aide: Norvania hides behind "humanitarian" rhetoric' },
  '002-lindholm-talks': { date: '2023-05-04', title: 'Foreign ministers of Kestria and Norvania resume talks in Lindholm' },
  '003-ombudswoman-warns': { date: '2023-09-21', author: 'Anna Petrosyan', title: 'Norvanian ombudswoman warns of exodus from Upper Valan' },
  '004-regional-summit': { date: '2023-10-12', title: 'Kestria and Norvania trade accusations at regional summit' },
};

test('each seed: metadata from its header lines', async () => {
  const model = await seedCorpus();
  assert.deepEqual(model.sources.map((s) => s.key), Object.keys(EXPECTED));
  for (const s of model.sources) {
    const e = EXPECTED[s.key];
    assert.equal(s.date, e.date, `${s.key} date`);
    assert.equal(s.outlet, e.outlet, `${s.key} outlet`);
    assert.equal(s.author, e.author, `${s.key} author`);
    assert.equal(s.title, e.title, `${s.key} title`);
  }
});

test('each seed: the body carries none of the furniture', async () => {
  const model = await seedCorpus();
  for (const s of model.sources) {
    for (const junk of ['[ad_1]', '[ad_2]', 'Last update', 'Newsroom logo', 'Follow us on', 'Published in:', ' date 20', 'By Nigar']) {
      assert.ok(!s.text.includes(junk), `${s.key} still has ${junk}`);
    }
  }
});

test('inline ad markers go, and body offsets still map to the file', () => {
  const file = 'Title\n\nHe said [ad_1]"yes" today.\n';
  const { body } = stripBoilerplate(file);
  assert.ok(!body.text.includes('[ad_1]'));
  const at = body.text.indexOf('"yes"');
  assert.equal(file.slice(body.fileOffset(at), body.fileOffset(at) + 5), '"yes"');
});

test('date formats news pages use', () => {
  const dated = (line: string) => stripBoilerplate(`${line}\nBody.\n`).meta.date;
  assert.equal(dated(' date 2020-07-17'), '2020-07-17');
  assert.equal(dated('Last update: 06.09.2023 14:02 Newsroom logo Valgrad Today'), '2023-09-06');
  assert.equal(dated('Published in: Politics Last update: 12 October 2023 09:15'), '2023-10-12');
  assert.equal(dated('By Nigar Safarli September 6, 2023'), '2023-09-06');
});
