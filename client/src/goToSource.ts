// F12 on a quote or a citation key: open the source with the quoted words
// selected. VS Code's own Go to Definition puts the cursor at the start of a
// LocationLink's targetSelectionRange and only flashes the words, so in
// Markdown F12 runs this command; anywhere Verbatim has no answer it falls
// back to the editor's Go to Definition.
import * as vscode from 'vscode';

export async function goToSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, editor.selection.active);
  const link = (found ?? []).find((l): l is vscode.LocationLink => 'targetUri' in l && !!l.targetSelectionRange && !l.targetSelectionRange.isEmpty);
  if (!link) {
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    return;
  }
  const words = link.targetSelectionRange!;
  const target = await vscode.window.showTextDocument(link.targetUri, { selection: words, preview: true });
  target.revealRange(words, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
