// The whole built corpus as sections of one file: the model (sources, quotes,
// people after the corpus-wide merge), the checker's text index (postings as
// typed arrays), the people index's maps and the quote search's prefix lists. A start where no file
// changed reads it back instead of merging people and indexing words again.
// Bulk data is typed arrays and columns (recordColumns.ts). A source's body is
// decoded, and its offset map rebuilt, only when first asked for: memory
// touched for the first time is what a warm start pays most for.
import type { CorpusModel, Mention, Person, Quote, RoleMention, Source, Spelling } from '../model/types';
import { MappedText } from '../text/mappedText';
import { buildCorpusIndex, type CorpusIndex } from './corpusIndex';
import { QuoteSearch } from './quoteSearch';
import { lazyRecordLists, readNumberLists, readRecordLists, readRecords, readStringLists, writeNumberLists, writeRecordLists, writeRecords, writeStringLists } from './recordColumns';
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
  // Quote ids are places in model.quotes (shortQuotes and the search's lists refer to them so).
  if (!model.quotes.every((q, i) => q.id === i)) return false;
  w.value('corpus', { skipped: model.skipped, demonyms: model.demonyms, warnings: corpus.warnings });
  // Offset maps back to back (one typed array, not 20,000): each source's tables, and each table's length.
  writeNumberLists(w, 'sources.fileMapTables', corpus.fileMaps.map((tables) => tables.map((t) => t.length)));
  w.i32('sources.fileMaps', concatenated(corpus.fileMaps.flat()));
  w.strings('sources.text', model.sources.map((s) => s.text));
  writeRecords(w, 'sources', model.sources, ['text', 'fileOffset']);
  // Quotes keep their own text, so that no source body need be decoded to start.
  w.strings('quotes.text', model.quotes.map((q) => q.text));
  writeRecords(w, 'quotes', model.quotes, ['text']);
  writeRecords(w, 'people', model.people, ['aliases', 'spellings', 'roles', 'mentions', 'quoteIds']);
  writeStringLists(w, 'people.aliases', model.people.map((p) => p.aliases));
  writeRecordLists(w, 'people.spellings', model.people.map((p) => p.spellings));
  writeRecordLists(w, 'people.roles', model.people.map((p) => p.roles));
  // A mention's text is a name: kept in the string table, where each name is once.
  writeRecordLists(w, 'people.mentions', model.people.map((p) => p.mentions));
  writeNumberLists(w, 'people.quoteIds', model.people.map((p) => p.quoteIds));
  const text = index.text.parts();
  w.strings('index.words', text.words);
  w.u32('index.ids', text.ids);
  w.u32('index.sourceStarts', text.sourceStarts);
  w.u32('index.bucketStarts', text.bucketStarts);
  w.u32('index.postings', text.postings);
  w.value('index', { bits: text.bits, shortQuoteKeys: [...index.shortQuotes.keys()] });
  writeNumberLists(w, 'index.shortQuotes', [...index.shortQuotes.values()].map((qs) => qs.map((q) => q.id)));
  const people = index.people.parts();
  w.strings('people.index.aliases', people.aliases);
  writeNumberLists(w, 'people.index.aliasPeople', people.aliasPeople);
  w.strings('people.index.surnames', people.surnames);
  w.strings('people.index.roleWords', people.roleWords);
  writeNumberLists(w, 'people.index.roleHolders', people.roleHolders);
  w.strings('people.index.fullNames', people.fullNames);
  w.i32('people.index.fullNamePeople', Int32Array.from(people.fullNamePeople));
  const found = search.parts();
  w.value('search', { searchable: found.searchable });
  w.strings('search.prefixes', found.prefixes);
  w.u32('search.starts', found.starts);
  w.i32('search.lists', found.lists);
  return true;
}

export function readCorpus(r: SectionReader): ReadyCorpus {
  const corpus = r.value<{ skipped: CorpusModel['skipped']; demonyms: Map<string, string>; warnings: string[] }>('corpus');
  const fileMaps = fileMapsIn(r);
  const texts = r.utf8('sources.text');
  let at = 0;
  const sources = readRecords<Source>(r, 'sources', (row, i) => {
    const segments = fileMaps[i];
    if (i >= texts.lengths.length || !segments) throw new SnapshotRefused('damaged (sources and texts differ in number)');
    const from = at;
    at += texts.lengths[i];
    // A body is decoded when first read: a start reads none, a check only the sources its quotes lead to.
    let text: string | undefined;
    Object.defineProperty(row, 'text', {
      get: () => (text ??= texts.bytes.toString('utf8', from, from + texts.lengths[i])),
      set: (value: string) => (text = value),
      enumerable: true,
      configurable: true,
    });
    // Most sources are never asked for a file offset either: the map is made on first use.
    let mapped: MappedText | undefined;
    row.fileOffset = (offset: number) => (mapped ??= MappedText.fromSegments(row.text as string, segments)).fileOffset(offset);
  });
  if (sources.length !== texts.lengths.length) throw new SnapshotRefused('damaged (sources and texts differ in number)');
  const quoteTexts = r.strings('quotes.text');
  const quotes = readRecords<Quote>(r, 'quotes', (row, i) => {
    if (i >= quoteTexts.length) throw new SnapshotRefused('damaged (quotes and their texts differ in number)');
    row.text = quoteTexts[i];
  });
  const aliases = readStringLists(r, 'people.aliases');
  const spellings = readRecordLists<Spelling>(r, 'people.spellings');
  const roles = readRecordLists<RoleMention>(r, 'people.roles');
  const mentions = lazyRecordLists<Mention>(r, 'people.mentions');
  const quoteIds = readNumberLists(r, 'people.quoteIds');
  const people = readRecords<Person>(r, 'people', (row, i) => {
    if (!aliases[i] || !spellings[i] || !roles[i] || i >= mentions.length || !quoteIds[i]) throw new SnapshotRefused('damaged (people and their lists differ in number)');
    Object.assign(row, { aliases: aliases[i], spellings: spellings[i], roles: roles[i], quoteIds: quoteIds[i] });
    // 290,000 mentions at 10,000 articles, which only listings read: each person's are made when first read.
    let made: Mention[] | undefined;
    Object.defineProperty(row, 'mentions', {
      get: () => (made ??= mentions.list(i)),
      set: (value: Mention[]) => (made = value),
      enumerable: true,
      configurable: true,
    });
  });
  if (people.length !== mentions.length) throw new SnapshotRefused('damaged (people and their lists differ in number)');
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
  const peopleParts = {
    aliases: r.strings('people.index.aliases'),
    aliasPeople: readNumberLists(r, 'people.index.aliasPeople'),
    surnames: r.strings('people.index.surnames'),
    roleWords: r.strings('people.index.roleWords'),
    roleHolders: readNumberLists(r, 'people.index.roleHolders'),
    fullNames: r.strings('people.index.fullNames'),
    fullNamePeople: Array.from(r.i32('people.index.fullNamePeople')),
  };
  if (peopleParts.aliasPeople.length !== peopleParts.aliases.length || peopleParts.roleHolders.length !== peopleParts.roleWords.length || peopleParts.fullNamePeople.length !== peopleParts.fullNames.length) {
    throw new SnapshotRefused('damaged (the people index does not add up)');
  }
  const index = buildCorpusIndex(model, { text, shortQuotes, people: peopleParts });
  const searchMeta = r.value<{ searchable: number }>('search');
  const search = new QuoteSearch(model, { searchable: searchMeta.searchable, prefixes: r.strings('search.prefixes'), starts: r.u32('search.starts'), lists: r.i32('search.lists') });
  return { model, index, search, warnings: corpus.warnings, fileMaps };
}

function concatenated(arrays: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Each source's offset-map tables, as views on one array. */
function fileMapsIn(r: SectionReader): Int32Array[][] {
  const all = r.i32('sources.fileMaps');
  let at = 0;
  const out = readNumberLists(r, 'sources.fileMapTables').map((lengths) =>
    lengths.map((n) => {
      if (n < 0 || at + n > all.length) throw new SnapshotRefused('damaged (offset maps run past their section)');
      const table = all.subarray(at, at + n);
      at += n;
      return table;
    }),
  );
  if (at !== all.length) throw new SnapshotRefused('damaged (offset maps do not add up)');
  return out;
}

function missingQuote(): never {
  throw new SnapshotRefused('damaged (a short quote of an unknown id)');
}
