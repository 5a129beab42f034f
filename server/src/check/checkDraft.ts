// The checker: a draft and a corpus index in, findings out. For every quote:
// does a source hold these words, did the person the draft names say them,
// and does the cited source hold them? Every finding carries its evidence and,
// where one exists, a fix.
import type { CorpusIndex } from '../index/corpusIndex';
import { KeyFinder } from '../index/keyFinder';
import type { Source, Speaker } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { matchTokens } from '../text/matchTokens';
import type { Config } from './config';
import { readDraft, type Draft, type DraftQuote } from './draft';
import { FINDING_CODES, isFindingCode, type Finding, type FindingCode, type Fix, type SourceEvidence } from './findings';
import { matchQuote, MISQUOTE_SIMILARITY, type QuoteMatch } from './matchQuote';
import { passageOwner } from './sourceSpeaker';
import { joinedTurnsMessage, turnsJoined } from './transcriptPassage';
import { wrongLocator } from './findings/wrong-locator';
import { pageOf, passageLocator } from '../corpus/passageLocator';

export type QuoteStatus = 'verified' | 'mismatch' | 'not-found' | 'unchecked';

export interface CheckedQuote {
  quote: DraftQuote;
  /** Offsets in the draft file of the quotation, marks included. */
  start: number;
  end: number;
  status: QuoteStatus;
  /** Where the corpus has it (verified or mismatch). */
  source?: Source;
  evidence?: SourceEvidence;
  sourceSpeaker?: Speaker | null;
  diff?: Array<{ value: string; added?: boolean; removed?: boolean }>;
  similarity?: number;
}

export interface CheckResult {
  draft: Draft;
  findings: Finding[];
  quotes: CheckedQuote[];
}

const CLOSEST_SIMILARITY = 0.3;
const keyFinders = new WeakMap<CorpusIndex, KeyFinder>();

/**
 * Remembers where quotes matched, keyed by their fragments and cited sources:
 * an editor re-checking on every keystroke re-matches only the quotes that changed.
 */
export class MatchCache {
  private readonly entries = new Map<string, QuoteMatch[]>();

  constructor(
    readonly index: CorpusIndex,
    private readonly capacity = 2000,
  ) {}

  match(fragments: string[], preferred: number[]): QuoteMatch[] {
    const key = JSON.stringify([fragments, preferred]);
    let hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
    } else {
      hit = matchQuote(this.index, fragments, preferred);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, hit);
    return hit;
  }

  get size(): number {
    return this.entries.size;
  }
}

export function checkDraft(fileText: string, index: CorpusIndex, config: Config = {}, cache?: MatchCache): CheckResult {
  const match = cache && cache.index === index ? (f: string[], p: number[]) => cache.match(f, p) : (f: string[], p: number[]) => matchQuote(index, f, p);
  const draft = readDraft(fileText, index);
  const findings: Finding[] = [];
  const quotes: CheckedQuote[] = [];
  const fileStart = (o: number) => draft.fileOffset(o);
  const fileEnd = (o: number) => (o > 0 ? draft.fileOffset(o - 1) + 1 : draft.fileOffset(o));
  const add = (code: FindingCode, start: number, end: number, message: string, fixes: Fix[] = [], source?: SourceEvidence) =>
    findings.push({ code, severity: FINDING_CODES[code].severity, start, end, message, fixes, ...(source ? { source } : {}) });
  let keyFinder = keyFinders.get(index);
  if (!keyFinder) keyFinders.set(index, (keyFinder = new KeyFinder(index.model.sources.map((s) => s.key))));

  // Names that are near misses of people the corpus knows.
  for (const n of draft.names) {
    if (draft.quotes.some((q) => n.start >= q.span.textStart && n.start < q.span.textEnd)) continue; // a quote's words are the speaker's
    const miss = index.people.nearMiss(n.text);
    if (!miss) continue;
    add('name-misspelled', fileStart(n.start), fileEnd(n.end), `“${n.text}” is not how the sources spell this name: did you mean ${miss.spelling} (${describePerson(miss.person)})?`, [
      { title: `Spell it ${miss.spelling}`, edits: [{ start: fileStart(n.start), end: fileEnd(n.end), newText: miss.spelling }] },
    ]);
  }

  const holderOfCitation = new Map<number, Source>();
  for (const quote of draft.quotes) {
    const start = fileStart(quote.span.open);
    const end = quote.span.close >= 0 ? fileEnd(quote.span.close + 1) : fileEnd(quote.span.textEnd);
    const checked: CheckedQuote = { quote, start, end, status: 'unchecked' };
    quotes.push(checked);
    if (quote.kind === 'scare' || quote.fragments.length === 0) continue;

    const cited = quote.citations.filter((c) => index.sourceByKey.has(c.key));
    const preferred = cited.map((c) => index.sourceNumber.get(index.sourceByKey.get(c.key)!)!);
    const matches = match(quote.fragments.map((f) => f.text), preferred);
    const best = pickMatch(index, matches, preferred, quote);
    if (!best || (!best.exact && best.similarity < MISQUOTE_SIMILARITY)) {
      checked.status = 'not-found';
      const closest = matches.filter((m) => m.similarity >= CLOSEST_SIMILARITY).slice(0, 2);
      const hint = closest.length
        ? ` Closest: ${closest.map((m) => `@${index.model.sources[m.source].key} “${passageText(index, m)}” (${Math.round(m.similarity * 100)}% alike)`).join('; ')}.`
        : '';
      add('quote-not-found', start, end, `No source holds these words.${hint}`);
      continue;
    }

    const source = index.model.sources[best.source];
    for (const c of quote.citations) if (!index.sourceByKey.has(c.key)) holderOfCitation.set(c.keyStart, source);
    const passage = passageRange(index, best);
    const owner = passageOwner(index, best.source, passage.bodyStart, passage.bodyEnd);
    const evidence: SourceEvidence = {
      key: source.key,
      path: source.path,
      start: source.fileOffset(passage.bodyStart),
      end: source.fileOffset(passage.bodyEnd),
      speaker: owner.speaker?.name ?? null,
      text: source.text.slice(passage.bodyStart, passage.bodyEnd),
    };
    const locator = passageLocator(source, passage.bodyStart);
    if (locator) evidence.locator = locator;
    Object.assign(checked, { source, evidence, sourceSpeaker: owner.speaker, similarity: best.similarity });
    const said = owner.speaker ? ` (${owner.speaker.name})` : '';

    // In a transcript, words joined from two turns are a misquote however exact each part (transcriptPassage.ts).
    const joined = turnsJoined(source, passage.bodyStart, passage.bodyEnd);
    if (joined) {
      checked.status = 'mismatch';
      add('quote-mismatch', start, end, joinedTurnsMessage(source, joined), [], evidence);
    } else if (best.exact) checked.status = 'verified';
    else {
      checked.status = 'mismatch';
      const diff = best.fragments.flatMap((f) => f.diff ?? []);
      checked.diff = diff;
      const fixes: Fix[] = [];
      const edits = best.fragments.flatMap((f, i) => {
        if (f.exact) return [];
        // Word to word on both sides: the draft's own punctuation around the words stays.
        const frag = quote.fragments[i];
        const draftWords = matchTokens(draft.text, frag.start, frag.end);
        const words = index.text.tokens(best.source);
        const replacement = source.text.slice(words.starts[f.fromWord], words.ends[f.toWord - 1]);
        return [{ start: fileStart(draftWords.starts[0]), end: fileEnd(draftWords.ends[draftWords.ends.length - 1]), newText: replacement }];
      });
      if (edits.length) fixes.push({ title: `Use the wording of @${source.key}`, edits });
      add('quote-mismatch', start, end, `The wording differs from @${source.key}${said}: “${evidence.text}”. Changes: ${formatDiff(diff)}`, fixes, evidence);
    }

    // The speaker the draft names against the source's.
    if (quote.speaker && owner.speaker && !namesSpeaker(index, draft, quote, owner.speaker)) {
      const fixes: Fix[] = [];
      let range = { start, end };
      if (quote.speakerAt && (quote.resolvedBy === 'name' || quote.resolvedBy === 'role' || quote.resolvedBy === 'organisation')) {
        const named = draft.text.slice(quote.speakerAt.start, quote.speakerAt.end);
        const replacement = owner.speaker.type === 'person' && !/\s/.test(named) ? owner.speaker.name.split(' ').pop()! : owner.speaker.name;
        range = { start: fileStart(quote.speakerAt.start), end: fileEnd(quote.speakerAt.end) };
        fixes.push({ title: `Attribute to ${owner.speaker.name}`, edits: [{ ...range, newText: replacement }] });
      }
      add('wrong-speaker', range.start, range.end, `@${source.key} has these words from ${owner.speaker.name}, not ${quote.speaker.name}: “${evidence.text}”`, fixes, evidence);
    }

    // The page a PDF citation names against the page the words are on (findings/wrong-locator.ts).
    for (const c of cited) {
      if (c.key !== source.key || !c.pages || !source.pageStarts) continue;
      const found = wrongLocator(c.key, c.pages, { first: pageOf(source, passage.bodyStart)!, last: pageOf(source, Math.max(passage.bodyStart, passage.bodyEnd - 1))! }, { start: fileStart(c.pages.start), end: fileEnd(c.pages.end) });
      if (found) add('wrong-locator', found.start, found.end, found.message, found.fixes, evidence);
    }

    // The citation against where the words are.
    if (cited.length && !cited.some((c) => c.key === source.key)) {
      const c = cited[0];
      add(
        'wrong-citation',
        fileStart(c.keyStart),
        fileEnd(c.keyEnd),
        `@${c.key} does not hold this quote; @${source.key} (${describeSource(source)}) does${said}.`,
        [{ title: `Cite @${source.key} instead`, edits: [{ start: fileStart(c.keyStart), end: fileEnd(c.keyEnd), newText: source.key }] }],
        evidence,
      );
    } else if (quote.citations.length === 0 && checked.status === 'verified') {
      const at = citationInsertPoint(draft, quote);
      add('missing-citation', start, end, `Verified in @${source.key}${said}, but not cited.`, [
        { title: `Cite @${source.key}`, edits: [{ start: fileStart(at), end: fileStart(at), newText: ` [@${source.key}]` }] },
      ], evidence);
    }
  }

  // Citation keys that name no source.
  for (const c of draft.citations) {
    if (index.sourceByKey.has(c.key)) continue;
    // The source that holds the cited quote beats the key that merely looks alike.
    const holder = holderOfCitation.get(c.keyStart);
    const nearest = holder?.key ?? keyFinder.nearest(c.key);
    const why = holder ? `@${nearest} holds the quote` : `Did you mean @${nearest}`;
    add(
      'unknown-source',
      fileStart(c.keyStart),
      fileEnd(c.keyEnd),
      `No source has the key @${c.key}.${nearest ? ` ${why} (${describeSource(index.sourceByKey.get(nearest)!)}).` : ''}`,
      nearest ? [{ title: `Change the key to @${nearest}`, edits: [{ start: fileStart(c.keyStart), end: fileEnd(c.keyEnd), newText: nearest }] }] : [],
    );
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { draft, findings: applyConfig(suppressByComments(findings, draft, fileText), config), quotes };
}

/**
 * Whether the draft's attribution names the source's speaker: the same person,
 * or a form that is one of the speaker's aliases ("Hakobyan said", when several
 * Hakobyans are quoted and the draft's form fits the right one).
 */
function namesSpeaker(index: CorpusIndex, draft: Draft, quote: DraftQuote, speaker: Speaker): boolean {
  if (quote.speaker!.name === speaker.name) return true;
  if (!quote.speakerAt || quote.resolvedBy !== 'name') return false;
  const named = draft.text.slice(quote.speakerAt.start, quote.speakerAt.end);
  return index.people.people.some((p) => p.name === speaker.name && p.aliases.includes(named));
}

/** Among the matches, exact ones first; of those, a cited source, then the one whose speaker the draft names. */
function pickMatch(index: CorpusIndex, matches: QuoteMatch[], preferred: number[], quote: DraftQuote): QuoteMatch | undefined {
  const exact = matches.filter((m) => m.exact);
  if (exact.length === 0) return matches[0];
  const cited = exact.find((m) => preferred.includes(m.source));
  if (cited) return cited;
  // A transcript is the primary source: it wins over an article that reports the same words.
  const isTranscript = (m: QuoteMatch) => (index.model.sources[m.source].transcript ? 1 : 0);
  exact.sort((a, b) => isTranscript(b) - isTranscript(a));
  if (quote.speaker) {
    const bySpeaker = exact.find((m) => {
      const r = passageRange(index, m);
      return passageOwner(index, m.source, r.bodyStart, r.bodyEnd).speaker?.name === quote.speaker!.name;
    });
    if (bySpeaker) return bySpeaker;
  }
  return exact[0];
}

function passageRange(index: CorpusIndex, m: QuoteMatch): { bodyStart: number; bodyEnd: number } {
  const words = index.text.tokens(m.source);
  const first = m.fragments[0];
  const last = m.fragments[m.fragments.length - 1];
  const lastWord = Math.max(first.fromWord, last.toWord - 1);
  return { bodyStart: words.starts[first.fromWord] ?? 0, bodyEnd: words.ends[lastWord] ?? 0 };
}

function passageText(index: CorpusIndex, m: QuoteMatch): string {
  const r = passageRange(index, m);
  return index.model.sources[m.source].text.slice(r.bodyStart, r.bodyEnd).replace(/\s+/g, ' ');
}

/** Before the sentence's final punctuation, Pandoc style: `…," he said [@key].` */
function citationInsertPoint(draft: Draft, quote: DraftQuote): number {
  let end = quote.sentence.end;
  while (end > quote.sentence.start && /\s/.test(draft.text[end - 1])) end--;
  if (/[.!?]/.test(draft.text[end - 1]) && end - 1 > quote.span.close) return end - 1;
  return end;
}

function formatDiff(diff: Array<{ value: string; added?: boolean; removed?: boolean }>): string {
  const changes = diff.filter((d) => d.added || d.removed);
  return changes.map((d) => (d.added ? `+“${d.value}”` : `−“${d.value}”`)).join(' ') || 'punctuation or spelling';
}

export function describeSource(s: Source): string {
  return [s.title ? `“${s.title}”` : undefined, s.outlet, s.date].filter(Boolean).join(', ') || s.path;
}

function describePerson(p: { name: string; roles: Array<{ role: string }> }): string {
  return p.roles[0]?.role ?? p.name;
}

/** `<!-- verbatim-disable-next-line CODE … -->` mutes those codes (all, if none named) on the next line. */
function suppressByComments(findings: Finding[], draft: Draft, fileText: string): Finding[] {
  const muted: Array<{ line: number; codes: Set<string> | null }> = [];
  let lines: LineIndex | undefined;
  for (const c of draft.comments) {
    const m = /^verbatim-disable-next-line\b(.*)$/.exec(c.value);
    if (!m) continue;
    // Built only when a directive exists: this runs on every keystroke.
    lines ??= new LineIndex(fileText);
    const codes = m[1].split(/[\s,]+/).filter(Boolean);
    muted.push({ line: lines.position(c.end).line + 1, codes: codes.length ? new Set(codes) : null });
  }
  if (!lines) return findings;
  const index = lines;
  return findings.filter((f) => {
    const line = index.position(f.start).line;
    return !muted.some((m) => m.line === line && (!m.codes || m.codes.has(f.code)));
  });
}

function applyConfig(findings: Finding[], config: Config): Finding[] {
  return findings
    .filter((f) => !config.disable?.includes(f.code) && config.severity?.[f.code] !== 'off')
    .map((f) => {
      const override = config.severity?.[f.code];
      return override && override !== 'off' && isFindingCode(f.code) ? { ...f, severity: override } : f;
    });
}
