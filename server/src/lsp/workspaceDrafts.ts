// `workspace/diagnostic`: every Markdown draft of the workspace checked on the
// server, open or not, so "Check Workspace Drafts" needs no editor per file.
// The corpus's own files are sources, not drafts, and are left out.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { crawl } from '../corpus/crawl';
import { listCorpusFiles } from '../corpus/loadCorpus';
import type { Corpus } from './corpusState';

export const MAX_WORKSPACE_DRAFTS = 2000;
const NOT_DRAFTS = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

/** Markdown files under `root` that are not corpus sources, in path order. */
export async function workspaceDraftFiles(root: string, corpus: Corpus): Promise<string[]> {
  // The corpus's own bounded crawl: inside the workspace only, symlinks kept in, limited in entries and time.
  const { files: drafts } = await crawl({ root, globs: ['**/*.{md,markdown}'], confineTo: [root], ignore: NOT_DRAFTS, extensions: new Set(['.md', '.markdown']) });
  const sources = new Set(await listCorpusFiles(corpus.location).catch(() => [] as string[]));
  return drafts.filter((f) => !sources.has(f)).sort().slice(0, MAX_WORKSPACE_DRAFTS);
}

/**
 * A full report for each draft: `openText` gives an open document's current text and version (else the
 * file is read), `diagnose` checks a text. Yields to the event loop between drafts, so requests go on.
 */
export async function workspaceDiagnostics(
  files: string[],
  openText: (uri: string) => { text: string; version: number } | undefined,
  diagnose: (uri: string, text: string) => Diagnostic[],
): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    const open = openText(uri);
    let text: string;
    try {
      text = open?.text ?? (await readFile(file, 'utf8'));
    } catch {
      continue; // deleted since it was listed
    }
    items.push({ kind: 'full', uri, version: open?.version ?? null, items: diagnose(uri, text) });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return items;
}
