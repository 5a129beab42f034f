// A PDF's text through Mozilla's pdf.js, page by page. What a reader of the
// printed page would not count as the document's words goes: running headers
// and footers (the same line at the top or bottom of most pages), page numbers,
// and hyphens that only split a word at a line end. Pages are joined with a
// form feed, so a page number can be told from any offset of the text.
import { importKeepingNativeBuiltins } from './keepNativeBuiltins';
import type { ReadResult } from './readTextFile';

/** Separates pages in the extracted text; sourceFromFile turns each into a page start. */
export const PAGE_BREAK = '\f';

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** A scanned page has no text layer; fewer characters than this on average per page is such a document. */
const MIN_CHARS_PER_PAGE = 16;

export async function pdfText(bytes: Uint8Array): Promise<ReadResult> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  const pdfjs = await importKeepingNativeBuiltins(async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js runs its parser in this thread ("fake worker") in Node. Handing it the
    // worker module directly, rather than letting it import a file by path, lets
    // the bundle carry it.
    scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return lib;
  });
  let doc;
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') return { ok: false, reason: 'the PDF is password-protected: save an unprotected copy' };
    return { ok: false, reason: `not a readable PDF (${(err as Error).message})` };
  }
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // Unicode normalisation (NFKC) in pdf.js doubles the time a page takes; ligatures are mapped here instead.
      const content = await page.getTextContent({ disableNormalization: true });
      pages.push(pageLines(content.items.filter((i) => 'str' in i) as TextItem[]));
      page.cleanup();
    }
    const chars = pages.reduce((sum, lines) => sum + lines.join('').replace(/\s/g, '').length, 0);
    if (chars < MIN_CHARS_PER_PAGE * pages.length) return { ok: false, reason: 'no text layer: run OCR first (the PDF holds images of pages, not text)' };
    dropRunningLines(pages);
    const words = documentWords(pages);
    return { ok: true, text: pages.map((lines) => joinLines(lines, words)).join(PAGE_BREAK) };
  } finally {
    await doc.destroy();
  }
}

/** The page's text as lines, in the order pdf.js gives (the content stream's reading order). */
function pageLines(items: TextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let y: number | null = null;
  let height = 0;
  let lastGap = 0;
  const flush = () => {
    lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  for (const item of items) {
    const itemY = item.transform[5];
    if (y !== null && item.str && Math.abs(itemY - y) > Math.max(item.height, height) * 0.5) {
      // A new line without an EOL marker: a blank line if the gap is a paragraph's.
      const gap = Math.abs(y - itemY);
      flush();
      if (lastGap && gap > lastGap * 1.4) lines.push('');
      lastGap = lastGap ? Math.min(lastGap, gap) : gap;
    }
    line += item.str;
    if (item.str) {
      y = itemY;
      height = item.height || height;
    }
    if (item.hasEOL) {
      flush();
      y = null;
    }
  }
  if (line.trim()) flush();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines;
}

const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

/**
 * Every word the document writes whole (lower-cased), and every hyphenated
 * compound it writes within a line: the evidence for whether a hyphen at a line
 * end is the typesetter's. The halves of words broken at line ends don't count.
 */
function documentWords(pages: string[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const tokens = line.toLowerCase().match(/\p{L}+(?:-\p{L}+)*-?/gu) ?? [];
      const afterBreak = i > 0 && /\p{L}[-\u00AD]$/u.test(lines[i - 1]);
      tokens.forEach((t, k) => {
        if ((k === 0 && afterBreak) || t.endsWith('-')) return;
        words.add(t);
        if (t.includes('-')) for (const part of t.split('-')) words.add(part);
      });
    });
  }
  return words;
}

/**
 * Lines as text. A word broken at a line end rejoins without its hyphen when
 * the hyphen is soft, or the document writes the word whole elsewhere
 * ("govern-" + "ment"), or the second half is no word of the document
 * ("ne-" + "gotiated"); it keeps the hyphen when the document writes the
 * compound elsewhere or the second half is a word ("newly-" + "appointed").
 */
function joinLines(lines: string[], words: Set<string>): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c]);
    const next = lines[i + 1];
    const broken = next !== undefined && /(\p{L}+)[-\u00AD]$/u.exec(line);
    if (broken && /^\p{Ll}/u.test(next)) {
      const rest = /^\p{L}+/u.exec(next)![0];
      const whole = (broken[1] + rest).toLowerCase();
      const compound = `${broken[1]}-${rest}`.toLowerCase();
      const soft = line.endsWith('\u00AD') || (!words.has(compound) && (words.has(whole) || !words.has(rest.toLowerCase())));
      out += soft ? line.slice(0, -1) : line;
      continue;
    }
    out += line + (i < lines.length - 1 ? '\n' : '');
  }
  return out;
}

const PAGE_NUMBER = /^(?:(?:page|p\.|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Removes page numbers and running headers and footers: a line at the same
 * end of at least half the pages (and three), digits ignored ("Page 3 of 40").
 */
function dropRunningLines(pages: string[][]): void {
  const shape = (line: string) => line.toLowerCase().replace(/\d+/g, '#');
  for (const end of ['top', 'bottom'] as const) {
    // Twice: a page number under a running header, or a footer above the number.
    for (let pass = 0; pass < 2; pass++) {
      const at = (lines: string[]) => {
        const content = lines.map((l, i) => ({ l, i })).filter((x) => x.l);
        return end === 'top' ? content[0] : content[content.length - 1];
      };
      const counts = new Map<string, number>();
      for (const lines of pages) {
        const x = at(lines);
        if (x) counts.set(shape(x.l), (counts.get(shape(x.l)) ?? 0) + 1);
      }
      const running = new Set([...counts].filter(([, n]) => n >= 3 && n >= pages.length / 2).map(([s]) => s));
      for (const lines of pages) {
        const x = at(lines);
        if (x && (running.has(shape(x.l)) || PAGE_NUMBER.test(x.l))) lines[x.i] = '';
      }
    }
  }
  for (const lines of pages) {
    // The blank lines left behind at either end.
    while (lines.length && !lines[0]) lines.shift();
    while (lines.length && !lines[lines.length - 1]) lines.pop();
  }
}

/** The extracted text with page breaks as line breaks (same offsets), and where each page starts. */
export function splitPages(text: string): { text: string; pageStarts: number[] } {
  const pageStarts = [0];
  for (let i = text.indexOf(PAGE_BREAK); i >= 0; i = text.indexOf(PAGE_BREAK, i + 1)) pageStarts.push(i + 1);
  return { text: pageStarts.length > 1 ? text.replaceAll(PAGE_BREAK, '\n') : text, pageStarts };
}
