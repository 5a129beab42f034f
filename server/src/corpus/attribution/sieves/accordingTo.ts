import type { Sieve } from '../sieve';

const ACCORDING_TO = /\baccording to\s+/giu;

export const accordingTo: Sieve = {
  name: 'according-to',
  doc: '`according to X` in the quotation\'s own sentence, before or after it: `According to the Times, “…”`, `“…,” according to a statement from the ministry`. X runs to the next comma or sentence end and is resolved in stage 2.',
  fires: [
    { text: 'According to Jeyhun Bayramov, “the talks went well.”', quote: 'the talks', speaker: 'Jeyhun Bayramov', from: 'pattern; see tests for the real passages' },
  ],
  doesNotFire: [],
  apply(ctx) {
    const { view, sentence, span, resolver, paragraph } = ctx;
    const text = view.text;
    ACCORDING_TO.lastIndex = sentence.start;
    const slice = text.slice(0, sentence.end);
    for (let m = ACCORDING_TO.exec(slice); m; m = ACCORDING_TO.exec(slice)) {
      const npStart = m.index + m[0].length;
      if (npStart > span.textStart && npStart < span.textEnd) continue; // inside the quote itself
      let npEnd = npStart;
      while (npEnd < sentence.end && !/[,.;:!?"“”]/.test(text[npEnd])) npEnd++;
      if (npEnd - npStart > 100) continue;
      const speaker = resolver.subjectAfter(npStart, npEnd, paragraph);
      return { speaker, cue: 'according to', confidence: speaker?.via === 'pronoun' || speaker?.via === 'nominal' ? 'inferred' : 'explicit' };
    }
    return null;
  },
};
