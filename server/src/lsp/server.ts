// The thin LSP layer: wires the pure services to a connection. It assumes no
// particular client: capabilities, configuration and progress are used only
// when the client declares them, so Neovim, Emacs or Helix work as VS Code does.
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  ResponseError,
  ErrorCodes,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft, type CheckResult } from '../check/checkDraft';
import type { Config } from '../check/config';
import { FINDING_CODES, isFindingCode, type Severity } from '../check/findings';
import { LineIndex } from '../text/lineIndex';
import type { CheckedDocument, SourceFiles } from '../services/checkedDocument';
import { codeActionsFor } from '../services/codeActions';
import { dismissActions, type WorkspaceConfigFile } from '../services/dismissActions';
import { completionsAt } from '../services/completion';
import { toDiagnostics, type CodePages } from '../services/diagnostics';
import { hoverAt } from '../services/hover';
import { definitionAt, documentLinks } from '../services/navigation';
import { CheckBudget, tooLargeDiagnostic } from './checkBudget';
import { CorpusState, DEFAULT_CORPUS_GLOBS, type Corpus } from './corpusState';
import { codeActionParams, documentParams, isObject, positionParams } from './paramShapes';
import { corpusTree, searchQuotes } from './customRequests';
import { bibliography, type BibFormat } from '../export/bibliography';
import { workspaceDiagnostics, workspaceDraftFiles } from './workspaceDrafts';
import { staleView, type StaleView } from '../services/staleCheck';

interface Settings {
  enable: boolean;
  corpus: string[];
  /** Folders outside the workspace the corpus may be read from: a user setting, never the workspace's. */
  allowedCorpusPaths: string[];
  severity: Partial<Record<string, Severity | 'off'>>;
}

const DEFAULT_SETTINGS: Settings = { enable: true, corpus: DEFAULT_CORPUS_GLOBS, allowedCorpusPaths: [], severity: {} };
export const REINDEX_COMMAND = 'verbatim.server.reindex';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, CheckedDocument>();
  /** The document version and corpus index each check was made for, and what it cost. */
  const checkedAs = new WeakMap<CheckedDocument, { version: number; index: Corpus['index']; ms: number }>();
  const budget = new CheckBudget();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Full checks made since start: the verbatim/stats request reports it, so a test can see a keystroke cost one check. */
  let checkCount = 0;
  let lastCheckMs = 0;
  /** The same check's CPU time: what it costs whatever else the machine runs. */
  let lastCheckCpuMs = 0;
  /** Checks of a version already checked against the same index: should stay 0 (a keystroke costs one check). */
  let repeatedChecks = 0;
  const lastChecked = new Map<string, { version: number; index: Corpus['index'] }>();
  let capabilities: ClientCapabilities = {};
  let settings: Settings = DEFAULT_SETTINGS;
  let state: CorpusState | undefined;
  let workspaceRoot: string | undefined;
  const codePages = findingPages();

  const log = (m: string) => connection.console.log(`[verbatim] ${m}`);
  const files = sourceFiles();

  /** A request that fails is answered with an error and logged; the server goes on. Malformed params get InvalidParams. */
  const guard =
    <P, R>(name: string, fn: (params: P) => R | Promise<R>, shape?: (params: unknown) => string | null) =>
    async (params: P): Promise<R> => {
      const wrong = shape?.(params);
      if (wrong) throw new ResponseError(ErrorCodes.InvalidParams, `verbatim: ${name}: ${wrong}`);
      try {
        return await fn(params);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        connection.console.error(`[verbatim] ${name} failed: ${(err as Error).stack ?? err}`);
        throw new ResponseError(ErrorCodes.InternalError, `verbatim: ${name} failed: ${(err as Error).message}`);
      }
    };

  /** verbatim.json at the workspace root, read now: "Turn off CODE for this workspace" edits it. */
  const workspaceConfigFile = (): WorkspaceConfigFile | undefined => {
    if (!workspaceRoot) return undefined;
    const file = path.join(workspaceRoot, 'verbatim.json');
    return { uri: pathToFileURL(file).href, text: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    settings = readSettings(params.initializationOptions);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = folder?.startsWith('file:') ? fileURLToPath(folder) : (params.rootPath ?? undefined);
    workspaceRoot = root ?? undefined;
    const folders = (params.workspaceFolders ?? []).filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    state = new CorpusState(root ?? undefined, settings.corpus, {
      log,
      onStatus: (s) => void connection.sendNotification('verbatim/status', s),
      onReady: () => recheckAll(),
      progress: async (title) => {
        if (!capabilities.window?.workDoneProgress) return { report: () => {}, done: () => {} };
        try {
          const p = await connection.window.createWorkDoneProgress();
          p.begin(title, undefined, undefined, false);
          return { report: (m) => p.report(m), done: () => p.done() };
        } catch {
          return { report: () => {}, done: () => {} };
        }
      },
    }, folders.length ? folders : root ? [root] : [], settings.allowedCorpusPaths, workspaceTrusted(params.initializationOptions), storageFolderOf(params.initializationOptions));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        // A space too: inside an open quotation the next word searches again (completion ignores spaces elsewhere).
        completionProvider: { triggerCharacters: ['@', '"', '“', '‘', "'", '«', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        // Not `verbatim.reindex`: vscode-languageclient registers server commands as editor commands, and the client owns that one.
        executeCommandProvider: { commands: [REINDEX_COMMAND] },
      },
      serverInfo: { name: 'verbatim', version: typeof VERBATIM_VERSION === 'string' ? VERBATIM_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(async () => {
    if (capabilities.workspace?.configuration) {
      await pullSettings();
      if (capabilities.workspace.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'verbatim' });
      }
    }
    void state!.reload('start');
  });

  async function pullSettings(): Promise<void> {
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'verbatim' }]);
      settings = readSettings(raw);
      state?.setAllowed(settings.allowedCorpusPaths);
      state?.setGlobs(settings.corpus);
    } catch (err) {
      log(`cannot read settings: ${(err as Error).message}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (capabilities.workspace?.configuration) await pullSettings();
    else if (change.settings?.verbatim) {
      settings = readSettings(change.settings.verbatim);
      state?.setAllowed(settings.allowedCorpusPaths);
      state?.setGlobs(settings.corpus);
    }
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) {
      // A deleted draft leaves no problems behind.
      if (c.type === FileChangeType.Deleted && /\.(md|markdown)$/i.test(c.uri)) {
        checked.delete(c.uri);
        void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
      }
      if (c.uri.startsWith('file:')) state?.fileChanged(fileURLToPath(c.uri));
    }
  });

  const isDraft = (doc: TextDocument) => doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);

  /** Checks after a pause in typing as long as the budget says (adaptive), or at once; never twice for one version. */
  function scheduleCheck(doc: TextDocument, delay = budget.delay(doc.uri)): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        // A request may have checked this very version meanwhile: its diagnostics are out already.
        if (!isCurrent(doc, checked.get(doc.uri))) checkNow(doc);
      }, delay),
    );
  }

  /** Whether a check is of this document's version, against the corpus index in use. */
  function isCurrent(doc: TextDocument, entry: CheckedDocument | undefined): boolean {
    const as = entry && checkedAs.get(entry);
    return !!as && as.version === doc.version && as.index === state?.current?.index;
  }

  function checkNow(doc: TextDocument): void {
    // Whoever checks now (the timer or a request), the scheduled check of this version is done.
    clearTimeout(timers.get(doc.uri));
    timers.delete(doc.uri);
    const corpus = state?.current;
    if (!corpus || !isDraft(doc)) return;
    if (!settings.enable) {
      void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const text = doc.getText();
    const refusal = budget.refuses(doc.uri, text.length);
    if (refusal) {
      checked.delete(doc.uri);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [tooLargeDiagnostic(refusal)] });
      return;
    }
    try {
      checkCount++;
      const before = lastChecked.get(doc.uri);
      if (before && before.version === doc.version && before.index === corpus.index) repeatedChecks++;
      lastChecked.set(doc.uri, { version: doc.version, index: corpus.index });
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const result = checkDraft(text, corpus.index, effectiveConfig(corpus), corpus.matches);
      const ms = performance.now() - t0;
      lastCheckMs = ms;
      const cpu = process.cpuUsage(cpu0);
      lastCheckCpuMs = (cpu.user + cpu.system) / 1000;
      const entry: CheckedDocument = { uri: doc.uri, text, lines: new LineIndex(text), result };
      checked.set(doc.uri, entry);
      checkedAs.set(entry, { version: doc.version, index: corpus.index, ms });
      const over = budget.record(doc.uri, text.length, ms);
      if (over) {
        log(`${doc.uri}: ${over} (a check took ${Math.round(ms)} ms)`);
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [tooLargeDiagnostic(over)] });
        return;
      }
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(entry, files, codePages) });
    } catch (err) {
      connection.console.error(`[verbatim] checking ${doc.uri} failed: ${(err as Error).stack ?? err}`);
    }
  }

  function recheckAll(): void {
    for (const doc of documents.all()) scheduleCheck(doc, 0);
  }

  function effectiveConfig(corpus: Corpus): Config {
    const severity = { ...corpus.config.severity };
    for (const [code, level] of Object.entries(settings.severity)) if (isFindingCode(code) && level) severity[code] = level;
    return { ...corpus.config, severity };
  }

  /**
   * The check of a document's current version against the current corpus. Made
   * now only when that is cheap (the last check of this document was quick);
   * otherwise null: a request never waits for a slow check. What it makes
   * stands in for the scheduled check, which then does not run again.
   */
  function current(uri: string): { doc: CheckedDocument; corpus: Corpus } | null {
    const corpus = state?.current;
    const doc = documents.get(uri);
    if (!corpus || !doc) return null;
    let entry = checked.get(uri);
    if (!isCurrent(doc, entry) && budget.cheap(uri, doc.getText().length)) {
      checkNow(doc);
      entry = checked.get(uri);
    }
    return entry && isCurrent(doc, entry) ? { doc: entry, corpus } : null;
  }

  /**
   * For hovers: the last check of the document, whatever version it was of,
   * read through the edits since (staleCheck.ts), so a hover never waits for a
   * re-check. Only a document never checked yet is checked now, if cheap.
   */
  function lastCheck(uri: string): { view: StaleView; corpus: Corpus } | null {
    const corpus = state?.current;
    const doc = documents.get(uri);
    if (!corpus || !doc) return null;
    if (!checked.has(uri)) current(uri);
    const entry = checked.get(uri);
    return entry ? { view: staleView(entry, doc.getText()), corpus } : null;
  }

  /** The document's current text with its last check (maybe of an older version): enough for what reads only the text. */
  function textView(uri: string): { doc: CheckedDocument; corpus: Corpus } | null {
    const corpus = state?.current;
    const doc = documents.get(uri);
    if (!corpus || !doc) return null;
    const text = doc.getText();
    const last = checked.get(uri);
    if (last && last.text === text) return { doc: last, corpus };
    const empty: CheckResult = { draft: { text: '', fileOffset: (o) => o, fileEnd: (o) => o, textIn: () => '', quotes: [], citations: [], names: [], comments: [], blocks: [] }, findings: [], quotes: [] };
    return { doc: { uri, text, lines: lineIndexOf(uri, doc.version, text), result: last?.result ?? empty }, corpus };
  }

  /** A line index per document version, so completion while typing builds one once. */
  const lineIndexes = new Map<string, { version: number; lines: LineIndex }>();
  function lineIndexOf(uri: string, version: number, text: string): LineIndex {
    const hit = lineIndexes.get(uri);
    if (hit && hit.version === version) return hit.lines;
    const lines = new LineIndex(text);
    lineIndexes.set(uri, { version, lines });
    return lines;
  }

  documents.onDidOpen((e) => scheduleCheck(e.document, 0));
  documents.onDidChangeContent((e) => scheduleCheck(e.document));
  documents.onDidClose((e) => {
    checked.delete(e.document.uri);
    lastChecked.delete(e.document.uri);
    lineIndexes.delete(e.document.uri);
    budget.forget(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(
    guard(
      'hover',
      (p) => {
        const c = lastCheck(p.textDocument.uri);
        const doc = documents.get(p.textDocument.uri);
        if (!c || !doc) return null;
        const at = c.view.toChecked(doc.offsetAt(p.position));
        const card = at === null ? null : hoverAt(c.view.checked, c.corpus.index, at);
        const range = card && c.view.rangeNow(card.range, doc);
        return card && range ? { ...card, range } : null;
      },
      positionParams,
    ),
  );
  connection.onCompletion(
    guard(
      'completion',
      (p) => {
        // Completion reads the text being typed, never a check: it answers at once, whatever the draft's size.
        const c = textView(p.textDocument.uri);
        return c ? { isIncomplete: true, items: completionsAt(c.doc, c.corpus.index, c.corpus.search, c.doc.lines.offset(p.position)) } : null;
      },
      positionParams,
    ),
  );
  connection.onCodeAction(
    guard(
      'codeAction',
      (p) => {
        // Built from the check of this very version, or none: a fix computed for other text would corrupt this one.
        const c = current(p.textDocument.uri);
        return c ? [...codeActionsFor(c.doc, p.range, p.context.diagnostics), ...dismissActions(c.doc, p.context.diagnostics, workspaceConfigFile())] : [];
      },
      codeActionParams,
    ),
  );
  connection.onDefinition(
    guard(
      'definition',
      (p) => {
        const c = current(p.textDocument.uri);
        return c ? definitionAt(c.doc, c.corpus.index, files, c.doc.lines.offset(p.position), capabilities.textDocument?.definition?.linkSupport === true) : null;
      },
      positionParams,
    ),
  );
  connection.onDocumentLinks(
    guard(
      'documentLinks',
      (p) => {
        const c = current(p.textDocument.uri);
        return c ? documentLinks(c.doc, c.corpus.index, files) : [];
      },
      documentParams,
    ),
  );
  connection.onExecuteCommand(
    guard('executeCommand', async (p) => {
      if (p.command === REINDEX_COMMAND) await state?.reload('asked for');
      return null;
    }),
  );
  connection.onRequest(
    'verbatim/searchQuotes',
    guard('searchQuotes', (p: { query: string; speaker?: string }) => (state?.current ? searchQuotes(state.current, p.query, p.speaker) : []), (p) =>
      isObject(p) && typeof p.query === 'string' && (p.speaker === undefined || p.speaker === null || typeof p.speaker === 'string') ? null : 'expected { query: string, speaker?: string }',
    ),
  );
  // Pull diagnostics for the whole workspace ("Check Workspace Drafts"). Not advertised as a capability:
  // VS Code would then pull every open document too, doubling the pushed diagnostics.
  connection.onRequest(
    WorkspaceDiagnosticRequest.type,
    guard('workspaceDiagnostic', async () => {
      const corpus = state?.current;
      if (!corpus || !workspaceRoot || !settings.enable) return { items: [] };
      const drafts = await workspaceDraftFiles(workspaceRoot, corpus);
      const items = await workspaceDiagnostics(
        drafts,
        (uri) => {
          const doc = documents.get(uri);
          return doc && { text: doc.getText(), version: doc.version };
        },
        (uri, text) => toDiagnostics({ uri, text, lines: new LineIndex(text), result: checkDraft(text, corpus.index, effectiveConfig(corpus), corpus.matches) }, files, codePages),
      );
      return { items };
    }),
  );
  // What the server has done, for tests and the bench: full checks made, whether a re-index is under way, memory.
  connection.onRequest('verbatim/stats', () => ({ checks: checkCount, repeatedChecks, lastCheckMs, lastCheckCpuMs, indexing: state?.indexing ?? false, rssBytes: process.memoryUsage.rss() }));
  connection.onRequest(
    'verbatim/citedKeys',
    guard(
      'citedKeys',
      (p: { uri: string }) => {
        const c = current(p.uri);
        return c ? [...new Set(c.doc.result.draft.citations.map((x) => x.key))] : [];
      },
      (p) => (isObject(p) && typeof p.uri === 'string' ? null : 'expected { uri: string }'),
    ),
  );
  connection.onRequest(
    'verbatim/corpusTree',
    guard('corpusTree', () => (state?.current ? corpusTree(state.current, files) : { corpus: '', sources: [], people: [] })),
  );
  connection.onRequest(
    'verbatim/bibliography',
    guard('bibliography', (p: { format: BibFormat }) => (state?.current ? bibliography(state.current.index.model.sources, p.format === 'bibtex' ? 'bibtex' : 'csl-json') : '')),
  );
  connection.onShutdown(() => state?.dispose());

  documents.listen(connection);
  connection.listen();

  function sourceFiles(): SourceFiles {
    const lines = new Map<string, LineIndex>();
    return {
      uri: (p) => pathToFileURL(p).href,
      position: (p, offset) => {
        let index = lines.get(p);
        if (!index) {
          let text = '';
          try {
            text = readFileSync(p, 'utf8');
          } catch {
            // A source that vanished: point at its start.
          }
          index = new LineIndex(text);
          if (lines.size > 256) lines.clear();
          lines.set(p, index);
        }
        return index.position(offset);
      },
    };
  }
}

declare const VERBATIM_VERSION: string | undefined;

/** The client says whether the editor trusts the workspace (VS Code's Restricted Mode); a client that says nothing trusts it. */
function workspaceTrusted(initializationOptions: unknown): boolean {
  return !(isObject(initializationOptions) && initializationOptions.workspaceTrusted === false);
}

function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Record<string, unknown>;
  const corpus = typeof r.corpus === 'string' ? [r.corpus] : Array.isArray(r.corpus) && r.corpus.every((g) => typeof g === 'string') ? (r.corpus as string[]) : DEFAULT_CORPUS_GLOBS;
  const severity: Settings['severity'] = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, level] of Object.entries(r.severity as Record<string, unknown>)) {
      if (code in FINDING_CODES && typeof level === 'string' && level !== 'default') severity[code] = level as Severity | 'off';
    }
  }
  const allowedCorpusPaths = Array.isArray(r.allowedCorpusPaths) ? r.allowedCorpusPaths.filter((p): p is string => typeof p === 'string' && path.isAbsolute(p)) : [];
  return { enable: r.enable !== false, corpus, allowedCorpusPaths, severity };
}

/** `initializationOptions.storageFolder`: where the editor lets this workspace keep files (VS Code's workspace storage). */
function storageFolderOf(raw: unknown): string | undefined {
  const folder = (raw as { storageFolder?: unknown } | null | undefined)?.storageFolder;
  return typeof folder === 'string' && path.isAbsolute(folder) ? folder : undefined;
}

/** The page explaining each finding code (docs/findings/<code>.md), shipped beside the bundle, for links from diagnostics. */
function findingPages(): CodePages {
  const dir = [path.resolve(__dirname, '..', 'docs', 'findings'), path.resolve(__dirname, '..', '..', '..', 'docs', 'findings')].find((d) => existsSync(d));
  const known = new Map<string, string | undefined>();
  return (code) => {
    if (!known.has(code)) {
      const page = dir && path.join(dir, `${code}.md`);
      known.set(code, page && existsSync(page) ? pathToFileURL(page).href : undefined);
    }
    return known.get(code);
  };
}
