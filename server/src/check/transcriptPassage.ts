// A passage of a transcript must lie within one turn. A quotation whose
// words run from one turn into the next, or whose elision joins two turns,
// puts words together that no one said together: a misquote, however exactly
// each part matches.
import type { Source, TranscriptTurn } from '../model/types';
import { lastAtOrBelow } from '../text/binarySearch';

/** The index of the turn holding `offset`, or -1 (before the first turn, or between turns). */
function turnAt(turns: TranscriptTurn[], offset: number): number {
  const i = lastAtOrBelow(turns, offset, (t) => t.textStart);
  return i >= 0 && offset < turns[i].textEnd ? i : -1;
}

/** The two turns a passage joins, or null when it stays within one (or the source is no transcript). */
export function turnsJoined(source: Source, bodyStart: number, bodyEnd: number): { from: TranscriptTurn; to: TranscriptTurn } | null {
  const turns = source.transcript?.turns;
  if (!turns?.length) return null;
  const a = turnAt(turns, bodyStart);
  const b = turnAt(turns, Math.max(bodyStart, bodyEnd - 1));
  if (a === b || a < 0 || b < 0) return null;
  return { from: turns[a], to: turns[b] };
}

export function joinedTurnsMessage(source: Source, joined: { from: TranscriptTurn; to: TranscriptTurn }): string {
  const words = (t: TranscriptTurn, end: boolean) => {
    const text = source.text.slice(t.textStart, t.textEnd).replace(/\s+/g, ' ');
    return end ? (text.length > 60 ? `…${text.slice(-60)}` : text) : text.length > 60 ? `${text.slice(0, 60)}…` : text;
  };
  return (
    `The quotation joins two turns of @${source.key}: ${joined.from.label}’s “${words(joined.from, true)}” and ${joined.to.label}’s “${words(joined.to, false)}”. ` +
    'An elision may leave words out of one turn, never join two.'
  );
}
