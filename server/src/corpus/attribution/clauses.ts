// Reading the clause that attributes a quotation: its reporting verb and the
// subject around it. Word by word over offsets, never by backtracking regexes.
import { CUE_VERBS, characterisesQuote, isAdverb, isCharacterising, isCueWord, nounTwinAfterName, particleOf, PLURAL_NOUN_CUES, PROGRESSIVE_CUES } from './cueVerbs';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:!?—–―()]/gu;

/** The words (and clause punctuation) of text[start, end), with offsets. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(0, end);
  WORD.lastIndex = start;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push({ text: m[0].replace(/\.$/, ''), start: m.index, end: m.index + m[0].length });
  return out;
}

export function isCue(words: Word[], i: number): boolean {
  const word = words[i].text;
  // A capital after a word is a name's, not a verb's: "Gonzalo P. Curiel of United States District Court".
  if (i > 0 && /^\p{Lu}/u.test(word) && /\p{L}/u.test(words[i - 1].text)) return false;
  if (PROGRESSIVE_CUES.has(word.toLowerCase())) {
    // "Trump is promising …", "he's predicting …"; not a relative clause's ("the senator who is challenging Clinton").
    let b = i - 1;
    while (b >= 0 && isAdverb(words[b].text) && !/^(?:is|are|was|were)$/i.test(words[b].text)) b--;
    return b >= 0 && /^(?:is|are|was|were|['’]s|['’]re)$/i.test(words[b].text.replace(/^\p{L}+(?=['’])/u, '')) && !/^(?:who|which|that)$/i.test(words[b - 1]?.text ?? '');
  }
  return isCueWord(word, words[i + 1]?.text);
}

/** The particle a cue verb needs, as the text writes it right after the verb (" out" of "lashed out"), or ''. */
export function particleAfter(text: string, verb: Word): string {
  const particle = particleOf(verb.text);
  const next = particle ? /^\s+[\p{L}]+/u.exec(text.slice(verb.end, verb.end + 12))?.[0] : undefined;
  return next && next.trim().toLowerCase() === particle ? next : '';
}

/** The cue as a reader names it: the verb, with its particle ("lashed out", "put it"). */
export function cueOf(text: string, verb: Word): string {
  return (verb.text + particleAfter(text, verb).replace(/^\s+/, ' ')).toLowerCase();
}

/** After a quote, a characterising verb reports nothing: "“peanuts,” compared to what …". */
function isTrailingCue(words: Word[], i: number): boolean {
  return isCue(words, i) && !isCharacterising(words[i].text);
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'again', 'then', 'once', 'also', 'simply', 'flatly', 'bluntly', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']);

/** Words that end a subject when read backwards from its verb: a new clause starts after them. */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'because', 'while', 'when', 'as', 'after', 'before', 'if', 'since', 'though', 'although', 'so', 'where', 'whether', 'until', 'than', 'what', 'how', 'why', 'where', 'even', 'once', 'whom', 'which']);

export interface Clause {
  verb: Word;
  /** The subject's extent. */
  subjectStart: number;
  subjectEnd: number;
  /** The subject follows the verb: "said Holtz-Eakin". */
  inverted: boolean;
  /** The cue is a noun and the subject its possessor: "Trump’s claim that …". */
  possessive?: boolean;
}

/**
 * The attribution after a closing mark: `, he told Bayramov`, `, Palmieri, a
 * Clinton aide, said`, `, said Douglas Holtz-Eakin, an economist …`.
 */
export function trailingClause(text: string, start: number, end: number): Clause | null {
  const words = wordsIn(text, start, end);
  let i = 0;
  while (i < words.length && /^[,—–:(]$/.test(words[i].text)) i++;
  // ", as Eric Garner said": the clause may open with "as".
  if (words[i]?.text.toLowerCase() === 'as' && i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1].text)) i++;
  const first = i;
  // Inverted: the verb first, then the subject (time words may stand between).
  let k = i;
  while (k < words.length && isAdverb(words[k].text)) k++;
  // “…,” stating that …: a participle carries on the sentence's own subject, named before the quote, never one after it.
  if (k < words.length && isTrailingCue(words, k) && /ing$/i.test(words[k].text)) return null;
  if (k < words.length && isTrailingCue(words, k)) {
    let s = k + 1;
    if (particleOf(words[k].text)) s++;
    while (s < words.length && (TIME_WORDS.has(words[s].text.toLowerCase()) || words[s].text === 'on' || words[s].text === ',')) s++;
    if (s >= words.length) return null;
    return { verb: words[k], subjectStart: words[s].start, subjectEnd: words[words.length - 1].end, inverted: true };
  }
  // Subject first: at most twelve words (appositives included) before the verb.
  for (let v = first; v < words.length && v - first <= 30; v++) {
    if (!isTrailingCue(words, v)) continue;
    // "referring to Azerbaijan’s attack on Artsakh", "the attack": after a possessive or an article a cue word is a noun.
    if (v > first && /^(?:the|a|an|his|her|its|their|this|that)$|['’]s$/i.test(words[v - 1].text)) continue;
    let last = v - 1;
    while (last >= first && isAdverb(words[last].text)) last--;
    if (last < first || words[last].text === ',' && last === first) return null;
    const subjectWords = words.slice(first, last + 1).filter((w) => !/^[,()—–]$/.test(w.text));
    if (subjectWords.length === 0 || subjectWords.length > 30) return null;
    const lead = subjectWords[0].text;
    if (CLAUSE_OPENERS.has(lead.toLowerCase())) return null; // "…,” when Clinton blasted him": a new clause, not an attribution
    // "panel Chairman Rep. Jason Chaffetz (R-Utah) said": a lower-case role may lead a name.
    const named = subjectWords.slice(0, 6).some((w) => /^\p{Lu}/u.test(w.text));
    if (!/^\p{Lu}/u.test(lead) && !/^(?:he|she|they|it|the|a|an|his|her|its|their|who|i|we)$/i.test(lead) && !named) return null;
    // A long subject is only a name and its appositives: it must open with a name, a pronoun or a determiner.
    if (subjectWords.length > 12 && !/^(?:\p{Lu}|he$|she$|they$|it$|the$|a$|an$)/iu.test(lead)) return null;
    // "“glow in the dark,” for instance, and Trump vowed to": after a comma, "and"/"but" opens a clause of its own, unless
    // it ends an appositive's list, closed by a comma before the verb ("assistant secretary for population, refugees, and migration, said").
    const between = words.slice(first, v);
    if (between.some((w, j) => /^(?:and|but|while|whereas|yet)$/i.test(w.text) && between[j - 1]?.text === ',' && !between.slice(j + 1).some((x) => x.text === ','))) return null;
    const head = subjectWords.slice(0, Math.max(1, words.slice(first, last + 1).findIndex((w) => w.text === ',')));
    if (head.some((w) => w.text.toLowerCase() === 'and') && /^\p{Lu}/u.test(lead)) return null; // "X and Y said": not one speaker
    return { verb: words[v], subjectStart: words[first].start, subjectEnd: words[last].end, inverted: false };
  }
  return null;
}

/**
 * The clauses before an opening mark whose verb may govern the quote, the last
 * first: each reporting verb of `text[start, end)` with its subject read back to
 * the start of its clause (`Trump told the crowd:`, `Obama said he is`, `what
 * he called`). A participle's subject is left to the caller (`participle`).
 */
export function leadingClauses(text: string, start: number, end: number, max = 3): Clause[] {
  const words = wordsIn(text, start, end);
  const out: Clause[] = [];
  for (let v = words.length - 1; v >= 0 && out.length < max; v--) {
    if (!isCue(words, v) || !characterisesQuote(words.map((w) => w.text), v)) continue;
    // A cue word used as a noun: "Trump’s claim that …" (the possessor speaks), "the report that …" (read on).
    const prev = words[v - 1]?.text ?? '';
    // Not a pronoun's contraction: "He’s predicting", "She’s claiming" (he is).
    if (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(prev) && !/^(?:he|she|it|that|there|what|who|here)['’]s$/i.test(prev)) {
      // "Sanders's attacks have “reinforced stereotypes”": the noun phrase is a clause's subject, and the quote its predicate.
      if (/^(?:have|has|had|is|are|was|were|will|would|could|can|may|might|should|must)$/i.test(words[v + 1]?.text ?? '')) continue;
      out.push({ verb: words[v], subjectStart: words[v - 1].start, subjectEnd: words[v - 1].end - 2, inverted: false, possessive: true });
      continue;
    }
    if (/^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/i.test(prev)) continue;
    // A plural noun that is also a cue verb, after a modifier: "refusing to recant earlier remarks, when he called",
    // "to prevent terrorist attacks in the U.S.". A verb's subject there would be a name or a pronoun.
    if (PLURAL_NOUN_CUES.has(words[v].text.toLowerCase()) && pluralNounAfter(words, v)) continue;
    // A passive ("was widely ridiculed for …", "was said to be “furious”") says nothing of who speaks.
    let b = v - 1;
    while (b >= 0 && /ly$/i.test(words[b].text)) b--;
    if (b >= 0 && /^(?:was|were|is|are|been|be|being)$/i.test(words[b].text) && /(?:ed|^said|^told)$/i.test(words[v].text)) continue;
    let last = v - 1;
    while (last >= 0 && isAdverb(words[last].text)) last--;
    if (last < 0) {
      out.push({ verb: words[v], subjectStart: words[v].start, subjectEnd: words[v].start, inverted: false });
      continue;
    }
    // "the Chicago Police Department which reported": the relative pronoun is the subject; the resolver reads the name before it.
    if (/^which$/i.test(words[last].text)) {
      out.push({ verb: words[v], subjectStart: words[last].start, subjectEnd: words[last].end, inverted: false });
      continue;
    }
    let first = last;
    const coordinated = /^(?:and|but)$/i.test(words[last].text);
    // A subject that closes with a comma before its verb ends with an appositive ("David Kamin, an outside adviser … and
    // an associate professor …, said"; "Even China, Pyongyang's only ally and its economic lifeline …, said"): an "and" there joins nouns, not clauses.
    const appositiveEnds = words[last].text === ',';
    while (first > 0 && !coordinated) {
      const w = words[first - 1].text.toLowerCase();
      // ", which represents …," and ", who watched …," inside a subject are appositives, not new clauses.
      const appositive = ((w === 'which' || w === 'who') && words[first - 2]?.text === ',') || (w === 'and' && appositiveEnds);
      if (!appositive && (w === ';' || w === ':' || CLAUSE_OPENERS.has(w) || CUE_VERBS.has(w))) {
        // "Christie, who has campaigned … since he suspended his campaign in February, blasted": the clause opener belongs
        // to a relative clause set off by commas; the subject is the name before its ", who".
        const who = appositiveEnds && w !== ';' && w !== ':' ? relativeBefore(words, first - 1) : -1;
        if (who < 0) break;
        first = who;
        continue;
      }
      first--;
    }
    out.push({ verb: words[v], subjectStart: words[first].start, subjectEnd: words[last].end, inverted: false });
  }
  return out;
}

/**
 * Whether the word before words[v] makes it a noun: a modifier in lower case ("earlier remarks", "his anti-Muslim remarks",
 * "terrorist attacks"), or a name after a determiner ("the Paris attacks"). After a pronoun, a conjunction or an adverb it
 * stays a verb ("he claims", "and pledges", "repeatedly attacks").
 */
function pluralNounAfter(words: Word[], v: number): boolean {
  const prev = words[v - 1]?.text ?? '';
  if (/^\p{Lu}/u.test(prev)) return nounTwinAfterName(words[v - 2]?.text ?? '', words[v].text);
  return /^\p{Ll}[\p{L}-]*$/u.test(prev) && !/^(?:he|she|it|they|who|which|that|and|but|or|also|then|now|often|still|repeatedly|later|again|never|frequently|always|just|only)$/i.test(prev) && !/ly$/.test(prev);
}

/** The index of the `who`/`which` of a `, who …` relative clause that holds words[at], in the same sentence part; -1 when none. */
function relativeBefore(words: Word[], at: number): number {
  for (let i = at; i >= 1 && at - i < 30; i--) {
    const w = words[i].text.toLowerCase();
    if (w === ';' || w === ':' || CUE_VERBS.has(w)) return -1;
    if ((w === 'who' || w === 'which') && words[i - 1].text === ',') return i;
  }
  return -1;
}

export function leadingClause(text: string, start: number, end: number): Clause | null {
  return leadingClauses(text, start, end, 1)[0] ?? null;
}
