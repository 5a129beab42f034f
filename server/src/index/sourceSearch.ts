// Search over the sources for key completion after `[@`, as a citation picker
// searches: the typed words may come from the key, title, outlet, author or
// date. Only the best few are returned: 10,000 sources sent on every keystroke
// were 9 MiB of JSON.
import type { Source } from '../model/types';

export class SourceSearch {
  private readonly keys: string[];
  private readonly haystacks: string[];

  constructor(private readonly sources: Source[]) {
    this.keys = sources.map((s) => s.key.toLowerCase());
    this.haystacks = sources.map((s) => [s.key, s.title, s.outlet, s.author, s.date].filter(Boolean).join(' ').toLowerCase());
  }

  /**
   * Sources whose key or metadata has every typed word, best first: the key
   * starting with what is typed, then the key containing it, then the rest.
   * Nothing typed: the first sources in corpus order.
   */
  search(typed: string, limit: number): Source[] {
    const query = typed.toLowerCase();
    const words = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) return this.sources.slice(0, limit);
    // One list a rank, each in corpus order: no sort, and the scan stops once the best rank alone fills the list.
    const ranks: number[][] = [[], [], []];
    for (let i = 0; i < this.haystacks.length && ranks[0].length < limit; i++) {
      const key = this.keys[i];
      if (key.startsWith(query)) ranks[0].push(i);
      else if (ranks[1].length + ranks[0].length >= limit) continue;
      else if (key.includes(query)) ranks[1].push(i);
      else if (ranks[2].length + ranks[1].length + ranks[0].length < limit && words.every((w) => this.haystacks[i].includes(w))) ranks[2].push(i);
    }
    return ranks.flat().slice(0, limit).map((i) => this.sources[i]);
  }
}
