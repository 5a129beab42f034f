import { leadingClauses } from '../clauses';
import type { Range } from '../../../text/paragraphs';
import type { QuoteContext, Verdict } from '../sieve';

/**
 * The speaker of a sentence that reports speech without quoting it ("Trump said the plan would work."; "The administration
 * may be reluctant to act …, Schiff said."), named (not a pronoun) as its last reporting verb's subject: a quote that
 * follows it with no cue of its own goes on in that voice. Used across a paragraph break (quote-paragraph) and within a
 * paragraph (same-paragraph).
 */
export function reportedSpeech(ctx: QuoteContext, sentence: Range, paragraph: number): Verdict | null {
  const { view, resolver } = ctx;
  const clause = leadingClauses(view.text, sentence.start, sentence.end, 1)[0];
  if (!clause || clause.subjectStart === clause.verb.start || /ing$/.test(clause.verb.text)) return null;
  // A relative clause's verb ("politicians, like Pat Robertson, who had condemned homosexuality") is not the sentence's report.
  if (/^(?:who|which|that)\b/i.test(view.text.slice(clause.subjectStart, clause.subjectEnd))) return null;
  const speaker = resolver.subjectBefore(clause.subjectStart, clause.subjectEnd, paragraph);
  if (!speaker || speaker.via === 'pronoun') return null;
  return { speaker, via: 'continuation', cue: clause.verb.text.toLowerCase(), confidence: 'inferred' };
}
