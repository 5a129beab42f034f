// The checker: a draft and a corpus index in, findings out. First every quote
// is placed in the corpus (where its words stand, whose words they are there);
// then each finding rule of check/findings/registry.ts, in order, reads those
// places and reports. Each checked quote carries its own findings.
import type { CorpusIndex } from '../index/corpusIndex';
import { KeyFinder } from '../index/keyFinder';
import type { Quote, Source, Speaker } from '../model/types';
import { recordExpectedWords } from './applyFixes';
import { matchTokens } from '../text/matchTokens';
import type { Citation } from './citations';
import type { Config } from './config';
import { readDraft, type Draft, type DraftQuote } from './draft';
import { suppressByComments } from './disableComments';
import { FINDING_CODES, isFindingCode, type Finding, type SourceEvidence } from './findings';
import { FINDING_RULES } from './findings/registry';
import type { CheckContext } from './findings/rule';
import { matchQuote, MISQUOTE_SIMILARITY, type QuoteMatch } from './matchQuote';
import { passageRange } from './passage';
import { passageOwner } from './sourceSpeaker';
import { joinedTurnsMessage, turnsJoined } from './transcriptPassage';
import { passageLocator } from '../corpus/passageLocator';

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
  /** The corpus quotation that holds the words, when they stand inside one: its speaker, cue and confidence. */
  sourceQuote?: Quote;
  diff?: Array<{ value: string; added?: boolean; removed?: boolean }>;
  similarity?: number;
  /** Where the quote stands (verified or mismatch), and every place considered. */
  match?: QuoteMatch;
  matches?: QuoteMatch[];
  /** The same words as the source's, with clauses in another order. */
  reordered?: boolean;
  /** In a transcript, words joined from two turns: a misquote however exact each part (transcriptPassage.ts). */
  joinedTurns?: string;
  /** This quote's findings, as reported (after disable comments and configuration). */
  findings: Finding[];
}

export interface CheckResult {
  draft: Draft;
  findings: Finding[];
  quotes: CheckedQuote[];
}

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
  let keyFinder = keyFinders.get(index);
  if (!keyFinder) keyFinders.set(index, (keyFinder = new KeyFinder(index.model.sources.map((s) => s.key))));
  const finder = keyFinder;
  const ctx: CheckContext = {
    index,
    draft,
    quotes: [],
    fileStart: (o) => draft.fileOffset(o),
    // Just after the file characters of the prose character before `o`: after a whole `&mdash;`, not one character into it.
    fileEnd: (o) => draft.fileEnd(o),
    citedSource: (c) => citedSource(index, c),
    nearestKey: (key) => finder.nearest(key),
  };
  ctx.quotes = draft.quotes.map((quote) => placeQuote(ctx, quote, match));

  const findings: Finding[] = [];
  const quoteOf = new Map<Finding, CheckedQuote>();
  for (const rule of FINDING_RULES) {
    const defaults = FINDING_CODES[rule.code];
    for (const f of rule.check(ctx)) {
      const finding: Finding = {
        code: rule.code,
        severity: f.severity ?? defaults.severity,
        start: f.start,
        end: f.end,
        message: f.message,
        fixes: f.fixes ?? [],
        ...(f.source ? { source: f.source } : {}),
      };
      findings.push(finding);
      if (f.quote) quoteOf.set(finding, f.quote);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  // Every edit carries the words it replaces, so a stale or misplaced fix is refused rather than applied (applyFixes.ts).
  const kept = recordExpectedWords(applyConfig(suppressByComments(findings, draft, fileText), config), draft);
  // A quote carries the findings the writer sees: muted ones are gone.
  for (const f of kept) quoteOf.get(f)?.findings.push(f);
  return { draft, findings: kept, quotes: ctx.quotes };
}

/** Where one quote of the draft stands in the corpus, and whose words they are there. */
function placeQuote(ctx: CheckContext, quote: DraftQuote, match: (f: string[], p: number[]) => QuoteMatch[]): CheckedQuote {
  const { index } = ctx;
  const start = ctx.fileStart(quote.span.open);
  const end = quote.span.close >= 0 ? ctx.fileEnd(quote.span.close + 1) : ctx.fileEnd(quote.span.textEnd);
  const checked: CheckedQuote = { quote, start, end, status: 'unchecked', findings: [] };
  if (quote.kind === 'scare' || quote.fragments.length === 0) return checked;

  const preferred = quote.citations.flatMap((c) => {
    const s = ctx.citedSource(c).source;
    return s ? [index.sourceNumber.get(s)!] : [];
  });
  const matches = match(quote.fragments.map((f) => f.text), preferred);
  checked.matches = matches;
  let best = pickMatch(index, matches, preferred, quote);
  if (!best || (!best.exact && best.similarity < MISQUOTE_SIMILARITY)) {
    const reordered = clausesReordered(quote, preferred, match);
    if (!reordered) {
      checked.status = 'not-found';
      return checked;
    }
    best = reordered;
    checked.reordered = true;
  }

  const source = index.model.sources[best.source];
  const passage = passageRange(index, best);
  const owner = passageOwner(index, best.source, passage.bodyStart, passage.bodyEnd);
  checked.source = source;
  checked.evidence = {
    key: source.key,
    path: source.path,
    start: source.fileOffset(passage.bodyStart),
    end: source.fileOffset(passage.bodyEnd),
    speaker: owner.speaker?.name ?? null,
    text: source.text.slice(passage.bodyStart, passage.bodyEnd),
  };
  const locator = passageLocator(source, passage.bodyStart);
  if (locator) checked.evidence.locator = locator;
  checked.sourceSpeaker = owner.speaker;
  checked.sourceQuote = owner.quote;
  checked.similarity = best.similarity;
  checked.match = best;
  const joined = turnsJoined(source, passage.bodyStart, passage.bodyEnd);
  if (joined) {
    checked.status = 'mismatch';
    checked.joinedTurns = joinedTurnsMessage(source, joined);
  } else if (best.exact && !checked.reordered) checked.status = 'verified';
  else {
    checked.status = 'mismatch';
    checked.diff = checked.reordered
      ? [
          { value: quote.fragments.map((f) => f.text).join(' … '), added: true },
          { value: checked.evidence.text, removed: true },
        ]
      : best.fragments.flatMap((f) => f.diff ?? []);
  }
  return checked;
}

/**
 * The same words as a source's, clause for clause, in another order: each
 * clause of the quote stands exactly in one source, close together, but not in
 * the draft's order. A misquote (the meaning can turn), not a quote no one said.
 */
function clausesReordered(quote: DraftQuote, preferred: number[], match: (f: string[], p: number[]) => QuoteMatch[]): QuoteMatch | undefined {
  const clauses = quote.fragments.flatMap((f) => f.text.split(/(?<=[,;:.!?—–])\s+/)).filter((c) => matchTokens(c).words.length >= 2);
  if (clauses.length < 2 || clauses.length > 8) return undefined;
  // Through the same cache as whole quotes: a keystroke elsewhere re-matches no clause.
  const places = clauses.map((c) => match([c], preferred).filter((m) => m.exact));
  const sources = places[0].map((m) => m.source).filter((s) => places.every((p) => p.some((m) => m.source === s)));
  for (const s of sources) {
    const ranges = places.map((p) => p.find((m) => m.source === s)!.fragments[0]);
    const sorted = [...ranges].sort((a, b) => a.fromWord - b.fromWord);
    if (sorted.some((r, i) => i > 0 && r.fromWord < sorted[i - 1].toWord)) continue; // overlapping: the same words twice
    if (ranges.every((r, i) => r === sorted[i])) continue; // in order: not a reordering
    const words = ranges.reduce((n, r) => n + r.toWord - r.fromWord, 0);
    const from = sorted[0].fromWord;
    const to = sorted[sorted.length - 1].toWord;
    if (to - from > words + 2 * clauses.length) continue; // far apart: different sentences
    return { source: s, exact: false, similarity: words / (to - from), fragments: [{ fromWord: from, toWord: to, exact: false, similarity: 1 }] };
  }
  return undefined;
}

/** The source a citation names: Pandoc's key, else the key with the punctuation Pandoc cut off (`[@clinton-]` for `clinton-`). */
function citedSource(index: CorpusIndex, c: Citation): { source?: Source; exact: boolean } {
  const source = index.sourceByKey.get(c.key);
  if (source) return { source, exact: true };
  for (let n = c.cutOff.length; n > 0; n--) {
    const meant = index.sourceByKey.get(c.key + c.cutOff.slice(0, n));
    if (meant) return { source: meant, exact: false };
  }
  return { exact: false };
}

/** Among the matches, exact ones first; of those, a cited source, then the one whose speaker the draft names. */
function pickMatch(index: CorpusIndex, matches: QuoteMatch[], preferred: number[], quote: DraftQuote): QuoteMatch | undefined {
  const exact = matches.filter((m) => m.exact);
  if (exact.length === 0) return matches[0];
  // The cited source first; else a transcript, the primary source, before an article that reports the same words.
  const cited = exact.filter((m) => preferred.includes(m.source));
  const isTranscript = (m: QuoteMatch) => (index.model.sources[m.source].transcript ? 1 : 0);
  const candidates = cited.length > 0 ? cited : exact.sort((a, b) => isTranscript(b) - isTranscript(a));
  // Where the words stand more than once (in two sources, or a headline and the body), the place whose speaker is the draft's.
  if (!quote.speaker) return candidates[0];
  const speakerAt = (m: QuoteMatch) => {
    const r = passageRange(index, m);
    return passageOwner(index, m.source, r.bodyStart, r.bodyEnd).speaker?.name;
  };
  const isTheDrafts = (m: QuoteMatch) => speakerAt(m) === quote.speaker!.name;
  const bySpeaker = candidates.find(isTheDrafts);
  if (bySpeaker) return bySpeaker;
  // Other places of the same source are looked for only where the first names someone else: the case that would accuse.
  const other = speakerAt(candidates[0]);
  return (other ? sameWordsElsewhere(index, candidates[0]).find(isTheDrafts) : undefined) ?? candidates[0];
}

/** The other places of `m`'s source with the same words as its one exact fragment (a matcher reports one place a source). */
function sameWordsElsewhere(index: CorpusIndex, m: QuoteMatch): QuoteMatch[] {
  if (m.fragments.length !== 1 || !m.exact) return [];
  const f = m.fragments[0];
  const length = f.toWord - f.fromWord;
  const { words } = index.text.tokens(m.source);
  if (length <= 0) return [];
  const out: QuoteMatch[] = [];
  for (let i = 0; i + length <= words.length; i++) {
    if (i === f.fromWord || words[i] !== words[f.fromWord]) continue;
    let same = true;
    for (let j = 1; j < length && same; j++) same = words[i + j] === words[f.fromWord + j];
    if (same) out.push({ ...m, fragments: [{ ...f, fromWord: i, toWord: i + length }] });
  }
  return out;
}

/** Disabled codes go; overridden severities are set on the findings themselves, which this check made. */
function applyConfig(findings: Finding[], config: Config): Finding[] {
  const kept = findings.filter((f) => !config.disable?.includes(f.code) && config.severity?.[f.code] !== 'off');
  for (const f of kept) {
    const override = config.severity?.[f.code];
    if (override && override !== 'off' && isFindingCode(f.code)) f.severity = override;
  }
  return kept;
}
