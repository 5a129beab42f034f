// Files → the corpus model, in two passes: first every name in every source
// (so that people and their spellings are known corpus-wide), then who said
// each quotation, with those people in hand.
import type { CorpusModel, Mention, Quote, RoleMention, SkippedFile, Source, Speaker } from '../model/types';
import { paragraphs, type Range } from '../text/paragraphs';
import { quoteSpans, type QuoteSpan } from '../text/quoteSpans';
import { attributeQuotes, type ResolvedMention } from './attribution';
import { Countries } from './countries';
import { scanNames, type NameHit } from './nameScanner';
import { scanOrganisations } from './organisations';
import { PeopleRegistry, toPerson, type PersonRecord } from './peopleRegistry';
import { normaliseRole, roleBefore, rolesAfter } from './roles';
import { sourceFromFile } from './sourceFromFile';
import { commonWordTest } from '../text/wordOccurs';
import { ORGANISATION_HEADS, ROLE_NOUNS, TITLE_WORDS } from './vocabulary';

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

/** Per-build working state of one source; the prepared source itself is never changed, so it can be reused. */
interface ScannedSource {
  source: Source;
  headline?: Range;
  paragraphs: Range[];
  spans: QuoteSpan[][];
  isCommon: (lower: string) => boolean;
  full: NameHit[];
  single: NameHit[];
}

export interface BuiltCorpus {
  model: CorpusModel;
  warnings: string[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const ORG_HEADS = new Set(ORGANISATION_HEADS.map((h) => h.toLowerCase()));

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
  const scanned: ScannedSource[] = [];

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
    const s: ScannedSource = { source, headline: p.headline, paragraphs: p.paragraphs, spans: p.spans, isCommon: commonWordTest(source.text), full: [], single: [] };
    for (const para of s.paragraphs) {
      const names = scanNames(source.text, para.start, para.end, s.isCommon, capitalised);
      // A loop, not push(...spread): a spread of 100,000 names overflows the call stack.
      for (const n of names.full) s.full.push(n);
      for (const n of names.single) s.single.push(n);
    }
    scanned.push(s);
  }

  // Pass 1: names and roles, corpus-wide.
  const countries = new Countries(capitalised);
  const registry = new PeopleRegistry();
  for (const s of scanned) {
    const text = s.source.text;
    let p = 0;
    for (const hit of s.full) {
      while (s.paragraphs[p].end < hit.start) p++;
      const role = findRole(text, hit, s.paragraphs[p], countries);
      registry.addFullName(hit.tokens, toMention(s.source, hit), role ? { role, sourceKey: s.source.key, date: s.source.date } : undefined);
    }
    for (const hit of s.single) registry.addSingleName(toMention(s.source, hit));
  }
  registry.build();

  // Pass 2: who said what.
  const quotes: Quote[] = [];
  const speakers = new Map<PersonRecord, Speaker>();
  const speakerOf = (who: PersonRecord): Speaker => {
    let speaker = speakers.get(who);
    if (!speaker) speakers.set(who, (speaker = Object.freeze({ name: who.name, type: who.type })));
    return speaker;
  };
  for (const s of scanned) {
    const text = s.source.text;
    const spans: QuoteSpan[] = [];
    for (const inParagraph of s.spans) for (const span of inParagraph) spans.push(span);
    const insideQuote = (offset: number) => {
      // Spans are in text order: binary search for the last span opening before `offset`.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid].textStart <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && offset < spans[lo - 1].textEnd;
    };
    const mentions: ResolvedMention<PersonRecord>[] = [];
    for (const hit of s.full) {
      const who = registry.lookup(hit.tokens.join(' '));
      if (who) mentions.push({ start: hit.start, end: hit.end, runStart: hit.runStart, who });
    }
    for (const hit of s.single) {
      const who = registry.resolveAt(hit.tokens[0], s.source.key, hit.start);
      if (who) mentions.push({ start: hit.start, end: hit.end, runStart: hit.runStart, who });
    }
    for (const para of s.paragraphs) {
      for (const org of scanOrganisations(text, para.start, para.end, countries)) {
        // "Norvania's Foreign Ministry spokesperson Lusine Martirosyan": the ministry is part of her role.
        if (/^\s+(?:[\p{Ll}-]+\s+){1,2}\p{Lu}/u.test(text.slice(org.end, org.end + 40))) continue;
        const who = registry.organisation(org.name);
        who.mentions.push({ sourceKey: s.source.key, textStart: org.start, textEnd: org.end, text: text.slice(org.start, org.end) });
        mentions.push({ start: org.start, end: org.end, runStart: org.start, who });
      }
    }
    const outside = mentions.filter((m) => !insideQuote(m.start)).sort((a, b) => a.start - b.start);

    const attributions = attributeQuotes({
      text,
      paragraphs: s.paragraphs,
      spans: s.spans,
      headline: s.headline,
      mentions: outside,
      resolveRole: (phrase, offset) => resolveRole(phrase, offset, outside, countries, registry),
      organisationNamed: (name) => (registry.lookup(name) || name.split(/\s+/).every((w) => countries.isCountry(w) || countries.isDemonym(w)) ? undefined : registry.organisation(name)),
      surnameSpeaker: (word) => (s.isCommon(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase()) || countries.isCountry(word) || countries.isDemonym(word) ? undefined : registry.ensureSurnamePerson(word)),
    });
    for (const a of attributions) {
      const id = quotes.length;
      const quote: Quote = {
        id,
        sourceKey: s.source.key,
        text: text.slice(a.span.textStart, a.span.textEnd),
        textStart: a.span.textStart,
        textEnd: a.span.textEnd,
        start: s.source.fileOffset(a.span.textStart),
        end: s.source.fileOffset(a.span.textEnd),
        kind: a.kind,
        speaker: a.speaker ? speakerOf(a.speaker) : null,
      };
      if (a.speaker) {
        quote.cue = a.cue;
        quote.resolvedBy = a.resolvedBy;
        a.speaker.quoteIds.push(id);
      } else quote.noSpeakerReason = a.noSpeakerReason;
      if (a.span.close < 0) quote.openEnded = true;
      quotes.push(quote);
    }
    // What was only needed to attribute this source can go now.
    s.full = s.single = [];
  }

  const people = [...registry.allPeople().filter((p) => p.mentions.length > 0 || p.quoteIds.length > 0), ...registry.speakingOrganisations()].map(toPerson);
  people.sort((a, b) => b.quoteIds.length - a.quoteIds.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return { model: { sources: scanned.map((s) => s.source), quotes, people, skipped, demonyms: countries.demonyms() }, warnings };
}

function toMention(source: Source, hit: NameHit): Mention {
  return { sourceKey: source.key, textStart: hit.start, textEnd: hit.end, text: source.text.slice(hit.start, hit.end) };
}

function findRole(text: string, hit: NameHit, para: Range, countries: Countries): string | undefined {
  const before = roleBefore(text, hit.start, para.start);
  const after = rolesAfter(text, hit.end, para.end);
  let role: string | undefined;
  if (after.length === 1 && after[0].startsWith('of ')) role = before ? `${before} ${after[0]}` : undefined;
  else role = before ?? after[0];
  return role ? normaliseRole(role, countries) : undefined;
}

/** "the Kestrian minister" → the minister of Kestria named last before `offset`; "the ministry" → the last ministry. */
function resolveRole(phrase: string, offset: number, mentions: ResolvedMention<PersonRecord>[], countries: Countries, registry: PeopleRegistry): PersonRecord | undefined {
  const words = phrase.split(/\s+/).filter((w) => w && !DETERMINERS.has(w.toLowerCase()));
  if (words.length === 0 || words.length > 5) return undefined;
  const head = words[words.length - 1].toLowerCase();
  const countryWord = words.find((w) => countries.isDemonym(w) || countries.isCountry(w.replace(/['’]s$/, '')));
  const country = countryWord && (countries.countryOf(countryWord) ?? countryWord.replace(/['’]s$/, ''));
  const earlier = mentions.filter((m) => m.start < offset).reverse();
  if (ORG_HEADS.has(head)) {
    const orgs = earlier.filter((m) => m.who.type === 'organisation' && m.who.name.toLowerCase().endsWith(head));
    const fitting = country ? orgs.filter((m) => m.who.name.startsWith(`${country}'s`)) : orgs;
    return fitting[0]?.who ?? (country ? registry.organisation(`${country}'s ${words.filter((w) => w !== countryWord).join(' ')}`) : undefined);
  }
  if (!ROLE_NOUNS.has(head) && !TITLE_WORDS.has(head)) return undefined;
  const qualifier = words.slice(0, -1).filter((w) => w !== countryWord).map((w) => w.toLowerCase());
  const holds = (p: PersonRecord) =>
    p.type === 'person' &&
    p.roles.some((r: RoleMention) => {
      const role = r.role.toLowerCase();
      return role.includes(head) && qualifier.every((q) => role.includes(q)) && (!country || r.role.includes(country) || role.includes(countryWord!.toLowerCase()));
    });
  return earlier.find((m) => holds(m.who))?.who ?? registry.allPeople().find(holds);
}
