// The real-text bench (issue 12): the 840 articles of ../shared/news-train/text
// repeated to 10,000 and 30,000, each copy with its people renamed and its
// numbers changed, so that copies neither collapse into the same people nor
// repeat the same facts. Deterministic: the same count gives the same files.
// Measures a cold start (model + checker index + quote search) and a warm one
// (the corpus snapshot) in fresh processes: median time, CPU time, peak RSS,
// and the load average while it ran.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverEnv } from '../server/src/lsp/serverEnv';
import { renamed } from './benchCorpus';

const NEWS_TRAIN = path.resolve(__dirname, '..', '..', 'shared', 'news-train', 'text');

/** Every number of a copy shifted by its copy number, keeping its digit count (2016 → 2023 in copy 1). */
export function renumbered(text: string, copy: number): string {
  if (copy === 0) return text;
  return text.replace(/\d+/g, (digits) => {
    const mod = 10 ** Math.min(digits.length, 15);
    const shifted = (Number(digits.slice(-15)) + copy * 7) % mod;
    return digits.slice(0, -15) + String(shifted).padStart(Math.min(digits.length, 15), '0');
  });
}

export interface RealCorpus {
  dir: string;
  articles: number;
  bytes: number;
}

/** Writes `count` articles under bench/.corpus/real-<count>/ once and reuses them after; undefined when ../shared is absent. */
export function realCorpus(count: number): RealCorpus | undefined {
  if (!existsSync(NEWS_TRAIN)) return undefined;
  const dir = path.join(__dirname, '.corpus', `real-${count}`);
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8'));
  const names = readdirSync(NEWS_TRAIN).filter((f) => f.endsWith('.txt')).sort();
  const files = names.map((name) => ({ name, text: readFileSync(path.join(NEWS_TRAIN, name), 'utf8') }));
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / files.length);
    const f = files[i % files.length];
    const text = renumbered(renamed(f.text, copy), copy);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}-${f.name}`), text);
  }
  const info: RealCorpus = { dir, articles: count, bytes };
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}

export interface ReadyRun {
  ms: number;
  /** CPU time (user and system) to ready. */
  cpuMs: number;
  fromSnapshot: boolean;
  modelMs: number;
  indexMs: number;
  searchMs: number;
  /** Peak RSS when ready, and at the end (after writing the store, if any). */
  readyRssMiB: number;
  maxRssMiB: number;
  saveMs: number;
  sources: number;
  quotes: number;
  people: number;
  load: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Measure = (script: string, args: string[]) => Record<string, number>;

/** Every start runs in the environment the editor gives the language server (lsp/serverEnv.ts). */
function runs(n: number, measure: Measure, args: string[], extra: Record<string, string> = {}): ReadyRun[] {
  const tunables = serverEnv({}).GLIBC_TUNABLES;
  const env = { ...(tunables ? { GLIBC_TUNABLES: tunables } : {}), ...extra };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return Array.from({ length: n }, () => ({ ...(measure('readyOnce.ts', args) as unknown as ReadyRun), load: os.loadavg()[0] }));
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function describe(results: ReadyRun[]): string {
  const m = (f: (x: ReadyRun) => number) => median(results.map(f));
  const s = (ms: number) => (ms / 1000).toFixed(2);
  // A warm start reads the snapshot in one step; a full load has three.
  const steps = results.every((x) => x.fromSnapshot) ? 'read whole from the corpus snapshot' : `model ${s(m((x) => x.modelMs))} s, checker index ${s(m((x) => x.indexMs))} s, quote search ${s(m((x) => x.searchMs))} s`;
  return (
    `${s(m((x) => x.ms))} s (${steps}; CPU ${s(m((x) => x.cpuMs))} s), peak RSS ${m((x) => x.readyRssMiB).toFixed(0)} MiB` +
    ` (median of ${results.length}; runs ${results.map((x) => s(x.ms)).join(', ')} s; load average ${results.map((x) => x.load.toFixed(1)).join(', ')})`
  );
}

/**
 * Prints the real-text figures; `measure` runs one bundled bench script in a fresh process.
 * Cold: no store, texts attributed on worker threads (and, at 10,000, on one thread for comparison).
 * Warm: the store a first start wrote (its writing time and RSS said), then starts that read it.
 */
export function realCorpusBench(n: number, measure: Measure, bundle: (script: string) => string): void {
  if (!existsSync(NEWS_TRAIN)) {
    console.log(`real-text bench: skipped, ${NEWS_TRAIN} is absent (it needs ../shared/news-train beside the project)`);
    return;
  }
  // Texts are attributed on worker threads, as in the server and the CLI.
  bundle('prepareWorker.ts');
  // BENCH_REAL_COUNTS=10000 measures one size only.
  const counts = (process.env.BENCH_REAL_COUNTS ?? '10000,30000').split(',').map(Number);
  for (const count of counts) {
    const corpus = realCorpus(count)!;
    // 30,000 articles take long: fewer runs.
    const k = count > 10000 ? Math.min(n, 3) : n;
    const cold = runs(k, measure, [corpus.dir]);
    const r = cold[0];
    console.log(`real text, ${count.toLocaleString('en')} articles (${(corpus.bytes / 2 ** 20).toFixed(0)} MiB; ${r.sources} sources, ${r.quotes} quotes, ${r.people} people):`);
    console.log(`  cold ready ${describe(cold)}`);
    if (count === 10000) console.log(`  cold ready on one thread (VERBATIM_WORKERS=0) ${describe(runs(Math.min(k, 3), measure, [corpus.dir], { VERBATIM_WORKERS: '0' }))}`);
    // The persistent index (attributed sources and the corpus snapshot) in a cache folder of its own.
    const cache = mkdtempSync(path.join(os.tmpdir(), 'verbatim-bench-'));
    const first = runs(1, measure, [corpus.dir, cache])[0];
    const written = readdirSync(cache).map((f) => `${f.split('-')[0]} ${(statSync(path.join(cache, f)).size / 2 ** 20).toFixed(0)} MiB`);
    console.log(`  first start writing the persistent index: ${(first.saveMs / 1000).toFixed(2)} s after ready to write ${written.join(' and ')}, peak RSS ${first.maxRssMiB.toFixed(0)} MiB`);
    console.log(`  warm ready (nothing changed) ${describe(runs(k, measure, [corpus.dir, cache]))}`);
    rmSync(cache, { recursive: true, force: true });
  }
}
