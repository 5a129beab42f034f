// Strips the furniture that scraped news pages carry (date stamps, "Last update",
// newsroom logos, bylines, [ad_1] markers, agency datelines, "Follow us on") and
// keeps what it says about the article: date, outlet, author. What remains is the
// article body, mapped back to the file character by character.
import { MappedText } from '../text/mappedText';
import { findDate } from '../text/dates';

export interface ArticleMeta {
  date?: string;
  outlet?: string;
  author?: string;
}

interface LineRule {
  /** Matches furniture at the start of a line. */
  test: RegExp;
  /** Metadata the furniture gives. */
  meta?: (furniture: string) => ArticleMeta;
  /**
   * Only the matched prefix is furniture and the rest of the line is the
   * article's: scrapers glue a date stamp to the first sentence
   * (" date 2020-07-17 President Ilham Aliyev of Azerbaijan threatened…").
   */
  prefixOnly?: boolean;
}

const NAME = "[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+){0,3}";
const MONTH_START = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\\d)';

/**
 * "Last update: July 20, 2024 14:02" stamps the page, not the article: it moves
 * whenever the site re-renders, so it never gives the article's date.
 */
const withoutPageStamp = (line: string) => line.replace(/Last update:.*$/i, '');

const LINE_RULES: LineRule[] = [
  { test: /^\s*date\s+\d{4}-\d{2}-\d{2}(?:\s+|$)/i, meta: (l) => ({ date: findDate(l) }), prefixOnly: true },
  { test: /^\s*Last update:/i, meta: (l) => ({ outlet: /Newsroom logo\s+(.+?)\s*$/i.exec(l)?.[1] }) },
  { test: /^\s*Published in:/i, meta: (l) => ({ date: findDate(withoutPageStamp(l)) }) },
  {
    // "By Gunay Hajiyeva September 6, 2023": the author, and the article's date.
    test: new RegExp(`^\\s*By\\s+${NAME}(?:\\s*[,|–-]?\\s*.*\\d{4})?\\s*$`, 'u'),
    meta: (l) => ({ author: new RegExp(`^\\s*By\\s+(${NAME}?)(?=\\s+${MONTH_START}|\\s*[,|–-]|\\s*$)`, 'u').exec(l)?.[1], date: findDate(l) }),
  },
  { test: /^\s*\[ad_\d+\]\s*$/ },
  { test: /^\s*(Follow us on|Share this( article)?|Advertisement|Subscribe to|Read more:|Related:)\b.*$/i },
  { test: /^\s*Newsroom logo\b/i, meta: (l) => ({ outlet: /Newsroom logo\s+(.+?)\s*$/i.exec(l)?.[1] }) },
  // "Yerevan (AFP)" alone on a line: a wire story's dateline; the agency is the outlet.
  { test: /^\s*\p{Lu}[\p{L} .'’-]{1,40}\s\((\p{Lu}[\p{L} .&-]{1,40})\)\s*$/u, meta: (l) => ({ outlet: /\(([^)]+)\)\s*$/.exec(l)?.[1] }) },
];

/** One cheap test per line before the rules: almost every line is prose. */
const MAYBE_FURNITURE = /^\s*(?:date\s|last update|published in|by\s|\[ad_|follow us|share|advertisement|subscribe|read more|related|newsroom logo)|\)\s*$/i;
const INLINE_MARKER = /\[ad_\d+\]/g;
/** "Yerevan (AFP) – …" opening a paragraph: the agency in a dateline names the outlet. */
const DATELINE_AGENCY = /^\p{Lu}[\p{L} .-]{1,40}\s\((\p{Lu}[\p{L} .&-]{1,40})\)\s*[–—-]/u;

export interface StrippedArticle {
  body: MappedText;
  meta: ArticleMeta;
}

/** `text` is the file; the body starts at `bodyStart` (after front matter). */
export function stripBoilerplate(text: string, bodyStart = 0): StrippedArticle {
  const out = MappedText.builder();
  const meta: ArticleMeta = {};
  const merge = (m: ArticleMeta) => {
    for (const k of ['date', 'outlet', 'author'] as const) if (m[k] && !meta[k]) meta[k] = m[k];
  };
  let pos = bodyStart;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    const rule = MAYBE_FURNITURE.test(line) ? LINE_RULES.find((r) => r.test.test(line)) : undefined;
    // How much of the line is furniture: all of it, a prefix, or none.
    const furniture = rule?.prefixOnly ? rule.test.exec(line)![0].length : rule ? line.length : 0;
    if (rule?.meta) merge(rule.meta(line.slice(0, furniture)));
    if (rule && furniture === line.length) {
      // A dropped line still separates paragraphs.
      out.addSynthetic('\n\n');
    } else {
      addWithoutMarkers(out, line.slice(furniture), pos + furniture);
      if (!meta.outlet && pos - bodyStart < 2000) merge({ outlet: DATELINE_AGENCY.exec(line)?.[1] });
      if (nl < text.length) out.add('\n', nl);
    }
    pos = nl + 1;
  }
  return { body: out.build(), meta };
}

function addWithoutMarkers(out: ReturnType<typeof MappedText.builder>, line: string, lineStart: number): void {
  if (!line.includes('[ad_')) {
    out.add(line, lineStart);
    return;
  }
  let last = 0;
  for (const m of line.matchAll(INLINE_MARKER)) {
    out.add(line.slice(last, m.index), lineStart + last);
    last = m.index! + m[0].length;
  }
  out.add(line.slice(last), lineStart + last);
}
