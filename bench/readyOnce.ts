// One measured start, in a fresh process so that peak RSS belongs to it alone:
// what the language server does before it can answer (the model, the checker's
// index and the quote search). With a cache folder, prepared sources are read
// from and written to it (a warm start when it is filled). Prints one JSON line.
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';
import { QuoteSearch } from '../server/src/index/quoteSearch';

async function main() {
  const dir = process.argv[2];
  const t0 = performance.now();
  const { model } = await loadCorpus({ root: dir });
  const modelMs = performance.now() - t0;
  const t1 = performance.now();
  const index = buildCorpusIndex(model);
  const indexMs = performance.now() - t1;
  const t2 = performance.now();
  const search = new QuoteSearch(model);
  const searchMs = performance.now() - t2;
  const ms = performance.now() - t0;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  void index;
  void search;
  console.log(JSON.stringify({ ms, modelMs, indexMs, searchMs, maxRssMiB, sources: model.sources.length, quotes: model.quotes.length, people: model.people.length }));
}
main();
