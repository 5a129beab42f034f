// One open draft with its latest check: what every editor service reads.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CheckResult } from '../check/checkDraft';
import type { Finding } from '../check/findings';
import { LineIndex } from '../text/lineIndex';

/** A draft's text with its lines: all that completion reads. */
export interface DraftText {
  text: string;
  lines: LineIndex;
}

export interface CheckedDocument extends DraftText {
  uri: string;
  result: CheckResult;
}

/** Where source files are, in lines and columns: the services stay pure, the server reads files. */
export interface SourceFiles {
  uri(path: string): string;
  position(path: string, offset: number): { line: number; character: number };
}

export function rangeOf(lines: LineIndex, start: number, end: number) {
  return { start: lines.position(start), end: lines.position(end) };
}

/**
 * The finding of this check that a client's diagnostic stands for: same code,
 * same range. A diagnostic from an older version of the text matches none, and
 * so gets no action: what it would edit may have moved.
 */
export function findingFor(doc: CheckedDocument, d: Diagnostic): Finding | undefined {
  if (d.source !== 'verbatim' || !d.range?.start || !d.range.end) return undefined;
  const start = doc.lines.offset(d.range.start);
  const end = doc.lines.offset(d.range.end);
  const finding = doc.result.findings.find((f) => f.code === d.code && f.start === start && f.end === end);
  // Offsets clamp a position past a line's end: the range must also read back as the one sent.
  return finding && samePosition(doc.lines.position(start), d.range.start) && samePosition(doc.lines.position(end), d.range.end) ? finding : undefined;
}

const samePosition = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;

/** PDF and Word offsets are in the extracted text, not the file: those open at their start. */
export function filePosition(files: SourceFiles, sourcePath: string, offset: number) {
  return /\.(?:pdf|docx)$/i.test(sourcePath) ? { line: 0, character: 0 } : files.position(sourcePath, offset);
}
