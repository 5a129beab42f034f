import type { Sieve } from '../sieve';

/** Words a title leaves in lower case. */
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'v.']);
/** A network's or publisher's possessive right before the mark: "ABC’s", "CBS'", "Fox News’s". */
const OWNER = /\p{Lu}[\p{L}.&-]*(?:['’]s|['’])\s*$/u;
/** Where a programme or a publication is named as the place words went: "told", "said on", "appeared on", "wrote in". */
const VENUE = /\b(?:told|on|in)\s+$/i;
/** A name in marks after "the": "the “Gang of Eight”", "the “Arab Spring”", "the “Defeat Crooked Hillary PAC”". */
const DEFINITE = /\bthe\s+$/i;
/** What the quoted words are said to be, right after them: "“Real Time,” an HBO show". */
const WORK_AFTER = /^[,.]?\s*(?:an?|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}(?:show|program|programme|podcast|book|film|movie|documentary|series|column|newsletter|memoir|album|song|channel|account)\b/iu;

/** A work named right before the words: "in her memoir, “Tough Choices.”", "in Peter Burrows's book “Backfire: …”". */
const WORK_BEFORE = /\b(?:book|memoir|novel|song|album|film|movie|documentary|show|series|podcast|column|essay|op-ed|poem|play|titled|entitled)\s*,?\s*$/i;

/**
 * Every word capitalised (or a digit), bar a title's small words, and no sentence inside: "Good Morning America", "60 Minutes",
 * "Meet the Press". A named work may be longer and have a subtitle after a colon.
 */
export function isTitleCase(words: string, namedWork = false): boolean {
  const tokens = words.replace(/[.,]+$/, '').trim().split(/\s+/);
  if (tokens.length === 0 || tokens.length > (namedWork ? 16 : 8) || (namedWork ? /[.!?;]\s/ : /[.!?;:]\s/).test(words)) return false;
  return tokens.every((t, i) => /^[\p{Lu}\d]/u.test(t) || (i > 0 && SMALL.has(t.toLowerCase())));
}

export const title: Sieve = {
  name: 'title',
  doc: 'A quotation that names a work (a programme, a book, a column) is nobody\'s words: title-case words right after a network\'s or publisher\'s possessive, after "told"/"on"/"in" or "the" ("the “Gang of Eight”"), after a word for a work ("her memoir, “Tough Choices.”"), or described as a show or a book right after. `he told ABC’s “Good Morning America” that …`, `on Friday’s broadcast of HBO’s “Real Time.”`, `said on ABC\'s "This Week With George Stephanopoulos"`. The sentence\'s speaker said other words, not the title.',
  fires: [
    { text: 'The Vermont senator declined to say whether it is appropriate for a sitting Supreme Court justice to openly criticize a White House contender. But he told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist” and said “the record is quite clear that he lies just a whole lot of the time.”', quote: 'Good Morning America', speaker: null, from: 'news-train breitbart 2016-07-13 trump-demands-ginsburg-resign' },
    { text: 'Democratic presidential candidate Senator Bernie Sanders (I-VT) stated that the story on rival Democratic candidate former Secretary of State Hillary Clinton’s emails has moved on Friday’s broadcast of HBO’s “Real Time.”', quote: 'Real Time', speaker: null, from: 'news-train breitbart 2016-05-27 sanders-clinton-email-story' },
  ],
  doesNotFire: [
    { text: 'But he told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist” and said “the record is quite clear that he lies just a whole lot of the time.”', quote: 'total opportunist', from: 'news-train breitbart 2016-07-13 (a term he used, after the title)' },
    { text: 'Mr. Khan, who had addressed the Democratic National Convention on Thursday, said on NBC\'s \'\'Meet the Press\'\' on Sunday that Mr. Trump had shown disrespect to his wife, and he accused Mr. Trump of running a campaign \'\'of hatred, of derision, of dividing us.\'\'', quote: 'of hatred', from: 'news-train nyt 2016-08-01 pressure-rises-on-trump (the words after the title)' },
  ],
  apply(ctx) {
    const { view, span, sentence } = ctx;
    if (span.close < 0) return null;
    const words = view.text.slice(span.textStart, span.textEnd);
    const before = view.text.slice(Math.max(sentence.start, span.open - 40), span.open);
    const namedWork = WORK_BEFORE.test(before);
    if (!isTitleCase(words, namedWork)) return null;
    const after = view.text.slice(span.close + 1, span.close + 80);
    if (!namedWork && !OWNER.test(before) && !VENUE.test(before) && !DEFINITE.test(before) && !WORK_AFTER.test(after)) return null;
    return { speaker: null, cue: 'title', confidence: 'inferred', reason: 'names a work (a programme, a book), not words anyone said' };
  },
};
