// The shared scenario through VS Code's API, in a real extension host.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMPLETION, DEFINITION, EXPECTED_PROBLEMS, HOVER_QUOTE, SOURCE_EDIT, SPEAKER_FIX } from '../../e2e/scenario';

const draftPath = process.env.VERBATIM_DRAFT!;
const workspace = process.env.VERBATIM_WORKSPACE!;

async function until<T>(what: string, test: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await test();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

suite('Verbatim in VS Code', () => {
  let doc: vscode.TextDocument;
  const problems = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'verbatim');
  const lineOf = (text: string) => doc.getText().split('\n').findIndex((l) => l.includes(text));

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(draftPath);
    await vscode.window.showTextDocument(doc);
  });

  test('the draft gets its planted problems and no false alarms', async () => {
    await until('diagnostics', () => problems().length >= EXPECTED_PROBLEMS.length);
    const got = problems().map((d) => `${d.code}@${d.range.start.line + 1}`).sort();
    assert.deepEqual(got, EXPECTED_PROBLEMS.map((p) => `${p.code}@${p.line}`).sort());
  });

  test('hover on a quote shows the source and the speaker', async () => {
    const line = HOVER_QUOTE.line - 1;
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf(HOVER_QUOTE.text));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    for (const re of HOVER_QUOTE.expect) assert.match(text, re);
  });

  test('the wrong-speaker quick fix changes the text and the diagnostic goes', async () => {
    const d = problems().find((x) => x.code === 'wrong-speaker')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
    const fix = actions.find((a) => a.title === SPEAKER_FIX.title)!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.ok(doc.getText().includes(SPEAKER_FIX.after));
    await until('the diagnostic to go', () => !problems().some((x) => x.code === 'wrong-speaker'));
  });

  test('completion after [@ offers the source keys', async () => {
    const line = COMPLETION.line - 1;
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf(COMPLETION.after) + COMPLETION.after.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const key of COMPLETION.expect) assert.ok(labels.includes(key), labels.join(', '));
  });

  test('editing a source on disk changes the diagnostics', async () => {
    const file = path.join(workspace, 'sources', SOURCE_EDIT.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(SOURCE_EDIT.from, SOURCE_EDIT.to));
    await until('the misquote to go', () => !problems().some((x) => x.code === 'quote-mismatch'));
  });

  test('go to definition on a citation opens the source file', async () => {
    const line = lineOf(DEFINITION.key);
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf(DEFINITION.key) + 3);
    const locs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, pos);
    const uri = 'uri' in locs[0] ? locs[0].uri : locs[0].targetUri;
    assert.ok(uri.fsPath.endsWith(path.join('sources', DEFINITION.file)));
  });
});
