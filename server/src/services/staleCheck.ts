// The last check of a draft, read through the edits made since: a hover is
// answered at once from it instead of waiting for the re-check. The text that
// is the same at the start and at the end of both versions maps one to one;
// the changed middle maps to nothing, so no card is shown for words being typed.
import type { CheckedDocument } from './checkedDocument';

export interface StaleView {
  checked: CheckedDocument;
  /** An offset in the text now → the same character in the checked text, or null inside what changed. */
  toChecked(offset: number): number | null;
  /** A range of the checked text → the same range now, or null when it takes in changed text. */
  rangeNow(range: { start: { line: number; character: number }; end: { line: number; character: number } }, now: { positionAt(offset: number): { line: number; character: number } }): { start: { line: number; character: number }; end: { line: number; character: number } } | null;
}

export function staleView(checked: CheckedDocument, text: string): StaleView {
  const old = checked.text;
  let prefix = 0;
  if (old !== text) {
    const shorter = Math.min(old.length, text.length);
    while (prefix < shorter && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  } else prefix = old.length;
  let suffix = 0;
  const room = Math.min(old.length, text.length) - prefix;
  while (suffix < room && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const shift = text.length - old.length;
  const toChecked = (o: number) => (o <= prefix ? o : o >= text.length - suffix ? o - shift : null);
  const toNow = (o: number) => (o <= prefix ? o : o >= old.length - suffix ? o + shift : null);
  return {
    checked,
    toChecked,
    rangeNow(range, now) {
      const a = checked.lines.offset(range.start);
      const b = checked.lines.offset(range.end);
      // A range that takes in changed text (or has text inserted inside it) is no longer there as checked.
      if (old !== text && b > prefix && a < Math.max(old.length - suffix, prefix)) return null;
      const start = toNow(a);
      const end = toNow(b);
      return start === null || end === null ? null : { start: now.positionAt(start), end: now.positionAt(end) };
    },
  };
}
