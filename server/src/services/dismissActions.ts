// Dismissing a finding, as LTeX+ and markdownlint users expect: "Ignore this
// finding here" (a disable comment before the finding's paragraph) and "Turn
// off CODE for this workspace" (the code added to `disable` in verbatim.json).
// Offered only for a diagnostic that is a finding of this check of this text.
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import { disableCommentEdit } from '../check/disableComments';
import { LineIndex } from '../text/lineIndex';
import { findingFor, rangeOf, type CheckedDocument } from './checkedDocument';

/** verbatim.json at the workspace root: where it is, and its text if it exists. */
export interface WorkspaceConfigFile {
  uri: string;
  text?: string;
}

export function dismissActions(doc: CheckedDocument, diagnostics: Diagnostic[], configFile: WorkspaceConfigFile | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const finding = findingFor(doc, d);
    if (!finding) continue;
    const code = finding.code;
    const insert = disableCommentEdit(doc.result.draft, doc.text, finding.start, code);
    actions.push({
      title: 'Ignore this finding here',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [doc.uri]: [{ range: rangeOf(doc.lines, insert.start, insert.end), newText: insert.newText }] } },
    });
    const edit = configFile && disableInConfig(configFile, code);
    if (edit) actions.push({ title: `Turn off ${code} for this workspace`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
  }
  return actions;
}

/** The edit that adds `code` to `disable` in verbatim.json, creating the file if need be; none if the file is not valid JSON. */
function disableInConfig(file: WorkspaceConfigFile, code: string): WorkspaceEdit | undefined {
  let data: Record<string, unknown> = {};
  if (file.text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(file.text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      data = parsed as Record<string, unknown>;
    } catch {
      return undefined; // the writer's file, broken: we do not overwrite it
    }
  }
  const disable = Array.isArray(data.disable) ? [...(data.disable as unknown[])] : [];
  if (disable.includes(code)) return undefined;
  const newText = JSON.stringify({ ...data, disable: [...disable, code] }, null, 2) + '\n';
  if (file.text === undefined) {
    return { documentChanges: [{ kind: 'create', uri: file.uri, options: { ignoreIfExists: true } }, { textDocument: { uri: file.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] }] };
  }
  const lines = new LineIndex(file.text);
  return { changes: { [file.uri]: [{ range: { start: { line: 0, character: 0 }, end: lines.position(file.text.length) }, newText }] } };
}
