// Fuzz (issue 11): random edits and requests against the real server over
// stdio, for a bounded time (FUZZ_SECONDS, default 120; CI runs it). Asserts
// that every request is answered within 2 s, that no quick fix would corrupt
// the text (an edit lies inside the document and replaces only words, never
// markup), and that the process lives. FUZZ_SEED reproduces a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/check/applyEdits';
import { LineIndex } from '../../server/src/text/lineIndex';
import { rng } from '../../bench/rng';
import { LspClient } from '../helpers/lspClient';
import { SEEDS } from '../helpers/corpus';
import { misplacedDismissal, unintendedChange } from '../helpers/proseChange';

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);
const ANSWER_MS = 2000;
const EXAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'draft.md'), 'utf8');

/** What writers (and attackers) type: quote marks, citations, entities, escapes, Markdown containers, long runs. */
const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', '[@', ']', '[@000_64dc1e6c8dc30130]', '[@004_3008ca76504e7be7x]', '@', ' ', '\n', '\n\n', '&mdash;', '&amp;', '&#8212;', '&bogus;',
  '\\_', '\\*', '\\[', '*', '**', '_', '`', '```\n', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '# ', '<!-- verbatim-disable -->', '<b>', '...', '…', '[…]', '[sic]',
  'Aliyev said ', 'Pashinyan', 'Pashinian', 'Hikmet Hajiyev', 'We will take back our lands', 'Almost 80 percent', 'In fact, ', 'é', '🙂', '\u0000', '\u001b[2J', '\r\n',
];

function randomText(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.02) s += PIECES[Math.floor(rand() * PIECES.length)].repeat(1 + Math.floor(rand() * 2000));
    else s += PIECES[Math.floor(rand() * PIECES.length)];
  }
  return s;
}

test(`fuzz the server for ${SECONDS} s (seed ${SEED})`, { timeout: (SECONDS + 120) * 1000 }, async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'verbatim-fuzz-'));
  cpSync(SEEDS, path.join(ws, 'sources'), { recursive: true });
  const client = new LspClient();
  const rand = rng(SEED);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const failures: string[] = [];
  let requests = 0;
  let edits = 0;
  let fixesChecked = 0;
  let exited: number | null | undefined;
  void client.exited().then((code) => (exited = code));
  try {
    await client.initialize(ws);
    const docs = new Map<string, string>();
    for (let i = 0; i < 4; i++) docs.set(await client.open(path.join(ws, `fuzz${i}.md`), EXAMPLE), EXAMPLE);
    const lastDiagnostics = new Map<string, Diagnostic[]>();
    client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      lastDiagnostics.set(p.uri, p.diagnostics);
    });

    const timed = async <R>(method: string, params: unknown): Promise<R | undefined> => {
      requests++;
      const t0 = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ANSWER_MS)));
      try {
        const r = await Promise.race([client.request<R>(method, params).catch((e: { code?: number; message?: string }) => {
          // An error answer is an answer; an internal error is a bug.
          if (e.code === -32603) failures.push(`${method} internal error: ${e.message}`);
          return undefined;
        }), late]);
        if (r === 'late') failures.push(`${method} unanswered after ${Date.now() - t0} ms (${JSON.stringify(params).slice(0, 200)})`);
        return r === 'late' ? undefined : (r as R | undefined);
      } finally {
        clearTimeout(timer);
      }
    };

    const deadline = Date.now() + SECONDS * 1000;
    while (Date.now() < deadline && failures.length === 0 && exited === undefined) {
      const uri = pick([...docs.keys()]);
      let text = docs.get(uri)!;
      const roll = rand();
      if (roll < 0.4) {
        // A random edit: insert, delete or replace around a random place.
        const at = Math.floor(rand() * (text.length + 1));
        const del = rand() < 0.3 ? Math.floor(rand() * 40) : 0;
        text = text.slice(0, at) + randomText(rand, 1 + Math.floor(rand() * 6)) + text.slice(Math.min(text.length, at + del));
        if (text.length > 600_000 || rand() < 0.01) text = EXAMPLE;
        docs.set(uri, text);
        await client.change(uri, text);
        edits++;
        continue;
      }
      const lines = new LineIndex(text);
      const position = rand() < 0.9 ? lines.position(Math.floor(rand() * (text.length + 1))) : { line: Math.floor(rand() * 1000), character: Math.floor(rand() * 1000) };
      if (roll < 0.55) await timed('textDocument/hover', { textDocument: { uri }, position });
      else if (roll < 0.7) await timed('textDocument/completion', { textDocument: { uri }, position });
      else if (roll < 0.75) await timed('textDocument/definition', { textDocument: { uri }, position });
      else if (roll < 0.78) await timed('textDocument/documentLink', { textDocument: { uri } });
      else if (roll < 0.8) await timed(pick(['textDocument/hover', 'textDocument/codeAction', 'textDocument/completion']), pick([null, {}, { textDocument: { uri } }, { textDocument: { uri }, position: { line: -1 } }, { textDocument: { uri }, range: null, context: { diagnostics: null } }]));
      else {
        // Quick fixes for the diagnostics we have (maybe stale): whatever comes back must apply cleanly to the text as it is.
        const ds = lastDiagnostics.get(uri) ?? [];
        const d = ds.length ? pick(ds) : undefined;
        const range = d?.range ?? { start: position, end: position };
        const actions = await timed<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: d ? [d] : [] } });
        // Every action is checked against the text it was asked for; then at most one is applied, as a writer picks one.
        let chosen: Array<{ start: number; end: number; newText: string }> | undefined;
        for (const a of actions ?? []) {
          const es: TextEdit[] = a.edit?.changes?.[uri] ?? [];
          fixesChecked++;
          const offsets = es.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }));
          const inside = es.every((e, i) => lines.position(offsets[i].start).line === e.range.start.line && lines.position(offsets[i].end).line === e.range.end.line && offsets[i].start <= offsets[i].end);
          // "Ignore this finding here" is the writer's own choice to add a directive: one disable comment, on its own line, before a paragraph or heading, which stays whole.
          const dismissal = a.title === 'Ignore this finding here';
          const wrong = !inside ? 'a range outside the document' : dismissal ? misplacedDismissal(text, offsets) : unintendedChange(text, offsets);
          if (wrong) {
            // The whole text, to replay the fix without the fuzz run.
            const saved = path.join(ws, `failure-${failures.length}.md`);
            writeFileSync(saved, text);
            failures.push(`“${a.title}”: ${wrong}\nedits ${JSON.stringify(es)}\ntext around: ${JSON.stringify(text.slice(Math.max(0, offsets[0].start - 120), offsets[0].end + 60))}\nwhole text: ${saved}`);
          }
          if (!chosen && !wrong && rand() < 0.3 && es.length) chosen = offsets;
        }
        if (chosen) {
          text = applyEdits(text, chosen);
          docs.set(uri, text);
          await client.change(uri, text);
        }
      }
    }
    const alive = await timed('textDocument/hover', { textDocument: { uri: [...docs.keys()][0] }, position: { line: 0, character: 0 } });
    void alive;
  } finally {
    await client.stop();
  }
  console.log(`fuzz seed ${SEED}: ${edits} edits, ${requests} requests, ${fixesChecked} code actions checked in ${SECONDS} s`);
  assert.equal(exited, undefined, `the server exited (${exited}) during the run; seed ${SEED}`);
  assert.deepEqual(failures, [], `seed ${SEED}; server said:\n${client.logs.filter((l) => /check took|failed/.test(l)).slice(-5).join('\n')}`);
  assert.ok(requests > 50, `only ${requests} requests`);
});
