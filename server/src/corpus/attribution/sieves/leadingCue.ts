import { leadingClause } from '../clauses';
import type { Resolution } from '../resolve';
import type { QuoteContext, Sieve } from '../sieve';
import { sentenceSubject } from './sentenceSubject';

export const leadingCue: Sieve = {
  name: 'leading-cue',
  doc: 'A reporting verb before the opening mark in the same sentence governs the quote: `Naghdalyan said: “…”`, `He added that “…”`, `Obama said he is “surprised and troubled”`, `what Trump called “rigged”`. The last such verb before the mark wins; its subject is read back to the start of its clause. A participle with no subject of its own (`…, saying it “neither surprises us”`) takes the sentence\'s subject.',
  fires: [
    { text: 'Armenia’s Foreign Ministry responded to Aliyev’s latest threat to withdraw from the talks, saying it “neither surprises us or fazes us.”', quote: 'neither surprises', speaker: 'Armenia’s Foreign Ministry', from: 'seeds/000' },
    { text: 'On July 7, in a nationally-televised interview, Aliyev called the OSCE Minsk Group co-chairmen efforts “meaningless” and took offense.', quote: 'meaningless', speaker: 'Aliyev', from: 'seeds/000' },
  ],
  doesNotFire: [],
  apply(ctx) {
    const { view, span, resolver, paragraph } = ctx;
    const clause = leadingClause(view.text, ctx.beforeStart, span.open);
    if (!clause) return null;
    const verb = clause.verb.text.toLowerCase();
    let speaker: Resolution | null;
    if (/ing$/.test(verb) && clause.subjectStart === clause.verb.start) speaker = sentenceSubject(ctx);
    else if (/ing$/.test(verb) && /,\s*$/.test(view.text.slice(clause.subjectStart, clause.verb.start))) speaker = sentenceSubject(ctx);
    else speaker = resolver.subjectBefore(clause.subjectStart, clause.subjectEnd, paragraph);
    return { speaker, cue: verb, confidence: speaker?.via === 'name' || speaker?.via === 'organisation' ? 'explicit' : 'inferred' };
  },
};

export type { QuoteContext };
