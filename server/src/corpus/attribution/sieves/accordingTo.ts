import type { Sieve } from '../sieve';

const ACCORDING_TO = /\baccording to\s+/giu;

export const accordingTo: Sieve = {
  name: 'according-to',
  doc: '`according to X` in the quotation\'s own sentence, before or after it: `According to the Times, “…”`, `“…,” according to a statement from the ministry`. X runs to the next comma or sentence end and is resolved in stage 2.',
  fires: [
    { text: 'On Saturday, Francis made clear that his meeting with Sanders was not political, saying that those who thought it was should "look for a psychiatrist," according to Reuters.', quote: 'look for a psychiatrist', speaker: 'Reuters', from: 'news-dev/news-train 2016 (Francis and Sanders)' },
    { text: 'After the election, Axelrod tried offering an olive branch by telling Clinton she had been an able and determined opponent. She later compared the conversation to a “root canal,” according to Axelrod’s memoir.', quote: 'root canal', speaker: null, from: 'news-train 2016 (Axelrod’s memoir: a book, no person the passage resolves)' },
  ],
  doesNotFire: [
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
      return { speaker, cue: 'according to', confidence: speaker?.via === 'pronoun' || speaker?.via === 'nominal' ? 'inferred' : 'explicit' };
    }
    return null;
  },
};
