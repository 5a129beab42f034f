// Search over everything said in the corpus, fast at any corpus size, for
// completion and the Insert Citation picker. Any words of a quote, in any
// order and from anywhere in it, find it; one misspelt word is forgiven.
// An inverted index of word prefixes counts, for each quote, how many typed
// words it has; only the quotes with the most (a few hundred) are scored.
import { distance } from 'fastest-levenshtein';
import type { CorpusModel, Quote, Source } from '../model/types';
import { matchTokens } from '../text/matchTokens';

const PREFIX = 3;
const MAX_CANDIDATES = 300;
/** The rarest typed words pick the candidates; common ones ("the") only score them. */
const CANDIDATE_WORDS = 4;

export interface SearchOptions {
  /** A person named near the cursor: their quotes rank first. */
  speaker?: string;
  limit?: number;
  /** Also match the speaker's name and the source's title, outlet, author and date, as a citation picker does. */
  meta?: boolean;
}

export class QuoteSearch {
  private readonly searchable: Quote[];
  private readonly byPrefix = new Map<string, number[]>();
  private metaByPrefix: Map<string, number[]> | undefined;
  private metaText: string[] | undefined;
  /** Per searchable quote: how many typed words it has (reused across searches). */
  private readonly hits: Uint8Array;
  private readonly sourceByKey: Map<string, Source>;

  constructor(model: CorpusModel) {
    // Scare quotes are terms, not statements: nothing to insert.
    this.searchable = model.quotes.filter((q) => q.kind !== 'scare' && q.text.trim().length > 0);
    this.sourceByKey = new Map(model.sources.map((s) => [s.key, s]));
    this.searchable.forEach((q, i) => addPrefixes(this.byPrefix, matchTokens(q.text).words, i));
    this.hits = new Uint8Array(this.searchable.length);
  }

  /** Quotes with the words of `typed`, best first. */
  search(typed: string, options: SearchOptions = {}): Quote[] {
    const limit = options.limit ?? 30;
    const words = [...new Set(matchTokens(typed).words)].slice(0, 16);
    if (words.length === 0) {
      const pool = options.speaker ? this.searchable.filter((q) => q.speaker?.name === options.speaker) : this.searchable;
      return pool.slice(0, limit);
    }
    const meta = options.meta ? this.metaIndex() : undefined;
    const candidates = this.candidates(words, meta?.byPrefix);
    const scored: Array<{ q: Quote; score: number; order: number }> = [];
    candidates.forEach((i, order) => {
      const q = this.searchable[i];
      const tokens = matchTokens(q.text).words;
      let score = wordsScore(words, tokens, meta ? matchTokens(meta.text[i]).words : undefined);
      if (score <= 0) return;
      if (options.speaker && q.speaker?.name === options.speaker) score += 0.3;
      scored.push({ q, score, order });
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, limit).map((s) => s.q);
  }

  get size(): number {
    return this.searchable.length;
  }

  /** The quotes that have the most typed words (by prefix), most first, at most MAX_CANDIDATES. */
  private candidates(words: string[], meta: Map<string, number[]> | undefined): number[] {
    const last = words.length - 1;
    const lists: number[][] = [];
    words.forEach((w, i) => {
      // A word still being typed, shorter than a prefix: every indexed prefix it starts.
      if (w.length < PREFIX && i === last) {
        if (words.length > 1) return;
        const merged = new Set<number>();
        for (const map of meta ? [this.byPrefix, meta] : [this.byPrefix]) {
          for (const [p, list] of map) if (p.startsWith(w)) for (const id of list) if (merged.size < 20 * MAX_CANDIDATES) merged.add(id);
        }
        lists.push([...merged]);
        return;
      }
      const key = w.slice(0, PREFIX);
      const own = this.byPrefix.get(key) ?? [];
      const fromMeta = meta?.get(key);
      lists.push(fromMeta ? own.concat(fromMeta) : own);
    });
    const used = lists.filter((l) => l.length > 0).sort((a, b) => a.length - b.length).slice(0, CANDIDATE_WORDS);
    const touched: number[] = [];
    const hits = this.hits;
    let best = 0;
    for (const list of used) {
      for (const id of list) {
        if (hits[id] === 0) touched.push(id);
        if (hits[id] < 255) hits[id]++;
        if (hits[id] > best) best = hits[id];
      }
    }
    const out: number[] = [];
    for (let want = best; want > 0 && out.length < MAX_CANDIDATES; want--) {
      for (const id of touched) if (hits[id] === want && out.length < MAX_CANDIDATES) out.push(id);
      // One missing word is a typo; more is a different quote, unless nothing better exists.
      if (out.length > 0 && want <= best - 1) break;
    }
    for (const id of touched) hits[id] = 0;
    return out;
  }

  /** Speaker and source metadata of every quote, indexed on first use (the picker's search). */
  private metaIndex(): { byPrefix: Map<string, number[]>; text: string[] } {
    if (!this.metaByPrefix || !this.metaText) {
      this.metaByPrefix = new Map();
      this.metaText = this.searchable.map((q, i) => {
        const s = this.sourceByKey.get(q.sourceKey);
        const text = [q.speaker?.name, s?.title, s?.outlet, s?.author, s?.date, q.sourceKey].filter(Boolean).join(' ');
        addPrefixes(this.metaByPrefix!, matchTokens(text).words, i);
        return text;
      });
    }
    return { byPrefix: this.metaByPrefix, text: this.metaText };
  }
}

function addPrefixes(map: Map<string, number[]>, words: string[], id: number): void {
  const seen = new Set<string>();
  for (const w of words) {
    const p = w.slice(0, PREFIX);
    if (seen.has(p)) continue;
    seen.add(p);
    const list = map.get(p);
    if (list) list.push(id);
    else map.set(p, [id]);
  }
}

/**
 * How well a quote's words (and optionally its metadata) answer the typed words, 0 when they do not.
 * Each typed word counts 1 when the quote has it, 0.9 when a quote word starts with it (a word still
 * being typed), 0.6 when one letter is off (two in long words). All typed words must be there but one
 * misspelt or missing word among three or more; typed words in the quote's own order score a little more.
 */
export function wordsScore(typed: string[], tokens: string[], meta?: string[]): number {
  let total = 0;
  let missing = 0;
  let lastAt = -1;
  let inOrder = 0;
  for (const w of typed) {
    let best = 0;
    let at = -1;
    for (let j = 0; j < tokens.length && best < 1; j++) {
      const s = wordMatch(w, tokens[j]);
      if (s > best) {
        best = s;
        at = j;
      }
    }
    if (best === 0 && meta) for (const m of meta) best = Math.max(best, 0.7 * wordMatch(w, m));
    if (best === 0) missing++;
    if (at > lastAt) inOrder++;
    if (at >= 0) lastAt = at;
    total += best;
  }
  if (missing > (typed.length >= 3 ? 1 : 0)) return 0;
  return total / typed.length + (typed.length > 1 ? (0.1 * inOrder) / typed.length : 0);
}

function wordMatch(typed: string, word: string): number {
  if (word === typed) return 1;
  if (word.startsWith(typed)) return 0.9;
  if (typed.length < 4) return 0;
  const allowed = typed.length >= 8 ? 2 : 1;
  if (Math.abs(word.length - typed.length) <= allowed && distance(typed, word) <= allowed) return 0.6;
  // A misspelt word still being typed: compare with the start of the word.
  if (word.length > typed.length && distance(typed, word.slice(0, typed.length)) <= allowed) return 0.5;
  return 0;
}
