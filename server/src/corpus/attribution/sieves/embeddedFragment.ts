import type { Sieve } from '../sieve';
import { sentenceSubject } from './sentenceSubject';

export const embeddedFragment: Sieve = {
  name: 'embedded-fragment',
  doc: 'A short fragment run into the writer\'s sentence with no reporting verb of its own belongs to the sentence\'s subject: `Trump openly admires Russian President Vladimir Putin as a “strong leader”`, `Reid has gone after Trump as a “human leech”`. News uses such fragments for the subject\'s own words. Only for fragments (no sentence-final punctuation inside, at most twelve words) that sit after the subject, and always inferred: the checker never accuses on it.',
  fires: [
    { text: 'In recent weeks, Harry Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.”', quote: 'human leech', speaker: 'Harry Reid', from: 'news-dev huff-post 2016-09-27 hillary-clinton-goes-after' },
    { text: 'Donald Trump is stressing the need to bolster the nation’s cybersecurity efforts under “constant attack” from foreign powers.', quote: 'constant attack', speaker: 'Donald Trump', from: 'news-dev breitbart 2016-10-03 the-latest' },
  ],
  doesNotFire: [
    { text: 'Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is “true,” but in the course of their report they could not resist pointing out that every shooting did not result in a homicide.', quote: 'thousands of shootings', from: 'news-dev breitbart 2016-09-29 politifact (the fragment is in a that-clause with its own subject)' },
    { text: 'Bornsten’s earlier missive on Trump was widely ridiculed for its hyperbolic prediction that Trump would be “the healthiest individual ever elected to the presidency.”', quote: 'the healthiest', from: 'news-dev politico 2016-09-15 trump-s-favorite-tv-doctor' },
  ],
  apply(ctx) {
    const { view, span, sentence } = ctx;
    if (span.close < 0 || span.open <= sentence.start) return null;
    const words = view.text.slice(span.textStart, span.textEnd).trim();
    if (/[.!?…]["”’']?\s+\S/u.test(words) || words.split(/\s+/).length > 12) return null;
    // The writer's words before the fragment must be a clause with a subject: a name or pronoun, then a verb.
    const before = view.text.slice(sentence.start, span.open);
    if (before.trim().split(/\s+/).length < 3) return null;
    // A clause of its own before the fragment ("ruled that Trump’s statement about “…”", "a prediction that Trump would be “…”") has its own subject.
    if (/\b(?:that|whether)\s+(?:the\s+)?\p{Lu}/u.test(before)) return null;
    const speaker = sentenceSubject(ctx);
    if (!speaker) return null;
    return { speaker, cue: 'subject', confidence: 'inferred', via: speaker.via };
  },
};
