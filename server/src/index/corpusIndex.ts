// Everything the checker and the editor features look things up in, built
// once from the corpus model: words, people, keys, and quotes by source.
import type { CorpusModel, Quote, Source } from '../model/types';
import { matchTokens } from '../text/matchTokens';
import { PeopleIndex, type PeopleIndexParts } from './peopleIndex';
import { TextIndex, type TextIndexParts } from './textIndex';

export interface CorpusIndex {
  model: CorpusModel;
  text: TextIndex;
  people: PeopleIndex;
  sourceByKey: Map<string, Source>;
  sourceNumber: Map<Source, number>;
  /** Each source's quotes, in text order. */
  quotesBySource: Quote[][];
  /** Quotes of one or two words, by their normalised words: short quotes are found here, not by trigrams. */
  shortQuotes: Map<string, Quote[]>;
  countryOf(word: string): string | undefined;
}

/** The parts of an index a corpus snapshot keeps, since they take the longest to build (corpusSnapshot.ts). */
export interface CorpusIndexParts {
  text: TextIndexParts;
  shortQuotes: Map<string, Quote[]>;
  people: PeopleIndexParts;
}

export function buildCorpusIndex(model: CorpusModel, parts?: CorpusIndexParts): CorpusIndex {
  const sourceByKey = new Map(model.sources.map((s) => [s.key, s]));
  const sourceNumber = new Map(model.sources.map((s, i) => [s, i]));
  const quotesBySource: Quote[][] = model.sources.map(() => []);
  const shortQuotes = parts?.shortQuotes ?? new Map<string, Quote[]>();
  for (const q of model.quotes) {
    const source = sourceByKey.get(q.sourceKey)!;
    quotesBySource[sourceNumber.get(source)!].push(q);
    if (parts) continue;
    const words = matchTokens(q.text).words;
    if (words.length > 0 && words.length <= 2) {
      const key = words.join(' ');
      const list = shortQuotes.get(key);
      if (list) list.push(q);
      else shortQuotes.set(key, [q]);
    }
  }
  for (const list of quotesBySource) list.sort((a, b) => a.textStart - b.textStart);
  const countries = new Set(model.demonyms.values());
  return {
    model,
    text: new TextIndex(model.sources, parts?.text),
    people: new PeopleIndex(model.people, parts?.people),
    sourceByKey,
    sourceNumber,
    quotesBySource,
    shortQuotes,
    countryOf: (word) => model.demonyms.get(word) ?? (countries.has(word) ? word : undefined),
  };
}
