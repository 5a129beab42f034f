import { confidenceOf, type Sieve } from '../sieve';

const ACCORDING_TO = /\baccording to\s+/giu;

export const accordingTo: Sieve = {
  name: 'according-to',
  doc: '`according to X` in the quotation\'s own sentence, before or after it: `According to the Times, “…”`, `“…,” according to a statement from the ministry`. X runs to the next comma or sentence end and is resolved in stage 2.',
  fires: [
    { text: 'According to Limbaugh, “[I]f it was left up to Hillary, she wouldn’t have time to say anything positive.”', quote: '[I]f it was left', speaker: 'Limbaugh', from: 'news-dev west-journal 2016-09-26 rush-limbaugh' },
    { text: '“Although there was probable cause to make an arrest, the evidence cannot prove all legally required elements of the crime alleged,” according to a court document filed by state attorney Dave Aronberg.', quote: 'Although there was', speaker: 'Dave Aronberg', from: 'news-train 2016 (a document speaks for the one who filed it)' },
  ],
  doesNotFire: [
    { text: 'According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win in November, “she would sign this legislation if it came to her desk.”', quote: 'she would sign', from: 'news-dev west-journal 2016-09-23 (a cue verb nearer the quote decides)' },
  ],
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
      return { speaker, cue: 'according to', confidence: confidenceOf(speaker) };
    }
    return null;
  },
};
