// Issue 11 §2–4 and issue 14 §1 over the protocol, against the real server:
// stale quick fixes, malformed params, broken framing, drafts too large to
// check live, saving a draft, corpus paths outside the workspace, symlinks,
// bad sources, changes during the first indexing, and file watches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CompletionList } from 'vscode-languageserver-protocol';
import { LspClient, SERVER } from '../helpers/lspClient';
import { SEEDS } from '../helpers/corpus';
import { applyTextEdits, NO_CHECK_BUDGET, seedWorkspace } from '../helpers/seedWorkspace';

const EXAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'draft.md'), 'utf8');

const workspace = () => seedWorkspace('verbatim-safety-');

/** `budget: false` for a test whose outcome must not depend on the machine's load (see NO_CHECK_BUDGET). */
async function withServer(ws: string, fn: (client: LspClient) => Promise<void>, { budget = true } = {}): Promise<void> {
  const client = new LspClient(['--stdio'], budget ? {} : NO_CHECK_BUDGET);
  try {
    await client.initialize(ws);
    await fn(client);
  } finally {
    await client.stop();
  }
}

test('a quick fix asked for after an edit never applies a stale range (issue 11 repro: “In fact, ”)', async () => {
  // No timing in this test: no live check gives up for time, and every step waits for the version it needs.
  await withServer(
    workspace(),
    async (client) => {
      const file = path.join(tmpdir(), `stale-${process.pid}.md`);
      const uri = await client.open(file, EXAMPLE);
      const old = (await client.diagnosticsFor(uri)).filter((d) => d.code !== 'missing-citation');
      assert.ok(old.length >= 4);
      // Insert at the start of each finding's line, then ask for the quick fixes of the old diagnostics.
      const lines = EXAMPLE.split('\n');
      for (const d of old) lines[d.range.start.line] = 'In fact, ' + lines[d.range.start.line];
      const edited = lines.join('\n');
      await client.change(uri, edited);
      for (const d of old) {
        // Whether the server checks the new version inside this request or not, a diagnostic of the old text gets nothing.
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        assert.deepEqual(actions.map((a) => a.title), [], `the stale ${d.code} on line ${d.range.start.line + 1}`);
      }
      // The diagnostics of the edited version: their fixes apply cleanly.
      const fresh = await client.diagnosticsFor(uri);
      const mismatch = fresh.find((d) => d.code === 'quote-mismatch' && /We had achieved/.test(edited.split('\n')[d.range.start.line]))!;
      assert.ok(mismatch, JSON.stringify(fresh.map((d) => `${d.code}@${d.range.start.line + 1}`)));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } });
      const fixed = applyTextEdits(edited, actions[0].edit!.changes![uri]);
      assert.match(fixed, /Almost 70\s+percent of the document had been cleared/);
      assert.equal(fixed.split('In fact, ').length, edited.split('In fact, ').length, 'every inserted “In fact, ” is kept');
    },
    { budget: false },
  );
});

test('malformed params get InvalidParams, and the server goes on answering', async () => {
  await withServer(workspace(), async (client) => {
    const uri = await client.open(path.join(tmpdir(), `params-${process.pid}.md`), EXAMPLE);
    await client.diagnosticsFor(uri);
    const code = (p: Promise<unknown>) => p.then(() => 'answered', (e: { code?: number }) => e.code);
    assert.equal(await code(client.request('textDocument/hover', { textDocument: { uri } })), -32602);
    assert.equal(await code(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: 1 } })), -32602);
    assert.equal(await code(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: null } })), -32602);
    assert.equal(await code(client.request('textDocument/completion', null)), -32602);
    assert.equal(await code(client.request('verbatim/searchQuotes', { query: 5 })), -32602);
    assert.equal(await code(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })), 'answered');
  });
});

test('broken framing ends the server with a non-zero exit, so the editor restarts it', async () => {
  const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const n = Buffer.byteLength(init);
  const cases: Record<string, string> = {
    'Content-Length +10': `Content-Length: ${n + 10}\r\n\r\n${init}Content-Length: ${n}\r\n\r\n${init}`,
    'Content-Length -10': `Content-Length: ${n - 10}\r\n\r\n${init}Content-Length: ${n}\r\n\r\n${init}`,
    'negative': `Content-Length: -5\r\n\r\n${init}`,
    'non-numeric': `Content-Length: abc\r\n\r\n${init}`,
    'missing': `Content-Type: application/json\r\n\r\n${init}`,
    '1e11': `Content-Length: 1e11\r\n\r\n${init}`,
    'no colon': `Content-Length ${n}\r\n\r\n${init}`,
    '1 MB of garbage': 'garbage '.repeat(131072),
  };
  for (const [name, bytes] of Object.entries(cases)) {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdin.on('error', () => {});
    child.stdin.write(bytes);
    const exit = await new Promise<number | null>((resolve) => {
      const t = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 15000);
      child.on('exit', (c) => {
        clearTimeout(t);
        resolve(c);
      });
    });
    assert.equal(exit, 1, `${name}: ${exit === null ? 'still running after 15 s' : `exit ${exit}`}\n${err}`);
    assert.match(err, /bad message framing/, name);
  }
});

test('a draft too large to check live gets one clear message; hovers and completion still answer', async () => {
  await withServer(workspace(), async (client) => {
    const paragraph = EXAMPLE.split('\n\n').slice(2).join('\n\n');
    let big = '';
    while (big.length < 4.5 * 1024 * 1024) big += paragraph + '\n\n';
    const uri = await client.open(path.join(tmpdir(), `big-${process.pid}.md`), big);
    const ds = await client.diagnosticsFor(uri);
    assert.equal(ds.length, 1);
    assert.match(String(ds[0].message), /^draft too large to check live: 4\.\d MB; run verbatim check$/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
    assert.equal(hover, null);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.ok(Array.isArray(list.items));
  });
});

test('saving a draft starts no re-index; changing a source does (issue 14 §1)', async () => {
  const ws = workspace();
  await withServer(ws, async (client) => {
    const draft = path.join(ws, 'draft.md');
    writeFileSync(draft, EXAMPLE);
    const uri = await client.open(draft, EXAMPLE);
    await client.diagnosticsFor(uri);
    const before = client.logs.filter((l) => /reindexing/.test(l)).length;
    const statuses = client.statuses.length;
    // What an editor does on save: the file on disk changes, didSave, and its watcher forwards the change.
    writeFileSync(draft, EXAMPLE + '\nMore words.\n');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(client.logs.filter((l) => /reindexing/.test(l)).length, before, client.logs.join('\n'));
    assert.equal(client.statuses.length, statuses);
    // A source matched by the corpus globs does trigger one.
    const source = path.join(ws, 'sources', '000_64dc1e6c8dc30130.txt');
    writeFileSync(source, readFileSync(source, 'utf8') + '\n');
    await client.until('a re-index after a source changed', () => client.logs.some((l) => /reindexing: 000_64dc1e6c8dc30130\.txt changed/.test(l)));
  });
});

test('corpus paths outside the workspace are not read, and are reported once (issue 11 §4 repro)', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'verbatim-outside-'));
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(root, 'outside', 'secret.txt'), 'Secret memo\n\nThe minister said “nobody outside should ever read this secret line” today.\n');
  const ws = path.join(root, 'ws');
  cpSync(SEEDS, path.join(ws, 'sources'), { recursive: true });
  writeFileSync(path.join(ws, 'verbatim.json'), JSON.stringify({ corpus: ['../outside/**/*.txt', '/etc/**/*.{txt,md,html}', 'sources/**/*.txt'] }));
  await withServer(ws, async (client) => {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    assert.equal(ready.sources, 5);
    const text = 'He said “nobody outside';
    const uri = await client.open(path.join(ws, 'd.md'), text);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length } });
    // Labels are cut short: look for the line's first words.
    assert.ok(!list.items.some((i) => /nobody outside should/.test(i.label)), JSON.stringify(list.items.map((i) => i.label)));
    await client.request('workspace/executeCommand', { command: 'verbatim.server.reindex', arguments: [] });
    const reports = client.logs.join('\n').match(/corpus path outside the workspace not read: \.\.\/outside/g) ?? [];
    assert.equal(reports.length, 1, client.logs.join('\n'));
    assert.match(client.logs.join('\n'), /corpus path outside the workspace not read: \/etc/);
  });
});

test('Restricted Mode: an untrusted workspace\'s verbatim.json reads nothing outside it, not even a folder the user allowed', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'verbatim-untrusted-'));
  const outside = path.join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), 'Secret memo\n\nThe minister said “nobody outside should ever read this secret line” today.\n');
  const ws = path.join(root, 'ws');
  cpSync(SEEDS, path.join(ws, 'sources'), { recursive: true });
  writeFileSync(path.join(ws, 'verbatim.json'), JSON.stringify({ corpus: ['../outside/**/*.txt', 'sources/**/*.txt'] }));
  const text = 'He said “nobody outside';
  // Settings come with initialize here (a client without workspace/configuration), as Neovim's init_options do.
  const run = async (options: object) => {
    const client = new LspClient();
    try {
      await client.initialize(ws, {}, { initializationOptions: { allowedCorpusPaths: [outside], ...options } });
      const uri = await client.open(path.join(ws, 'd.md'), text);
      const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length } });
      return { sources: client.statuses.find((s) => s.state === 'ready')!.sources, secret: list.items.some((i) => /nobody outside should/.test(i.label)), log: client.logs.join('\n') };
    } finally {
      await client.stop();
    }
  };
  const untrusted = await run({ workspaceTrusted: false });
  assert.equal(untrusted.sources, 5);
  assert.equal(untrusted.secret, false);
  assert.match(untrusted.log, /corpus path outside the workspace not read: \.\.\/outside.*Restricted Mode/);
  // Trusted (or a client that says nothing of trust), the folder the user allowed is read.
  for (const trusted of [{ workspaceTrusted: true }, {}]) {
    const r = await run(trusted);
    assert.equal(r.sources, 6, JSON.stringify(trusted));
    assert.equal(r.secret, true, JSON.stringify(trusted));
  }
});

test('a symlink out of the workspace is not followed and a symlink loop indexes each source once', async () => {
  const ws = workspace();
  symlinkSync('/', path.join(ws, 'sources', 'root'));
  symlinkSync('..', path.join(ws, 'sources', 'loop'));
  symlinkSync('.', path.join(ws, 'sources', 'self'));
  await withServer(ws, async (client) => {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    assert.equal(ready.sources, 5, JSON.stringify(ready));
    assert.match(client.logs.join('\n'), /not following .*sources\/root: it leads outside the workspace/);
  });
});

test('one bad source is skipped with its reason; the rest load (issue 11 §3)', async () => {
  const ws = workspace();
  writeFileSync(path.join(ws, 'sources', 'deep.md'), '> '.repeat(10_000) + 'deep\n');
  writeFileSync(path.join(ws, 'sources', 'list.md'), '- '.repeat(3_000) + 'deep\n');
  const sentence = 'The spokesman said "the talks will go on" and left the room. ';
  writeFileSync(path.join(ws, 'sources', 'huge.txt'), 'Headline\n\n' + sentence.repeat(Math.floor(8_300_000 / sentence.length)));
  await withServer(ws, async (client) => {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    assert.ok(ready.sources >= 5, JSON.stringify(ready));
    assert.equal(ready.skipped, 1);
    assert.match(client.logs.join('\n'), /skipped .*huge\.txt: a paragraph of \d+ KB/);
  });
});

test('changes made during the first indexing are seen (issue 11 §3: sources/ deleted mid-index)', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'verbatim-midindex-'));
  for (let i = 0; i < 300; i++) cpSync(SEEDS, path.join(ws, 'sources', `batch${i}`), { recursive: true });
  const client = new LspClient();
  try {
    await client.initialize(ws, undefined, { waitForReady: false });
    await client.until('indexing to start', () => client.statuses.find((s) => s.state === 'indexing'));
    rmSync(path.join(ws, 'sources'), { recursive: true, force: true });
    // However far the first load got, the server ends on a corpus that exists: the bundled seeds.
    const last = await client.until(
      'the server to settle on the seeds',
      () => {
        const s = client.statuses.at(-1);
        return s && s.state !== 'indexing' && s.corpus === 'bundled seeds' ? s : undefined;
      },
      60000,
    );
    assert.equal(last.sources, 5);
  } finally {
    await client.stop();
  }
});

test('only the corpus folders are watched, not the whole workspace (issue 11 §3)', { skip: process.platform !== 'linux' && 'counts inotify watches in /proc' }, async () => {
  const ws = workspace();
  for (let i = 0; i < 300; i++) mkdirSync(path.join(ws, 'notes', `n${i}`), { recursive: true });
  await withServer(ws, async (client) => {
    const fds = path.join('/proc', String(client.pid), 'fdinfo');
    let watches = 0;
    for (const fd of readdirSync(fds)) {
      try {
        watches += (readFileSync(path.join(fds, fd), 'utf8').match(/^inotify wd:/gm) ?? []).length;
      } catch {
        // closed meanwhile
      }
    }
    assert.ok(watches > 0 && watches < 50, `${watches} inotify watches`);
  });
});
