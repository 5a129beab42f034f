// A transcript's turns as quotes: every word of a turn is its speaker's, as
// firmly as if the transcript had put it between quotation marks after the
// speaker's name. Quotation marks inside a turn are the speaker quoting someone
// else; those are the ordinary quotes of the source, and the checker gives a
// passage to the narrowest quote that holds it (check/sourceSpeaker.ts).
import type { Quote, Source, Speaker } from '../../model/types';
import { isGenericLabel, resolveLabel, type LabelPeople, type LabelPerson } from './speakerLabels';

export const TRANSCRIPT_CUE = 'transcript';
export const TRANSCRIPT_SIEVE = 'transcript-turn';

interface TurnPerson extends LabelPerson {
  quoteIds: number[];
}

export interface TurnQuoteContext<R extends TurnPerson> {
  /** The id of the first quote made: quotes are numbered corpus-wide. */
  firstId: number;
  people: LabelPeople<R>;
  speakerOf(who: R): Speaker;
  warnings: string[];
}

/** The source's turns as quotes, numbered from `firstId`; each unresolved label is reported once. */
export function turnQuotes<R extends TurnPerson>(source: Source, ctx: TurnQuoteContext<R>): Quote[] {
  const transcript = source.transcript;
  if (!transcript) return [];
  const resolved = new Map<string, R | undefined>();
  const unresolved = new Map<string, number>();
  const quotes: Quote[] = [];
  for (const turn of transcript.turns) {
    if (!resolved.has(turn.label)) resolved.set(turn.label, resolveLabel(turn.label, transcript.speakers, source.text, ctx.people));
    const who = resolved.get(turn.label);
    const id = ctx.firstId + quotes.length;
    const quote: Quote = {
      id,
      sourceKey: source.key,
      text: source.text.slice(turn.textStart, turn.textEnd),
      textStart: turn.textStart,
      textEnd: turn.textEnd,
      start: source.fileOffset(turn.textStart),
      end: source.fileOffset(turn.textEnd),
      kind: 'full',
      speaker: who ? ctx.speakerOf(who) : null,
      cue: TRANSCRIPT_CUE,
      sieve: TRANSCRIPT_SIEVE,
    };
    if (who) {
      quote.confidence = 'explicit';
      who.quoteIds.push(id);
    } else {
      quote.noSpeakerReason = `the transcript label “${turn.label}” names no one`;
      unresolved.set(turn.label, (unresolved.get(turn.label) ?? 0) + 1);
    }
    quotes.push(quote);
  }
  for (const [label, turns] of unresolved) ctx.warnings.push(unresolvedMessage(source, label, turns));
  return quotes;
}

function unresolvedMessage(source: Source, label: string, turns: number): string {
  const why = isGenericLabel(label) ? 'is not a name' : 'matches no one named in the transcript or the corpus';
  const name = /^[\w ]+$/.test(label) ? label : JSON.stringify(label);
  return (
    `${source.path}: transcript speaker “${label}” (${turns} turn${turns === 1 ? '' : 's'}) ${why}, so quotes of these turns are checked for wording but not for who said them. ` +
    `Name the speaker in the file's front matter (speakers: {${name}: Full Name}) or in verbatim.json ("speakers": {"${label}": "Full Name"}).`
  );
}

/** A turn cut into its sentences, each a quote of the turn's speaker: what completion offers, not a whole two-minute answer. */
export function turnSentences(quote: Quote, source: Source): Quote[] {
  const out: Quote[] = [];
  const sentence = /[^.!?…\n]*(?:[.!?…]+["”’)]*|\n|$)/gu;
  for (const m of quote.text.matchAll(sentence)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!/\p{L}/u.test(text)) continue;
    const textStart = quote.textStart + m.index! + lead;
    const textEnd = textStart + text.length;
    out.push({ ...quote, text, textStart, textEnd, start: source.fileOffset(textStart), end: source.fileOffset(textEnd) });
  }
  return out;
}
