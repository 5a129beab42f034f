// wrong-locator: a citation's page is not where the quoted words are.
//
// Pandoc citations can say where in a source a quotation stands: `[@key, p. 3]`.
// For a PDF source Verbatim knows every word's page, so a quote cited to page 3
// whose words are on page 5 is pointed out, with a fix that writes the right
// page. It fires only when the quote is found in the cited source itself and
// that source has pages; a locator on an article or a transcript, or on a quote
// found elsewhere (that is wrong-citation), is left alone.
import { pageOf } from '../../corpus/passageLocator';
import type { PageLocator } from '../citations';
import type { Finding, Severity } from '../findings';
import { passageRange } from '../passage';
import type { FindingRule, RuleFinding } from './rule';

export const WRONG_LOCATOR = {
  code: 'wrong-locator',
  severity: 'warning' as Severity,
  summary: 'The page in the citation is not the page the quoted words are on.',
  doc:
    'A citation\'s page, `[@key, p. 3]`, is not the page of the PDF `@key` that the quoted words are on (a locator names where the quote starts; `pp. 3-5` is right for words that start on 4). ' +
    'The fix writes the page (or pages) where the words are. Silent for sources without pages and for quotes the cited source does not hold (that is `wrong-citation`). Severity: warning.',
  examples: {
    fires: [{ draft: '“the words on page two” [@report, p. 1]', wordsOnPages: [2, 2], expect: 'p. 2' }],
    silent: [
      { draft: '“the words on page two” [@report, p. 2]', wordsOnPages: [2, 2] },
      { draft: '“words across a page break” [@report, pp. 2-3]', wordsOnPages: [2, 3] },
      { draft: '“words in an article” [@article, p. 4]', wordsOnPages: null },
    ],
  },
} as const;

/** The pages the words are on, as a locator writes them: `5` or `5–6`. */
function pagesText(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The finding for one citation of the source that holds the quote, or none.
 * `wordsOn`: the pages of the quote's first and last words. Offsets are the draft file's.
 */
export function wrongLocator(
  key: string,
  cited: PageLocator,
  wordsOn: { first: number; last: number } | null,
  at: { start: number; end: number },
): Omit<Finding, 'source'> | undefined {
  if (!wordsOn) return undefined;
  // Right when the cited pages hold the words' first page (a locator names where a quote starts).
  if (wordsOn.first >= cited.first && wordsOn.first <= cited.last) return undefined;
  const right = pagesText(wordsOn.first, wordsOn.last);
  const said = pagesText(cited.first, cited.last);
  return {
    code: 'wrong-locator',
    severity: WRONG_LOCATOR.severity,
    start: at.start,
    end: at.end,
    message: `@${key} has these words on ${wordsOn.first === wordsOn.last ? 'page' : 'pages'} ${right}, not ${cited.first === cited.last ? 'page' : 'pages'} ${said}.`,
    fixes: [{ title: `Cite ${wordsOn.first === wordsOn.last ? 'page' : 'pages'} ${right}`, edits: [{ start: at.start, end: at.end, newText: right }] }],
  };
}

/** The rule: every citation of a PDF source that holds the quote, checked against the pages the words are on. */
export const wrongLocatorRule: FindingRule = {
  code: 'wrong-locator',
  doc: WRONG_LOCATOR.doc,
  // The bundled seeds have no pages: this rule's examples are PDFs made by LibreOffice in tests/tools/documents.test.ts.
  examples: { fires: [], silent: [] },
  examplesElsewhere: 'tests/tools/documents.test.ts',
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const q of ctx.quotes) {
      const source = q.source;
      if (!source?.pageStarts || !q.match) continue;
      const passage = passageRange(ctx.index, q.match);
      for (const c of q.quote.citations) {
        if (c.key !== source.key || !c.pages) continue;
        const wordsOn = { first: pageOf(source, passage.bodyStart)!, last: pageOf(source, Math.max(passage.bodyStart, passage.bodyEnd - 1))! };
        const found = wrongLocator(c.key, c.pages, wordsOn, { start: ctx.fileStart(c.pages.start), end: ctx.fileEnd(c.pages.end) });
        if (found) out.push({ start: found.start, end: found.end, message: found.message, fixes: found.fixes, source: q.evidence, quote: q });
      }
    }
    return out;
  },
};
