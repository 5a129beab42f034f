// Who said each quotation of one source. Reads the clause after the closing
// mark ("…," he told Saylanov), the clause before the opening mark ("According
// to Gasimli, …"), then falls back to the speaker of the paragraph or of the
// quote paragraph before. Pronouns resolve to the last named *subject*, so the
// object of "he told Saylanov" is never taken for the speaker.
import type { QuoteKind, ResolvedBy } from '../model/types';
import type { Range } from '../text/paragraphs';
import { sentences } from '../text/paragraphs';
import type { QuoteSpan } from '../text/quoteSpans';
import { quoteKind, wordCount } from './quoteKind';
import { NAMING_VERBS, REPORTING_VERBS, ROLE_NOUNS, TITLE_WORDS } from './vocabulary';

/** Anyone who can speak: a person or an organisation of the corpus. */
export interface Who {
  name: string;
  type: 'person' | 'organisation';
}

export interface ResolvedMention<W extends Who = Who> {
  start: number;
  end: number;
  /** Where the title chain before the name starts ("Prime Minister …"). */
  runStart: number;
  who: W;
}

export interface SourceForAttribution<W extends Who = Who> {
  text: string;
  paragraphs: Range[];
  spans: QuoteSpan[][];
  headline?: Range;
  /** Person and organisation mentions outside quotations, sorted by offset. */
  mentions: ResolvedMention<W>[];
  /** Finds a person or organisation for a role phrase like "the Kestrian minister" said at `offset`. */
  resolveRole(phrase: string, offset: number): W | undefined;
  /** A speaker named only by an unknown capitalised word ("Hajiyev said"). */
  surnameSpeaker(word: string): W | undefined;
  /** An organisation named by a capitalised phrase, unless the phrase is a known person or place. */
  organisationNamed(name: string): W | undefined;
}

export interface Attribution<W extends Who = Who> {
  span: QuoteSpan;
  kind: QuoteKind;
  speaker: W | null;
  /** Where the text names the speaker, when a name or role phrase did (not a pronoun or continuation). */
  speakerAt?: Range;
  cue?: string;
  resolvedBy?: ResolvedBy;
  noSpeakerReason?: string;
}

interface Found<W> {
  who: W;
  by: ResolvedBy;
  cue: string;
  at?: Range;
}

const NAMING = new Set(NAMING_VERBS);
const VERB = REPORTING_VERBS.slice()
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');
/** Words that may stand between a subject and its verb: "he also said", "Dovranov had told". */
const ADVERB_LIST = ['also', 'later', 'then', 'again', 'further', 'previously', 'earlier', 'once', 'simply', 'had', 'has', 'have', 'was', 'is', 'would', 'reportedly', 'repeatedly', 'separately', 'angrily', 'bluntly'];
const ADVERB_WORDS = new Set(ADVERB_LIST);
const ADVERBS = `(?:(?:${ADVERB_LIST.join('|')})\\s+)*`;
const ACCORDING_TO = /\baccording\s+to\s+(?<np>[^,.;!?"“”]{1,80}?)\s*(?:,|$)/iu;
/** Inside a sentence, the subject right before the last verb: "for what he called", "the group Coast Watch called the vote". */
const CLAUSE_SUBJECT_VERB = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:what|which|who|that|as|and|but|while)\\s+)(?<np>(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,4})\\s+${ADVERBS}(?<verb>${VERB})\\b(?:\\s+[\\p{L}'’-]+){0,6}\\s*$`,
  'iu',
);
const ANY_VERB = new RegExp(`\\b(${VERB})\\b`, 'iu');
const STARTS_WITH_PRONOUN = /^\s*(?<pronoun>he|she|it|they)\b/i;
const NAMED_BODY = /^(?:the\s+)?(?:(?:group|organisation|organization|union|agency|campaign|charity|company|firm|party|movement)\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’&-]*)$/u;
/** The attribution clause before a quote is short; regexes anchored at its end look no further back. */
const BEFORE_WINDOW = 200;

export function attributeQuotes<W extends Who>(src: SourceForAttribution<W>): Attribution<W>[] {
  return new Attributor(src).run();
}

class Attributor<W extends Who> {
  private readonly out: Attribution<W>[] = [];
  private salientPerson: W | null = null;
  private salientOrganisation: W | null = null;
  private previousParagraphLastSpeaker: Attribution<W> | null = null;
  // Per paragraph:
  private para: Range = { start: 0, end: 0 };
  private spans: QuoteSpan[] = [];
  private lastSpeakerHere: Attribution<W> | null = null;
  /** The subject of an earlier sentence of this paragraph that has a reporting verb. */
  private reportingSubject: W | null = null;
  // Per sentence:
  private subject: W | null = null;
  private previousInSentence: Attribution<W> | null = null;

  constructor(private readonly src: SourceForAttribution<W>) {}

  run(): Attribution<W>[] {
    const { src } = this;
    let mentionIndex = 0;
    for (let p = 0; p < src.paragraphs.length; p++) {
      this.para = src.paragraphs[p];
      this.spans = src.spans[p];
      this.lastSpeakerHere = null;
      this.reportingSubject = null;
      while (mentionIndex < src.mentions.length && src.mentions[mentionIndex].runStart < this.para.start) mentionIndex++;
      if (this.spans.length === 0) {
        // A paragraph without quotes still moves the subject on.
        const first = src.mentions[mentionIndex];
        if (first && first.start < this.para.end && isSubjectPosition(src.text, this.para.start, first.runStart)) this.remember(first.who);
        this.previousParagraphLastSpeaker = null;
        continue;
      }
      let spanIndex = 0;
      for (const sent of sentences(src.text, this.para, (o) => this.insideQuote(o))) {
        this.subject = this.sentenceSubject(sent, mentionIndex);
        this.previousInSentence = null;
        // A named subject is the most salient person for the quotes of its own sentence.
        if (this.subject) this.remember(this.subject);
        while (spanIndex < this.spans.length && this.spans[spanIndex].open < sent.end) {
          const span = this.spans[spanIndex];
          const prevClose = spanIndex > 0 ? this.spans[spanIndex - 1].close + 1 : -1;
          spanIndex++;
          const attribution = this.attribute(span, Math.max(sent.start, prevClose, span.open - BEFORE_WINDOW));
          this.out.push(attribution);
          this.previousInSentence = attribution;
          if (attribution.speaker) {
            this.remember(attribution.speaker);
            this.lastSpeakerHere = attribution;
          }
        }
        if (this.subject && ANY_VERB.test(src.text.slice(sent.start, sent.end))) this.reportingSubject = this.subject;
      }
      this.previousParagraphLastSpeaker = this.lastSpeakerHere;
    }
    resolveHeadingsByEcho(src.text, this.out);
    return this.out;
  }

  private insideQuote(offset: number): boolean {
    for (const s of this.spans) if (offset > s.open && offset < (s.close < 0 ? this.para.end : s.close)) return true;
    return false;
  }

  private remember(who: W): void {
    if (who.type === 'person') this.salientPerson = who;
    else this.salientOrganisation = who;
  }

  private pronounReferent(pronoun: string): W | null {
    const p = pronoun.toLowerCase();
    if (p === 'he' || p === 'she') return this.salientPerson;
    return this.salientOrganisation ?? this.salientPerson;
  }

  /** The sentence's subject: a leading pronoun, or a name in subject position, outside quotes. */
  private sentenceSubject(sent: Range, fromMention: number): W | null {
    const { src } = this;
    const lead = src.text.slice(sent.start, Math.min(sent.end, sent.start + 40));
    const pronoun = STARTS_WITH_PRONOUN.exec(lead);
    if (pronoun) return this.pronounReferent(pronoun.groups!.pronoun);
    for (let i = fromMention; i < src.mentions.length; i++) {
      const m = src.mentions[i];
      if (m.start >= sent.end) break;
      if (m.runStart < sent.start || this.insideQuote(m.start)) continue;
      return isSubjectPosition(src.text, sent.start, m.runStart) ? m.who : null;
    }
    return null;
  }

  /** The speaker a noun phrase at [start, end) names. */
  private resolveNounPhrase(start: number, end: number): { who: W; by: ResolvedBy; at?: Range } | null {
    const { src } = this;
    const phrase = src.text.slice(start, end).trim();
    const pronoun = STARTS_WITH_PRONOUN.exec(phrase);
    if (pronoun && !/\s/.test(phrase)) {
      const who = this.pronounReferent(pronoun.groups!.pronoun);
      return who ? { who, by: 'pronoun' } : null;
    }
    let named: ResolvedMention<W> | undefined;
    for (let i = firstMentionAtOrAfter(src.mentions, start); i < src.mentions.length; i++) {
      const m = src.mentions[i];
      if (m.start >= end) break;
      if (m.start >= start && m.end <= end && (!named || (named.who.type === 'organisation' && m.who.type === 'person'))) named = m;
    }
    if (named) return { who: named.who, by: named.who.type === 'organisation' ? 'organisation' : 'name', at: { start: named.start, end: named.end } };
    const lead = src.text.slice(start, end).length - src.text.slice(start, end).trimStart().length;
    const phraseAt = { start: start + lead, end: start + lead + phrase.length };
    const role = src.resolveRole(phrase, start);
    if (role) return { who: role, by: role.type === 'organisation' ? 'organisation' : 'role', at: phraseAt };
    const bare = /^(\p{Lu}[\p{L}'’-]+)$/u.exec(phrase);
    if (bare) {
      const who = src.surnameSpeaker(bare[1]);
      if (who) return { who, by: 'name', at: phraseAt };
    }
    // "the Port Workers' Union", "the group Coast Watch": a named body that is not a person.
    const body = NAMED_BODY.exec(phrase);
    if (body && (/^the\s/i.test(phrase) || body[1].includes(' '))) {
      const who = src.organisationNamed(body[1]);
      if (who) return { who, by: 'organisation', at: phraseAt };
    }
    return null;
  }

  private resolveWithCue(start: number, end: number, cue: string): Found<W> | null {
    const r = this.resolveNounPhrase(start, end);
    return r ? { who: r.who, by: r.by, cue, at: r.at } : null;
  }

  /** Resolves the noun phrase group `np` of a match found in text that starts at `base`. */
  private fromMatch(m: RegExpExecArray, base: number, cue: string): Found<W> | null {
    const np = m.groups!.np;
    const npStart = base + m.index + m[0].indexOf(np);
    return this.resolveWithCue(npStart, npStart + np.length, cue);
  }

  private attribute(span: QuoteSpan, beforeStart: number): Attribution<W> {
    const { src, para } = this;
    const quoteText = src.text.slice(span.textStart, span.textEnd);
    const before = src.text.slice(beforeStart, span.open);
    if (src.headline && span.open >= src.headline.start && span.open < src.headline.end) {
      return { span, kind: 'scare', speaker: null, noSpeakerReason: 'in the headline' };
    }
    if (this.isSectionHeading(span, quoteText)) return { span, kind: 'partial', speaker: null, noSpeakerReason: 'a section heading' };

    // 1. The clause after the closing mark.
    let found: Found<W> | null = null;
    if (span.close >= 0) {
      const afterStart = span.close + 1;
      const after = src.text.slice(afterStart, clauseEnd(src.text, afterStart, para.end));
      const according = /^[\s,;:–—-]*according\s+to\s+(?<np>[^,.;!?"“”]{1,80})/iu.exec(after);
      if (according) found = this.fromMatch(according, afterStart, 'according to');
      const clause = found ? null : readAfterClause(after);
      if (clause) {
        found = this.resolveWithCue(afterStart + clause.npStart, afterStart + clause.npEnd, clause.verb);
      }
    }
    // 2. The clause before the opening mark.
    const according = ACCORDING_TO.exec(before);
    if (!found && according) found = this.fromMatch(according, beforeStart, 'according to');
    // `Dovranov: "…"`: a name and a colon introduce the quote, as in an interview transcript.
    const colon = !found ? /(?:^|[.!?]\s+|\n)\s*((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*:\s*$/u.exec(before) : null;
    if (colon) {
      const npStart = beforeStart + colon.index + colon[0].indexOf(colon[1]);
      found = this.resolveWithCue(npStart, npStart + colon[1].length, 'colon');
    }
    const introduced = readBeforeClause(before);
    // "Dovranov said:" introduces a quote; "what he called" names a term inside a sentence.
    const clauseIsAttribution = (!!introduced && !NAMING.has(introduced.verb)) || (!!colon && !!found);
    if (!found && introduced) {
      found = this.resolveWithCue(beforeStart + introduced.npStart, beforeStart + introduced.npEnd, introduced.verb);
    }

    const trimmedBefore = before.trim();
    const embedded = trimmedBefore.length > 0 && !clauseIsAttribution && !(according && according[0].trim().length === trimmedBefore.length);
    // "…dispute," she added, "but we expect a deal": the second half of one utterance.
    const previous = this.previousInSentence;
    const secondHalf = clauseIsAttribution && previous !== null && /,\s*$/.test(src.text.slice(previous.span.textStart, previous.span.textEnd));
    const kind = secondHalf ? 'full' : quoteKind(quoteText, before, embedded);
    if (kind === 'scare') return { span, kind, speaker: null, noSpeakerReason: 'scare quote: a term, not a statement' };

    // 3. Inside a sentence: the subject that governs the fragment.
    if (!found && embedded) {
      const clause = ANY_VERB.test(before) ? CLAUSE_SUBJECT_VERB.exec(before) : null;
      if (clause) found = this.fromMatch(clause, beforeStart, normaliseVerb(clause.groups!.verb));
      if (!found && this.subject) {
        const verb = ANY_VERB.exec(before);
        found = { who: this.subject, by: 'sentence-subject', cue: verb ? normaliseVerb(verb[1]) : 'sentence subject' };
      }
    }
    // 4. Continuation: the speaker of this paragraph, or of the quote paragraph before.
    if (!found && this.lastSpeakerHere?.speaker) found = { who: this.lastSpeakerHere.speaker, by: 'continuation', cue: 'continuation' };
    if (!found && !embedded && this.subject && beforeStart > para.start) found = { who: this.subject, by: 'sentence-subject', cue: 'sentence subject' };
    if (!found && !embedded && this.reportingSubject) found = { who: this.reportingSubject, by: 'sentence-subject', cue: 'sentence subject' };
    if (!found && span.open === para.start && this.previousParagraphLastSpeaker?.speaker) {
      found = { who: this.previousParagraphLastSpeaker.speaker, by: 'continuation', cue: 'continuation' };
    }
    if (!found) return { span, kind, speaker: null, noSpeakerReason: 'no attribution cue found' };
    return { span, kind, speaker: found.who, cue: found.cue, resolvedBy: found.by, ...(found.at ? { speakerAt: found.at } : {}) };
  }

  /** A paragraph that is nothing but a short quote: – ‘Victory or defeat’ – */
  private isSectionHeading(span: QuoteSpan, quoteText: string): boolean {
    const { para } = this;
    if (span.close < 0 || para.end - para.start > quoteText.length + 12 || /[.!?,;:]\s*$/.test(quoteText) || wordCount(quoteText) > 8) return false;
    const bare = (t: string) => t.replace(/[\s–—\-"“”‘’']/g, '');
    return bare(this.src.text.slice(para.start, para.end)) === bare(quoteText);
  }
}

/**
 * A quoted section heading (– ‘Victory or defeat’ –) usually lifts words that
 * someone says further down; the speaker of the quote that repeats them is the
 * heading's speaker.
 */
function resolveHeadingsByEcho<W extends Who>(text: string, attributions: Attribution<W>[]): void {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const heading of attributions) {
    if (heading.speaker || heading.noSpeakerReason !== 'a section heading') continue;
    const words = norm(text.slice(heading.span.textStart, heading.span.textEnd));
    const echo = attributions.find((a) => a !== heading && a.speaker && ` ${norm(text.slice(a.span.textStart, a.span.textEnd))} `.includes(` ${words} `));
    if (echo) {
      heading.speaker = echo.speaker;
      heading.cue = 'heading';
      heading.resolvedBy = 'continuation';
      delete heading.noSpeakerReason;
    }
  }
}

/** The end of the clause that starts at `from`: a sentence end, the next quote, or the paragraph end. */
function clauseEnd(text: string, from: number, limit: number): number {
  const max = Math.min(limit, from + 240);
  for (let i = from; i < max; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”') return i;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= max || /\s/.test(text[i + 1]))) return i;
  }
  return max;
}

/** A name is the subject when only titles, country words or an opening adverbial precede it. */
function isSubjectPosition(text: string, sentenceStart: number, runStart: number): boolean {
  if (runStart - sentenceStart > 120) return false;
  const lead = text.slice(sentenceStart, runStart).trim();
  if (!lead) return true;
  if (/,$/.test(lead) && lead.split(/\s+/).length <= 6) return true; // "In Ardashen, Prime Minister …"
  return lead
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) || /^(?:the|his|her)$/i.test(w));
}

const SINGLE_VERBS = new Set(REPORTING_VERBS.filter((v) => !v.includes(' ')));
const PHRASAL_VERBS = new Set(REPORTING_VERBS.filter((v) => v.includes(' ')));
const CLAUSE_BREAK = /[,.;!?"“”]/;
const PHRASE_END = /[.;!?"“”]/;

interface Word {
  0: string;
  index: number;
}

const WORD = /[\p{L}'’-]+/gu;

/** The words of a short text with their offsets, at most `limit` of them. */
function wordsOf(text: string, limit = Infinity): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && words.length < limit; m = WORD.exec(text)) words.push({ 0: m[0], index: m.index });
  return words;
}

interface AfterClause {
  verb: string;
  npStart: number;
  npEnd: number;
}

/**
 * The attribution after a closing mark, read word by word: `, he told Saylanov`
 * (subject, verb) or `, said Norvania's … spokesperson Lusine Martirosyan`
 * (verb, subject). Offsets are into `after`.
 */
function readAfterClause(after: string): AfterClause | null {
  const words = wordsOf(after, 14);
  const lead = /^[\s,;:–—-]*/.exec(after)![0].length;
  for (let k = 0; k < words.length && k < 12; k++) {
    const w = words[k][0].toLowerCase();
    const pair = k + 1 < words.length ? `${w} ${words[k + 1][0].toLowerCase()}` : '';
    const verbWords = PHRASAL_VERBS.has(pair) ? 2 : SINGLE_VERBS.has(w) ? 1 : 0;
    if (!verbWords) continue;
    const verbStart = words[k].index;
    const verbEnd = words[k + verbWords - 1].index + words[k + verbWords - 1][0].length;
    const verb = verbWords === 2 ? pair : w;
    if (k === 0) {
      // Inverted: the subject runs to the end of the clause, appositives included.
      if (verbStart !== lead) return null;
      const rest = after.slice(verbEnd);
      const end = rest.search(PHRASE_END);
      const npEnd = verbEnd + (end < 0 ? Math.min(rest.length, 200) : Math.min(end, 200));
      return npEnd > verbEnd + 1 ? { verb, npStart: verbEnd, npEnd } : null;
    }
    const between = after.slice(lead, verbStart);
    if (between.length > 80 || CLAUSE_BREAK.test(between)) return null;
    // Drop adverbs between subject and verb: "he also said".
    let last = k - 1;
    while (last >= 0 && ADVERB_WORDS.has(words[last][0].toLowerCase())) last--;
    if (last < 0) return null;
    const npEnd = words[last].index + words[last][0].length;
    const np = after.slice(lead, npEnd);
    if (/^\s*[A-Z][^,]*\s(?:and|or)\s/.test(np)) return null; // "X and Y said": not one speaker
    return { verb, npStart: lead, npEnd };
  }
  return null;
}

/** Words that may follow the verb of an introducing clause: "said that", "said on Monday", "said in a statement". */
const INTRO_TAIL = /(?:\s+(?:that|on\s+\p{L}+|in\s+a\s+statement))?\s*[:,]?\s*$/iu;

/**
 * The clause that introduces a quote, at the end of the text before it:
 * `Dovranov said:`, `he added that`, `the ministry said in a statement,`.
 * Read backwards word by word; offsets are into `before`.
 */
function readBeforeClause(before: string): AfterClause | null {
  const tail = INTRO_TAIL.exec(before.length > 120 ? before.slice(-120) : before);
  const end = before.length - (tail ? tail[0].length : 0);
  const head = before.slice(Math.max(0, end - 120), end);
  const offset = end - head.length;
  const words = wordsOf(head);
  if (words.length < 2) return null;
  let k = words.length - 1;
  const lastEnd = words[k].index + words[k][0].length;
  if (lastEnd !== head.length) return null;
  let verb = words[k][0].toLowerCase();
  if (k > 0 && PHRASAL_VERBS.has(`${words[k - 1][0].toLowerCase()} ${verb}`)) verb = `${words[--k][0].toLowerCase()} ${verb}`;
  else if (!SINGLE_VERBS.has(verb)) return null;
  let last = k - 1;
  while (last >= 0 && ADVERB_WORDS.has(words[last][0].toLowerCase())) last--;
  if (last < 0) return null;
  const npEnd = words[last].index + words[last][0].length;
  // The subject runs back to a clause break, at most 80 characters.
  const before80 = head.slice(Math.max(0, npEnd - 80), npEnd);
  const brk = Math.max(...[',', '.', ';', '!', '?', '"', '“', '”'].map((c) => before80.lastIndexOf(c)));
  const npStart = npEnd - before80.length + brk + 1;
  const np = head.slice(npStart, npEnd);
  if (!np.trim()) return null;
  return { verb, npStart: offset + npStart + (np.length - np.trimStart().length), npEnd: offset + npEnd };
}

function firstMentionAtOrAfter(mentions: ResolvedMention<Who>[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function normaliseVerb(verb: string): string {
  return verb.toLowerCase().replace(/\s+/g, ' ');
}
