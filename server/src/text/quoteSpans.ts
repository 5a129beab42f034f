// Finds quotations in a paragraph: straight or curly, double or single marks,
// mismatched marks (a quote opened with ”), and quotes left open at the end of a
// paragraph. An unterminated quote ends with its paragraph and never swallows
// the rest of the file. Runs in one pass, so 10,000 marks cost nothing.
import type { Range } from './paragraphs';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** The text between the marks. */
  textStart: number;
  textEnd: number;
  mark: 'double' | 'single';
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{–—\-/:;,]/;

function canOpenDouble(text: string, i: number, start: number): boolean {
  const c = text[i];
  const prev = i > start ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (c === '“' || c === '„' || c === '«') return !isSpace(next);
  if (c === '"') return (prev === undefined || OPEN_CONTEXT.test(prev) || prev === '(') && !isSpace(next);
  // A stray ” used as an opener: at the start of a paragraph or after a space, before a word.
  if (c === '”') return (prev === undefined || /\s/.test(prev)) && isWordChar(next);
  return false;
}

function canCloseDouble(text: string, i: number): boolean {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '”' || c === '»') return true;
  if (c === '"') return !isSpace(prev) || isSpace(next);
  // A “ used as a closer: after a word or punctuation and before a space or punctuation.
  if (c === '“') return !isSpace(prev) && (isSpace(next) || /[.,;:!?)]/.test(next));
  return false;
}

function canOpenSingle(text: string, i: number, start: number): boolean {
  const c = text[i];
  if (c !== '‘' && c !== "'") return false;
  const prev = i > start ? text[i - 1] : undefined;
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && isWordChar(text[i + 1]);
}

function canCloseSingle(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '’' && c !== "'") return false;
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

const MAX_SINGLE_QUOTE = 400;

/** Quotations within one paragraph `range` of `text`. */
export function quoteSpans(text: string, range: Range): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = range.start;
  while (i < range.end) {
    if (canOpenDouble(text, i, range.start)) {
      let j = i + 1;
      while (j < range.end && !(/["”»“]/.test(text[j]) && canCloseDouble(text, j))) j++;
      if (j < range.end) {
        spans.push({ open: i, close: j, textStart: i + 1, textEnd: j, mark: 'double' });
        i = j + 1;
      } else {
        spans.push({ open: i, close: -1, textStart: i + 1, textEnd: range.end, mark: 'double' });
        i = range.end;
      }
      continue;
    }
    if (canOpenSingle(text, i, range.start)) {
      // A single quote must close before the next double mark; otherwise it was an apostrophe.
      // Bounded, so that a text full of apostrophes stays linear.
      const limit = Math.min(range.end, i + MAX_SINGLE_QUOTE);
      let j = i + 1;
      while (j < limit && !/["“”]/.test(text[j]) && !canCloseSingle(text, j)) j++;
      if (j < limit && canCloseSingle(text, j)) {
        spans.push({ open: i, close: j, textStart: i + 1, textEnd: j, mark: 'single' });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}
