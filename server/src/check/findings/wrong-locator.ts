// wrong-locator: a citation's page is not where the quoted words are.
//
// Pandoc citations can say where in a source a quotation stands: `[@key, p. 3]`.
// For a PDF source Verbatim knows every word's page, so a quote cited to page 3
// whose words are on page 5 is pointed out, with a fix that writes the right
// page. It fires only when the quote is found in the cited source itself and
// that source has pages; a locator on an article or a transcript, or on a quote
// found elsewhere (that is wrong-citation), is left alone.
import type { PageLocator } from '../citations';
import type { Finding, Severity } from '../findings';

export const WRONG_LOCATOR = {
  code: 'wrong-locator',
  severity: 'warning' as Severity,
  summary: 'The page in the citation is not the page the quoted words are on.',
  doc:
    'A quote cited as `[@key, p. 3]` whose words stand on another page of the PDF `@key`. ' +
    'The fix writes the page (or pages) where the words are. Silent for sources without pages and for quotes the cited source does not hold.',
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
