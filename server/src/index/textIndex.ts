// Where words stand in the corpus: every source body as normalised word ids,
// and a posting list of word trigrams (hashed, in one typed array) so that a
// quotation finds the places that share its words without scanning the corpus.
import type { Source } from '../model/types';
import { matchTokens, type MatchTokens } from '../text/matchTokens';

/** At most 2^22 buckets (a 16 MiB table); a smaller corpus gets a table about four times its word count. */
const MAX_BUCKET_BITS = 22;
const MIN_BUCKET_BITS = 12;

function bucketBits(words: number): number {
  return Math.max(MIN_BUCKET_BITS, Math.min(MAX_BUCKET_BITS, Math.ceil(Math.log2(words + 1)) + 2));
}
/** Trigrams this common ("of the country") say nothing about where a quote is. */
const MAX_POSTINGS_PER_TRIGRAM = 2000;

export interface Place {
  source: number;
  /** Word position within the source. */
  word: number;
}

function trigramHash(a: number, b: number, c: number, bits: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - bits);
}

/** What a text index is made of, all but the vocabulary typed arrays: kept in the corpus snapshot and read back as is. */
export interface TextIndexParts {
  /** Word id → word. */
  words: string[];
  ids: Uint32Array;
  sourceStarts: Uint32Array;
  bucketStarts: Uint32Array;
  bits: number;
  postings: Uint32Array;
}

export class TextIndex {
  private readonly vocabulary = new Map<string, number>();
  /** Word id → word. */
  private readonly wordsById: string[] = [];
  /** Word ids of all sources, back to back. */
  private readonly ids: Uint32Array;
  /** First global word position of each source; one extra entry at the end. */
  private readonly sourceStarts: Uint32Array;
  /** Bucket b's postings are postings[bucketStarts[b] .. bucketStarts[b + 1]). */
  private readonly bucketStarts: Uint32Array;
  private readonly bits: number;
  private readonly postings: Uint32Array;
  private tokenCache = new Map<number, MatchTokens>();

  /** The index of `sources`: built from their words, or (with `parts`, from a snapshot of the same sources) taken as it was. */
  constructor(
    private readonly sources: Source[],
    parts?: TextIndexParts,
  ) {
    if (parts) {
      if (parts.sourceStarts.length !== sources.length + 1) throw new Error('text index parts of another corpus');
      this.wordsById = parts.words;
      for (let i = 0; i < parts.words.length; i++) this.vocabulary.set(parts.words[i], i);
      ({ ids: this.ids, sourceStarts: this.sourceStarts, bucketStarts: this.bucketStarts, bits: this.bits, postings: this.postings } = parts);
      return;
    }
    const idChunks: Uint32Array[] = [];
    this.sourceStarts = new Uint32Array(sources.length + 1);
    let total = 0;
    for (let s = 0; s < sources.length; s++) {
      this.sourceStarts[s] = total;
      const { words } = matchTokens(sources[s].text);
      const chunk = new Uint32Array(words.length);
      for (let i = 0; i < words.length; i++) chunk[i] = this.idOf(words[i], true);
      idChunks.push(chunk);
      total += words.length;
    }
    this.sourceStarts[sources.length] = total;
    this.ids = new Uint32Array(total);
    let at = 0;
    for (const chunk of idChunks) {
      this.ids.set(chunk, at);
      at += chunk.length;
    }
    // Counting sort of trigram positions into buckets (CSR layout), in place: counted at b + 2, summed, then
    // filled through b + 1, which leaves each entry at its bucket's start. Memory is touched once: here a
    // fresh page costs far more than the arithmetic, so hashes are computed twice rather than stored.
    const bits = (this.bits = bucketBits(total));
    const buckets = 1 << bits;
    const ids = this.ids;
    const starts = this.sourceStarts;
    const counts = new Uint32Array(buckets + 2);
    for (let s = 0; s < sources.length; s++) {
      const end = starts[s + 1];
      for (let p = starts[s]; p + 2 < end; p++) counts[trigramHash(ids[p], ids[p + 1], ids[p + 2], bits) + 2]++;
    }
    for (let b = 2; b < buckets + 2; b++) counts[b] += counts[b - 1];
    const postings = (this.postings = new Uint32Array(counts[buckets + 1]));
    for (let s = 0; s < sources.length; s++) {
      const end = starts[s + 1];
      for (let p = starts[s]; p + 2 < end; p++) postings[counts[trigramHash(ids[p], ids[p + 1], ids[p + 2], bits) + 1]++] = p;
    }
    this.bucketStarts = counts;
  }

  parts(): TextIndexParts {
    return { words: this.wordsById, ids: this.ids, sourceStarts: this.sourceStarts, bucketStarts: this.bucketStarts, bits: this.bits, postings: this.postings };
  }

  private idOf(word: string, add: boolean): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      if (!add) return 0xffffffff;
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
      this.wordsById.push(word);
    }
    return id;
  }

  /** Word ids for a query; words the corpus never uses get an id that matches nothing. */
  idsOf(words: string[]): number[] {
    return words.map((w) => this.idOf(w, false));
  }

  get sourceCount(): number {
    return this.sources.length;
  }

  wordCount(source: number): number {
    return this.sourceStarts[source + 1] - this.sourceStarts[source];
  }

  /** The word ids of one source, without copying. */
  sourceIds(source: number): Uint32Array {
    return this.ids.subarray(this.sourceStarts[source], this.sourceStarts[source + 1]);
  }

  word(id: number): string {
    return this.wordsById[id] ?? '';
  }

  /** The words of one source with their offsets in its body; recomputed on demand, a few kept. */
  tokens(source: number): MatchTokens {
    let t = this.tokenCache.get(source);
    if (!t) {
      t = matchTokens(this.sources[source].text);
      if (this.tokenCache.size >= 512) this.tokenCache.delete(this.tokenCache.keys().next().value!);
      this.tokenCache.set(source, t);
    }
    return t;
  }

  private place(global: number): Place {
    const starts = this.sourceStarts;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= global) lo = mid;
      else hi = mid - 1;
    }
    return { source: lo, word: global - starts[lo] };
  }

  /**
   * Places where a run of words could start, ranked by how many of the query's
   * trigrams agree on that start. Exact and near matches both surface here.
   */
  candidates(queryIds: number[], limit = 8): Array<Place & { votes: number }> {
    const votes = new Map<number, number>();
    for (let i = 0; i + 2 < queryIds.length; i++) {
      if (queryIds[i] === 0xffffffff || queryIds[i + 1] === 0xffffffff || queryIds[i + 2] === 0xffffffff) continue;
      const h = trigramHash(queryIds[i], queryIds[i + 1], queryIds[i + 2], this.bits);
      const from = this.bucketStarts[h];
      const to = this.bucketStarts[h + 1];
      if (to - from > MAX_POSTINGS_PER_TRIGRAM) continue;
      for (let k = from; k < to; k++) {
        const pos = this.postings[k];
        if (this.ids[pos] !== queryIds[i] || this.ids[pos + 1] !== queryIds[i + 1] || this.ids[pos + 2] !== queryIds[i + 2]) continue;
        const start = pos - i;
        votes.set(start, (votes.get(start) ?? 0) + 1);
      }
    }
    // Neighbouring starts are one alignment shifted by an inserted or dropped word: merge them.
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    const out: Array<Place & { votes: number }> = [];
    const taken: number[] = [];
    for (const [start, v] of ranked) {
      if (taken.some((t) => Math.abs(t - start) <= 3)) continue;
      taken.push(start);
      const place = this.place(Math.max(0, start));
      out.push({ ...place, word: Math.max(0, start - this.sourceStarts[place.source]), votes: v });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Places of a short query (one or two words), by scanning postings of rare words is not possible; a bounded scan instead. */
  *occurrences(queryIds: number[], limit = 20): Generator<Place> {
    if (queryIds.some((id) => id === 0xffffffff) || queryIds.length === 0) return;
    let found = 0;
    const { ids } = this;
    for (let p = 0; p + queryIds.length <= ids.length && found < limit; p++) {
      if (ids[p] !== queryIds[0]) continue;
      let ok = true;
      for (let k = 1; k < queryIds.length && ok; k++) ok = ids[p + k] === queryIds[k];
      if (!ok) continue;
      const place = this.place(p);
      if (place.word + queryIds.length > this.wordCount(place.source)) continue;
      found++;
      yield place;
    }
  }
}
