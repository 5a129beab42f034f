// Files → the corpus model: each text is attributed on its own (who it names,
// who says each quotation: corpus/attribution/) into an `AttributedSource`, a
// plain record that depends on that file alone (so it can be kept on disk and
// made on another thread); then the people of all texts are merged corpus-wide
// (spellings, misspellings, roles) and each quote's speaker becomes a corpus person.
import type { CorpusModel, Mention, Quote, QuoteKind, ResolvedBy, SkippedFile, Source, Speaker } from '../model/types';
import { paragraphs, type Range } from '../text/paragraphs';
import { quoteSpans, type QuoteSpan } from '../text/quoteSpans';
import { articleView } from './attribution/article';
import { attributeArticle, kindOf, resolvedByOf } from './attribution/attribute';
import { nameTokens } from './attribution/entities';
import { Countries } from './countries';
import { PeopleRegistry, toPerson, type PersonRecord } from './peopleRegistry';
import { normaliseRole } from './roles';
import { sourceFromFile } from './sourceFromFile';
import { turnQuotes } from './transcript/turnQuotes';

export interface CorpusFile {
  path: string;
  text: string;
}

/** A source read and cut into paragraphs and quotations; the file's raw text is no longer needed. */
export interface PreparedSource {
  source: Source;
  headline?: Range;
  paragraphs: Range[];
  spans: QuoteSpan[][];
  warnings: string[];
  /** Rebuilds `source.fileOffset` (MappedText.fromSegments). */
  offsets: readonly Int32Array[];
}

export interface BuiltCorpus {
  model: CorpusModel;
  warnings: string[];
  /** Each source's offset-map segments, in the order of `model.sources`: what a corpus snapshot keeps to rebuild `fileOffset`. */
  fileMaps: Array<readonly Int32Array[]>;
}


export function prepareSource(file: CorpusFile): PreparedSource {
  const read = sourceFromFile(file.path, file.text);
  const paras = paragraphs(read.source.text);
  return {
    source: read.source,
    headline: read.headline,
    paragraphs: paras,
    spans: paras.map((p) => quoteSpans(read.source.text, p)),
    warnings: read.warnings.map((w) => `${file.path}: ${w}`),
    offsets: read.offsets,
  };
}

/**
 * What one text's own attribution found, as plain data: it depends on that
 * file alone, so it is made once per file content, on any thread, and kept.
 */
export interface AttributedSource {
  source: Source;
  /** Rebuilds `source.fileOffset` (MappedText.fromSegments). */
  offsets: readonly Int32Array[];
  warnings: string[];
  /** Capitalised names the text reads as bodies or places, not people, in text order: the corpus learns country adjectives from them. */
  otherNames: string[];
  /** Mentions of people, in text order; `form` is the name's words when it has two or more, `role` the first role the text gives that person. */
  mentions: Array<{ start: number; end: number; form?: string; role?: string }>;
  quotes: AttributedSourceQuote[];
}

export interface AttributedSourceQuote {
  textStart: number;
  textEnd: number;
  openEnded?: boolean;
  kind: QuoteKind;
  sieve?: string;
  /** The text's entity that says it: `given` when the text gives a given name. */
  speaker?: { type: 'person' | 'organisation' | 'unknown'; name: string; given?: boolean };
  cue?: string;
  resolvedBy?: ResolvedBy;
  confidence?: 'explicit' | 'inferred';
  reason?: string;
}

/** One text's attribution (stages 1 and 2), kept as plain data. */
export function attributeSource(p: PreparedSource): AttributedSource {
  const { source } = p;
  const view = articleView(source.text, p.paragraphs, p.spans);
  if (p.headline) view.titleCase[p.paragraphs.findIndex((r) => r.start === p.headline!.start)] = true;
  const { entities, quotes } = attributeArticle(view);
  const otherNames: string[] = [];
  for (const e of entities.entities) if (e.type !== 'person') otherNames.push(e.name);
  const mentions: AttributedSource['mentions'] = [];
  for (const m of entities.mentions) {
    if (m.entity.type !== 'person') continue;
    const said = nameTokens(source.text.slice(m.start, m.end).split(/\s+/));
    // "Peña Nieto" after "Enrique Peña Nieto": the article already knows whose surname it is.
    const full = nameTokens(m.entity.name.split(/\s+/));
    // A particle is capitalised at a sentence's start ("De Blasio said" after "Bill de Blasio"): compare without case.
    const tail = (ts: string[]) => ts.join(' ').toLowerCase();
    const tokens = said.length >= 2 && full.length > said.length && tail(full.slice(-said.length)) === tail(said) ? full : said;
    if (tokens.length >= 2) {
      const role = m.entity.roles[0];
      mentions.push(role ? { start: m.start, end: m.end, form: tokens.join(' '), role } : { start: m.start, end: m.end, form: tokens.join(' ') });
    } else mentions.push({ start: m.start, end: m.end });
  }
  const out: AttributedSourceQuote[] = [];
  for (const q of quotes) {
    const quote: AttributedSourceQuote = { textStart: q.span.textStart, textEnd: q.span.textEnd, kind: kindOf(view, q) };
    if (q.span.close < 0) quote.openEnded = true;
    if (q.sieve) quote.sieve = q.sieve;
    if (q.entity) {
      quote.speaker = q.entity.given ? { type: q.entity.type, name: q.entity.name, given: true } : { type: q.entity.type, name: q.entity.name };
      quote.cue = q.cue;
      quote.resolvedBy = resolvedByOf(q);
      quote.confidence = q.confidence;
    } else quote.reason = q.reason;
    out.push(quote);
  }
  return { source, offsets: p.offsets, warnings: p.warnings, otherNames, mentions, quotes: out };
}

export function buildCorpus(files: CorpusFile[], skipped: SkippedFile[] = []): BuiltCorpus {
  return buildFromAttributed(files.map((f) => attributeSource(prepareSource(f))), skipped);
}

export function buildFromAttributed(attributedSources: AttributedSource[], skipped: SkippedFile[] = []): BuiltCorpus {
  const warnings: string[] = [];
  const keys = new Set<string>();
  const capitalised = new Set<string>();
  const sources: Source[] = [];

  // Each text was attributed on its own (stage 1 and 2 of attribution); keys are made unique here.
  for (const a of attributedSources) {
    for (const w of a.warnings) warnings.push(w);
    let source = a.source;
    if (keys.has(source.key)) {
      let n = 2;
      while (keys.has(`${source.key}-${n}`)) n++;
      warnings.push(`${source.path}: citation key "${source.key}" is taken; using "${source.key}-${n}"`);
      source = { ...source, key: `${source.key}-${n}` };
    }
    keys.add(source.key);
    sources.push(source);
    for (const name of a.otherNames) capitalised.add(name);
  }

  // People across the corpus: one person's spellings merge, rare near misses are misspellings.
  const countries = new Countries(capitalised);
  const registry = new PeopleRegistry();
  for (let i = 0; i < attributedSources.length; i++) {
    const source = sources[i];
    for (const m of attributedSources[i].mentions) {
      const mention: Mention = { sourceKey: source.key, textStart: m.start, textEnd: m.end, text: source.text.slice(m.start, m.end) };
      if (m.form !== undefined) {
        registry.addFullName(m.form.split(' '), mention, m.role ? { role: normaliseRole(m.role, countries), sourceKey: source.key, date: source.date } : undefined);
      } else registry.addSingleName(mention);
    }
  }
  registry.build();

  const quotes: Quote[] = [];
  const speakers = new Map<PersonRecord, Speaker>();
  const speakerOf = (who: PersonRecord): Speaker => {
    let speaker = speakers.get(who);
    if (!speaker) speakers.set(who, (speaker = Object.freeze({ name: who.name, type: who.type })));
    return speaker;
  };
  const recordOf = (entity: NonNullable<AttributedSourceQuote['speaker']>): PersonRecord => {
    if (entity.type === 'organisation') return registry.organisation(entity.name);
    if (entity.given) return registry.lookup(entity.name) ?? registry.lookup(`${entity.name.split(' ')[0]} ${entity.name.split(' ').pop()}`) ?? registry.ensureSurnamePerson(entity.name);
    return registry.surnameSpeaker(entity.name);
  };
  for (let i = 0; i < attributedSources.length; i++) {
    const source = sources[i];
    const text = source.text;
    for (const q of attributedSources[i].quotes) {
      const id = quotes.length;
      const quote: Quote = {
        id,
        sourceKey: source.key,
        text: text.slice(q.textStart, q.textEnd),
        textStart: q.textStart,
        textEnd: q.textEnd,
        start: source.fileOffset(q.textStart),
        end: source.fileOffset(q.textEnd),
        kind: q.kind,
        speaker: null,
      };
      if (q.sieve) quote.sieve = q.sieve;
      if (q.speaker) {
        const who = recordOf(q.speaker);
        quote.speaker = speakerOf(who);
        quote.cue = q.cue;
        quote.resolvedBy = q.resolvedBy;
        quote.confidence = q.confidence;
        who.quoteIds.push(id);
      } else quote.noSpeakerReason = q.reason;
      if (q.openEnded) quote.openEnded = true;
      quotes.push(quote);
    }
    // A transcript's turns are quotes of their speakers, labels resolved to people (transcript/turnQuotes.ts).
    quotes.push(...turnQuotes(source, { firstId: quotes.length, people: registry, speakerOf, warnings }));
  }

  const people = [...registry.allPeople().filter((p) => p.mentions.length > 0 || p.quoteIds.length > 0), ...registry.speakingOrganisations()].map(toPerson);
  const collator = new Intl.Collator();
  people.sort((a, b) => b.quoteIds.length - a.quoteIds.length || b.mentions.length - a.mentions.length || collator.compare(a.name, b.name));
  return { model: { sources, quotes, people, skipped, demonyms: countries.demonyms() }, warnings, fileMaps: attributedSources.map((a) => a.offsets) };
}
