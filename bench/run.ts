// `npm run bench`: index time and peak memory of the engine on synthetic
// corpora of 1,000 and 10,000 articles. Prints medians of several runs.
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';
import { syntheticCorpus } from './syntheticCorpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures what ships: the bench entry bundled with the same esbuild settings as dist/, run by plain node. */
function bundle(script: string): string {
  const outfile = path.join(__dirname, '.build', script.replace(/\.ts$/, '.js'));
  buildSync({
    entryPoints: [path.join(__dirname, script)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  return outfile;
}

function measure(script: string, args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, [bundle(script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function main() {
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${RUNS} runs each, medians`);
  for (const count of [1000, 10000]) {
    const corpus = syntheticCorpus(count);
    const runs = Array.from({ length: RUNS }, () => measure('indexOnce.ts', [corpus.dir]));
    const r = runs[0];
    console.log(
      `index ${count} articles (${(corpus.bytes / 2 ** 20).toFixed(1)} MiB): ${median(runs.map((x) => x.ms)).toFixed(0)} ms, peak RSS ${median(runs.map((x) => x.maxRssMiB)).toFixed(0)} MiB` +
        ` (${r.sources} sources, ${r.quotes} quotes, ${r.people} people; runs: ${runs.map((x) => x.ms.toFixed(0)).join(', ')} ms)`,
    );
  }
}
main();
