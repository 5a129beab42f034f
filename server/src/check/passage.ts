// The source passage a match covers: from its first word to its last.
import type { CorpusIndex } from '../index/corpusIndex';
import type { QuoteMatch } from './matchQuote';

export function passageRange(index: CorpusIndex, m: QuoteMatch): { bodyStart: number; bodyEnd: number } {
  const words = index.text.tokens(m.source);
  const first = m.fragments[0];
  const last = m.fragments[m.fragments.length - 1];
  const lastWord = Math.max(first.fromWord, last.toWord - 1);
  return { bodyStart: words.starts[first.fromWord] ?? 0, bodyEnd: words.ends[lastWord] ?? 0 };
}

export function passageText(index: CorpusIndex, m: QuoteMatch): string {
  const r = passageRange(index, m);
  return index.model.sources[m.source].text.slice(r.bodyStart, r.bodyEnd).replace(/\s+/g, ' ');
}
