// `npm run bench`: index time and peak memory of the engine on corpora of 1,000
// and 10,000 real news articles (bench/benchCorpus.ts). Prints medians of several runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';
import { editorBench } from './editorLatency';
import { benchCorpus } from './benchCorpus';
import { completionOverLsp } from './completionOverLsp';
import { realCorpusBench } from './realCorpus';

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
    supported: { 'regexp-unicode-property-escapes': true },
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

/** fuse.js over every sentence takes seconds a query on 10,000 articles: time a sample, scale to the draft's 40 quotes. */
const BASELINE_SAMPLE = Number(process.env.BENCH_BASELINE_QUOTES ?? 4);

/** Large and pathological drafts: the time one check takes (median of 3 in one process, median over processes). */
function pathological(): void {
  const runs = Array.from({ length: Math.min(RUNS, 3) }, () => measure('pathologicalOnce.ts', [path.resolve(__dirname, '..')]));
  for (const name of Object.keys(runs[0])) {
    console.log(`${name}: ${median(runs.map((r) => r[name])).toFixed(1)} ms (runs: ${runs.map((r) => r[name].toFixed(0)).join(', ')} ms)`);
  }
}

function main() {
  console.log(machine());
  if (process.env.BENCH_ONLY === 'pathological') {
    pathological();
    return;
  }
  realCorpusBench(RUNS, measure, bundle);
  for (const count of [1000, 10000]) {
    const corpus = benchCorpus(count);
    const runs = Array.from({ length: RUNS }, () => measure('indexOnce.ts', [corpus.dir]));
    const r = runs[0];
    console.log(
      `index ${count} articles of ${corpus.origin} (${(corpus.bytes / 2 ** 20).toFixed(1)} MiB): ${median(runs.map((x) => x.ms)).toFixed(0)} ms, peak RSS ${median(runs.map((x) => x.maxRssMiB)).toFixed(0)} MiB` +
        ` (${r.sources} sources, ${r.quotes} quotes, ${r.people} people; runs: ${runs.map((x) => x.ms.toFixed(0)).join(', ')} ms)`,
    );
  }
  const corpus = benchCorpus(10000);
  const checks = Array.from({ length: Math.min(RUNS, 3) }, () => measure('checkOnce.ts', [corpus.dir, String(BASELINE_SAMPLE)]));
  const c = checks[0];
  const checkMs = median(checks.map((x) => x.checkMs));
  const baselineMs = median(checks.map((x) => x.baselineMs));
  console.log(
    `check a ${c.words}-word draft with ${c.quotes} quotes against 10,000 articles: ${checkMs.toFixed(1)} ms (median of 21 checks a process, median of ${checks.length} processes; ${c.findings} findings)` +
      `\n  corpus index (words, trigrams, people) built in ${median(checks.map((x) => x.indexMs)).toFixed(0)} ms on top of the model`,
  );
  console.log(
    `completion after an opening quote mark, 10,000 articles: ${median(checks.map((x) => x.completionMs)).toFixed(1)} ms a keystroke (median; slowest after warm-up ${median(checks.map((x) => x.completionMaxMs)).toFixed(1)} ms; quote search built in ${median(checks.map((x) => x.searchBuildMs)).toFixed(0)} ms)`,
  );
  console.log(
    `naive baseline, fuse.js over all ${c.sentences} corpus sentences: ${(baselineMs / 1000).toFixed(1)} s for the same 40 quotes` +
      ` (timed on ${c.baselineMeasuredQuotes} quotes and scaled; collection built in ${median(checks.map((x) => x.baselineBuildMs)).toFixed(0)} ms)` +
      `\n  speed-up: ${(baselineMs / checkMs).toFixed(0)}×`,
  );
  pathological();
}
/** A 300-page PDF of real news (../shared/news-dev), made once by LibreOffice and kept in bench/.corpus/. */
function threeHundredPagePdf(): string | string[] {
  const dir = path.join(__dirname, '.corpus', 'pdf-300');
  const pdf = path.join(dir, 'news-300-pages.pdf');
  if (existsSync(pdf)) return dir;
  const news = path.resolve(__dirname, '..', '..', 'shared', 'news-dev', 'text');
  if (!existsSync(news)) return [`${news} is absent`];
  if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0) return ['LibreOffice (soffice) is not installed; tests/tools/setup.sh installs it'];
  const work = path.join(__dirname, '.corpus', 'pdf-300-input');
  mkdirSync(work, { recursive: true });
  mkdirSync(dir, { recursive: true });
  const articles = readdirSync(news).sort().map((f) => readFileSync(path.join(news, f), 'utf8'));
  // Three times the 84 articles is over 300 pages; LibreOffice exports the first 300.
  writeFileSync(path.join(work, 'news-300-pages.txt'), [...articles, ...articles, ...articles].join('\n\n'));
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export:{"PageRange":{"type":"string","value":"1-300"}}', '--outdir', dir, path.join(work, 'news-300-pages.txt')], { stdio: 'pipe' });
  return dir;
}

function machine(): string {
  return `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}; ${RUNS} runs each, medians`;
}

function documents() {
  const debate = path.resolve(__dirname, '..', '..', 'shared', 'transcripts', '2016-09-26-first-presidential-debate.txt');
  if (existsSync(debate)) {
    const dir = path.join(__dirname, '.corpus', 'debate');
    mkdirSync(dir, { recursive: true });
    copyFileSync(debate, path.join(dir, path.basename(debate)));
    const runs = Array.from({ length: RUNS }, () => measure('documentOnce.ts', [dir]));
    console.log(
      `the first 2016 debate (90 minutes, ${runs[0].turns} turns, ${runs[0].quotes} quotes) indexed: ${median(runs.map((x) => x.loadMs + x.indexMs)).toFixed(0)} ms` +
        ` (of which reading the turns ${median(runs.map((x) => x.prepareMs)).toFixed(1)} ms; read, turns, names, attribution ${median(runs.map((x) => x.loadMs)).toFixed(0)} ms + index ${median(runs.map((x) => x.indexMs)).toFixed(0)} ms; runs: ${runs.map((x) => (x.loadMs + x.indexMs).toFixed(0)).join(', ')} ms)`,
    );
  } else console.log(`debate transcript: skipped, ${debate} is absent`);
  const pdf = threeHundredPagePdf();
  if (Array.isArray(pdf)) {
    console.log(`300-page PDF: skipped, ${pdf[0]}`);
    return;
  }
  const runs = Array.from({ length: RUNS }, () => measure('documentOnce.ts', [pdf]));
  console.log(
    `a ${runs[0].pages}-page PDF (LibreOffice, real news) read by pdf.js: ${median(runs.map((x) => x.readMs)).toFixed(0)} ms; read and indexed: ${median(runs.map((x) => x.loadMs + x.indexMs)).toFixed(0)} ms` +
      ` (runs: ${runs.map((x) => x.readMs.toFixed(0)).join(', ')} ms to read)`,
  );
}

/** Quote completion through the shipped language server, as an editor asks for it on every keystroke. */
async function completionThroughServer() {
  const corpus = benchCorpus(10000);
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs'), 'server'], { stdio: 'inherit' });
  const lsp = [];
  for (let run = 0; run < Math.min(RUNS, 2); run++) lsp.push(await completionOverLsp(corpus.dir));
  const all = lsp.flatMap((r) => r.keystrokes);
  console.log(
    `quote completion through the language server (stdio), 10,000 articles: p50 ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms a keystroke` +
      ` (${all.length} keystrokes typing ${lsp[0].phrases} phrases from the middle of quotes, one misspelt, in ${lsp.length} server processes; the quote found for ${lsp[0].found} of ${lsp[0].phrases} phrases; ${os.loadavg()[0].toFixed(1)} load average at the end)`,
  );
}

/** The check and a keystroke's re-check of the 3,000-word draft, in process: medians over RUNS processes. */
function keystroke(): void {
  const corpus = benchCorpus(1000);
  const runs = Array.from({ length: RUNS }, () => measure('keystrokeOnce.ts', [corpus.dir]));
  const fmt = (k: string) => `${median(runs.map((r) => r[k])).toFixed(1)} ms (runs: ${runs.map((r) => r[k].toFixed(1)).join(', ')})`;
  console.log(`1,000 articles, 3,000-word draft, in process: full check ${fmt('fullMs')}; keystroke re-check ${fmt('keystrokeMs')}`);
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

// `npm run bench documents`, `real`, `completion`, `keystroke` or `editor` measures only that part.
if (process.argv[2] === 'real') {
  console.log(machine());
  realCorpusBench(RUNS, measure, bundle);
} else if (process.argv[2] === 'documents') {
  console.log(machine());
  documents();
} else if (process.argv[2] === 'completion') {
  console.log(machine());
  void completionThroughServer();
} else if (process.argv[2] === 'keystroke') {
  // `npm run bench keystroke`: a full check and a keystroke's re-check in process, 1,000 articles (bench/keystrokeOnce.ts).
  console.log(machine());
  keystroke();
} else if (process.argv[2] === 'editor') {
  // `npm run bench editor`: the editor's latencies through the server alone (bench/editorLatency.ts).
  console.log(machine());
  void editorBench();
} else {
  main();
  documents();
  void completionThroughServer().then(() => editorBench());
}
