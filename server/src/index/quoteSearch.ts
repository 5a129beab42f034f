// Fuzzy search over everything said in the corpus, fast at any corpus size: an
// inverted index of word prefixes picks a few hundred candidate quotes, and
// fuse.js ranks only those. Used by completion and the Insert Citation picker.
import Fuse from 'fuse.js';
import type { CorpusModel, Quote } from '../model/types';
import { matchTokens } from '../text/matchTokens';
import { TRANSCRIPT_SIEVE, turnSentences } from '../corpus/transcript/turnQuotes';

const PREFIX = 3;
const MAX_CANDIDATES = 400;

export class QuoteSearch {
  private readonly byPrefix = new Map<string, number[]>();
  private readonly searchable: Quote[];

  constructor(model: CorpusModel) {
    // Scare quotes are terms, not statements: nothing to insert.
    const sources = new Map(model.sources.map((s) => [s.key, s]));
    this.searchable = model.quotes
      .filter((q) => q.kind !== 'scare' && q.text.trim().length > 0)
      // A transcript's turn is offered sentence by sentence.
      .flatMap((q) => (q.sieve === TRANSCRIPT_SIEVE ? turnSentences(q, sources.get(q.sourceKey)!) : [q]));
    this.searchable.forEach((q, i) => {
      const seen = new Set<string>();
      for (const w of matchTokens(q.text).words) {
        const p = w.slice(0, PREFIX);
        if (seen.has(p)) continue;
        seen.add(p);
        const list = this.byPrefix.get(p);
        if (list) list.push(i);
        else this.byPrefix.set(p, [i]);
      }
    });
  }

  /** Quotes like `typed`, best first; `speaker` (named near the cursor) ranks that person's quotes first. */
  search(typed: string, options: { speaker?: string; limit?: number } = {}): Quote[] {
    const limit = options.limit ?? 30;
    const words = matchTokens(typed).words;
    let pool: Quote[];
    if (words.length === 0) {
      pool = options.speaker ? this.searchable.filter((q) => q.speaker?.name === options.speaker) : this.searchable.slice(0, limit);
      return pool.slice(0, limit);
    }
    // Candidates: quotes sharing the prefix of the typed word that is rarest in the corpus.
    const lists = words.map((w) => this.byPrefix.get(w.slice(0, PREFIX)) ?? []).filter((l) => l.length > 0);
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.length - b.length);
    let ids = lists[0];
    for (const other of lists.slice(1)) {
      if (ids.length <= MAX_CANDIDATES) break;
      const set = new Set(other);
      const narrowed = ids.filter((i) => set.has(i));
      if (narrowed.length > 0) ids = narrowed;
    }
    pool = ids.slice(0, MAX_CANDIDATES).map((i) => this.searchable[i]);
    const fuse = new Fuse(pool, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45 });
    const ranked = fuse.search(typed.slice(0, 64), { limit: limit * 3 });
    // The speaker named near the cursor first; a transcript (the primary source) before an article with the same words.
    const bonus = (q: Quote) => (options.speaker && q.speaker?.name === options.speaker ? 0.3 : 0) + (q.sieve === TRANSCRIPT_SIEVE ? 0.02 : 0);
    return ranked
      .sort((a, b) => a.score! - bonus(a.item) - (b.score! - bonus(b.item)))
      .slice(0, limit)
      .map((r) => r.item);
  }

  get size(): number {
    return this.searchable.length;
  }
}
