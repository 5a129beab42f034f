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
    const ranked: Array<[rank: number, i: number]> = [];
    for (let i = 0; i < this.haystacks.length; i++) {
      const key = this.keys[i];
      const rank = key.startsWith(query) ? 0 : key.includes(query) ? 1 : words.every((w) => this.haystacks[i].includes(w)) ? 2 : -1;
      if (rank >= 0) ranked.push([rank, i]);
    }
    ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return ranked.slice(0, limit).map(([, i]) => this.sources[i]);
  }
}
