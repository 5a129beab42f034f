// Finds quotations in a paragraph: straight or curly, double or single marks,
// mismatched marks (a quote opened with ”), and quotes left open at the end of a
// paragraph. An unterminated quote ends with its paragraph and never swallows
// the rest of the file. One pass over char codes: this loop sees every
// character of the corpus, and 10,000 marks in a row cost nothing.
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

const STRAIGHT = 0x22; // "
const APOSTROPHE = 0x27; // '
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
/** A single quote longer than this is taken for an apostrophe: keeps apostrophe-heavy text linear. */
const MAX_SINGLE_QUOTE = 400;

function isSpace(code: number): boolean {
  return code !== code /* NaN: outside the text */ || code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return code > 127 && code === code && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** Characters after which a mark opens a quotation. */
function isOpenContext(code: number): boolean {
  return isSpace(code) || code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2013 || code === 0x2014 || code === 0x2d || code === 0x2f || code === 0x3a || code === 0x3b || code === 0x2c;
}

export function quoteSpans(text: string, range: Range): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const at = (i: number) => (i >= range.start && i < range.end ? text.charCodeAt(i) : NaN);

  // A quotation may open on an elision: “… what I learned”, ” … he delivered”.
  const ellipsisAt = (j: number) => at(j) === 0x2026 || (at(j) === 0x2e && at(j + 1) === 0x2e && at(j + 2) === 0x2e);
  const opensOnElision = (i: number) => ellipsisAt(i + 1) || (at(i + 1) === 0x20 && ellipsisAt(i + 2));
  const canOpenDouble = (i: number, c: number) => {
    const next = at(i + 1);
    if (c === LEFT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET) return !isSpace(next) || opensOnElision(i);
    if (c === STRAIGHT) return isOpenContext(at(i - 1)) && !isSpace(next);
    // A stray ” used as an opener: at the start of a paragraph or after a space, before a word.
    if (c === RIGHT_DOUBLE) return isSpace(at(i - 1)) && (isWordChar(next) || opensOnElision(i));
    return false;
  };
  const canCloseDouble = (i: number, c: number) => {
    if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) return true;
    if (c === STRAIGHT) return !isSpace(at(i - 1)) || isSpace(at(i + 1));
    // A “ used as a closer: after a word or punctuation, before a space or punctuation.
    if (c === LEFT_DOUBLE) {
      const next = at(i + 1);
      return !isSpace(at(i - 1)) && (isSpace(next) || next === 0x2e || next === 0x2c || next === 0x3b || next === 0x3a || next === 0x21 || next === 0x3f || next === 0x29);
    }
    return false;
  };
  const canCloseSingle = (i: number) => {
    const c = text.charCodeAt(i);
    return (c === RIGHT_SINGLE || c === APOSTROPHE) && !isSpace(at(i - 1)) && !isWordChar(at(i + 1));
  };

  // Two apostrophes stand for a double mark in some archives (the NYT's: ''This isn't tax reform,'' said …).
  const isDoubledApostrophe = (i: number) => text.charCodeAt(i) === APOSTROPHE && at(i + 1) === APOSTROPHE;
  let i = range.start;
  while (i < range.end) {
    const c = text.charCodeAt(i);
    if (isDoubledApostrophe(i) && isOpenContext(at(i - 1)) && !isSpace(at(i + 2))) {
      let j = i + 2;
      while (j < range.end && !(isDoubledApostrophe(j) && (!isSpace(at(j - 1)) || isSpace(at(j + 2))))) j++;
      if (j < range.end) {
        spans.push({ open: i, close: j + 1, textStart: i + 2, textEnd: j, mark: 'double' });
        i = j + 2;
      } else {
        spans.push({ open: i, close: -1, textStart: i + 2, textEnd: range.end, mark: 'double' });
        i = range.end;
      }
      continue;
    }
    if (c === STRAIGHT || c === LEFT_DOUBLE || c === RIGHT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET) {
      if (canOpenDouble(i, c)) {
        let j = i + 1;
        while (j < range.end && !canCloseDouble(j, text.charCodeAt(j))) j++;
        const textStart = at(i + 1) === 0x20 ? i + 2 : i + 1; // “ … he said”: the words start at the elision
        if (j < range.end) {
          spans.push({ open: i, close: j, textStart, textEnd: j, mark: 'double' });
          i = j + 1;
        } else {
          spans.push({ open: i, close: -1, textStart, textEnd: range.end, mark: 'double' });
          i = range.end;
        }
        continue;
      }
    } else if ((c === LEFT_SINGLE || c === APOSTROPHE) && isOpenContext(at(i - 1)) && isWordChar(at(i + 1))) {
      // A single quote must close before the next double mark; otherwise it was an apostrophe.
      const limit = Math.min(range.end, i + MAX_SINGLE_QUOTE);
      let j = i + 1;
      for (; j < limit; j++) {
        const d = text.charCodeAt(j);
        if (d === STRAIGHT || d === LEFT_DOUBLE || d === RIGHT_DOUBLE || canCloseSingle(j)) break;
      }
      if (j < limit && canCloseSingle(j)) {
        spans.push({ open: i, close: j, textStart: i + 1, textEnd: j, mark: 'single' });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}
