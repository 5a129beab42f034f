// One measured process: index N articles of the bench corpus, then time the
// full check of the 3,000-word draft and the re-check after each of 30
// keystrokes typed in its middle (inside or beside a quote, as a writer edits).
// Prints one JSON line with the medians (the first runs are warm-up).
import { checkDraft } from '../server/src/check/checkDraft';
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';
import { syntheticDraft } from './syntheticDraft';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const { model } = await loadCorpus({ root: process.argv[2] });
  const index = buildCorpusIndex(model);
  let draft = syntheticDraft(model);
  const full: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    checkDraft(draft + ' '.repeat(i), index);
    full.push(performance.now() - t);
  }
  const keystroke: number[] = [];
  const at = Math.floor(draft.length / 2);
  for (let i = 0; i < 30; i++) {
    draft = draft.slice(0, at) + 'x' + draft.slice(at);
    const t = performance.now();
    checkDraft(draft, index);
    keystroke.push(performance.now() - t);
  }
  console.log(JSON.stringify({ fullMs: median(full.slice(2)), keystrokeMs: median(keystroke.slice(3)), sources: model.sources.length }));
}
main();
