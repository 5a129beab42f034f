import { trailingClause, wordsIn } from '../clauses';
import type { Sieve } from '../sieve';
import { clauseVerdict } from './trailingCue';

/** After the reporting verb, only a short tail may close the sentence: `said Friday`, `said in a statement`. */
const MAX_TAIL_WORDS = 5;
const INVERTING = /^(?:said|says|added|adds|asked|asks|wrote|writes|continued|explained)$/i;

export const sentenceEndCue: Sieve = {
  name: 'sentence-end-cue',
  doc: 'An attribution that closes the sentence after a comma, when the quotation sits earlier in it and is run into the writer\'s words: `A cashier who “steals a handful of $20s” is held accountable, Warren said.` Reporters attribute a paraphrase with an embedded fragment this way. Fires only when no quote mark follows the attribution, the attribution is the sentence\'s last clause, and its subject is short; a cue before the quote (leading-cue) is read first.',
  fires: [
    { text: 'A cashier who “steals a handful of $20s” is held accountable, Warren said. Bank executives aren’t.', quote: 'steals a handful', speaker: 'Warren', from: 'news-dev huff-post 2016-09-20 elizabeth-warren-hammers-wells' },
    { text: "Douglas Holtz-Eakin is an economist.\n\n''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more detailed and structured than Trump's.''", quote: 'I have admiration', speaker: 'Douglas Holtz-Eakin', from: 'news-dev nyt 2016-09-16 clinton-plan-for-taxes' },
  ],
  doesNotFire: [
    { text: "Billy Bush, the nephew of one president and the cousin of another, is joining the ''Today'' show as an anchor, NBC announced on Tuesday.", quote: 'Today', from: 'news-train 2016 (a title, not speech)' },
    { text: 'Clinton says Trump’s “latest twitter meltdown is unhinged, even for him.” She says it underscores the point.', quote: 'latest twitter', from: 'news-dev breitbart 2016-09-30 (the quote ends its sentence)' },
  ],
  apply(ctx) {
    const { span, view, sentence } = ctx;
    if (span.close < 0 || span.close + 1 >= sentence.end) return null;
    const text = view.text;
    const rest = text.slice(span.close + 1, sentence.end);
    if (/["“”]|''/.test(rest)) return null; // another quotation follows: the attribution may be its own
    // Capitalised throughout, the words are a title or a label (the ''Today'' show, “America-first” policies), not speech.
    const words = text.slice(span.textStart, span.textEnd).trim().split(/\s+/);
    if (words.every((w) => !/\p{L}/u.test(w) || /^[^\p{L}]*\p{Lu}/u.test(w) || /^(?:of|the|a|an|and|for|in|on|to|with)$/.test(w))) return null;
    const comma = rest.lastIndexOf(',');
    if (comma < 0) return null;
    const from = span.close + 1 + comma;
    const clause = trailingClause(text, from, sentence.end);
    if (!clause || clause.subjectEnd - clause.subjectStart > 60) return null;
    // Only speech verbs invert (`, said Warren.`); `, told The Post.` has lost its subject to an appositive.
    if (clause.inverted && !INVERTING.test(clause.verb.text)) return null;
    const tail = wordsIn(text, clause.inverted ? clause.subjectEnd : clause.verb.end, sentence.end).filter((w) => /\p{L}/u.test(w.text));
    if (tail.length > MAX_TAIL_WORDS) return null;
    return clauseVerdict(ctx, clause);
  },
};
