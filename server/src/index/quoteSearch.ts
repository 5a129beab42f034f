// Search over everything said in the corpus, fast at any corpus size, for
// completion and the Insert Citation picker. Any words of a quote, in any
// order and from anywhere in it, find it; one misspelt word is forgiven.
// An inverted index of word prefixes counts, for each quote, how many typed
// words it has; only the quotes with the most (a few hundred) are scored.
import { distance } from 'fastest-levenshtein';
import type { CorpusModel, Quote, Source } from '../model/types';
import { matchTokens } from '../text/matchTokens';
import { TRANSCRIPT_SIEVE, turnSentences } from '../corpus/transcript/turnQuotes';

const PREFIX = 3;
const MAX_CANDIDATES = 300;
/** The rarest typed words pick the candidates; common ones ("the") only score them. */
const CANDIDATE_WORDS = 4;
/** Posting-list entries counted a search, beyond the two rarest words' lists. */
const SCAN_BUDGET = 120_000;
const TOKEN_CACHE = 20_000;

export interface SearchOptions {
  /** A person named near the cursor: their quotes rank first. */
  speaker?: string;
  limit?: number;
  /** Also match the speaker's name and the source's title, outlet, author and date, as a citation picker does. */
  meta?: boolean;
}

export class QuoteSearch {
  private readonly searchable: Quote[];
  private readonly byPrefix: Map<string, Int32Array>;
  private metaByPrefix: Map<string, Int32Array> | undefined;
  private metaText: string[] | undefined;
  /** Per searchable quote: how many typed words it has (reused across searches). */
  private readonly hits: Uint8Array;
  private readonly sourceByKey: Map<string, Source>;
  private readonly tokens = new Map<number, string[]>();

  /** The search over `model`'s quotes: built from their words, or (with `parts`, from a snapshot of the same model) taken as it was. */
  constructor(model: CorpusModel, parts?: QuoteSearchParts) {
    // Scare quotes are terms, not statements: nothing to insert.
    this.sourceByKey = new Map(model.sources.map((s) => [s.key, s]));
    this.searchable = model.quotes
      .filter((q) => q.kind !== 'scare' && q.text.trim().length > 0)
      // A transcript's turn is offered sentence by sentence.
      .flatMap((q) => (q.sieve === TRANSCRIPT_SIEVE ? turnSentences(q, this.sourceByKey.get(q.sourceKey)!) : [q]));
    if (parts) {
      if (parts.searchable !== this.searchable.length) throw new Error('quote search parts of another corpus');
      this.byPrefix = unpacked(parts);
    } else {
      const byPrefix = new Map<string, number[]>();
      this.searchable.forEach((q, i) => addPrefixes(byPrefix, matchTokens(q.text).words, i));
      this.byPrefix = packed(byPrefix);
    }
    this.hits = new Uint8Array(this.searchable.length);
  }

  /** The prefix posting lists, back to back: what a snapshot keeps. */
  parts(): QuoteSearchParts {
    const prefixes = [...this.byPrefix.keys()];
    const starts = new Uint32Array(prefixes.length + 1);
    let total = 0;
    prefixes.forEach((p, i) => {
      starts[i] = total;
      total += this.byPrefix.get(p)!.length;
    });
    starts[prefixes.length] = total;
    const lists = new Int32Array(total);
    prefixes.forEach((p, i) => lists.set(this.byPrefix.get(p)!, starts[i]));
    return { searchable: this.searchable.length, prefixes, starts, lists };
  }

  /** Quotes with the words of `typed`, best first. */
  search(typed: string, options: SearchOptions = {}): Quote[] {
    const limit = options.limit ?? 30;
    const words = [...new Set(matchTokens(typed).words)].slice(0, 16);
    if (words.length === 0) {
      const theirs = options.speaker ? this.searchable.filter((q) => q.speaker?.name === options.speaker) : [];
      return (theirs.length > 0 ? theirs : this.searchable).slice(0, limit);
    }
    const meta = options.meta ? this.metaIndex() : undefined;
    const candidates = this.candidates(words, meta?.byPrefix);
    const scored: Array<{ q: Quote; score: number; order: number }> = [];
    candidates.forEach((i, order) => {
      const q = this.searchable[i];
      const tokens = this.tokensOf(i);
      let score = wordsScore(words, tokens, meta ? matchTokens(meta.text[i]).words : undefined);
      if (score <= 0) return;
      // The speaker named near the cursor first; a transcript (the primary source) before an article with the same words.
      if (options.speaker && q.speaker?.name === options.speaker) score += 0.3;
      if (q.sieve === TRANSCRIPT_SIEVE) score += 0.02;
      scored.push({ q, score, order });
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, limit).map((s) => s.q);
  }

  /** A quote's words; successive keystrokes score mostly the same candidates, so they are kept a while. */
  private tokensOf(i: number): string[] {
    let tokens = this.tokens.get(i);
    if (!tokens) {
      if (this.tokens.size >= TOKEN_CACHE) this.tokens.clear();
      tokens = matchTokens(this.searchable[i].text).words;
      this.tokens.set(i, tokens);
    }
    return tokens;
  }

  get size(): number {
    return this.searchable.length;
  }

  /**
   * The quotes that have the most typed words (by prefix), most first, at most MAX_CANDIDATES. Counts
   * hits over the posting lists of the rarest words, as much of them as SCAN_BUDGET allows: a word
   * most quotes have picks nothing out, and `wordsScore` still checks every typed word.
   */
  private candidates(words: string[], meta: Map<string, Int32Array> | undefined): number[] {
    const last = words.length - 1;
    const lists: Int32Array[] = [];
    words.forEach((w, i) => {
      // A word still being typed, shorter than a prefix: every indexed prefix it starts.
      if (w.length < PREFIX && i === last) {
        if (words.length > 1) return;
        const merged = new Set<number>();
        for (const map of meta ? [this.byPrefix, meta] : [this.byPrefix]) {
          for (const [p, list] of map) {
            if (!p.startsWith(w)) continue;
            for (let j = 0; j < list.length && merged.size < 20 * MAX_CANDIDATES; j++) merged.add(list[j]);
          }
        }
        lists.push(Int32Array.from(merged));
        return;
      }
      const key = w.slice(0, PREFIX);
      const own = this.byPrefix.get(key);
      const fromMeta = meta?.get(key);
      const list = own && fromMeta ? union(own, fromMeta) : (own ?? fromMeta);
      if (list) lists.push(list);
    });
    lists.sort((a, b) => a.length - b.length);
    const used: Int32Array[] = [];
    let budget = SCAN_BUDGET;
    for (const list of lists.slice(0, CANDIDATE_WORDS)) {
      if (used.length >= 2 && list.length > budget) break;
      used.push(list);
      budget -= list.length;
    }
    if (used.length === 0) return [];
    const hits = this.hits;
    for (const list of used) for (let j = 0; j < list.length; j++) if (hits[list[j]] < 255) hits[list[j]]++;
    // A quote with every used word is in the rarest list; one missing a word (a typo) is in one of the two rarest.
    const out: number[] = [];
    const seen = new Set<number>();
    for (let want = used.length; want >= Math.max(1, used.length - 1) && out.length < MAX_CANDIDATES; want--) {
      for (const list of used.slice(0, want === used.length ? 1 : 2)) {
        for (let j = 0; j < list.length && out.length < MAX_CANDIDATES; j++) {
          const id = list[j];
          if (hits[id] === want && !seen.has(id)) {
            seen.add(id);
            out.push(id);
          }
        }
      }
    }
    for (const list of used) for (let j = 0; j < list.length; j++) hits[list[j]] = 0;
    return out;
  }

  /** Speaker and source metadata of every quote, indexed on first use (the picker's search). */
  private metaIndex(): { byPrefix: Map<string, Int32Array>; text: string[] } {
    if (!this.metaByPrefix || !this.metaText) {
      const byPrefix = new Map<string, number[]>();
      this.metaText = this.searchable.map((q, i) => {
        const s = this.sourceByKey.get(q.sourceKey);
        const text = [q.speaker?.name, s?.title, s?.outlet, s?.author, s?.date, q.sourceKey].filter(Boolean).join(' ');
        addPrefixes(byPrefix, matchTokens(text).words, i);
        return text;
      });
      this.metaByPrefix = packed(byPrefix);
    }
    return { byPrefix: this.metaByPrefix, text: this.metaText };
  }
}

/** A quote search's prefix posting lists, back to back: prefix i's list is lists[starts[i] .. starts[i + 1]). */
export interface QuoteSearchParts {
  /** How many quotes were searchable: the lists' ids index them. */
  searchable: number;
  prefixes: string[];
  starts: Uint32Array;
  lists: Int32Array;
}

function unpacked(parts: QuoteSearchParts): Map<string, Int32Array> {
  const map = new Map<string, Int32Array>();
  parts.prefixes.forEach((p, i) => map.set(p, parts.lists.subarray(parts.starts[i], parts.starts[i + 1])));
  return map;
}

/** Posting lists as typed arrays: less memory, faster to scan. */
function packed(lists: Map<string, number[]>): Map<string, Int32Array> {
  return new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));
}

/** The union of two ascending posting lists, ascending, each id once (a quote is counted once a word). */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === next) i++;
    if (j < b.length && b[j] === next) j++;
    out[n++] = next;
  }
  return out.subarray(0, n);
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
 * being typed), 0.6 when it is a slip of the keyboard away. All typed words must be there but one
 * misspelt or missing word among three or more; typed words in the quote's own order score a little more.
 */
export function wordsScore(typed: string[], tokens: string[], meta?: string[]): number {
  let total = 0;
  let missing = 0;
  let lastAt = -1;
  let inOrder = 0;
  for (const w of typed) {
    // Exact and prefix matches first (cheap); spelling slips only when there are none.
    let best = 0;
    let at = -1;
    for (let j = 0; j < tokens.length && best < 1; j++) {
      const t = tokens[j];
      const s = t === w ? 1 : t.startsWith(w) ? 0.9 : 0;
      if (s > best) {
        best = s;
        at = j;
      }
    }
    for (let j = 0; j < tokens.length && best === 0; j++) {
      if (nearMiss(w, tokens[j])) {
        best = 0.6;
        at = j;
      }
    }
    if (best === 0 && meta) for (const m of meta) if (m === w || m.startsWith(w) || nearMiss(w, m)) best = 0.6;
    if (best === 0) missing++;
    if (at > lastAt) inOrder++;
    if (at >= 0) lastAt = at;
    total += best;
  }
  if (missing > (typed.length >= 3 ? 1 : 0)) return 0;
  return total / typed.length + (typed.length > 1 ? (0.1 * inOrder) / typed.length : 0);
}

/**
 * A slip of the keyboard: one letter off (two in long words), in the whole word or in the start of a
 * longer word still being typed. The first letter must be right: that is how people misspell, and it
 * keeps the search fast.
 */
function nearMiss(typed: string, word: string): boolean {
  if (typed.length < 4 || word.charCodeAt(0) !== typed.charCodeAt(0)) return false;
  const allowed = typed.length >= 8 ? 2 : 1;
  if (Math.abs(word.length - typed.length) <= allowed && distance(typed, word) <= allowed) return true;
  return word.length > typed.length + allowed && distance(typed, word.slice(0, typed.length)) <= allowed;
}
