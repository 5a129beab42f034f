// The VS Code client: starts the language server, and adds what only an
// editor can show: a status bar item, the Sources view, commands, finding
// pages, and citations rendered in the Markdown preview.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CorpusStatus, CorpusTree, QuotePick } from '../../server/src/lsp/protocol';
import { serverEnv } from '../../server/src/lsp/serverEnv';
import { citationPlugin, type PreviewSource } from './citationPreview';
import { goToSource } from './goToSource';
import { linkCodesToPreview, SHOW_FINDING, showFinding } from './findingPages';
import { chooseSourcesFolder, noticeSampleCorpus } from './sampleCorpus';
import { citationText, nodeKey, SourcesView, type SourcesNode } from './sourcesView';
import { StatusItem } from './statusItem';
import { WorkspaceDrafts } from './workspaceDrafts';

let client: LanguageClient | undefined;
/** Source titles, outlets and dates by key, for citations in the Markdown preview. */
let previewSources: ReadonlyMap<string, PreviewSource> = new Map();

export async function activate(context: vscode.ExtensionContext) {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // Large pages for the corpus's big arrays (lsp/serverEnv.ts).
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: serverEnv() } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'], env: serverEnv() } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'verbatim', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,html,htm,pdf,docx,vtt,srt,json}') },
    outputChannelName: 'Verbatim',
    // Read at every start: in Restricted Mode the server reads nothing outside the workspace folders.
    // The server keeps the corpus's persistent index in the workspace storage between starts (a warm start reads it back).
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted, ...(context.storageUri ? { storageFolder: context.storageUri.fsPath } : {}) }),
    middleware: { handleDiagnostics: (uri, diagnostics, next) => next(uri, linkCodesToPreview(diagnostics)) },
  };
  client = new LanguageClient('verbatim', 'Verbatim', serverOptions, clientOptions);
  const lc = client;

  const status = new StatusItem();
  const sources = new SourcesView(lc);
  const drafts = new WorkspaceDrafts(lc);
  const deleted = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', true, true, false);
  context.subscriptions.push(
    status,
    sources,
    drafts,
    deleted,
    vscode.commands.registerCommand('verbatim.reindex', () => vscode.commands.executeCommand('verbatim.server.reindex')),
    vscode.commands.registerCommand('verbatim.insertCitation', () => insertCitation(lc)),
    vscode.commands.registerCommand('verbatim.showSource', () => goToSource()),
    vscode.commands.registerCommand('verbatim.checkWorkspaceDrafts', () => drafts.check()),
    vscode.commands.registerCommand('verbatim.exportBibliography', () => exportBibliography(lc)),
    vscode.commands.registerCommand('verbatim.openPassage', (uri: string, line: number, character: number) =>
      vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(line, character, line, character), preview: true }),
    ),
    vscode.commands.registerCommand('verbatim.showSourcesView', () => vscode.commands.executeCommand('verbatimSources.focus')),
    vscode.commands.registerCommand('verbatim.chooseSourcesFolder', () => chooseSourcesFolder()),
    vscode.commands.registerCommand(SHOW_FINDING, (code: string) => showFinding(context, code)),
    vscode.commands.registerCommand('verbatim.sources.filter', () => sources.askFilter()),
    vscode.commands.registerCommand('verbatim.sources.clearFilter', () => sources.setFilter('')),
    vscode.commands.registerCommand('verbatim.sources.insertCitation', (node: SourcesNode) => insertAtCursor(citationText(node))),
    vscode.commands.registerCommand('verbatim.sources.copyKey', async (node: SourcesNode) => {
      const key = nodeKey(node);
      if (!key) return;
      await vscode.env.clipboard.writeText(`@${key}`);
      vscode.window.setStatusBarMessage(`Copied @${key}`, 3000);
    }),
    // Problems of a deleted draft go with it; an opened draft's come live from the server.
    deleted.onDidDelete((uri) => {
      lc.diagnostics?.delete(uri);
      drafts.forget(uri);
    }),
    vscode.workspace.onDidOpenTextDocument((d) => drafts.forget(d.uri)),
  );
  trackCitedSources(context, lc, sources);
  // Trust granted: start again, so the server may read what the user allowed outside the workspace.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void lc.restart()));

  lc.onNotification('verbatim/status', (s: CorpusStatus) => {
    status.update(s);
    if (s.state !== 'ready') return;
    sources.refresh();
    void refreshPreviewSources(sources);
    if (s.sample) void noticeSampleCorpus(context, s.sources);
  });
  await lc.start();
  return {
    /** `markdown.markdownItPlugins`: `[@key]` renders as a reference in the Markdown preview. */
    extendMarkdownIt: (md: Parameters<ReturnType<typeof citationPlugin>>[0]) => citationPlugin(() => previewSources)(md),
  };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

async function refreshPreviewSources(sources: SourcesView): Promise<void> {
  const tree: CorpusTree = await sources.load();
  previewSources = new Map(tree.sources.map((s) => [s.key, { title: s.title, outlet: s.outlet, date: s.date, uri: s.uri }]));
  await vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
}

/** Marks, in the Sources view, the sources the active draft cites; follows the editor and its edits. */
function trackCitedSources(context: vscode.ExtensionContext, client: LanguageClient, sources: SourcesView): void {
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown' || !client.isRunning()) return sources.setCited([]);
      try {
        sources.setCited(await client.sendRequest<string[]>('verbatim/citedKeys', { uri: doc.uri.toString() }));
      } catch {
        // the server is restarting: the next edit asks again
      }
    }, 400);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    { dispose: () => clearTimeout(timer) },
  );
  update();
}

async function insertAtCursor(text: string | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
  if (!text) return;
  if (!editor) {
    void vscode.window.showWarningMessage('Verbatim: open a draft first; the citation goes at its cursor.');
    return;
  }
  await editor.edit((e) => e.replace(editor.selection, text));
}

/** A searchable quick pick of everything said in the corpus, by words, speaker, title, outlet or date; inserts the quote and its citation. */
async function insertCitation(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { quote: QuotePick }>();
  pick.placeholder = 'Search what the sources say: words, speaker, title, outlet, date…';
  // The server searches and ranks; the picker must not filter its answer again.
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  let asked = 0;
  const search = async (query: string) => {
    const mine = ++asked;
    pick.busy = true;
    const found = await client.sendRequest<QuotePick[]>('verbatim/searchQuotes', { query });
    if (mine !== asked) return;
    pick.items = found.map((q) => ({
      label: q.text,
      description: q.speaker ?? 'unattributed',
      detail: [q.title, q.outlet, q.date, q.author ? `by ${q.author}` : undefined, `@${q.key}`].filter(Boolean).join(' · '),
      alwaysShow: true,
      quote: q,
    }));
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
