// Dismissing a finding from the editor, as LTeX+ and markdownlint users expect:
// "Ignore this finding here" writes the disable comment before the finding's
// paragraph, and "Turn off CODE for this workspace" writes verbatim.json. Both,
// applied, silence it. A diagnostic of an older text gets neither.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { parseConfig } from '../../server/src/check/config';
import type { LspClient } from '../helpers/lspClient';
import { applyTextEdits, startOnSeeds } from '../helpers/seedWorkspace';

const DRAFT = ['# Talks', '', '"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Bayramov said [@001_d3d3f7e52c00361c].', ''].join('\n');
let client: LspClient;
let ws: string;

before(async () => {
  ({ client, ws } = await startOnSeeds('verbatim-dismiss-'));
});
after(() => client.stop());

async function actionsFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

/** Opens the draft as `name`; its wrong-speaker diagnostic, and a way to ask for the action titled so. */
async function openWithSpeakerFinding(name: string) {
  const uri = await client.open(path.join(ws, name), DRAFT);
  const ds = await client.diagnosticsFor(uri, (d) => d.length > 0);
  const speaker = ds.find((d) => d.code === 'wrong-speaker')!;
  const action = async (title: string) => (await actionsFor(uri, speaker)).find((a) => a.title === title);
  return { uri, action };
}

test('"Ignore this finding here" inserts the disable comment on the line before, and the finding goes', async () => {
  const { uri, action } = await openWithSpeakerFinding('ignore.md');
  const ignore = (await action('Ignore this finding here'))!;
  assert.ok(ignore, 'offered');
  const fixed = applyTextEdits(DRAFT, ignore.edit!.changes![uri]);
  assert.match(fixed, /^<!-- verbatim-disable-next-line wrong-speaker -->\n"Our approach/m);
  await client.change(uri, fixed);
  const after = await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'wrong-speaker'));
  assert.deepEqual(after.map((d) => d.code), []);
});

test('"Ignore this finding here" on a paragraph\'s later line goes before the paragraph, which stays whole', async () => {
  const draft = ['# Talks', '', '> The talks resumed in Washington. Speaking to reporters,', '> "Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Bayramov said [@001_d3d3f7e52c00361c].', ''].join('\n');
  const uri = await client.open(path.join(ws, 'ignore-block.md'), draft);
  const speaker = (await client.diagnosticsFor(uri, (d) => d.length > 0)).find((d) => d.code === 'wrong-speaker')!;
  assert.equal(speaker.range.start.line, 3);
  const ignore = (await actionsFor(uri, speaker)).find((a) => a.title === 'Ignore this finding here')!;
  const fixed = applyTextEdits(draft, ignore.edit!.changes![uri]);
  assert.equal(fixed, draft.replace('> The talks', '> <!-- verbatim-disable-next-line wrong-speaker -->\n> The talks'));
  await client.change(uri, fixed);
  assert.deepEqual((await client.diagnosticsFor(uri)).map((d) => d.code), []);
});

test('a diagnostic of an older version of the text gets no action (fuzz seed 59831)', async () => {
  const uri = await client.open(path.join(ws, 'stale.md'), DRAFT);
  const speaker = (await client.diagnosticsFor(uri, (d) => d.length > 0)).find((d) => d.code === 'wrong-speaker')!;
  // The finding moves two lines down; its old diagnostic points at the blank line before it.
  const edited = DRAFT.replace('# Talks\n', '# Talks\n\nIntro.\n');
  await client.change(uri, edited);
  await client.diagnosticsFor(uri);
  assert.deepEqual((await actionsFor(uri, speaker)).map((a) => a.title), []);
  // Past the end of the document too.
  const beyond = { ...speaker, range: { start: { line: 102, character: 0 }, end: { line: 102, character: 9 } } };
  assert.deepEqual((await actionsFor(uri, beyond)).map((a) => a.title), []);
});

test('"Turn off CODE for this workspace" creates verbatim.json, or adds to its "disable" keeping the rest', async () => {
  const { action } = await openWithSpeakerFinding('off.md');
  const off = (await action('Turn off wrong-speaker for this workspace'))!;
  assert.ok(off, 'offered');
  const changes = off.edit!.documentChanges!;
  const configUri = (changes[0] as { uri: string }).uri;
  assert.equal(fileURLToPath(configUri), path.join(ws, 'verbatim.json'));
  assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
  const created = ((changes[1] as TextDocumentEdit).edits[0] as TextEdit).newText;
  assert.deepEqual(parseConfig(created), { config: { disable: ['wrong-speaker'] }, problems: [] });

  writeFileSync(path.join(ws, 'verbatim.json'), JSON.stringify({ corpus: ['sources/**/*.txt'], disable: ['name-misspelled'] }));
  const again = (await action('Turn off wrong-speaker for this workspace'))!;
  const text = readFileSync(path.join(ws, 'verbatim.json'), 'utf8');
  const updated = applyTextEdits(text, again.edit!.changes![configUri]);
  assert.deepEqual(parseConfig(updated).config, { corpus: ['sources/**/*.txt'], disable: ['name-misspelled', 'wrong-speaker'] });

  writeFileSync(path.join(ws, 'verbatim.json'), '{ "corpus": [ broken');
  const none = await action('Turn off wrong-speaker for this workspace');
  assert.equal(none, undefined, 'a broken verbatim.json is the writer\'s: never overwritten');
});
