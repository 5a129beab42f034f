// Whether edits change only their own words: the draft's prose after the
// edits must equal the prose before with exactly the edited ranges' words
// replaced. Markdown can turn neighbouring characters into markup (`&bog` +
// `and` + `us;` is no entity, `&` + `and` + `;` is `∧`), so a fix is read back
// before a writer is offered it; the fix property test and the fuzz suite use
// the same oracle on whole drafts.
import { applyEdits } from './applyEdits';
import type { TextEdit } from './findings';
import { readMarkdownProse } from '../text/markdownProse';
import type { MappedText } from '../text/mappedText';

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

/** Null when `edits` change only their own words in `draft`'s prose; otherwise what went wrong. */
export function unintendedChange(draft: string, edits: readonly TextEdit[]): string | null {
  const before = readMarkdownProse(draft).prose;
  const after = applyEdits(draft, edits);
  let expected = before.text;
  // Right to left; edits at one point in reverse order, so they end up in the order applyEdits puts them.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  for (const { e } of order) expected = expected.slice(0, proseAt(before, e.start)) + e.newText + expected.slice(proseAt(before, e.end));
  const got = readMarkdownProse(after).prose.text;
  // Block breaks are synthetic in the prose and map to no file character: where one falls beside an edit, only whitespace may differ.
  if (got === expected || got.replace(/\s+/g, '') === expected.replace(/\s+/g, '')) return null;
  let i = 0;
  while (i < got.length && got[i] === expected[i]) i++;
  return `prose differs at ${i}: expected ${JSON.stringify(expected.slice(Math.max(0, i - 40), i + 40))}, got ${JSON.stringify(got.slice(Math.max(0, i - 40), i + 40))}`;
}

/** How much of a paragraph on either side of an edit is read back: what an edit can turn into markup lies near it. */
const CONTEXT = 500;
const isBlank = (text: string, from: number, to: number) => /^[ \t]*$/.test(text.slice(from, to));

/**
 * The file range read back for an edit at [start, end): its paragraph (from
 * just after the blank line before it to the blank line after it), at most
 * CONTEXT characters either side, cut at a line break or a space.
 */
function paragraphAround(text: string, start: number, end: number): { from: number; to: number } {
  const low = Math.max(0, start - CONTEXT);
  const high = Math.min(text.length, end + CONTEXT);
  let from = low;
  for (let lineEnd = text.lastIndexOf('\n', start - 1); lineEnd >= low && lineEnd > 0; ) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineStart > 0 && isBlank(text, lineStart, lineEnd)) {
      from = lineEnd + 1;
      break;
    }
    lineEnd = lineStart - 1;
  }
  let to = high;
  for (let lineStart = text.indexOf('\n', end); lineStart >= 0 && lineStart < high; ) {
    const lineEnd = text.indexOf('\n', lineStart + 1);
    if (lineEnd < 0) break;
    if (isBlank(text, lineStart + 1, lineEnd)) {
      to = lineStart;
      break;
    }
    lineStart = lineEnd;
  }
  // A cut inside a long paragraph falls on whitespace, never inside a word or an entity.
  if (from === low && from > 0) {
    const space = text.slice(low, start).search(/\s/);
    from = space < 0 ? start : low + space + 1;
  }
  if (to === high && to < text.length) {
    const space = Math.max(text.lastIndexOf(' ', high), text.lastIndexOf('\n', high));
    to = space > end ? space : end;
  }
  return { from, to };
}

/**
 * Whether one edit changes only its own words, read back in its paragraph:
 * what an edit can turn into markup lies beside it, and a paragraph is cheap
 * to read twice where a long draft is not.
 */
export function changesOnlyItsWords(text: string, edit: TextEdit): boolean {
  if (!mayMakeMarkup(text, edit)) return true;
  const { from, to } = paragraphAround(text, edit.start, edit.end);
  return unintendedChange(text.slice(from, to), [{ ...edit, start: edit.start - from, end: edit.end - from }]) === null;
}

/** Characters that are markup by their neighbours: entities, escapes, emphasis, code, HTML, strike-through, a link's `](` or `][`. */
const MARKUP_NEAR = /[&\\*_`<~]|\]\s*[([]/;
/** How far from an edit a neighbour can join it into markup: an entity name is at most 32 characters. */
const REACH = 40;

/**
 * Whether an edit could change more than its words: markup characters near
 * it or in it, a line break in it, or a start at a line's start (where `- `
 * or `# ` would open a block). Plain words among plain words cannot.
 */
function mayMakeMarkup(text: string, edit: TextEdit): boolean {
  if (MARKUP_NEAR.test(edit.newText) || edit.newText.includes('\n')) return true;
  if (MARKUP_NEAR.test(text.slice(Math.max(0, edit.start - REACH), Math.min(text.length, edit.end + REACH)))) return true;
  const lineStart = text.lastIndexOf('\n', edit.start - 1) + 1;
  return /^[\s>]*$/.test(text.slice(Math.max(lineStart, edit.start - REACH), edit.start)) && edit.start - lineStart <= REACH;
}
