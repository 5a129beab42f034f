// The source passage a match covers: from the quote's first matched word to
// its last. A fragment none of whose words stand in the source (a word the
// source never uses) covers nothing: it would otherwise stretch the passage to
// wherever the search started, the article's first word.
import type { CorpusIndex } from '../index/corpusIndex';
import type { QuoteMatch } from './matchQuote';

export function passageRange(index: CorpusIndex, m: QuoteMatch): { bodyStart: number; bodyEnd: number } {
  const words = index.text.tokens(m.source);
  const matched = m.fragments.filter((f) => f.toWord > f.fromWord);
  const first = matched[0] ?? m.fragments[0];
  const last = matched[matched.length - 1] ?? first;
  const lastWord = Math.max(first.fromWord, last.toWord - 1);
  return { bodyStart: words.starts[first.fromWord] ?? 0, bodyEnd: words.ends[lastWord] ?? 0 };
}

export function passageText(index: CorpusIndex, m: QuoteMatch): string {
  const r = passageRange(index, m);
  return index.model.sources[m.source].text.slice(r.bodyStart, r.bodyEnd).replace(/\s+/g, ' ');
}
