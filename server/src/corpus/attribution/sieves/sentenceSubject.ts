// The subject of a quotation's sentence: a leading pronoun, or the first name
// that opens it (after an introductory phrase set off by a comma).
import type { Resolution } from '../resolve';
import type { QuoteContext } from '../sieve';

export function sentenceSubject(ctx: QuoteContext): Resolution | null {
  const { view, sentence, resolver, paragraph, span } = ctx;
  const text = view.text;
  const lead = /^\s*["“]?\s*(he|she|they|it)\b/i.exec(text.slice(sentence.start, sentence.start + 12));
  if (lead) return resolver.pronoun(lead[1], sentence.start, paragraph);
  // The first name near the sentence's start, in subject position ("House Speaker Paul Ryan, R-Wis., despite …";
  // "In July, Gingrich …").
  const first = resolver.firstSubjectIn(sentence.start, Math.min(span.open, sentence.end));
  if (first) return first;
  const end = Math.min(span.open, sentence.end);
  const head = /^[^,]*?(?=\s+\p{Ll}+(?:ed|s)\b)/u.exec(text.slice(sentence.start, end));
  if (!head) return null;
  return resolver.subjectBefore(sentence.start, sentence.start + head[0].length, paragraph);
}
