// Files → the corpus model: each text is attributed on its own (who it names,
// who says each quotation: corpus/attribution/), then the people of all texts
// are merged corpus-wide (spellings, misspellings, roles) and each quote's
// speaker becomes a corpus person.
import type { CorpusModel, Mention, Quote, SkippedFile, Source, Speaker } from '../model/types';
import { paragraphs, type Range } from '../text/paragraphs';
import { quoteSpans, type QuoteSpan } from '../text/quoteSpans';
import { articleView, type ArticleView } from './attribution/article';
import { attributeArticle, kindOf, resolvedByOf } from './attribution/attribute';
import { nameTokens, type ArticleEntities, type ArticleEntity } from './attribution/entities';
import type { AttributedQuote } from './attribution/sieve';
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
}

export interface BuiltCorpus {
  model: CorpusModel;
  warnings: string[];
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
  };
}

export function buildCorpus(files: CorpusFile[], skipped: SkippedFile[] = []): BuiltCorpus {
  return buildFromPrepared(files.map(prepareSource), skipped);
}

export function buildFromPrepared(prepared: PreparedSource[], skipped: SkippedFile[] = []): BuiltCorpus {
  const warnings: string[] = [];
  const keys = new Set<string>();
  const capitalised = new Set<string>();
  const attributed: AttributedSource[] = [];

  // Each text on its own: who it names, and who says each of its quotations (stage 1 and 2 of attribution).
  for (const p of prepared) {
    for (const w of p.warnings) warnings.push(w);
    let source = p.source;
    if (keys.has(source.key)) {
      let n = 2;
      while (keys.has(`${source.key}-${n}`)) n++;
      warnings.push(`${source.path}: citation key "${source.key}" is taken; using "${source.key}-${n}"`);
      source = { ...source, key: `${source.key}-${n}` };
    }
    keys.add(source.key);
    const view = articleView(source.text, p.paragraphs, p.spans);
    if (p.headline) view.titleCase[p.paragraphs.findIndex((r) => r.start === p.headline!.start)] = true;
    const { entities, quotes } = attributeArticle(view);
    for (const e of entities.entities) if (e.type !== 'person') capitalised.add(e.name);
    attributed.push({ source, view, entities, quotes });
  }

  // People across the corpus: one person's spellings merge, rare near misses are misspellings.
  const countries = new Countries(capitalised);
  const registry = new PeopleRegistry();
  for (const a of attributed) {
    const { source, entities } = a;
    for (const m of entities.mentions) {
      if (m.entity.type !== 'person') continue;
      const said = nameTokens(source.text.slice(m.start, m.end).split(/\s+/));
      // "Peña Nieto" after "Enrique Peña Nieto": the article already knows whose surname it is.
      const full = nameTokens(m.entity.name.split(/\s+/));
      const tokens = said.length >= 2 && full.length > said.length && full.slice(-said.length).join(' ') === said.join(' ') ? full : said;
      const mention: Mention = { sourceKey: source.key, textStart: m.start, textEnd: m.end, text: source.text.slice(m.start, m.end) };
      if (tokens.length >= 2) {
        const role = m.entity.roles[0];
        registry.addFullName(tokens, mention, role ? { role: normaliseRole(role, countries), sourceKey: source.key, date: source.date } : undefined);
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
  const recordOf = (entity: ArticleEntity, source: Source): PersonRecord => {
    if (entity.type === 'organisation') return registry.organisation(entity.name);
    if (entity.given) return registry.lookup(entity.name) ?? registry.lookup(`${entity.name.split(' ')[0]} ${entity.name.split(' ').pop()}`) ?? registry.ensureSurnamePerson(entity.name);
    void source;
    return registry.surnameSpeaker(entity.name);
  };
  for (const a of attributed) {
    const { source, view } = a;
    const text = source.text;
    for (const q of a.quotes) {
      const id = quotes.length;
      const quote: Quote = {
        id,
        sourceKey: source.key,
        text: text.slice(q.span.textStart, q.span.textEnd),
        textStart: q.span.textStart,
        textEnd: q.span.textEnd,
        start: source.fileOffset(q.span.textStart),
        end: source.fileOffset(q.span.textEnd),
        kind: kindOf(view, q),
        speaker: null,
      };
      if (q.sieve) quote.sieve = q.sieve;
      if (q.entity) {
        const who = recordOf(q.entity, source);
        quote.speaker = speakerOf(who);
        quote.cue = q.cue;
        quote.resolvedBy = resolvedByOf(q);
        quote.confidence = q.confidence;
        who.quoteIds.push(id);
      } else quote.noSpeakerReason = q.reason;
      if (q.span.close < 0) quote.openEnded = true;
      quotes.push(quote);
    }
    // A transcript's turns are quotes of their speakers, labels resolved to people (transcript/turnQuotes.ts).
    quotes.push(...turnQuotes(source, { firstId: quotes.length, people: registry, speakerOf, warnings }));
  }

  const people = [...registry.allPeople().filter((p) => p.mentions.length > 0 || p.quoteIds.length > 0), ...registry.speakingOrganisations()].map(toPerson);
  people.sort((a, b) => b.quoteIds.length - a.quoteIds.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return { model: { sources: attributed.map((s) => s.source), quotes, people, skipped, demonyms: countries.demonyms() }, warnings };
}

interface AttributedSource {
  source: Source;
  view: ArticleView;
  entities: ArticleEntities;
  quotes: AttributedQuote[];
}



