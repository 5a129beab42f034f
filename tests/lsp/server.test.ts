// The real server over stdio, driven the way an editor drives it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, DocumentLink, Hover, Location, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/check/applyFixes';
import { LineIndex } from '../../server/src/text/lineIndex';
import { LspClient } from '../helpers/lspClient';
import { SEEDS } from '../helpers/corpus';

const EXAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'draft.md'), 'utf8');
let client: LspClient;
let ws: string;

before(async () => {
  ws = mkdtempSync(path.join(tmpdir(), 'verbatim-lsp-'));
  cpSync(SEEDS, path.join(ws, 'sources'), { recursive: true });
  client = new LspClient();
  await client.initialize(ws);
});
after(() => client.stop());

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();
const at = (text: string, needle: string, delta = 0) => new LineIndex(text).position(text.indexOf(needle) + delta);

function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText })));
}

test('initialize, open the example draft, receive its diagnostics', async () => {
  assert.ok(client.statuses.some((s) => s.state === 'ready' && s.sources === 5 && s.quotes === 41), JSON.stringify(client.statuses));
  const uri = await client.open(path.join(ws, 'draft.md'), EXAMPLE);
  const ds = await client.diagnosticsFor(uri);
  assert.deepEqual(codes(ds), ['missing-citation', 'name-misspelled', 'quote-mismatch', 'quote-mismatch', 'unknown-source', 'wrong-citation', 'wrong-speaker']);
  const speaker = ds.find((d) => d.code === 'wrong-speaker')!;
  assert.equal(speaker.source, 'verbatim');
  assert.match(speaker.codeDescription!.href, /docs\/findings\/wrong-speaker\.md$/);
  const related = speaker.relatedInformation![0];
  assert.ok(related.location.uri.endsWith('/sources/000-border-clashes.txt'));
  const seed = readFileSync(fileURLToPath(related.location.uri), 'utf8');
  const lines = new LineIndex(seed);
  assert.equal(seed.slice(lines.offset(related.location.range.start), lines.offset(related.location.range.end)), 'Where are the results of these negotiations');
});

test('hover on a quote, a person and a citation key', async () => {
  const uri = await client.open(path.join(ws, 'hover.md'), EXAMPLE);
  await client.diagnosticsFor(uri);
  const onQuote = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(EXAMPLE, 'Norvania\'s leadership', 3) });
  const q = (onQuote.contents as { value: string }).value;
  assert.match(q, /✓ \*\*Verified\*\*/);
  assert.match(q, /\*\*Ilyas Dovranov\*\*, President of Kestria/);
  assert.match(q, /Kestria's Dovranov lashes out at Norvania/);
  assert.match(q, /\*\*Norvania's leadership bears full responsibility for this provocation\*\*/);

  const misquote = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(EXAMPLE, 'About 80', 2) });
  assert.match((misquote.contents as { value: string }).value, /≠ \*\*Misquote\*\*[\s\S]*\*\*\+80\*\* ~~70~~/);

  const onPerson = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(EXAMPLE, 'Tofiq Gasimli insists', 2) });
  const p = (onPerson.contents as { value: string }).value;
  assert.match(p, /^\*\*Tofiq Gasimli\*\*/);
  assert.match(p, /Assistant to the President of Kestria \(2023-09-06\)/);
  assert.match(p, /Tofik Gasimli ×1/);
  assert.match(p, /7 quotes in 2 sources/);

  const onKey = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(EXAMPLE, '@000-border-clashes', 3) });
  assert.match((onKey.contents as { value: string }).value, /\*\*Kestria's Dovranov lashes out at Norvania as border clashes enter fifth day\*\*\n\nMeridian · 2020-07-17/);
});

test('completion after [@ and after an opening quote mark', async () => {
  const text = 'Dovranov said: "We will def\n\nSee [@00';
  const uri = await client.open(path.join(ws, 'complete.md'), text);
  await client.diagnosticsFor(uri);
  const keys = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: at(text, '[@00', 4) });
  assert.deepEqual(keys.items.map((i) => i.label), ['000-border-clashes', '001-presidential-aide', '002-lindholm-talks', '003-ombudswoman-warns', '004-regional-summit']);
  assert.match(keys.items[0].detail!, /Kestria's Dovranov lashes out.*2020-07-17/);

  const quotes = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: at(text, 'def', 3) });
  const first = quotes.items[0];
  assert.equal(first.label, 'We will defend every metre of our land.');
  assert.equal((first.textEdit as TextEdit).newText, '"We will defend every metre of our land." [@000-border-clashes]');
  const inserted = applyTextEdits(text, [first.textEdit as TextEdit]);
  assert.ok(inserted.startsWith('Dovranov said: "We will defend every metre of our land." [@000-border-clashes]\n'));
});

test('every code action, applied, clears its diagnostic', async () => {
  const file = path.join(ws, 'actions.md');
  let text = EXAMPLE;
  const uri = await client.open(file, text);
  let ds = await client.diagnosticsFor(uri);
  const total = ds.length;
  for (let round = 0; round < total; round++) {
    const d = ds[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.diagnostics?.some((x) => x.code === d.code));
    assert.ok(fix, `no quick fix for ${d.code}`);
    text = applyTextEdits(text, fix.edit!.changes![uri]);
    await client.change(uri, text);
    const before = ds.length;
    ds = await client.diagnosticsFor(uri);
    assert.equal(ds.length, before - 1, `after ${fix.title}: ${codes(ds).join(', ')}`);
  }
  assert.deepEqual(ds, []);
});

test('"Insert citation" and "Verify and cite all quotes in this paragraph"', async () => {
  const text = '"The ball is now in Ardashen\'s court," Gasimli said. "Those who hold weapons in their hands will be neutralised," Dovranov said.\n';
  const uri = await client.open(path.join(ws, 'cite.md'), text);
  const ds = await client.diagnosticsFor(uri);
  assert.deepEqual(codes(ds), ['missing-citation', 'missing-citation']);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, context: { diagnostics: [] } });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Insert citation @004-regional-summit'), titles.join(' | '));
  const all = actions.find((a) => a.title.startsWith('Verify and cite all quotes in this paragraph'))!;
  const cited = applyTextEdits(text, all.edit!.changes![uri]);
  assert.equal(cited, '"The ball is now in Ardashen\'s court," Gasimli said [@004-regional-summit]. "Those who hold weapons in their hands will be neutralised," Dovranov said [@003-ombudswoman-warns].\n');
});

test('go to definition lands on the passage in the right source file; citation keys are links', async () => {
  const uri = await client.open(path.join(ws, 'def.md'), EXAMPLE);
  await client.diagnosticsFor(uri);
  const fromQuote = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: at(EXAMPLE, 'The ball is now', 4) });
  assert.ok(fromQuote.uri.endsWith('/sources/004-regional-summit.txt'));
  const seed = readFileSync(fileURLToPath(fromQuote.uri), 'utf8');
  const lines = new LineIndex(seed);
  assert.equal(lines.offset(fromQuote.range.start), seed.indexOf("The ball is now in Ardashen's court"));
  const fromKey = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: at(EXAMPLE, '@000-border-clashes]', 4) });
  assert.ok(fromKey.uri.endsWith('/sources/000-border-clashes.txt'));
  const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
  assert.ok(links.some((l) => l.target!.endsWith('/sources/003-ombudswoman-warns.txt')));
});

test('a corpus file changed on disk produces new diagnostics', async () => {
  const text = '"The talks will resume next spring in Lindholm," Whitcombe said [@002-lindholm-talks].\n';
  const uri = await client.open(path.join(ws, 'watch.md'), text);
  assert.deepEqual(codes(await client.diagnosticsFor(uri)), ['quote-not-found']);
  const seed = path.join(ws, 'sources', '002-lindholm-talks.txt');
  writeFileSync(seed, readFileSync(seed, 'utf8') + '\n"The talks will resume next spring in Lindholm," Whitcombe said.\n');
  const ds = await client.diagnosticsFor(uri, (d) => d.length === 0);
  assert.deepEqual(ds, []);
  assert.ok(client.logs.some((l) => /indexed 5 sources \(1 of 5 files read\)/.test(l)), client.logs.join('\n'));
});

test('a malformed request gets an error and leaves the server alive', async () => {
  const uri = await client.open(path.join(ws, 'alive.md'), EXAMPLE);
  await client.diagnosticsFor(uri);
  await assert.rejects(client.request('textDocument/hover', { textDocument: { uri } }));
  await assert.rejects(client.request('verbatim/noSuchRequest', {}), (err: { code: number }) => err.code === -32601);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///never-opened.md' }, position: { line: 0, character: 0 } }), null);
  const ok = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(EXAMPLE, '@000-border-clashes', 3) });
  assert.ok(ok);
});

test('the bibliography request returns CSL-JSON and BibTeX for the Export Bibliography command', async () => {
  const csl = JSON.parse(await client.request<string>('verbatim/bibliography', { format: 'csl-json' }));
  assert.deepEqual(csl.map((e: { id: string }) => e.id), ['000-border-clashes', '001-presidential-aide', '002-lindholm-talks', '003-ombudswoman-warns', '004-regional-summit']);
  assert.equal(csl[1].author[0].family, 'Safarli');
  assert.match(await client.request<string>('verbatim/bibliography', { format: 'bibtex' }), /^@article\{000-border-clashes,/);
});

test('the corpus folder vanishing: the server says so, falls back to the seeds, and goes on', async () => {
  const { rmSync } = await import('node:fs');
  const uri = await client.open(path.join(ws, 'vanish.md'), EXAMPLE);
  await client.diagnosticsFor(uri);
  const before = client.statuses.length;
  rmSync(path.join(ws, 'sources'), { recursive: true, force: true });
  const status = await client.until('a status after the folder went', () => client.statuses.slice(before).find((s) => s.state === 'ready'));
  assert.equal(status.corpus, 'bundled seeds');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(EXAMPLE, '@000-border-clashes', 3) });
  assert.match((hover.contents as { value: string }).value, /Meridian/);
});
