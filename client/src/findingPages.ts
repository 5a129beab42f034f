// A finding code's link opens the page that explains it (docs/findings/<code>.md,
// shipped in the extension) in the Markdown preview, not as raw text. The server
// links each code to its page's file; the client turns that link into a command.
import * as vscode from 'vscode';

export const SHOW_FINDING = 'verbatim.showFinding';

export function findingPage(context: vscode.ExtensionContext, code: string): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'findings', `${code}.md`);
}

export async function showFinding(context: vscode.ExtensionContext, code: string): Promise<void> {
  if (!/^[a-z-]+$/.test(code)) return;
  await vscode.commands.executeCommand('markdown.showPreview', findingPage(context, code));
}

/** Diagnostics whose code links to a finding page link to the preview command instead. */
export function linkCodesToPreview(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    const code = d.code;
    if (typeof code === 'object' && code.target.path.endsWith(`/docs/findings/${code.value}.md`)) {
      d.code = { value: code.value, target: vscode.Uri.parse(`command:${SHOW_FINDING}?${encodeURIComponent(JSON.stringify([String(code.value)]))}`) };
    }
  }
  return diagnostics;
}
