// The VS Code client: starts the language server, and adds what only an
// editor can show: a status bar item, the Sources view, and commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SourcesView } from './sourcesView';
import type { CorpusStatus, QuotePick } from '../../server/src/lsp/protocol';
import { StatusItem } from './statusItem';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'verbatim', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,html,htm,pdf,docx,vtt,srt,json}') },
    outputChannelName: 'Verbatim',
  };
  client = new LanguageClient('verbatim', 'Verbatim', serverOptions, clientOptions);

  const status = new StatusItem();
  const sources = new SourcesView(client);
  context.subscriptions.push(
    status,
    vscode.window.registerTreeDataProvider('verbatimSources', sources),
    vscode.commands.registerCommand('verbatim.reindex', () => vscode.commands.executeCommand('verbatim.server.reindex')),
    vscode.commands.registerCommand('verbatim.insertCitation', () => insertCitation(client!)),
    vscode.commands.registerCommand('verbatim.showSource', () => vscode.commands.executeCommand('editor.action.revealDefinition')),
    vscode.commands.registerCommand('verbatim.checkWorkspaceDrafts', () => checkWorkspaceDrafts()),
    vscode.commands.registerCommand('verbatim.exportBibliography', () => exportBibliography(client!)),
    vscode.commands.registerCommand('verbatim.openPassage', (uri: string, line: number, character: number) =>
      vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(line, character, line, character), preview: true }),
    ),
    vscode.commands.registerCommand('verbatim.showSourcesView', () => vscode.commands.executeCommand('verbatimSources.focus')),
  );
  client.onNotification('verbatim/status', (s: CorpusStatus) => {
    status.update(s);
    if (s.state === 'ready') sources.refresh();
  });
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}


/** A searchable quick pick of everything said in the corpus; inserts the quote and its citation. */
async function insertCitation(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { quote: QuotePick }>();
  pick.placeholder = 'Search what the sources say (words, speaker…)';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const search = async (query: string) => {
    pick.busy = true;
    const found = await client.sendRequest<QuotePick[]>('verbatim/searchQuotes', { query });
    pick.items = found.map((q) => ({ label: q.text, description: q.speaker ?? 'unattributed', detail: `@${q.key}${q.date ? ` · ${q.date}` : ''}${q.title ? ` · ${q.title}` : ''}`, quote: q }));
    pick.busy = false;
  };
  pick.onDidChangeValue((v) => void search(v));
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0]?.quote;
    pick.hide();
    if (chosen) await editor.edit((e) => e.replace(editor.selection, `“${chosen.text}” [@${chosen.key}]`));
  });
  pick.show();
  await search('');
}

/** Writes references.json (CSL-JSON) or references.bib into the workspace, for Pandoc and Quarto. */
async function exportBibliography(client: LanguageClient): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Verbatim: open a folder first; the bibliography is written into it.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'CSL-JSON', description: 'references.json: pandoc --citeproc --bibliography references.json', format: 'csl-json', file: 'references.json' },
      { label: 'BibTeX', description: 'references.bib', format: 'bibtex', file: 'references.bib' },
    ],
    { placeHolder: 'Bibliography format' },
  );
  if (!choice) return;
  const text = await client.sendRequest<string>('verbatim/bibliography', { format: choice.format });
  const target = vscode.Uri.joinPath(folder.uri, choice.file);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`Verbatim: wrote ${choice.file}`, 'Open').then((open) => open && vscode.window.showTextDocument(target));
}

/** Opens every Markdown draft of the workspace (not the corpus), so the server checks them all. */
async function checkWorkspaceDrafts(): Promise<void> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/sources/**,**/seeds/**}', 500);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Verbatim: checking ${files.length} drafts` }, async () => {
    for (const f of files) await vscode.workspace.openTextDocument(f);
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
