// Who said each quotation of one source. Reads the clause after the closing
// mark ("…," he told Saylanov), the clause before the opening mark ("According
// to Gasimli, …"), then falls back to the speaker of the paragraph or of the
// quote paragraph before. Pronouns resolve to the last named *subject*, so the
// object of "he told Saylanov" is never taken for the speaker.
import type { QuoteKind, ResolvedBy } from '../model/types';
import type { Range } from '../text/paragraphs';
import { sentences } from '../text/paragraphs';
import type { QuoteSpan } from '../text/quoteSpans';
import type { PersonRecord } from './peopleRegistry';
import { quoteKind, wordCount } from './quoteKind';
import { NAMING_VERBS, REPORTING_VERBS, ROLE_NOUNS, TITLE_WORDS } from './vocabulary';

const NAMING = new Set(NAMING_VERBS);

export interface ResolvedMention {
  start: number;
  end: number;
  /** Where the title chain before the name starts ("Prime Minister …"). */
  runStart: number;
  who: PersonRecord;
}

export interface SourceForAttribution {
  text: string;
  paragraphs: Range[];
  spans: QuoteSpan[][];
  headline?: Range;
  /** Person and organisation mentions outside quotations, by offset. */
  mentions: ResolvedMention[];
  /** Finds a person or organisation for a role phrase like "the Kestrian minister" said at `offset`. */
  resolveRole(phrase: string, offset: number): PersonRecord | undefined;
  /** A speaker named only by an unknown capitalised word ("Hajiyev said"). */
  surnameSpeaker(word: string): PersonRecord | undefined;
  /** An organisation named by a capitalised phrase, unless the phrase is a known person or place. */
  organisationNamed(name: string): PersonRecord | undefined;
}

export interface Attribution {
  span: QuoteSpan;
  kind: QuoteKind;
  speaker: PersonRecord | null;
  cue?: string;
  resolvedBy?: ResolvedBy;
  noSpeakerReason?: string;
}

const VERB = REPORTING_VERBS.slice()
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');
const ADVERBS = '(?:(?:also|later|then|again|further|previously|earlier|once|simply|had|has|have|was|is|would|reportedly|repeatedly|separately|angrily|bluntly)\\s+)*';
/** `,” he told …` / `,” the Kestrian minister said` */
const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,;:–—-]*(?<np>[^,.;!?"“”]{1,80}?)\\s+${ADVERBS}(?<verb>${VERB})\\b`, 'iu');
/** `,” said Norvania's Foreign Ministry spokesperson Lusine Martirosyan` */
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,;:–—-]*(?<verb>${VERB})\\s+(?<np>[^.;!?"“”]{1,200})`, 'iu');
/** `Dovranov said:` / `he added that` at the end of the text before the quote. */
const BEFORE_SUBJECT_VERB = new RegExp(`(?<np>[^,.;!?"“”]{1,80}?)\\s+${ADVERBS}(?<verb>${VERB})(?:\\s+(?:that|on\\s+\\p{L}+|in\\s+a\\s+statement))?\\s*[:,]?\\s*$`, 'iu');
const ACCORDING_TO = /\baccording\s+to\s+(?<np>[^,.;!?"“”]{1,80}?)\s*(?:,|$)/iu;
/** Inside a sentence, the subject right before the last verb: "for what he called", "the group Coast Watch called the vote". */
const CLAUSE_SUBJECT_VERB = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:what|which|who|that|as|and|but|while)\\s+)(?<np>(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,4})\\s+${ADVERBS}(?<verb>${VERB})\\b(?:\\s+[\\p{L}'’-]+){0,6}\\s*$`,
  'iu',
);
const REPORTING = new RegExp(`\\b(?:${VERB})\\b`, 'iu');
const STARTS_WITH_PRONOUN = /^\s*(?<pronoun>he|she|it|they)\b/i;

export function attributeQuotes(src: SourceForAttribution): Attribution[] {
  const out: Attribution[] = [];
  let salientPerson: PersonRecord | null = null;
  let salientOrganisation: PersonRecord | null = null;
  let previousParagraphLastSpeaker: Attribution | null = null;

  const remember = (who: PersonRecord | null) => {
    if (!who) return;
    if (who.type === 'person') salientPerson = who;
    else salientOrganisation = who;
  };
  const pronounReferent = (pronoun: string): PersonRecord | null => {
    const p = pronoun.toLowerCase();
    if (p === 'he' || p === 'she') return salientPerson;
    return salientOrganisation ?? salientPerson;
  };

  /** The speaker a noun phrase at [start, end) names. */
  const resolveNounPhrase = (start: number, end: number): { who: PersonRecord; by: ResolvedBy } | null => {
    const phrase = src.text.slice(start, end).trim();
    const pronoun = STARTS_WITH_PRONOUN.exec(phrase);
    if (pronoun && phrase.split(/\s+/).length === 1) {
      const who = pronounReferent(pronoun.groups!.pronoun);
      return who ? { who, by: 'pronoun' } : null;
    }
    const people = src.mentions.filter((m) => m.start >= start && m.end <= end);
    const person = people.find((m) => m.who.type === 'person') ?? people[0];
    if (person) return { who: person.who, by: person.who.type === 'organisation' ? 'organisation' : 'name' };
    const role = src.resolveRole(phrase, start);
    if (role) return { who: role, by: role.type === 'organisation' ? 'organisation' : 'role' };
    const bare = /^(\p{Lu}[\p{L}'’-]+)$/u.exec(phrase);
    if (bare) {
      const who = src.surnameSpeaker(bare[1]);
      if (who) return { who, by: 'name' };
    }
    // "the Port Workers' Union", "the group Coast Watch": a named body that is not a person.
    const body = /^(?:the\s+)?(?:(?:group|organisation|organization|union|agency|campaign|charity|company|firm|party|movement)\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’&-]*)$/u.exec(phrase);
    if (body && (/^the\s/i.test(phrase) || body[1].includes(' '))) {
      const who = src.organisationNamed(body[1]);
      if (who) return { who, by: 'organisation' };
    }
    return null;
  };

  for (let p = 0; p < src.paragraphs.length; p++) {
    const para = src.paragraphs[p];
    const spans = src.spans[p];
    const inside = (offset: number) => spans.some((s) => offset > s.open && offset < (s.close < 0 ? para.end : s.close));
    const sents = sentences(src.text, para, inside);
    let lastSpeakerHere: Attribution | null = null;
    /** The subject of an earlier sentence of this paragraph that has a reporting verb. */
    let reportingSubject: PersonRecord | null = null;
    let spanIndex = 0;

    for (const sent of sents) {
      // The sentence's subject: a pronoun or a name before any verb, outside quotes.
      const lead = src.text.slice(sent.start, Math.min(sent.end, sent.start + 200));
      const startsWithPronoun = STARTS_WITH_PRONOUN.exec(lead);
      let subject: PersonRecord | null = null;
      if (startsWithPronoun && !/^["“”‘]/.test(lead)) subject = pronounReferent(startsWithPronoun.groups!.pronoun);
      else {
        const first = src.mentions.find((m) => m.runStart >= sent.start && m.start < sent.end && !inside(m.start));
        if (first && isSubjectPosition(src.text, sent.start, first.runStart)) subject = first.who;
      }

      let previousInSentence: Attribution | null = null;
      // A named subject is the most salient person for the quotes of its own sentence.
      if (subject) remember(subject);
      while (spanIndex < spans.length && spans[spanIndex].open < sent.end) {
        const span = spans[spanIndex++];
        const prevClose = spanIndex >= 2 ? spans[spanIndex - 2].close + 1 : -1;
        const beforeStart = Math.max(sent.start, prevClose);
        const before = src.text.slice(beforeStart, span.open);
        const quoteText = src.text.slice(span.textStart, span.textEnd);
        const attribution = attributeOne(span, quoteText, beforeStart, before);
        out.push(attribution);
        previousInSentence = attribution;
        if (attribution.speaker) {
          remember(attribution.speaker);
          lastSpeakerHere = attribution;
        }
      }
      if (subject && REPORTING.test(src.text.slice(sent.start, sent.end))) reportingSubject = subject;

      function attributeOne(span: QuoteSpan, quoteText: string, beforeStart: number, before: string): Attribution {
        const isHeadline = src.headline && span.open >= src.headline.start && span.open < src.headline.end;
        const bare = (t: string) => t.replace(/[\s–—\-"“”‘’']/g, '');
        const isHeading =
          !isHeadline && span.close >= 0 && wordCount(quoteText) <= 8 && !/[.!?,;:]\s*$/.test(quoteText) && bare(src.text.slice(para.start, para.end)) === bare(quoteText);
        if (isHeadline) return { span, kind: 'scare', speaker: null, noSpeakerReason: 'in the headline' };
        if (isHeading) return { span, kind: 'partial', speaker: null, noSpeakerReason: 'a section heading' };

        // 1. The clause after the closing mark.
        let found: { who: PersonRecord; by: ResolvedBy; cue: string } | null = null;
        let clauseIsAttribution = false;
        if (span.close >= 0) {
          const afterStart = span.close + 1;
          const afterEnd = clauseEnd(src.text, afterStart, para.end);
          const after = src.text.slice(afterStart, afterEnd);
          const sv = AFTER_SUBJECT_VERB.exec(after);
          const vs = AFTER_VERB_SUBJECT.exec(after);
          if (sv && (!vs || sv.index <= vs.index) && !/^\s*[A-Z][^,]*\s(?:and|or)\s/.test(sv.groups!.np)) {
            const npStart = afterStart + sv[0].indexOf(sv.groups!.np);
            const r = resolveNounPhrase(npStart, npStart + sv.groups!.np.length);
            if (r) found = { ...r, cue: normaliseVerb(sv.groups!.verb) };
          }
          if (!found && vs) {
            const npStart = afterStart + vs[0].lastIndexOf(vs.groups!.np);
            const r = resolveNounPhrase(npStart, npStart + vs.groups!.np.length);
            if (r) found = { ...r, cue: normaliseVerb(vs.groups!.verb) };
          }
        }
        // 2. The clause before the opening mark.
        const according = ACCORDING_TO.exec(before);
        if (!found && according) {
          const npStart = beforeStart + according.index + according[0].indexOf(according.groups!.np);
          const r = resolveNounPhrase(npStart, npStart + according.groups!.np.length);
          if (r) found = { ...r, cue: 'according to' };
        }
        const introduced = BEFORE_SUBJECT_VERB.exec(before);
        // "Dovranov said:" introduces a quote; "what he called" names a term inside a sentence.
        if (introduced && !NAMING.has(introduced.groups!.verb.toLowerCase())) clauseIsAttribution = true;
        if (!found && introduced) {
          const npStart = beforeStart + introduced.index + introduced[0].indexOf(introduced.groups!.np);
          const r = resolveNounPhrase(npStart, npStart + introduced.groups!.np.length);
          if (r) found = { ...r, cue: normaliseVerb(introduced.groups!.verb) };
        }
        const trimmedBefore = before.trim();
        const embedded = trimmedBefore.length > 0 && !clauseIsAttribution && !(according && according[0].trim().length === trimmedBefore.length);
        // "…dispute," she added, "but we expect a deal": the second half of one utterance.
        const secondHalf = clauseIsAttribution && previousInSentence !== null && /,\s*$/.test(src.text.slice(previousInSentence.span.textStart, previousInSentence.span.textEnd));
        const kind = secondHalf ? 'full' : quoteKind(quoteText, before, embedded);
        if (kind === 'scare') return { span, kind, speaker: null, noSpeakerReason: 'scare quote: a term, not a statement' };

        // 3. Inside a sentence: the pronoun or subject that governs the fragment.
        if (!found && embedded) {
          const clause = CLAUSE_SUBJECT_VERB.exec(before);
          if (clause) {
            const npStart = beforeStart + clause.index + clause[0].indexOf(clause.groups!.np);
            const r = resolveNounPhrase(npStart, npStart + clause.groups!.np.length);
            if (r) found = { ...r, cue: normaliseVerb(clause.groups!.verb) };
          }
          if (!found && subject) {
            const verb = new RegExp(`\\b(${VERB})\\b`, 'iu').exec(before);
            found = { who: subject, by: 'sentence-subject', cue: verb ? normaliseVerb(verb[1]) : 'sentence subject' };
          }
        }
        // 4. Continuation: the speaker of this paragraph, or of the quote paragraph before.
        if (!found && lastSpeakerHere?.speaker) found = { who: lastSpeakerHere.speaker, by: 'continuation', cue: 'continuation' };
        if (!found && !embedded && subject && beforeStart > para.start) found = { who: subject, by: 'sentence-subject', cue: 'sentence subject' };
        if (!found && !embedded && reportingSubject) found = { who: reportingSubject, by: 'sentence-subject', cue: 'sentence subject' };
        if (!found && span.open === para.start && previousParagraphLastSpeaker?.speaker) {
          found = { who: previousParagraphLastSpeaker.speaker, by: 'continuation', cue: 'continuation' };
        }
        if (!found) return { span, kind, speaker: null, noSpeakerReason: 'no attribution cue found' };
        return { span, kind, speaker: found.who, cue: found.cue, resolvedBy: found.by };
      }
    }
    // Only a paragraph that holds quotes hands its speaker on.
    previousParagraphLastSpeaker = spans.length > 0 ? lastSpeakerHere : null;
  }
  resolveHeadingsByEcho(src.text, out);
  return out;
}

/**
 * A quoted section heading (– ‘Victory or defeat’ –) usually lifts words that
 * someone says further down; the speaker of the quote that repeats them is the
 * heading's speaker.
 */
function resolveHeadingsByEcho(text: string, attributions: Attribution[]): void {
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
  const lead = text.slice(sentenceStart, runStart).trim();
  if (!lead) return true;
  if (/,$/.test(lead) && lead.split(/\s+/).length <= 6) return true; // "In Ardashen, Prime Minister …"
  const words = lead.split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) || /^(?:the|his|her)$/i.test(w));
}

function normaliseVerb(verb: string): string {
  return verb.toLowerCase().replace(/\s+/g, ' ');
}
