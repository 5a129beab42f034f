// A writer's editor over the protocol, on the five real seed articles as sources/:
// quote completion by any words, F12 to the quoted words, the workspace's drafts
// checked through pull diagnostics, deleted drafts cleared, the sample corpus said.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, LocationLink, TextEdit, WorkspaceDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/text/lineIndex';
import { LspClient } from '../helpers/lspClient';
import { missing, SHARED_SEEDS } from '../helpers/shared';

const skip = missing(SHARED_SEEDS);
const ALIYEV = 'We are not going to hold negotiations and meaningless video conferences for the sake of parody,';
const ALIYEV_KEY = '000_64dc1e6c8dc30130';
const CAPABILITIES = { window: { workDoneProgress: true }, workspace: { configuration: true }, textDocument: { definition: { linkSupport: true } } };

let client: LspClient;
let ws: string;

before(async () => {
  if (skip) return;
  ws = mkdtempSync(path.join(tmpdir(), 'verbatim-writer-'));
  cpSync(SHARED_SEEDS, path.join(ws, 'sources'), { recursive: true });
  client = new LspClient();
  await client.initialize(ws, CAPABILITIES);
});
after(() => client?.stop());

const endOf = (text: string) => new LineIndex(text).position(text.length);

async function complete(name: string, text: string, context?: object): Promise<CompletionList> {
  const uri = await client.open(path.join(ws, name), text);
  return client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: endOf(text), ...(context ? { context } : {}) });
}

const aliyev = (items: CompletionItem[]) => items.find((i) => (i.textEdit as TextEdit).newText.includes('meaningless video conferences'));

test('quote completion finds a quote by words from its middle; the item starts at the opening mark', { skip }, async () => {
  const text = 'Aliyev told his new minister: “video conferences';
  const list = await complete('middle.md', text);
  assert.equal(list.isIncomplete, true, 'every keystroke must search again on the server');
  assert.ok(list.items.length > 0 && list.items.length <= 30, `a bounded list: ${list.items.length}`);
  const item = aliyev(list.items);
  assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
  const edit = item.textEdit as TextEdit;
  // The range starts at the mark, so the editor filters by the whole typed phrase across spaces.
  assert.deepEqual(edit.range.start, new LineIndex(text).position(text.indexOf('“')));
  assert.equal(edit.newText, `“${ALIYEV}” [@${ALIYEV_KEY}]`);
  assert.ok(item.filterText!.startsWith('“video conferences'), item.filterText);
  assert.ok(ALIYEV.startsWith(String(item.label).replace(/…$/, '')), `the label is the start of the quote: ${item.label}`);
  assert.match(item.labelDetails?.description ?? '', /^Ilham Aliyev — /);
  // Aliyev is named before the mark: his quotes come first.
  assert.equal(list.items[0], item);
});

test('quote completion forgives a misspelt word and takes words in any order', { skip }, async () => {
  assert.ok(aliyev((await complete('typo.md', 'He said: “meaningles vdeo conferences')).items), 'two typos among three words');
  assert.ok(aliyev((await complete('order.md', 'He said: “parody negotiations')).items), 'words out of order');
});

test('a space inside an open quotation asks again; a space elsewhere offers nothing', { skip }, async () => {
  const space = { triggerKind: 2, triggerCharacter: ' ' };
  assert.ok(aliyev((await complete('space-in.md', 'He said: “not going to hold ', space)).items));
  assert.deepEqual((await complete('space-out.md', 'Aliyev said that ', space)).items, []);
  assert.deepEqual((await complete('space-closed.md', 'He said “no” and ', space)).items, []);
});

test('F12 on a quote selects the quoted words in the source (LocationLink.targetSelectionRange)', { skip }, async () => {
  const text = `“We are not going to hold negotiations and meaningless video conferences for the sake of parody,” Aliyev told Bayramov [@${ALIYEV_KEY}].\n`;
  const uri = await client.open(path.join(ws, 'f12.md'), text);
  await client.diagnosticsFor(uri);
  for (const at of [text.indexOf('meaningless'), text.indexOf(ALIYEV_KEY) + 2]) {
    const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position: new LineIndex(text).position(at) });
    assert.equal(links.length, 1);
    const link = links[0];
    assert.ok(link.targetUri.endsWith(`/sources/${ALIYEV_KEY}.txt`), link.targetUri);
    const source = readFileSync(fileURLToPath(link.targetUri), 'utf8');
    const lines = new LineIndex(source);
    const selected = source.slice(lines.offset(link.targetSelectionRange.start), lines.offset(link.targetSelectionRange.end));
    assert.match(selected, /^We are not going to hold negotiations and meaningless video conferences for the sake of parody/);
    assert.ok(lines.offset(link.targetRange.start) <= lines.offset(link.targetSelectionRange.start) && lines.offset(link.targetRange.end) >= lines.offset(link.targetSelectionRange.end), 'the range holds the selection');
    assert.ok(link.originSelectionRange, 'the draft span that links');
  }
});

test('workspace/diagnostic checks every draft on disk, not the sources; verbatim/citedKeys lists a draft’s keys', { skip }, async () => {
  mkdirSync(path.join(ws, 'drafts'), { recursive: true });
  writeFileSync(path.join(ws, 'drafts', 'good.md'), `“${ALIYEV}” Aliyev told Bayramov [@${ALIYEV_KEY}].\n`);
  writeFileSync(path.join(ws, 'drafts', 'bad.md'), `“${ALIYEV}” Aliyev told Bayramov [@no-such-source].\n`);
  const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
  const byFile = new Map(report.items.map((i) => [path.relative(ws, fileURLToPath(i.uri)), i as WorkspaceFullDocumentDiagnosticReport]));
  assert.deepEqual(byFile.get(path.join('drafts', 'good.md'))?.items, []);
  assert.deepEqual(byFile.get(path.join('drafts', 'bad.md'))?.items.map((d) => d.code), ['unknown-source']);
  assert.equal(byFile.get(path.join('drafts', 'bad.md'))?.version, null, 'not open: checked from disk');
  assert.ok(![...byFile.keys()].some((f) => f.startsWith('sources')), [...byFile.keys()].join(', '));

  const open = await client.open(path.join(ws, 'drafts', 'bad.md'), readFileSync(path.join(ws, 'drafts', 'bad.md'), 'utf8'));
  assert.deepEqual(await client.request('verbatim/citedKeys', { uri: open }), ['no-such-source']);
});

test('a deleted draft leaves no problems behind', { skip }, async () => {
  const file = path.join(ws, 'gone.md');
  const uri = await client.open(file, 'See [@no-such-source].\n');
  assert.equal((await client.diagnosticsFor(uri)).length, 1);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 3 }] });
  await client.diagnosticsFor(uri, (ds) => ds.length === 0);
});

test('a folder without sources says it uses the sample corpus', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'verbatim-nosources-'));
  const bare = new LspClient();
  try {
    await bare.initialize(empty);
    const ready = bare.statuses.find((s) => s.state === 'ready')!;
    assert.equal(ready.sample, true);
    assert.equal(ready.sources, 5);
  } finally {
    await bare.stop();
  }
});

test('the Insert Citation picker searches speakers, titles and dates as well as words', { skip }, async () => {
  type Pick = { text: string; speaker: string | null; key: string; title: string; date?: string };
  const bySpeaker = await client.request<Pick[]>('verbatim/searchQuotes', { query: 'Hajiyev peace' });
  assert.ok(bySpeaker.length > 0 && bySpeaker.slice(0, 3).every((p) => p.speaker === 'Hikmet Hajiyev'), JSON.stringify(bySpeaker.slice(0, 3)));
  const source = (await client.request<Pick[]>('verbatim/searchQuotes', { query: 'meaningless' }))[0];
  const byTitle = await client.request<Pick[]>('verbatim/searchQuotes', { query: source.title.split(/\s+/).slice(0, 3).join(' ') });
  assert.ok(byTitle.some((p) => p.key === source.key), `found by the words of its source's title “${source.title}”`);
});
