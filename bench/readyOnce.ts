// One measured start, in a fresh process so that peak RSS belongs to it alone:
// what the language server does before it can answer (the model, the checker's
// index and the quote search). With a cache folder, the persistent index is read
// from and written to it (a warm start when it is filled: the corpus snapshot is
// read back whole). Prints one JSON line.
import { fileIndex } from '../server/src/index/persistentIndex';
import { loadReadyCorpus, type ReadyStats } from '../server/src/index/readyCorpus';

async function main() {
  const [dir, cacheFolder] = process.argv.slice(2);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const location = { root: dir };
  const store = cacheFolder ? fileIndex(cacheFolder, location, (m) => console.error(m)) : undefined;
  const marks: Record<string, number> = {};
  const stats: ReadyStats = { files: 0, reread: 0, fromSnapshot: false };
  const { model } = await loadReadyCorpus(location, store, {
    stats,
    between: async (step) => {
      marks[step] = performance.now();
    },
  });
  const ms = performance.now() - t0;
  // CPU time (user and system) to ready: what neighbours on a shared machine change least.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // A full load's steps; a snapshot is read in one.
  const modelMs = (marks.indexing ?? performance.now()) - t0;
  const indexMs = marks.indexing ? marks.search - marks.indexing : 0;
  const searchMs = marks.search ? t0 + ms - marks.search : 0;
  const readyRssMiB = process.resourceUsage().maxRSS / 1024;
  // Kept for the next start, after ready (as the server does).
  const t3 = performance.now();
  store?.save();
  const saveMs = performance.now() - t3;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, cpuMs, modelMs, indexMs, searchMs, readyRssMiB, maxRssMiB, saveMs, fromSnapshot: stats.fromSnapshot, reread: stats.reread, sources: model.sources.length, quotes: model.quotes.length, people: model.people.length }));
}
main();
