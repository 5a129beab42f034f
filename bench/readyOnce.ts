// One measured start, in a fresh process so that peak RSS belongs to it alone:
// what the language server does before it can answer (the model, the checker's
// index and the quote search). With a cache folder, prepared sources are read
// from and written to it (a warm start when it is filled). Prints one JSON line.
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { FilePreparedStore } from '../server/src/corpus/preparedStore';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';
import { QuoteSearch } from '../server/src/index/quoteSearch';

async function main() {
  const [dir, storePath] = process.argv.slice(2);
  const t0 = performance.now();
  const store = storePath ? new FilePreparedStore(storePath, (m) => console.error(m)) : undefined;
  const { model } = await loadCorpus({ root: dir }, store);
  const modelMs = performance.now() - t0;
  const t1 = performance.now();
  const index = buildCorpusIndex(model);
  const indexMs = performance.now() - t1;
  const t2 = performance.now();
  const search = new QuoteSearch(model);
  const searchMs = performance.now() - t2;
  const ms = performance.now() - t0;
  const readyRssMiB = process.resourceUsage().maxRSS / 1024;
  // Kept for the next start, after ready (as the server does).
  const t3 = performance.now();
  store?.save();
  const saveMs = performance.now() - t3;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  void index;
  void search;
  console.log(JSON.stringify({ ms, modelMs, indexMs, searchMs, readyRssMiB, maxRssMiB, saveMs, sources: model.sources.length, quotes: model.quotes.length, people: model.people.length }));
}
main();
