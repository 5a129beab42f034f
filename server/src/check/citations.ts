// Pandoc citations in prose: [@key], [@key, p. 3], [@a; @b], [-@key] and in-text @key.
import type { Range } from '../text/paragraphs';

export interface Citation {
  key: string;
  /** The key's own offsets (after the @). */
  keyStart: number;
  keyEnd: number;
  /** The whole citation: the bracket group, or the in-text @key. */
  start: number;
  end: number;
  inText: boolean;
  /** A page locator after the key, `[@key, p. 3]` or `[@key, pp. 3–4]`: the pages, and the offsets of the numbers. */
  pages?: PageLocator;
}

export interface PageLocator {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Pandoc's page locators: `p. 3`, `pp. 3-4`, `page 3`, `pages 3–4`. */
const PAGES = /^,\s*(?:pp?\.|pages?|pg\.)\s*(\d{1,5})(?:\s*[-–—]\s*(\d{1,5}))?(?=\s*[\];,]|\s*$)/i;

function pagesAfter(inner: string, keyEnd: number, innerStart: number): PageLocator | undefined {
  const m = PAGES.exec(inner.slice(keyEnd));
  if (!m) return undefined;
  const numbers = m[0].slice(m[0].search(/\d/));
  const start = innerStart + keyEnd + m[0].length - numbers.length;
  const first = Number(m[1]);
  return { first, last: m[2] ? Number(m[2]) : first, start, end: start + numbers.length };
}

/** Pandoc's key syntax: a letter, digit or _ first, then internal punctuation allowed. */
const KEY = /[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*/uy;
const BRACKET = /\[([^[\]\n]*@[^[\]\n]*)\]/g;

export function citationsIn(text: string, range: Range): Citation[] {
  const out: Citation[] = [];
  const slice = text.slice(range.start, range.end);
  const bracketed: Range[] = [];
  BRACKET.lastIndex = 0;
  for (const m of slice.matchAll(BRACKET)) {
    const groupStart = range.start + m.index!;
    const groupEnd = groupStart + m[0].length;
    const inner = m[1];
    const before = out.length;
    for (let i = inner.indexOf('@'); i >= 0; i = inner.indexOf('@', i + 1)) {
      const prev = inner[i - 1];
      if (prev !== undefined && !/[\s;\-[]/.test(prev)) continue;
      KEY.lastIndex = i + 1;
      const key = KEY.exec(inner);
      if (!key) continue;
      const keyStart = groupStart + 1 + i + 1;
      const pages = pagesAfter(inner, i + 1 + key[0].length, groupStart + 1);
      out.push({ key: key[0], keyStart, keyEnd: keyStart + key[0].length, start: groupStart, end: groupEnd, inText: false, ...(pages ? { pages } : {}) });
    }
    if (out.length > before) bracketed.push({ start: groupStart, end: groupEnd });
  }
  // In-text citations: @key after a space or at the start, not an e-mail, not inside a bracket group.
  for (let i = slice.indexOf('@'); i >= 0; i = slice.indexOf('@', i + 1)) {
    const at = range.start + i;
    if (bracketed.some((b) => at > b.start && at < b.end)) continue;
    const prev = slice[i - 1];
    if (prev !== undefined && !/[\s(—–]/.test(prev)) continue;
    KEY.lastIndex = i + 1;
    const key = KEY.exec(slice);
    if (!key) continue;
    out.push({ key: key[0], keyStart: at + 1, keyEnd: at + 1 + key[0].length, start: at, end: at + 1 + key[0].length, inText: true });
  }
  return out.sort((a, b) => a.keyStart - b.keyStart);
}
