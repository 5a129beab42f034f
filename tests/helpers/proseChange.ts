// The oracles of the fix property test and the fuzz suite. A fix changes only
// its intended words (`unintendedChange`, the server's own check, here run on
// whole drafts); a dismissal is one disable comment in the right place.
import { applyEdits } from '../../server/src/check/applyEdits';
import type { TextEdit } from '../../server/src/check/findings';
import { markdownProse } from '../../server/src/text/markdownProse';
export { unintendedChange } from '../../server/src/check/proseChange';

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
