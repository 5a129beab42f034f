// Keys that Pandoc cannot read bare (news-dev has 13 file names ending in `-`):
// key completion inserts the brace form, `verbatim sources` says how to cite
// them, and the checker takes `[@key-]` for the source the writer meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../server/src/check/checkDraft';
import { formatSources } from '../../server/src/cli/listings';
import { loadCorpus } from '../../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../../server/src/index/corpusIndex';
import { QuoteSearch } from '../../server/src/index/quoteSearch';
import { completionsAt } from '../../server/src/services/completion';
import { LineIndex } from '../../server/src/text/lineIndex';

const NEWS = path.resolve(__dirname, '..', '..', '..', 'shared', 'news-dev', 'text');
const skip = existsSync(NEWS) ? false : `../shared/news-dev/text is absent (${NEWS})`;
const KEY = 'usa-today_2016-09-08_candidates-vie-for-vets-support-';

async function corpus() {
  const { model } = await loadCorpus({ root: NEWS, globs: [`${KEY}.txt`, 'politico_2016-09-08_flynn-says-trump-absolutely-righ.txt'] });
  return { model, index: buildCorpusIndex(model) };
}

test('key completion inserts @{key-} for a key Pandoc cannot read bare, and the bare key otherwise', { skip }, async () => {
  const { model, index } = await corpus();
  const search = new QuoteSearch(model);
  for (const [typed, expectKey, expectBare] of [
    ['See [@', `{${KEY}}`, 'politico_2016-09-08_flynn-says-trump-absolutely-righ'],
    ['See [@{', `{${KEY}}`, '{politico_2016-09-08_flynn-says-trump-absolutely-righ}'],
  ] as const) {
    const text = `${typed}\n`;
    const result = checkDraft(text, index);
    const doc = { uri: 'file:///d.md', text, lines: new LineIndex(text), result };
    const items = completionsAt(doc, index, search, typed.length);
    const edit = (label: string) => (items.find((i) => i.label === label)!.textEdit as { newText: string }).newText;
    assert.equal(edit(KEY), expectKey);
    assert.equal(edit('politico_2016-09-08_flynn-says-trump-absolutely-righ'), expectBare);
  }
});

test('verbatim sources says which keys need the brace form', { skip }, async () => {
  const { model } = await corpus();
  const text = formatSources(model, 'text');
  assert.match(text, new RegExp(`^${KEY}\\t.*\\tcite as \\[@\\{${KEY}\\}\\]: Pandoc cannot read this key bare$`, 'm'));
  assert.match(text, /^politico_2016-09-08_flynn-says-trump-absolutely-righ\t[^\t]*\t[^\t]*\t[^\t]*$/m);
  const json = JSON.parse(formatSources(model, 'json')) as Array<{ key: string; cite: string }>;
  assert.equal(json.find((s) => s.key === KEY)!.cite, `[@{${KEY}}]`);
});

test('[@key-] cites the source the writer meant: the quote is checked there, and an information finding offers the brace form', { skip }, async () => {
  const { index } = await corpus();
  const text = `"She's trigger-happy and very unstable," Trump said [@${KEY}].\n`;
  const r = checkDraft(text, index);
  assert.equal(r.quotes[0].status, 'verified');
  assert.deepEqual(r.findings.map((f) => `${f.code}:${f.severity}`), ['unknown-source:information']);
  const fix = r.findings[0].fixes[0].edits[0];
  assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), `"She's trigger-happy and very unstable," Trump said [@{${KEY}}].\n`);
  const braced = checkDraft(`"She's trigger-happy and very unstable," Trump said [@{${KEY}}].\n`, index);
  assert.deepEqual(braced.findings, []);
});
