// One measured process: index the corpus, then time the full check of a
// 3,000-word, 40-quote draft (median of repeated runs), and the naive baseline
// (fuse.js over every corpus sentence). Prints one JSON line.
import Fuse from 'fuse.js';
import { checkDraft } from '../server/src/check/checkDraft';
import { readDraft } from '../server/src/check/draft';
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';
import { QuoteSearch } from '../server/src/index/quoteSearch';
import { sentences, paragraphs } from '../server/src/text/paragraphs';
import { syntheticDraft } from './syntheticDraft';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dir = process.argv[2];
  const baselineQuotes = Number(process.argv[3] ?? 40);
  const { model } = await loadCorpus({ root: dir });
  let t = performance.now();
  const index = buildCorpusIndex(model);
  const indexMs = performance.now() - t;
  const draft = syntheticDraft(model);
  const words = draft.split(/\s+/).length;

  const runs: number[] = [];
  let findings = 0;
  let quotes = 0;
  for (let i = 0; i < 21; i++) {
    t = performance.now();
    const r = checkDraft(draft, index);
    runs.push(performance.now() - t);
    findings = r.findings.length;
    quotes = r.quotes.length;
  }

  // Completion after an opening quote mark: the quote search, built once, then a search per keystroke.
  t = performance.now();
  const search = new QuoteSearch(model);
  const searchBuildMs = performance.now() - t;
  // Prefixes a writer types: the opening words of ten quotes spread over the corpus, cut at 1 to 20 letters.
  const sample = model.quotes.filter((q) => q.kind === 'full');
  const typed = Array.from({ length: 10 }, (_, i) => sample[Math.floor((i * sample.length) / 10)].text.slice(0, 1 + ((i * 7) % 20)));
  const completionRuns: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const prefix of typed) {
      t = performance.now();
      search.search(prefix, { limit: 30 });
      completionRuns.push(performance.now() - t);
    }
  }
  const completionMs = median(completionRuns);
  const completionMaxMs = Math.max(...completionRuns.slice(typed.length));

  // The naive way: every sentence of every source in one fuse.js collection, one search per quote.
  t = performance.now();
  const all: string[] = [];
  for (const s of model.sources) for (const p of paragraphs(s.text)) for (const sent of sentences(s.text, p)) all.push(s.text.slice(sent.start, sent.end));
  const fuse = new Fuse(all, { includeScore: true, ignoreLocation: true, threshold: 0.4 });
  const baselineBuildMs = performance.now() - t;
  const draftQuotes = readDraft(draft, index).quotes.slice(0, baselineQuotes);
  t = performance.now();
  for (const q of draftQuotes) fuse.search(q.text.slice(0, 32), { limit: 3 });
  const baselineMs = ((performance.now() - t) * 40) / draftQuotes.length;

  console.log(JSON.stringify({ searchBuildMs, completionMs, completionMaxMs, indexMs, words, quotes, findings, checkMs: median(runs), baselineMs, baselineBuildMs, baselineMeasuredQuotes: draftQuotes.length, sentences: all.length }));
}
main();
