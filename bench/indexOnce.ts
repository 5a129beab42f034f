// One measured run, in a fresh process so that peak RSS belongs to this run alone.
// Prints one JSON line: {ms, maxRssMiB, sources, quotes, people}.
import { loadCorpus } from '../server/src/corpus/loadCorpus';

async function main() {
  const dir = process.argv[2];
  const t0 = performance.now();
  const { model } = await loadCorpus({ root: dir });
  const ms = performance.now() - t0;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, maxRssMiB, sources: model.sources.length, quotes: model.quotes.length, people: model.people.length }));
}
main();
