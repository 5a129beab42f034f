// The oracle of the fix property test and the fuzz suite: a fix changes only
// its intended words when the draft's prose after it equals the prose before
// with exactly the edited ranges' words replaced.
import { applyEdits } from '../../server/src/check/applyFixes';
import type { TextEdit } from '../../server/src/check/findings';
import { markdownProse } from '../../server/src/text/markdownProse';
import type { MappedText } from '../../server/src/text/mappedText';

/** The prose offset of the first prose character at or after a file offset. */
function proseAt(prose: MappedText, fileOffset: number): number {
  let lo = 0;
  let hi = prose.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prose.fileOffset(mid) < fileOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Null when `edits` change only their own words; otherwise what went wrong. */
export function unintendedChange(draft: string, edits: TextEdit[]): string | null {
  const before = markdownProse(draft).prose;
  const after = applyEdits(draft, edits);
  let expected = before.text;
  // Right to left; edits at one point in reverse order, so they end up in the order applyEdits puts them.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  for (const { e } of order) expected = expected.slice(0, proseAt(before, e.start)) + e.newText + expected.slice(proseAt(before, e.end));
  const got = markdownProse(after).prose.text;
  // Block breaks are synthetic in the prose and map to no file character: where one falls beside an edit, only whitespace may differ.
  if (got === expected || got.replace(/\s+/g, '') === expected.replace(/\s+/g, '')) return null;
  let i = 0;
  while (i < got.length && got[i] === expected[i]) i++;
  return `prose differs at ${i}: expected ${JSON.stringify(expected.slice(Math.max(0, i - 40), i + 40))}, got ${JSON.stringify(got.slice(Math.max(0, i - 40), i + 40))}`;
}

/**
 * Null when `edits` are one disable comment inserted on its own line at the
 * first line of a paragraph or heading, in that line's container, leaving the
 * prose as it was (no paragraph split); otherwise what went wrong.
 */
export function misplacedDismissal(draft: string, edits: TextEdit[]): string | null {
  if (edits.length !== 1) return `${edits.length} edits`;
  const [e] = edits;
  const m = /^([ \t]*(?:>[ \t]*)*)<!-- verbatim-disable-next-line[\w -]* -->\r?\n$/.exec(e.newText);
  if (e.start !== e.end || !m) return `not a disable comment on its own line: ${JSON.stringify(e.newText)}`;
  const { blocks, prose } = markdownProse(draft);
  const block = blocks.find((b) => draft.lastIndexOf('\n', b.start - 1) + 1 === e.start && draft.slice(e.start, b.start).startsWith(m[1]));
  if (!block) return `inserted at ${e.start}, not at the first line of a paragraph or heading`;
  const after = markdownProse(applyEdits(draft, edits)).prose.text;
  return after.replace(/\s+/g, ' ') === prose.text.replace(/\s+/g, ' ') ? null : 'the comment changed the prose (split or moved a paragraph)';
}
