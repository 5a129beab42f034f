// The nearest citation key to a mistyped one. A trigram index of the keys picks
// the few keys that share the most letter triples with the typed one; fuse.js
// scores only those. Scoring every key took 100–850 ms per key on 10,000
// sources, on every keystroke; answers are cached, since a draft cites the same
// unknown key on keystroke after keystroke.
import Fuse from 'fuse.js';

/** Keys fuse.js scores for one lookup: the ones sharing the most trigrams with the typed key. */
const CANDIDATES = 64;
const CACHE = 512;

export class KeyFinder {
  private byTrigram: Map<string, number[]> | undefined;
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly keys: string[]) {}

  /** Built on the first unknown key: most drafts cite only keys that exist. */
  private trigramIndex(): Map<string, number[]> {
    if (this.byTrigram) return this.byTrigram;
    const byTrigram = new Map<string, number[]>();
    this.keys.forEach((key, i) => {
      for (const t of trigrams(key)) {
        const list = byTrigram.get(t);
        if (!list) byTrigram.set(t, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return (this.byTrigram = byTrigram);
  }

  nearest(key: string): string | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    const found = this.search(key);
    if (this.cache.size >= CACHE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, found);
    return found;
  }

  private search(key: string): string | undefined {
    const shared = new Map<number, number>();
    const index = this.trigramIndex();
    for (const t of trigrams(key)) for (const i of index.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    // Most trigrams in common first; among equals, the corpus order (fuse.js's own tie-break).
    const candidates = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([i]) => i).sort((a, b) => a - b);
    // A key too short for trigrams, or with none in common: only then every key is scored.
    const pool = candidates.length ? candidates.map((i) => this.keys[i]) : this.keys;
    return new Fuse(pool, { includeScore: true, threshold: 0.5, ignoreLocation: true }).search(key, { limit: 1 })[0]?.item;
  }
}

/** The key's letter triples, lower-cased, with its ends marked so short keys have some. */
function trigrams(key: string): Set<string> {
  const s = ` ${key.toLowerCase()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}
