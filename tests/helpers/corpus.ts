// Builds a corpus model from inline articles, so a unit test shows its input.
import * as path from 'node:path';
import { buildCorpus } from '../../server/src/corpus/buildCorpus';
import { loadCorpus } from '../../server/src/corpus/loadCorpus';
import type { CorpusModel, Quote } from '../../server/src/model/types';

export const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

export function corpusOf(articles: Record<string, string>): CorpusModel {
  return buildCorpus(Object.entries(articles).map(([name, text]) => ({ path: `/corpus/${name}`, text }))).model;
}

let seeds: Promise<CorpusModel> | undefined;
export function seedCorpus(): Promise<CorpusModel> {
  seeds ??= loadCorpus({ root: SEEDS }).then((b) => b.model);
  return seeds;
}

export function quoteStarting(model: CorpusModel, starts: string): Quote {
  const q = model.quotes.find((x) => x.text.startsWith(starts));
  if (!q) throw new Error(`no quote starting "${starts}"; quotes: ${model.quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
}
