// One open draft with its latest check: what every editor service reads.
import type { CheckResult } from '../check/checkDraft';
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

/** PDF and Word offsets are in the extracted text, not the file: those open at their start. */
export function filePosition(files: SourceFiles, sourcePath: string, offset: number) {
  return /\.(?:pdf|docx)$/i.test(sourcePath) ? { line: 0, character: 0 } : files.position(sourcePath, offset);
}
