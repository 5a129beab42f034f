// wrong-speaker: the draft names someone other than the person the source credits.
import { sentences } from '../../text/paragraphs';
import { wordOccurs } from '../../text/wordOccurs';
import type { CheckedQuote } from '../checkDraft';
import type { Fix } from '../findings';
import { whoAndWhere } from './describe';
import type { CheckContext, FindingRule, RuleFinding } from './rule';

/** Jr., Sr., II, III…: a generation apart is another person, whatever the rest of the name. */
const GENERATION = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;
const generationOf = (name: string) => GENERATION.exec(name)?.[0].replace(/[,.\s]/g, '') ?? '';

/**
 * Whether the name the draft writes (and the person it resolved to) is the
 * source's speaker: the same person, or a form that is one of the speaker's
 * aliases. Names a generation apart are never the same person.
 */
export function samePerson(written: string, draftName: string, sourceName: string, aliasesOfSource: string[], aliasesOfDraft: string[] = []): boolean {
  const theirs = generationOf(sourceName);
  if (generationOf(written) !== theirs && (generationOf(written) || written.split(' ').length > 1)) return false;
  if (generationOf(draftName) !== theirs) return false;
  if (draftName === sourceName) return true;
  // One name of the two is a name the corpus gives the other: "Peabody" for Peabody Energy.
  return aliasesOfSource.includes(written) || aliasesOfDraft.includes(sourceName);
}

/**
 * Two forms of one name, probably: the same surname and first initial
 * (Joe Biden, Joseph R. Biden Jr.), when the source itself never writes the
 * draft's form, which it would for a second person (Ivana beside Ivanka Trump).
 * A surname alone is one name with the full name that ends in it (Jordan, Jim Jordan).
 * Not so when only a generation sets them apart (Donald Trump, Donald Trump Jr.).
 */
export function probablyOneName(draftName: string, sourceName: string, sourceText: string): boolean {
  const base = (n: string) => n.replace(GENERATION, '');
  const ours = base(draftName).split(' ');
  const theirs = base(sourceName).split(' ');
  if (base(draftName) === base(sourceName)) return false;
  // A surname alone against a full name with that surname (Jordan, Jim Jordan): nothing says they are two people.
  if (ours.length === 1 || theirs.length === 1) return ours.at(-1) === theirs.at(-1);
  if (ours.at(-1) !== theirs.at(-1) || ours[0][0] !== theirs[0][0]) return false;
  return !wordOccurs(sourceText, base(draftName));
}

/**
 * Whether the name as the draft writes it is a part of the source speaker's
 * name, word for word: "Hunter" for Duncan Hunter Sr., "Wasserman Schultz" for
 * Debbie Wasserman Schultz, "Ban" for Ban Ki-moon. Whoever the draft's reading
 * took it for, the writer named the source's speaker.
 */
export function writtenFitsSpeaker(written: string, sourceName: string): boolean {
  const words = (n: string) => n.replace(GENERATION, '').split(/\s+/).map((w) => w.replace(/[.,]$/, '').toLowerCase()).filter(Boolean);
  const ours = words(written.replace(/['’]s$/, ''));
  const theirs = words(sourceName);
  if (ours.length === 0 || ours.length > theirs.length) return false;
  for (let at = 0; at + ours.length <= theirs.length; at++) if (ours.every((w, i) => theirs[at + i] === w)) return true;
  return false;
}

/** Whether `name` stands, outside the quotation text[start, end), in the sentences it stands in (the project's sentence splitter, within its paragraph). */
export function namedBesideQuote(text: string, start: number, end: number, name: string): boolean {
  const paragraph = { start: text.lastIndexOf('\n', start - 1) + 1, end: text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) };
  const around = sentences(text, paragraph, (o) => o >= start && o < end);
  const first = around.find((r) => start >= r.start && start < r.end) ?? paragraph;
  const last = around.find((r) => end > r.start && end <= r.end) ?? paragraph;
  const bare = name.replace(/['’]s$/, '');
  return bare.length > 1 && wordOccurs(`${text.slice(first.start, start)} … ${text.slice(end, last.end)}`, bare);
}

/** How surely the draft names the speaker: in the quote's own cue clause, or by a pronoun or context. */
function draftConfidence(q: CheckedQuote): 'explicit' | 'inferred' {
  const own = (q.quote as { confidence?: 'explicit' | 'inferred' }).confidence;
  if (own) return own;
  return q.quote.resolvedBy === 'name' || q.quote.resolvedBy === 'role' || q.quote.resolvedBy === 'organisation' ? 'explicit' : 'inferred';
}

/** Where the source's attribution came from, in the source's words: “he added”. */
function sourceCue(q: CheckedQuote): string {
  const sq = q.sourceQuote;
  if (!sq) return 'the sentence around the words';
  if (sq.resolvedBy === 'continuation') return 'the paragraph before';
  if (sq.resolvedBy === 'pronoun') return `a pronoun${sq.cue ? `, “${sq.cue}”` : ''}`;
  if (sq.resolvedBy === 'sentence-subject') return 'the subject of the sentence';
  return sq.cue ? `“${sq.cue}”` : 'the context';
}

export const wrongSpeaker: FindingRule = {
  code: 'wrong-speaker',
  doc: 'The draft credits a quotation to one person and the source to another. It fires only when both sides name someone: when the source gives no speaker, or the draft names none, there is no finding. It is an error only when both are explicit: the source names the speaker in the quote\'s own sentence, and the draft names someone else in its own, someone the source\'s sentence does not name beside the words (a writer who follows such a sentence gets a warning). A name the draft writes that is part of the speaker\'s own name (`Hunter` for Duncan Hunter Sr., `Wasserman Schultz`) is no finding. When the source only implies the speaker (a pronoun across sentences, a continuation paragraph) or the draft does, it is a warning that says so. Family members are different people: Donald Trump Jr. is not Donald Trump. The fix puts the source\'s speaker in place of the name the draft wrote.',
  examples: {
    fires: [
      '"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Bayramov said [@001_d3d3f7e52c00361c].',
      '"This is a pandemic which is affecting the whole world," said Sergei Lavrov [@003_dad90ff8750c3564].',
    ],
    silent: ['"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Hajiyev said [@001_d3d3f7e52c00361c].', '"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," the aide said [@001_d3d3f7e52c00361c].'],
  },
  check(ctx) {
    return ctx.quotes.flatMap((q) => check(ctx, q));
  },
};

function check(ctx: CheckContext, q: CheckedQuote): RuleFinding[] {
  const { index, draft } = ctx;
  const theirs = q.sourceSpeaker;
  const ours = q.quote.speaker;
  if (!q.source || !q.evidence || !theirs || !ours) return [];
  const written = q.quote.speakerAt ? draft.text.slice(q.quote.speakerAt.start, q.quote.speakerAt.end) : ours.name;
  const aliasesOf = (name: string) => index.people.people.find((p) => p.name === name)?.aliases ?? [];
  const byName = q.quote.resolvedBy === 'name';
  if (samePerson(written, ours.name, theirs.name, byName ? aliasesOf(theirs.name) : [], byName ? aliasesOf(ours.name) : [])) return [];
  if (probablyOneName(ours.name, theirs.name, q.source.text)) return []; // not sure they are two people: no accusation
  if (q.quote.speakerAt && writtenFitsSpeaker(written, theirs.name)) return []; // the words the draft wrote name the source's speaker

  const draftSure = draftConfidence(q) === 'explicit' && !ours.spelledOff;
  // The source's own sentence puts the draft's name beside these words too ("Rep. Steve Israel said Clinton called on members
  // to be “closely coordinated”"): the source's reading is a reading, and the writer may have followed the other. Say so; accuse no one.
  const besideInSource = !!q.sourceQuote && !!q.quote.speakerAt && namedBesideQuote(q.source.text, q.sourceQuote.textStart, q.sourceQuote.textEnd, written);
  const sourceSure = q.sourceQuote?.confidence === 'explicit' && !besideInSource;
  if (!draftSure && !sourceSure) return []; // two guesses do not make an accusation
  const where = whoAndWhere(index, theirs.name, q.source);
  const message = sourceSure
    ? `${theirs.name} said this, not ${ours.name} ${where}.`
    : besideInSource
      ? `The source's sentence names ${written} too, but reads these words as ${theirs.name}'s ${where}.`
      : `The source seems to credit these words to ${theirs.name} (from ${sourceCue(q)}), not ${ours.name} ${where}.`;
  const fixes: Fix[] = [];
  let range = { start: q.start, end: q.end };
  if (q.quote.speakerAt && draftSure) {
    const replacement = theirs.type === 'person' && !/\s/.test(written) ? theirs.name.split(' ').pop()! : theirs.name;
    range = { start: ctx.fileStart(q.quote.speakerAt.start), end: ctx.fileEnd(q.quote.speakerAt.end) };
    fixes.push({ title: `Attribute to ${theirs.name}`, edits: [{ ...range, newText: replacement }] });
  }
  const both = draftSure && sourceSure;
  return [
    {
      ...range,
      message,
      fixes,
      source: q.evidence,
      quote: q,
      ...(both ? {} : { severity: 'warning' as const }),
    },
  ];
}
