// Fixes keep the draft's typography, on real news: a draft in straight quotes
// gets straight apostrophes back from a source set in curly ones; a quote whose
// clauses are swapped is a misquote whose fix restores the source's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/check/applyEdits';
import { checkDraft } from '../../server/src/check/checkDraft';
import { loadCorpus } from '../../server/src/corpus/loadCorpus';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/index/corpusIndex';

const NEWS = path.resolve(__dirname, '..', '..', '..', 'shared', 'news-dev', 'text');
const skip = existsSync(NEWS) ? false : `../shared/news-dev/text is absent (${NEWS})`;
let index: Promise<CorpusIndex> | undefined;
const news = () =>
  (index ??= loadCorpus({ root: NEWS, globs: ['huff-post_2016-09-22_trump-the-dealmaker-could-addres.txt', 'politico_2016-09-22_house-panel-votes-to-hold-clinto.txt'] }).then((b) => buildCorpusIndex(b.model)));

test('a misquote in straight quotes is fixed with straight apostrophes, from a source set in curly ones', { skip }, async () => {
  const draft = `"He's the type of man that, if you show him that's the only pathway forward, he may have more sensitivity to the environmental side," Graham said [@huff-post_2016-09-22_trump-the-dealmaker-could-addres].\n`;
  const r = checkDraft(draft, await news());
  const f = r.findings.find((x) => x.code === 'quote-mismatch')!;
  assert.match(f.message, /^“man” instead of “guy”/);
  const fixed = applyEdits(draft, f.fixes[0].edits);
  assert.equal(fixed, draft.replace('man', 'guy'));
  assert.doesNotMatch(fixed, /[’‘“”]/);
  assert.deepEqual(checkDraft(fixed, await news()).findings, []);
});

test('swapped clauses with the same words: quote-mismatch (not quote-not-found), fixed in the source order', { skip }, async () => {
  const draft = `"They want a ready-made campaign commercial. Republicans want a photo op," Cummings said [@politico_2016-09-22_house-panel-votes-to-hold-clinto].\n`;
  const r = checkDraft(draft, await news());
  assert.deepEqual(r.findings.map((f) => f.code), ['quote-mismatch']);
  assert.match(r.findings[0].message, /^The clauses stand in another order/);
  const fixed = applyEdits(draft, r.findings[0].fixes[0].edits);
  assert.match(fixed, /^"Republicans want a photo op\. They want a ready-made campaign commercial," Cummings said/);
  assert.deepEqual(checkDraft(fixed, await news()).findings, []);
});
