// Pandoc citations in prose, read exactly as Pandoc's Markdown reader reads
// them: `[@key]`, `[see @key, p. 3]`, `[@a; -@b]`, the brace form `[@{key-}]`,
// and in-text `@key` or `@{key}`. One pass over the text, no backtracking: a
// paragraph of `[@a @b …` with no closing bracket costs no more than its length.
import type { Range } from '../text/paragraphs';

export interface Citation {
  /** The key as Pandoc reads it. */
  key: string;
  /** The key's own offsets (after the @, inside the braces of the brace form). */
  keyStart: number;
  keyEnd: number;
  /** The whole citation: the bracket group, or the in-text @key. */
  start: number;
  end: number;
  inText: boolean;
  /** Written `@{key}`. */
  braced: boolean;
  /** Written `-@key`: the author's name is suppressed. */
  suppressAuthor: boolean;
  /** Text before the key in its group (`see`), and after it (`, p. 3`): a locator is part of the suffix. */
  prefix: string;
  suffix: string;
  /**
   * Key punctuation written right after a bare key that Pandoc leaves out of it,
   * because a bare key cannot end in punctuation: the `-` of `[@clinton-]`.
   */
  cutOff: string;
  /** A page locator in the suffix, `[@key, p. 3]` or `[@key, pp. 3–4]`: the pages, and the offsets of the numbers. */
  pages?: PageLocator;
}

export interface PageLocator {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Pandoc's page locators: `p. 3`, `pp. 3-4`, `page 3`, `pages 3–4`, at the start of a suffix. */
const PAGES = /^,?\s*(?:pp?\.|pages?|pg\.)\s*(\d{1,5})(?:\s*[-–—]\s*(\d{1,5}))?(?=\s*[;,]|\s*$)/i;

/** The page locator of the suffix text[from, to), with the offsets of its numbers. */
function pagesIn(text: string, from: number, to: number): PageLocator | undefined {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const m = PAGES.exec(raw.slice(lead));
  if (!m) return undefined;
  const numbers = m[0].slice(m[0].search(/\d/));
  const start = from + lead + m[0].length - numbers.length;
  const first = Number(m[1]);
  return { first, last: m[2] ? Number(m[2]) : first, start, end: start + numbers.length };
}

/** Punctuation Pandoc allows inside a bare key, when a letter, digit or _ follows. */
const INTERNAL = new Set(':.#$%&-+?<>~/');
const KEY_CHAR = /[\p{L}\p{N}_]/u;
function isKeyChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  if (n < 0x80) return (n >= 0x30 && n <= 0x39) || (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a) || n === 0x5f;
  return KEY_CHAR.test(c);
}
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || (c !== undefined && c > '\x7f' && /\s/.test(c));

/** Whether `key` can be written bare, `@key`; otherwise only the brace form `@{key}` reads it whole. */
export function isBareKey(key: string): boolean {
  return key.length > 0 && readBareKey(key, 0) === key.length;
}

/** `@key` or `@{key}`, whichever Pandoc reads as this key. */
export function citeKeyText(key: string): string {
  return isBareKey(key) ? key : `{${key}}`;
}

/** End of a bare key starting at `at`, or `at` when none starts there (Pandoc's simpleCiteIdentifier). */
function readBareKey(text: string, at: number, end = text.length): number {
  if (at >= end || !(isKeyChar(text[at]) || text[at] === '*')) return at;
  let i = at + 1;
  while (i < end) {
    const c = text[i];
    if (isKeyChar(c)) i++;
    else if (INTERNAL.has(c) && i + 1 < end && isKeyChar(text[i + 1])) i++;
    else if ((c === ':' || c === '/') && text[i + 1] === '/') i++; // URLs as keys: http://…
    else break;
  }
  return i;
}

interface ParsedKey {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Offset after the key, closing brace included. */
  after: number;
  braced: boolean;
  cutOff: string;
}

/** The key after the `@` at `at - 1`: bare, or braced with balanced braces and no spaces. */
function readKey(text: string, at: number, end: number): ParsedKey | undefined {
  if (text[at] === '{') {
    let depth = 0;
    for (let i = at; i < end; i++) {
      const c = text[i];
      if (isSpace(c)) return undefined;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        if (i === at + 1) return undefined;
        return { key: text.slice(at + 1, i), keyStart: at + 1, keyEnd: i, after: i + 1, braced: true, cutOff: '' };
      }
    }
    return undefined;
  }
  const keyEnd = readBareKey(text, at, end);
  if (keyEnd === at) return undefined;
  let cut = keyEnd;
  while (cut < end && cut - keyEnd < 8 && INTERNAL.has(text[cut])) cut++;
  return { key: text.slice(at, keyEnd), keyStart: at, keyEnd, after: keyEnd, braced: false, cutOff: text.slice(keyEnd, cut) };
}

/**
 * Whether prose text[from, to) is written as-is in the file, character for
 * character and contiguous. Pandoc reads citation syntax from the source, so an
 * escaped `\@`, `\[` or `\*`, an entity, or emphasis markup inside `@key` is
 * no citation syntax, though the prose shows the same characters.
 */
export type WrittenAsIs = (from: number, to: number) => boolean;
const plainText: WrittenAsIs = () => true;

/** The key after the `@` at `at`, when the `@` and the whole key are written as-is. */
function writtenKey(text: string, at: number, end: number, written: WrittenAsIs): ParsedKey | undefined {
  const key = readKey(text, at + 1, end);
  return key && written(at, key.after) ? key : undefined;
}

/** The citations of one `;`-separated item of a bracket group, `[prefix] [-]@key [suffix]`; undefined when it holds none. */
function readItem(text: string, from: number, to: number, written: WrittenAsIs): { dash: number; key: ParsedKey } | undefined {
  for (let i = from; i < to; i++) {
    if (text[i] !== '@') continue;
    const dash = text[i - 1] === '-' && written(i - 1, i) ? i - 1 : i;
    const before = text[dash - 1];
    if (dash > from && !isSpace(before)) continue; // in the middle of a word: an e-mail address, not a key
    const key = writtenKey(text, i, to, written);
    if (key) return { dash, key };
  }
  return undefined;
}

/** The citations in text[range]; `written` tells which prose characters are written as-is in the file (a draft's prose decodes escapes). */
export function citationsIn(text: string, range: Range, written: WrittenAsIs = plainText): Citation[] {
  const out: Citation[] = [];
  const { start, end } = range;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '[' && written(i, i + 1)) {
      // The group runs to the next bracket: a `[` first means this one is no group.
      let close = i + 1;
      while (close < end && text[close] !== '[' && text[close] !== ']') close++;
      if (close < end && text[close] === ']' && written(close, close + 1)) {
        const group = bracketGroup(text, i, close, written);
        if (group) {
          out.push(...group);
          i = close + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === '@') {
      const prev = text[i - 1];
      // Pandoc reads `@key` in text only where a word does not run into it; an @ inside a URL is the URL's.
      if ((i === start || !(isKeyChar(prev) || prev === '@' || prev === '.')) && !inUrl(text, i, start)) {
        const key = writtenKey(text, i, end, written);
        if (key) {
          out.push({ key: key.key, keyStart: key.keyStart, keyEnd: key.keyEnd, start: i, end: key.after, inText: true, braced: key.braced, suppressAuthor: false, prefix: '', suffix: '', cutOff: key.cutOff });
          i = key.after;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

/** Whether the @ at `at` stands in a URL (`https://…/@name`): the run of non-spaces before it holds `://`. */
function inUrl(text: string, at: number, start: number): boolean {
  let i = at - 1;
  while (i >= start && at - i < 200 && !isSpace(text[i])) i--;
  return text.slice(i + 1, at).includes('://');
}

/** The citations of `[…]` from `open` to `close` (the brackets' offsets), or undefined when it is not a citation group. */
function bracketGroup(text: string, open: number, close: number, written: WrittenAsIs): Citation[] | undefined {
  const out: Citation[] = [];
  let from = open + 1;
  while (from <= close) {
    let semi = from;
    while (semi < close && text[semi] !== ';') semi++;
    const item = readItem(text, from, semi, written);
    if (!item) return undefined; // every item of a citation group holds a key, or Pandoc reads it as plain text
    const { dash, key } = item;
    out.push({
      key: key.key,
      keyStart: key.keyStart,
      keyEnd: key.keyEnd,
      start: open,
      end: close + 1,
      inText: false,
      braced: key.braced,
      suppressAuthor: text[dash] === '-',
      prefix: text.slice(from, dash).trim(),
      suffix: text.slice(key.after, semi).trim(),
      cutOff: key.cutOff,
      ...(pagesIn(text, key.after, semi) ? { pages: pagesIn(text, key.after, semi) } : {}),
    });
    from = semi + 1;
  }
  return out;
}
