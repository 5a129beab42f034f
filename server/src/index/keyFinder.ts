// The nearest citation key to a mistyped one, by fuzzy search (fuse.js).
import Fuse from 'fuse.js';

export class KeyFinder {
  private fuse: Fuse<string> | undefined;

  constructor(private readonly keys: string[]) {}

  nearest(key: string): string | undefined {
    this.fuse ??= new Fuse(this.keys, { includeScore: true, threshold: 0.5, ignoreLocation: true });
    return this.fuse.search(key, { limit: 1 })[0]?.item;
  }
}
