// One text as attribution reads it: paragraphs, the quotations of each, and
// sentences that do not end inside a quotation. Computed once per text and
// shared by every sieve, so no sieve re-splits sentences.
import { sentences, type Range } from '../../text/paragraphs';
import type { QuoteSpan } from '../../text/quoteSpans';

export interface ArticleView {
  text: string;
  paragraphs: Range[];
  /** Quotations per paragraph, in text order. */
  spans: QuoteSpan[][];
  /** Sentences per paragraph. */
  sentences: Range[][];
  /** Title-case paragraphs (headlines, subheads): no names are discovered there. */
  titleCase: boolean[];
}

export function articleView(text: string, paragraphs: Range[], spans: QuoteSpan[][]): ArticleView {
  const sents = paragraphs.map((p, i) => {
    const own = spans[i];
    const insideQuote = (o: number) => own.some((s) => o > s.open && o < (s.close < 0 ? p.end : s.close));
    return sentences(text, p, own.length ? insideQuote : undefined);
  });
  return { text, paragraphs, spans, sentences: sents, titleCase: paragraphs.map((p) => isTitleCase(text.slice(p.start, p.end))) };
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'is', 'be', 'are', 'was', 'not', 'over', 'into', 'off', 'up']);

/** A headline or subhead: short, and nearly every word that is not a small word is capitalised. */
export function isTitleCase(paragraph: string): boolean {
  if (paragraph.length > 200) return false;
  const words = paragraph.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.8;
}

/** The quotation that contains `offset` strictly inside its marks, if any. */
export function insideQuote(view: ArticleView, paragraph: number, offset: number): boolean {
  const p = view.paragraphs[paragraph];
  return view.spans[paragraph].some((s) => offset > s.open && offset < (s.close < 0 ? p.end : s.close));
}
