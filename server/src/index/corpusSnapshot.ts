// The whole built corpus as sections of one file: the model (sources, quotes,
// people after the corpus-wide merge), the checker's text index (postings as
// typed arrays) and the quote search's prefix lists. A start where no file
// changed reads it back instead of merging people and indexing words again.
// Bulk data is typed arrays and columns (recordColumns.ts); quote and mention
// texts are not kept but cut from their source's body again, and a source's
// offset map is rebuilt only when first asked for.
import type { CorpusModel, Mention, Person, Quote, RoleMention, Source, Spelling } from '../model/types';
import { MappedText } from '../text/mappedText';
import { buildCorpusIndex, type CorpusIndex } from './corpusIndex';
import { QuoteSearch } from './quoteSearch';
import { readNumberLists, readRecordLists, readRecords, readStringLists, writeNumberLists, writeRecordLists, writeRecords, writeStringLists } from './recordColumns';
import { SnapshotRefused, type SectionReader, type SectionWriter } from './snapshotFile';

/** What a language server needs before it can answer: the model, the checker's index and the quote search. */
export interface ReadyCorpus {
  model: CorpusModel;
  index: CorpusIndex;
  search: QuoteSearch;
  /** What reading the corpus had to say (kept, so a warm start says it too). */
  warnings: string[];
  /** Each source's offset-map segments (MappedText.fromSegments), in the order of `model.sources`. */
  fileMaps: ReadonlyArray<readonly Int32Array[]>;
}

/** Writes a ready corpus; false when it has a shape the snapshot cannot hold exactly (then nothing is kept). */
export function writeCorpus(w: SectionWriter, corpus: ReadyCorpus): boolean {
  const { model, index, search } = corpus;
  const sourceByKey = new Map(model.sources.map((s) => [s.key, s]));
  // Quote ids are places in model.quotes (shortQuotes and the search's lists refer to them so).
  if (!model.quotes.every((q, i) => q.id === i)) return false;
  const slices = (rows: ReadonlyArray<{ sourceKey: string; textStart: number; textEnd: number; text: string }>) =>
    rows.every((r) => sourceByKey.get(r.sourceKey)?.text.slice(r.textStart, r.textEnd) === r.text);
  const mentions = model.people.map((p) => p.mentions);
  const quoteTextsCut = slices(model.quotes);
  const mentionTextsCut = mentions.every(slices);
  w.value('corpus', {
    skipped: model.skipped,
    demonyms: model.demonyms,
    warnings: corpus.warnings,
    fileMaps: corpus.fileMaps,
    quoteTextsCut,
    mentionTextsCut,
  });
  w.strings('sources.text', model.sources.map((s) => s.text));
  writeRecords(w, 'sources', model.sources, ['text', 'fileOffset']);
  writeRecords(w, 'quotes', model.quotes, quoteTextsCut ? ['text'] : []);
  writeRecords(w, 'people', model.people, ['aliases', 'spellings', 'roles', 'mentions', 'quoteIds']);
  writeStringLists(w, 'people.aliases', model.people.map((p) => p.aliases));
  writeRecordLists(w, 'people.spellings', model.people.map((p) => p.spellings));
  writeRecordLists(w, 'people.roles', model.people.map((p) => p.roles));
  writeRecordLists(w, 'people.mentions', mentions, mentionTextsCut ? ['text'] : []);
  writeNumberLists(w, 'people.quoteIds', model.people.map((p) => p.quoteIds));
  const text = index.text.parts();
  w.strings('index.words', text.words);
  w.u32('index.ids', text.ids);
  w.u32('index.sourceStarts', text.sourceStarts);
  w.u32('index.bucketStarts', text.bucketStarts);
  w.u32('index.postings', text.postings);
  w.value('index', { bits: text.bits, shortQuoteKeys: [...index.shortQuotes.keys()] });
  writeNumberLists(w, 'index.shortQuotes', [...index.shortQuotes.values()].map((qs) => qs.map((q) => q.id)));
  const found = search.parts();
  w.value('search', { searchable: found.searchable });
  w.strings('search.prefixes', found.prefixes);
  w.u32('search.starts', found.starts);
  w.i32('search.lists', found.lists);
  return true;
}

export function readCorpus(r: SectionReader): ReadyCorpus {
  const corpus = r.value<{
    skipped: CorpusModel['skipped'];
    demonyms: Map<string, string>;
    warnings: string[];
    fileMaps: Int32Array[][];
    quoteTextsCut: boolean;
    mentionTextsCut: boolean;
  }>('corpus');
  const texts = r.strings('sources.text');
  const sources = readRecords<Source>(r, 'sources', (row, i) => {
    const text = texts[i];
    const segments = corpus.fileMaps[i];
    if (text === undefined || !segments) throw new SnapshotRefused('damaged (sources and texts differ in number)');
    row.text = text;
    // Most sources are never asked for a file offset after the start: the map is made on first use.
    let mapped: MappedText | undefined;
    row.fileOffset = (offset: number) => (mapped ??= MappedText.fromSegments(text, segments)).fileOffset(offset);
  });
  const sourceByKey = new Map(sources.map((s) => [s.key, s]));
  const cut = (row: Record<string, unknown>) => {
    const source = sourceByKey.get(row.sourceKey as string);
    if (!source) throw new SnapshotRefused('damaged (a quote or mention of an unknown source)');
    row.text = source.text.slice(row.textStart as number, row.textEnd as number);
  };
  const quotes = readRecords<Quote>(r, 'quotes', corpus.quoteTextsCut ? cut : undefined);
  const aliases = readStringLists(r, 'people.aliases');
  const spellings = readRecordLists<Spelling>(r, 'people.spellings');
  const roles = readRecordLists<RoleMention>(r, 'people.roles');
  const mentions = readRecordLists<Mention>(r, 'people.mentions', corpus.mentionTextsCut ? cut : undefined);
  const quoteIds = readNumberLists(r, 'people.quoteIds');
  const people = readRecords<Person>(r, 'people', (row, i) => {
    if (!aliases[i] || !spellings[i] || !roles[i] || !mentions[i] || !quoteIds[i]) throw new SnapshotRefused('damaged (people and their lists differ in number)');
    Object.assign(row, { aliases: aliases[i], spellings: spellings[i], roles: roles[i], mentions: mentions[i], quoteIds: quoteIds[i] });
  });
  const model: CorpusModel = { sources, quotes, people, skipped: corpus.skipped, demonyms: corpus.demonyms };
  const indexMeta = r.value<{ bits: number; shortQuoteKeys: string[] }>('index');
  const shortIds = readNumberLists(r, 'index.shortQuotes');
  if (shortIds.length !== indexMeta.shortQuoteKeys.length) throw new SnapshotRefused('damaged (short quotes and their keys differ in number)');
  const shortQuotes = new Map<string, Quote[]>();
  indexMeta.shortQuoteKeys.forEach((k, i) => shortQuotes.set(k, shortIds[i].map((id) => quotes[id] ?? missingQuote())));
  const text = {
    words: r.strings('index.words'),
    ids: r.u32('index.ids'),
    sourceStarts: r.u32('index.sourceStarts'),
    bucketStarts: r.u32('index.bucketStarts'),
    bits: indexMeta.bits,
    postings: r.u32('index.postings'),
  };
  if (text.sourceStarts.length !== sources.length + 1 || text.bucketStarts.length !== (1 << text.bits) + 2) throw new SnapshotRefused('damaged (the text index does not fit its sources)');
  const index = buildCorpusIndex(model, { text, shortQuotes });
  const searchMeta = r.value<{ searchable: number }>('search');
  const search = new QuoteSearch(model, { searchable: searchMeta.searchable, prefixes: r.strings('search.prefixes'), starts: r.u32('search.starts'), lists: r.i32('search.lists') });
  return { model, index, search, warnings: corpus.warnings, fileMaps: corpus.fileMaps };
}

function missingQuote(): never {
  throw new SnapshotRefused('damaged (a short quote of an unknown id)');
}
