// Finds where a draft's quotation stands in the corpus: exactly (after
// normalising marks, dashes, case and house-style punctuation), nearly (a
// misquote, with the word diff), or nowhere (with the closest passages).
// Every fragment of an elided quote must occur in one source, in order.
import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import type { CorpusIndex } from '../index/corpusIndex';
import { isNumberWord, matchTokens, NEGATIONS, type MatchTokens } from '../text/matchTokens';

export interface FragmentMatch {
  /** Word range in the source. */
  fromWord: number;
  toWord: number;
  exact: boolean;
  /** Word-level diff, draft against source, for a near match. */
  diff?: Array<{ value: string; added?: boolean; removed?: boolean }>;
  /** Share of the fragment's words found in order at this place. */
  similarity: number;
}

export interface QuoteMatch {
  source: number;
  fragments: FragmentMatch[];
  exact: boolean;
  similarity: number;
}

/** A near match must share this much of the quote's words to be a misquote, not a different sentence. */
export const MISQUOTE_SIMILARITY = 0.6;
const SLACK = 4;
/** Word diffs are costly: only the best-voted places get one. */
const NEAR_CANDIDATES = 3;
/**
 * A word diff costs the square of a fragment's length: a longer fragment is
 * placed exactly or not at all. The longest of news-dev's 847 hand-checked
 * quotes has 153 words; an unclosed quote mark can make a "quote" of thousands
 * (2,000 repeats of a phrase took 7 s a keystroke).
 */
export const MAX_NEAR_WORDS = 400;

/**
 * Two words are the same for quoting if they are equal, or spelling variants of
 * a long word (neutralised/neutralized). Numbers and negations must be equal.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || isNumberWord(a) || isNumberWord(b) || NEGATIONS.has(a) || NEGATIONS.has(b)) return false;
  return distance(a, b) <= 1;
}


const UNKNOWN = 0xffffffff;

/** A fragment as the index sees it: word ids (UNKNOWN for words the corpus never uses) and the words. */
interface Query {
  ids: number[];
  words: string[];
}

/** Whether the query stands at `at` in the source, word for word (spelling variants allowed). */
function standsAt(index: CorpusIndex, ids: Uint32Array, q: Query, at: number): boolean {
  if (at < 0 || at + q.ids.length > ids.length) return false;
  // Ids first; the costlier spelling-variant test only for the few words that differ.
  let first = -1;
  let second = -1;
  for (let k = 0; k < q.ids.length; k++) {
    if (ids[at + k] === q.ids[k]) continue;
    if (first < 0) first = k;
    else if (second < 0) second = k;
    else return false;
  }
  if (first >= 0 && !sameWord(q.words[first], index.text.word(ids[at + first]))) return false;
  if (second >= 0 && !sameWord(q.words[second], index.text.word(ids[at + second]))) return false;
  return true;
}

/** Exact occurrence of the query in the source at or after `from`, trying the anchor first; or -1. */
function findExact(index: CorpusIndex, ids: Uint32Array, q: Query, from: number, anchor: number): number {
  for (let d = 0; d <= SLACK; d++) {
    if (anchor - d >= from && standsAt(index, ids, q, anchor - d)) return anchor - d;
    if (d && anchor + d >= from && standsAt(index, ids, q, anchor + d)) return anchor + d;
  }
  // Elsewhere in the source: only where the first or last word is the same word.
  const first = q.ids[0];
  const last = q.ids[q.ids.length - 1];
  for (let i = Math.max(0, from); i + q.ids.length <= ids.length; i++) {
    if ((first === UNKNOWN || ids[i] !== first) && (last === UNKNOWN || ids[i + q.ids.length - 1] !== last)) continue;
    if (standsAt(index, ids, q, i)) return i;
  }
  return -1;
}

/** A sentence end, a quote mark or a paragraph break between two source words: a passage does not run across it. */
function breakBetween(source: MatchTokens & { text: string }, word: number): boolean {
  return /[.!?"“”«»\n]/.test(source.text.slice(source.ends[word - 1], source.starts[word]));
}

/** The best near alignment of `words` within the source window around `anchor`. */
function nearAt(source: MatchTokens & { text: string }, words: string[], anchor: number): FragmentMatch {
  if (words.length > MAX_NEAR_WORDS) return { fromWord: anchor, toWord: anchor, exact: false, similarity: 0 };
  const sourceWords = source.words;
  const from = Math.max(0, anchor - SLACK);
  const to = Math.min(sourceWords.length, anchor + words.length + SLACK);
  // In this diff, `removed` words are the draft's own and `added` words the source's.
  const parts = diffArrays(words, sourceWords.slice(from, to), { comparator: sameWord });
  let pos = from;
  let draftPos = 0;
  let shared = 0;
  let leadingDraftOnly = 0;
  let trailingDraftOnly = 0;
  /** The runs of words both share: where each stands in the source and in the draft. */
  const runs: Array<{ at: number; draftAt: number; n: number }> = [];
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.added) pos += n;
    else if (part.removed) {
      if (runs.length === 0) leadingDraftOnly += n;
      else trailingDraftOnly += n;
      draftPos += n;
    } else {
      runs.push({ at: pos, draftAt: draftPos, n });
      pos += n;
      draftPos += n;
      shared += n;
      trailingDraftOnly = 0;
    }
  }
  if (runs.length === 0) return { fromWord: anchor, toWord: anchor, exact: false, similarity: 0 };
  let first = runs[0].at;
  let last = runs[runs.length - 1].at + runs[runs.length - 1].n;
  // The diff pairs the quote's first words with their earliest occurrence in the window ("which we very much
  // appreciate. We had achieved…" for "We had achieved…"): an edge run that occurs again in the gap beside it
  // is paired with its occurrence next to the rest, so the passage starts at the quote's first word and ends at its last.
  if (runs.length > 1) {
    const runAt = (run: { draftAt: number; n: number }, at: number) => {
      for (let k = 0; k < run.n; k++) if (!sameWord(words[run.draftAt + k], sourceWords[at + k])) return false;
      return true;
    };
    const [lead, next] = runs;
    for (let at = next.at - lead.n; at > lead.at; at--) {
      if (runAt(lead, at)) {
        first = at;
        break;
      }
    }
    const tail = runs[runs.length - 1];
    const before = runs[runs.length - 2];
    for (let at = before.at + before.n; at < tail.at; at++) {
      if (at >= first && runAt(tail, at)) {
        last = at + tail.n;
        break;
      }
    }
  }
  // A draft word at either edge with no partner is taken as a substitution there:
  // widen the source span to cover it, but never across a sentence end or a quote mark.
  for (let k = 0; k < leadingDraftOnly && first > from && !breakBetween(source, first); k++) first--;
  for (let k = 0; k < trailingDraftOnly && last < to && !breakBetween(source, last); k++) last++;
  const fragment: FragmentMatch = { fromWord: first, toWord: last, exact: false, similarity: shared / Math.max(words.length, last - first) };
  // The diff a writer reads is wanted for the one place chosen, not for every candidate weighed: made when first read.
  let diff: FragmentMatch['diff'];
  Object.defineProperty(fragment, 'diff', {
    enumerable: true,
    get: () =>
      (diff ??= diffArrays(words, sourceWords.slice(first, last), { comparator: sameWord }).map((p) => ({
        value: p.value.join(' '),
        // Say it the writer's way: what the draft adds, and what it removes from the source.
        ...(p.removed ? { added: true } : {}),
        ...(p.added ? { removed: true } : {}),
      }))),
  });
  return fragment;
}

/** Matches the fragments of one quotation in one source, in order; `near` allows misquotes. */
function matchInSource(index: CorpusIndex, source: number, queries: Query[], anchors: number[], near: boolean): QuoteMatch | undefined {
  const ids = index.text.sourceIds(source);
  const fragments: FragmentMatch[] = [];
  let from = 0;
  for (let f = 0; f < queries.length; f++) {
    const q = queries[f];
    const anchor = anchors[f] >= from ? anchors[f] : from;
    const at = findExact(index, ids, q, from, anchor);
    if (at >= 0) {
      fragments.push({ fromWord: at, toWord: at + q.ids.length, exact: true, similarity: 1 });
      from = at + q.ids.length;
      continue;
    }
    if (!near) return undefined;
    const tokens = { ...index.text.tokens(source), text: index.model.sources[source].text };
    const m = nearAt(tokens, q.words, anchor);
    fragments.push(m);
    from = Math.max(from, m.toWord);
  }
  const total = queries.reduce((n, q) => n + q.ids.length, 0);
  const similarity = fragments.reduce((n, m, i) => n + m.similarity * queries[i].ids.length, 0) / Math.max(1, total);
  return { source, fragments, exact: fragments.every((m) => m.exact), similarity };
}

/**
 * Where a quotation (its fragments' texts) stands in the corpus, best first.
 * `preferred` sources (the cited ones) are tried first and win ties.
 */
export function matchQuote(index: CorpusIndex, fragmentTexts: string[], preferred: number[] = []): QuoteMatch[] {
  const fragmentWords = fragmentTexts.map((t) => matchTokens(t).words).filter((w) => w.length > 0);
  if (fragmentWords.length === 0) return [];
  // Candidate sources and anchors come from each fragment's trigrams (or, for one or two words, from short quotes).
  const anchorsBySource = new Map<number, number[]>();
  const note = (source: number, f: number, word: number) => {
    let anchors = anchorsBySource.get(source);
    if (!anchors) anchorsBySource.set(source, (anchors = fragmentWords.map(() => -1)));
    if (anchors[f] < 0) anchors[f] = word;
  };
  fragmentWords.forEach((words, f) => {
    if (words.length >= 3) {
      for (const c of index.text.candidates(index.text.idsOf(words), 6)) note(c.source, f, c.word);
    } else {
      for (const q of index.shortQuotes.get(words.join(' ')) ?? []) {
        const source = index.sourceNumber.get(index.sourceByKey.get(q.sourceKey)!)!;
        const tokens = index.text.tokens(source);
        note(source, f, Math.max(0, tokens.starts.findIndex((s) => s >= q.textStart)));
      }
      if (anchorsBySource.size === 0) for (const place of index.text.occurrences(index.text.idsOf(words), 6)) note(place.source, f, place.word);
    }
  });
  for (const s of preferred) if (!anchorsBySource.has(s)) anchorsBySource.set(s, fragmentWords.map(() => 0));
  const queries: Query[] = fragmentWords.map((words) => ({ words, ids: index.text.idsOf(words) }));
  const candidates = [...anchorsBySource];
  // Exact places first, which is cheap; word diffs only when no source has the words exactly.
  const exact = candidates.map(([source, anchors]) => matchInSource(index, source, queries, anchors, false)).filter((m): m is QuoteMatch => !!m);
  const matches = exact.length ? exact : candidates.slice(0, NEAR_CANDIDATES).map(([source, anchors]) => matchInSource(index, source, queries, anchors, true)!);
  const rank = (m: QuoteMatch) => (m.exact ? 2 : 0) + m.similarity + (preferred.includes(m.source) ? 0.001 : 0);
  return matches.sort((a, b) => rank(b) - rank(a));
}
