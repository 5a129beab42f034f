// Editor latencies as a writer meets them: the shipped server (dist/server.js)
// driven over stdio, a workspace of 10,000 real news articles
// (bench/benchCorpus.ts: ../shared/news-train repeated with names perturbed)
// plus the articles the real drafts cite (news-dev, the seeds), and a real
// 3,000-word draft. Measures readiness, didOpen → diagnostics, keystroke →
// diagnostics (the server's check and end to end), hover, and each completion
// trigger (an opening quote mark, `[@`, a capitalised name), as p50/p95/max,
// with the load average beside each. Then the server's memory over a session
// of edits. `npm run bench editor` runs only this.
//
// In a child process (`editorLatency.ts check DIR`): the full check of the draft
// in process, cold and warm, and a keystroke's re-check, as the server makes them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompletionList, Hover } from 'vscode-languageserver-protocol';
import { LspClient } from '../tests/helpers/lspClient';
import { benchCorpus } from './benchCorpus';
import { phrases } from './completionOverLsp';

const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const DRAFT_WORDS = 3000;

/** The workspace: sources/news (10,000 articles, hard-linked to the bench corpus where the disk allows), sources/news-dev and sources/seeds (copies: never a link to ../shared or the project's seeds). */
export function editorWorkspace(count: number): string {
  const ws = path.join(__dirname, '.corpus', `editor-${count}`);
  const stamp = path.join(ws, '.complete');
  if (existsSync(stamp)) return ws;
  const from: Array<[string, string, boolean]> = [
    [benchCorpus(count).dir, 'news', true],
    [path.join(SHARED, 'news-dev', 'text'), 'news-dev', false],
    [path.join(ROOT, 'seeds'), 'seeds', false],
  ];
  for (const [dir, name, link] of from) {
    if (!existsSync(dir)) continue;
    const to = path.join(ws, 'sources', name);
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const target = path.join(to, f);
      if (existsSync(target)) continue;
      try {
        if (!link) throw new Error('copied');
        linkSync(path.join(dir, f), target);
      } catch {
        copyFileSync(path.join(dir, f), target);
      }
    }
  }
  writeFileSync(stamp, new Date().toISOString());
  return ws;
}

/**
 * A real draft of DRAFT_WORDS words: the project's three real drafts (the
 * news-dev fixtures, 66 correct quotes and 28 planted problems, and the seeds'
 * example), front matter dropped, then the clean draft's paragraphs again until
 * the count is reached.
 */
export function realDraft(): string {
  const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = ['tests/findings/clean-september-2016.md', 'tests/findings/errors-september-2016.md', 'examples/draft.md'].map(read);
  const more = parts[0].split('\n\n').filter((p) => p.includes('“') || p.includes('"'));
  let text = parts.join('\n\n');
  for (let i = 0; words(text) < DRAFT_WORDS; i++) text += `\n\n${more[i % more.length]}`;
  return text.replace(/\n{3,}/g, '\n\n');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface Figures {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function figures(xs: number[]): Figures {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
}

const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms (${f.n})`;
const load = () => `load ${os.loadavg()[0].toFixed(1)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Stats {
  checks: number;
  lastCheckMs: number;
  lastCheckCpuMs: number;
  indexing: boolean;
  rssBytes: number;
}

/** Offsets just inside each quote, citation key and name-like word of the draft: where a writer hovers. */
function hoverTargets(text: string, count: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/“[^”\n]{10,}”|"[^"\n]{10,}"|@\{?[\w-]+|\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)) out.push(m.index! + 3);
  const step = Math.max(1, Math.floor(out.length / count));
  return out.filter((_, i) => i % step === 0).slice(0, count);
}

export interface EditorReport {
  lines: string[];
  readyMs: number;
  readyRssMiB: number;
}

/** One server process: every latency once over. */
export async function editorLatencies(ws: string, sessionMinutes: number): Promise<EditorReport> {
  const lines: string[] = [];
  const draft = realDraft();
  const t0 = performance.now();
  const client = new LspClient();
  try {
    await client.initialize(ws, { window: { workDoneProgress: true }, workspace: { configuration: true } }, { readyWithinMs: 600_000 });
    const readyMs = performance.now() - t0;
    const stats = () => client.request<Stats>('verbatim/stats', {});
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    const readyRssMiB = (await stats()).rssBytes / 2 ** 20;
    lines.push(`ready (model, checker index, quote search) for ${ready.sources} sources, ${ready.quotes} quotes, ${ready.people} people: ${(readyMs / 1000).toFixed(1)} s, RSS ${readyRssMiB.toFixed(0)} MiB (${load()})`);

    // didOpen → diagnostics, in fresh documents: the first check of each.
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const uri = await client.open(path.join(ws, `draft-${i}.md`), draft);
      await client.diagnosticsFor(uri);
      opens.push(performance.now() - t);
    }
    const firstCheck = (await stats()).lastCheckMs;
    lines.push(`didOpen → diagnostics, a ${words(draft)}-word real draft: ${fmt(figures(opens))}; the server's check ${firstCheck.toFixed(1)} ms (${load()})`);

    // Keystrokes → diagnostics: a writer types a sentence into a paragraph, at typing speed.
    const uri = await client.open(path.join(ws, 'draft.md'), draft);
    await client.diagnosticsFor(uri);
    let text = draft;
    const endToEnd: number[] = [];
    const serverWork: number[] = [];
    const serverCpu: number[] = [];
    const checksPerKeystroke: number[] = [];
    const sentence = ' Officials said the talks would go on next week.';
    for (let round = 0; round < 4; round++) {
      let at = text.indexOf('\n\n', Math.floor((text.length * (round + 1)) / 5));
      for (const ch of sentence) {
        text = text.slice(0, at) + ch + text.slice(at);
        at++;
        const before = (await stats()).checks;
        const t = performance.now();
        await client.change(uri, text);
        await client.diagnosticsFor(uri);
        endToEnd.push(performance.now() - t);
        const s = await stats();
        serverWork.push(s.lastCheckMs);
        serverCpu.push(s.lastCheckCpuMs);
        checksPerKeystroke.push(s.checks - before);
        await sleep(20);
      }
    }
    lines.push(`keystroke → diagnostics, server work (the check): ${fmt(figures(serverWork))}; its CPU time ${fmt(figures(serverCpu))} (${load()})`);
    lines.push(`keystroke → diagnostics, end to end (debounce included): ${fmt(figures(endToEnd))}; full checks a keystroke: ${Math.max(...checksPerKeystroke)} at most (${load()})`);

    // Hover over quotes, keys and names, on the checked draft and right after a keystroke (served from the last check).
    const hovers: number[] = [];
    const targets = hoverTargets(text, 60);
    const lineOf = (o: number) => ({ line: text.slice(0, o).split('\n').length - 1, character: o - text.lastIndexOf('\n', o - 1) - 1 });
    for (let round = 0; round < 2; round++) {
      for (const o of targets) {
        if (round === 1) {
          text = text.replace(/\n$/, '') + (text.endsWith(' ') ? 'x' : ' ');
          await client.change(uri, text);
        }
        const t = performance.now();
        await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: lineOf(o) });
        hovers.push(performance.now() - t);
      }
      await client.diagnosticsFor(uri);
    }
    lines.push(`hover on quotes, keys and names (half right after a keystroke): ${fmt(figures(hovers))} (${load()})`);

    // Completion: each trigger, a keystroke at a time, the change sent and the list asked for, timed to the answer.
    const complete = async (prefix: string, typed: string[]): Promise<{ times: number[]; items: number; bytes: number; incomplete: boolean }> => {
      const times: number[] = [];
      let items = 0;
      let bytes = 0;
      let incomplete = true;
      const base = text + '\n\n';
      for (const t of typed) {
        const now = base + prefix + t;
        const start = performance.now();
        await client.change(uri, now);
        const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: now.split('\n').length - 1, character: now.length - now.lastIndexOf('\n') - 1 } });
        times.push(performance.now() - start);
        items = Math.max(items, list.items.length);
        bytes = Math.max(bytes, JSON.stringify(list).length);
        incomplete &&= list.isIncomplete;
        await sleep(20);
      }
      await client.change(uri, text);
      await client.diagnosticsFor(uri);
      return { times, items, bytes, incomplete };
    };
    const prefixes = (w: string) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1));
    const quoteTimes: number[] = [];
    let quoteItems = 0;
    let quoteBytes = 0;
    for (const phrase of phrases(path.join(ws, 'sources', 'news'), 8)) {
      const r = await complete('The minister said: “', prefixes(phrase));
      quoteTimes.push(...r.times);
      quoteItems = Math.max(quoteItems, r.items);
      quoteBytes = Math.max(quoteBytes, r.bytes);
    }
    lines.push(`completion after an opening quote mark: ${fmt(figures(quoteTimes))}; at most ${quoteItems} items, ${(quoteBytes / 1024).toFixed(0)} KiB (${load()})`);
    const keyTimes: number[] = [];
    let keyItems = 0;
    let keyBytes = 0;
    let keysIncomplete = true;
    for (const typed of ['', 'politico_2016-09', 'breitbart', 'clinton', '00042-']) {
      const r = await complete('As reported [@', ['', ...prefixes(typed)].slice(typed ? 1 : 0));
      keyTimes.push(...r.times);
      keyItems = Math.max(keyItems, r.items);
      keyBytes = Math.max(keyBytes, r.bytes);
      keysIncomplete &&= r.incomplete;
    }
    lines.push(`completion after [@ (keys by key, title, outlet, date): ${fmt(figures(keyTimes))}; at most ${keyItems} items, ${(keyBytes / 1024).toFixed(0)} KiB, incomplete: ${keysIncomplete} (${load()})`);
    const peopleTimes: number[] = [];
    let peopleItems = 0;
    let peopleBytes = 0;
    for (const name of ['Clinton', 'Trump', 'Pashinyan', 'Warren', 'Caddell']) {
      const r = await complete('Later ', prefixes(name));
      peopleTimes.push(...r.times);
      peopleItems = Math.max(peopleItems, r.items);
      peopleBytes = Math.max(peopleBytes, r.bytes);
    }
    lines.push(`completion of people (a capitalised word): ${fmt(figures(peopleTimes))}; at most ${peopleItems} items, ${(peopleBytes / 1024).toFixed(0)} KiB (${load()})`);

    // A re-read (one source changed on disk): hovers asked every 50 ms until the new index is ready.
    {
      // A new file, not an edited one: the sources are hard links to the bench corpus.
      const added = path.join(ws, 'sources', 'bench-added-source.txt');
      const readyBefore = client.statuses.filter((s) => s.state === 'ready').length;
      const t = performance.now();
      writeFileSync(added, 'An added source\n\n“We will meet again next week,” the minister said on Monday.\n');
      const during: number[] = [];
      const target = hoverTargets(text, 1)[0];
      try {
        while (client.statuses.filter((s) => s.state === 'ready').length === readyBefore && performance.now() - t < 300_000) {
          const h = performance.now();
          await client.request('textDocument/hover', { textDocument: { uri }, position: lineOf(target) });
          during.push(performance.now() - h);
          await sleep(50);
        }
      } finally {
        rmSync(added, { force: true });
      }
      lines.push(`a re-read after a source was added: ready again in ${((performance.now() - t) / 1000).toFixed(1)} s; hovers meanwhile ${fmt(figures(during))} (${load()})`);
      await client.until('the re-read after restoring the source', () => client.statuses.filter((s) => s.state === 'ready').length >= readyBefore + 2, 300_000).catch(() => undefined);
    }

    // A session: edits for `sessionMinutes`, RSS sampled each 10 s after the first minute's warm-up.
    if (sessionMinutes > 0) {
      const rss: number[] = [];
      const end = Date.now() + sessionMinutes * 60_000;
      let n = 0;
      let nextSample = Date.now();
      const remembered = phrases(path.join(ws, 'sources', 'news'), 8);
      while (Date.now() < end) {
        // Type a sentence with a quote into a different paragraph each time, then take it out again.
        const at = text.indexOf('\n\n', Math.floor(((n * 7919) % text.length) / 1)) + 1 || text.length;
        const add = `\nThe adviser said: “${remembered[n % remembered.length]}” [@no-such-key-${n % 50}].\n`;
        const edited = text.slice(0, at) + add + text.slice(at);
        for (let i = 1; i <= add.length; i += 7) {
          await client.change(uri, edited.slice(0, at + i) + text.slice(at));
          await sleep(15);
        }
        await client.change(uri, edited);
        await client.diagnosticsFor(uri);
        await client.request('textDocument/hover', { textDocument: { uri }, position: lineOf(at + 20) });
        await client.change(uri, text);
        await client.diagnosticsFor(uri);
        n++;
        if (Date.now() >= nextSample) {
          rss.push((await stats()).rssBytes / 2 ** 20);
          nextSample = Date.now() + 10_000;
        }
      }
      const settled = rss.slice(Math.min(6, rss.length - 1));
      const first = settled[0];
      const last = settled[settled.length - 1];
      lines.push(
        `session RSS over ${sessionMinutes} min of edits (${n} edited sentences): ${rss[0].toFixed(0)} MiB at the start, ${first.toFixed(0)} MiB after a minute, ${last.toFixed(0)} MiB at the end (${(((last - first) / first) * 100).toFixed(1)}% after the first minute; max ${Math.max(...rss).toFixed(0)} MiB) (${load()})`,
      );
    }
    return { lines, readyMs, readyRssMiB };
  } finally {
    await client.stop();
  }
}

/** CPU time of this process since `from`, in ms: a figure the other jobs on the machine change far less than the wall clock. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** In a child process: the checker alone, on the same workspace and draft. Prints one JSON line. */
async function checkInProcess(ws: string): Promise<void> {
  const { loadCorpus } = await import('../server/src/corpus/loadCorpus');
  const { buildCorpusIndex } = await import('../server/src/index/corpusIndex');
  const { checkDraft, MatchCache } = await import('../server/src/check/checkDraft');
  const { model } = await loadCorpus({ root: path.join(ws, 'sources') });
  const index = buildCorpusIndex(model);
  const draft = realDraft();
  let t = performance.now();
  const first = checkDraft(draft, index);
  const coldMs = performance.now() - t;
  const full: number[] = [];
  const fullCpu: number[] = [];
  for (let i = 0; i < 21; i++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    checkDraft(draft, index);
    full.push(performance.now() - t);
    fullCpu.push(cpuMs(cpu));
  }
  // A keystroke as the server checks it: the match cache holds the quotes not touched.
  const cache = new MatchCache(index);
  checkDraft(draft, index, {}, cache);
  const keystroke: number[] = [];
  const keystrokeCpu: number[] = [];
  let text = draft;
  let at = text.indexOf('\n\n', text.length / 3);
  for (const ch of ' Officials said the talks would go on next week.') {
    text = text.slice(0, at) + ch + text.slice(at);
    at++;
    t = performance.now();
    const cpu = process.cpuUsage();
    checkDraft(text, index, {}, cache);
    keystroke.push(performance.now() - t);
    keystrokeCpu.push(cpuMs(cpu));
  }
  console.log(JSON.stringify({ words: words(draft), quotes: first.quotes.length, findings: first.findings.length, coldMs, full: figures(full), fullCpu: figures(fullCpu), keystroke: figures(keystroke), keystrokeCpu: figures(keystrokeCpu), sources: model.sources.length }));
}

export async function editorBench(): Promise<void> {
  const count = Number(process.env.BENCH_EDITOR_ARTICLES ?? 10000);
  const sessionMinutes = Number(process.env.BENCH_SESSION_MINUTES ?? 2);
  const ws = editorWorkspace(count);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), 'server'], { stdio: 'inherit' });
  console.log(`editor latencies, ${count.toLocaleString('en')} real articles + news-dev + seeds, the real server over stdio (${os.cpus().length} cores):`);
  const check = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', __filename, 'check', ws], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop()!);
  console.log(
    `  full check of a ${check.words}-word real draft (${check.quotes} quotes, ${check.findings} findings) against ${check.sources} sources, in process: first ${check.coldMs.toFixed(1)} ms; again ${fmt(check.full)}, CPU time ${fmt(check.fullCpu)}; a keystroke's re-check ${fmt(check.keystroke)}, CPU time ${fmt(check.keystrokeCpu)} (${load()})`,
  );
  const report = await editorLatencies(ws, sessionMinutes);
  for (const line of report.lines) console.log(`  ${line}`);
}

if (require.main === module) {
  if (process.argv[2] === 'check') void checkInProcess(process.argv[3]);
  else void editorBench();
}
