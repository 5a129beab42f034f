// What an attribution sieve is. Stage 1 of attribution: each sieve reads one
// pattern of English news writing around a quotation and names the phrase that
// says who speaks; stage 2 (resolve.ts) turns that phrase into an entity. Sieves
// run in the order of sieves/index.ts; the first that fires decides, and the
// quote records its name, so a miss in `npm run eval` names its rule.
import type { Range } from '../../text/paragraphs';
import type { QuoteSpan } from '../../text/quoteSpans';
import type { ArticleView } from './article';
import type { ArticleEntity } from './entities';
import type { Resolution, Resolver } from './resolve';

export type Confidence = 'explicit' | 'inferred';

export interface AttributedQuote {
  span: QuoteSpan;
  paragraph: number;
  sentence: Range;
  entity: ArticleEntity | null;
  via?: Resolution['via'] | 'continuation';
  /** Where the text names the speaker, when a name or description did. */
  at?: Range;
  cue?: string;
  /** The sieve that decided (or abstained); undefined when none fired. */
  sieve?: string;
  confidence?: Confidence;
  /** Why there is no speaker. */
  reason?: string;
}

export interface QuoteContext {
  view: ArticleView;
  span: QuoteSpan;
  paragraph: number;
  sentence: Range;
  /** The sentence's text before the opening mark starts here: the sentence start, or just after the previous quote of the sentence. */
  beforeStart: number;
  /** Where the clause after the closing mark ends: the next quote mark, the sentence end or the paragraph end. */
  afterEnd: number;
  /** Quotes attributed so far, in text order. */
  done: readonly AttributedQuote[];
  resolver: Resolver;
}

/** A sieve's verdict: who (null when the phrase it found names no one it can resolve), and how. */
export interface Verdict {
  speaker: Resolution | null;
  cue: string;
  confidence: Confidence;
  via?: AttributedQuote['via'];
  reason?: string;
}

export interface SieveExample {
  /** A short passage from a real article. */
  text: string;
  /** The start of the quotation's words. */
  quote: string;
  /** The speaker the sieve must find; null when it must abstain. Omitted for a must-not-fire example. */
  speaker?: string | null;
  /** Where the passage comes from. */
  from: string;
}

export interface Sieve {
  name: string;
  /** One paragraph: the pattern it reads, and why it is safe. */
  doc: string;
  /** Passages where it must fire, with the speaker it must find. */
  fires: SieveExample[];
  /** Passages where it must not be the one that decides. */
  doesNotFire: SieveExample[];
  apply(ctx: QuoteContext): Verdict | null;
}

/** A speaker named in the quote's own clause (a name, an organisation) is explicit; a pronoun or description is inferred. */
export function confidenceOf(speaker: Resolution | null): Confidence {
  return speaker?.via === 'name' || speaker?.via === 'organisation' ? 'explicit' : 'inferred';
}

/** The quote before this one whose words someone said: a title ("on NBC’s “Meet the Press.”") stands between two of a speaker’s quotes without ending the speech. */
export function previousWords(done: readonly AttributedQuote[]): AttributedQuote | undefined {
  for (let i = done.length - 1; i >= 0; i--) if (done[i].sieve !== 'title') return done[i];
  return undefined;
}
