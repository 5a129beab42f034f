// Paragraphs and sentences of prose, as offset ranges into the text.

export interface Range {
  start: number;
  end: number;
}

const TERMINAL_END = /[.!?:;"”’)\]]\s*$/;
const STARTS_NEW = /^\s*(["“”‘'«–—-]|\*|#)/;

/**
 * A line in title case ("Aliyev Threatens Military Action Against Armenia, Yerevan
 * Accuses Baku…"): a headline or subhead, never a hard-wrapped line of prose.
 * At least three words of four letters or more, and nearly all capitalised.
 */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 0.8 * words.length;
}

/**
 * Paragraphs are separated by blank lines. A single newline also separates them
 * when it does not look like a hard wrap: scraped articles often put one
 * paragraph per line with no blank line between, under a headline line.
 */
export function paragraphs(text: string, options: { splitOnSingleNewlines?: boolean } = {}): Range[] {
  const splitOnSingle = options.splitOnSingleNewlines ?? true;
  const out: Range[] = [];
  let start = -1;
  let lineStart = 0;
  const flush = (end: number) => {
    if (start < 0) return;
    let e = end;
    while (e > start && /\s/.test(text[e - 1])) e--;
    if (e > start) out.push({ start, end: e });
    start = -1;
  };
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    const line = text.slice(lineStart, nl);
    if (!line.trim()) {
      flush(lineStart);
    } else {
      if (start >= 0 && splitOnSingle) {
        const prev = text.slice(start, lineStart).trimEnd();
        const lastLine = prev.slice(prev.lastIndexOf('\n') + 1);
        if (TERMINAL_END.test(lastLine) || STARTS_NEW.test(line) || lastLine.length < 80 || isTitleCase(lastLine)) flush(lineStart);
      }
      if (start < 0) start = lineStart + (line.length - line.trimStart().length);
    }
    lineStart = nl + 1;
  }
  flush(text.length);
  return out;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'prof', 'sen', 'rep', 'gov', 'del', 'rev', 'capt', 'adm', 'sens', 'reps', 'no', 'vs', 'jr', 'sr', 'u.s', 'u.n', 'e.g', 'i.e', 'etc', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/**
 * Sentence ranges within [start, end). A terminal mark ends a sentence when the
 * next word starts with a capital or a quote mark, outside known abbreviations.
 * Marks inside a quotation are not sentence ends for the surrounding prose when
 * `insideQuote(offset)` says so.
 */
export function sentences(text: string, range: Range, insideQuote: (offset: number) => boolean = () => false): Range[] {
  const out: Range[] = [];
  let start = range.start;
  // Only from the first mark of a run: from each mark of a run of 6,000 dots the pattern re-scanned the rest (quadratic).
  const re = /(?<![.!?…])[.!?…]+(["”’)]*|'')\s+(?=(?:["“‘(]|''?)?[\p{Lu}\d])/gu;
  re.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const markAt = m.index;
    if (insideQuote(markAt) && !m[1]) continue;
    const before = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(range.start, markAt - 12), markAt))?.[1]?.toLowerCase();
    if (before && m[0].startsWith('.') && (ABBREVIATIONS.has(before) || /^(?:\p{L}\.)*\p{L}$/u.test(before))) continue;
    const end = markAt + m[0].trimEnd().length;
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < range.end) out.push({ start, end: range.end });
  return out;
}
