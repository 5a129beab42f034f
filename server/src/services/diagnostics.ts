// Findings → LSP diagnostics: code, link to the code's explanation page, the source
// passage as related information, and the fixes carried in `data`.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../check/findings';
import { filePosition, rangeOf, type CheckedDocument, type SourceFiles } from './checkedDocument';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  fixes: Array<{ title: string; edits: Array<{ range: ReturnType<typeof rangeOf>; newText: string }> }>;
}

/** Where a code's explanation is (a page shipped beside the server), if anywhere. */
export type CodePages = (code: string) => string | undefined;

export function toDiagnostics(doc: CheckedDocument, files: SourceFiles, pages: CodePages): Diagnostic[] {
  return doc.result.findings.map((f) => toDiagnostic(doc, f, files, pages));
}

function toDiagnostic(doc: CheckedDocument, f: Finding, files: SourceFiles, pages: CodePages): Diagnostic {
  const page = pages(f.code);
  const data: DiagnosticData = {
    fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: rangeOf(doc.lines, e.start, e.end), newText: e.newText })) })),
  };
  return {
    range: rangeOf(doc.lines, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(page ? { codeDescription: { href: page } } : {}),
    source: 'verbatim',
    message: f.message,
    ...(f.source
      ? {
          relatedInformation: [
            {
              location: { uri: files.uri(f.source.path), range: { start: filePosition(files, f.source.path, f.source.start), end: filePosition(files, f.source.path, f.source.end) } },
              message: `@${f.source.key}${f.source.speaker ? `, ${f.source.speaker}` : ''}: “${f.source.text.replace(/\s+/g, ' ')}”`,
            },
          ],
        }
      : {}),
    data,
  };
}
