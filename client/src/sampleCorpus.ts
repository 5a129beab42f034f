// When a workspace has no sources, drafts are checked against the bundled
// sample. Say so once per workspace, and offer to choose the sources folder,
// which sets `verbatim.corpus` for this workspace.
import * as path from 'node:path';
import * as vscode from 'vscode';

const SHOWN = 'verbatim.sampleCorpusNoticeShown';
export const CHOOSE = 'Choose a sources folder…';

export async function noticeSampleCorpus(context: vscode.ExtensionContext, articles: number): Promise<void> {
  if (context.workspaceState.get(SHOWN)) return;
  await context.workspaceState.update(SHOWN, true);
  const choice = await vscode.window.showInformationMessage(
    `Verbatim: this workspace has no sources/ folder, so drafts are checked against a sample corpus of ${articles} articles. Citation keys of your own sources will show as unknown.`,
    CHOOSE,
  );
  if (choice === CHOOSE) await chooseSourcesFolder();
}

/** A folder picker; the chosen folder's .txt, .md and .html files become the corpus of this workspace. */
export async function chooseSourcesFolder(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder?.uri, openLabel: 'Use as sources' });
  if (!picked?.[0]) return;
  const chosen = picked[0].fsPath;
  const relative = folder ? path.relative(folder.uri.fsPath, chosen).split(path.sep).join('/') : chosen;
  const glob = `${relative ? `${relative}/` : ''}**/*.{txt,md,html}`;
  await vscode.workspace.getConfiguration('verbatim').update('corpus', [glob], folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(`Verbatim: the corpus is now ${glob}`);
}
