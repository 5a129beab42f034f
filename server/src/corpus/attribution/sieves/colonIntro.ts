import { leadingClause } from '../clauses';
import { confidenceOf, type Sieve } from '../sieve';

export const colonIntro: Sieve = {
  name: 'colon-intro',
  doc: 'A quotation that opens its paragraph, introduced by the paragraph before, which ends with a colon: `Trump told the crowd in Florida:` / `“We will win.”`. The introducing clause is read like a leading cue.',
  fires: [
    { text: 'Caddell continued:\n\n"The health issue overall is very much a partisan issue, but that doesn’t account for almost the same numbers here."', quote: 'The health issue', speaker: 'Caddell', from: 'news-dev breitbart 2016-09-15 pat-caddell' },
    { text: 'Naghdalyan said:\n\n“Recently, Azerbaijan has been trying to resort to the threats of war presented in different patterns.”', quote: 'Recently, Azerbaijan', speaker: 'Naghdalyan', from: 'seeds/000 (its quote, introduced by a colon paragraph)' },
  ],
  doesNotFire: [
  ],
  apply(ctx) {
    const { view, span, paragraph, resolver } = ctx;
    if (paragraph === 0) return null;
    const para = view.paragraphs[paragraph];
    if (view.text.slice(para.start, span.open).trim() !== '') return null;
    const prev = view.paragraphs[paragraph - 1];
    if (!/:\s*$/.test(view.text.slice(prev.start, prev.end))) return null;
    const sents = view.sentences[paragraph - 1];
    const last = sents[sents.length - 1];
    const clause = leadingClause(view.text, last.start, prev.end);
    if (!clause) return null;
    const speaker = resolver.subjectBefore(clause.subjectStart, clause.subjectEnd, paragraph - 1);
    return { speaker, cue: clause.verb.text.toLowerCase(), confidence: confidenceOf(speaker) };
  },
};
