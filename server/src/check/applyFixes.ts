// Applies fixes to a draft's text, in time linear in the draft and the fixes.
// Every edit is verified first: its range must still hold the words the fix
// was computed from, or it is dropped. Overlapping edits are skipped, not
// merged: two fixes that touch the same words need a writer's choice.
import { decodeString } from 'micromark-util-decode-string';
import { markdownProse } from '../text/markdownProse';
import type { MappedText } from '../text/mappedText';
import type { Finding, Fix, TextEdit } from './findings';
import { applyEdits } from './applyEdits';
import { changesOnlyItsWords } from './proseChange';

export interface Applied {
  text: string;
  applied: number;
  /** Fixes left for a writer: several choices, or overlapping another fix. */
  skipped: number;
  /** Fixes dropped because their range no longer holds the words they were computed from. */
  dropped: number;
}

/** Whitespace-insensitive, and with Markdown escapes and entities decoded: `\_` holds `_`, `&mdash;` holds `—`. */
function sameWords(raw: string, expected: string): boolean {
  if (raw === expected) return true;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(decodeString(raw)) === norm(expected);
}

const BLANK_LINE = /\n[ \t]*\n/;
/**
 * Characters whose meaning in Markdown depends on their partners: removing or
 * adding one (a literal `**`, a backtick) can re-pair emphasis or code spans
 * far from the edit. A machine fix touches plain words only.
 */
const PAIRED_MARKUP = /[*`<>[\]|]/;
const CITATION = /^ ?\[@[^\s[\]*`<>|]+\]$/;

/**
 * The edits whose range in `text` still holds the words they were computed
 * from (`expected`), in bounds. An insertion (an empty range) must come right
 * after the draft's words; any other edit without `expected` is dropped.
 */
export function verifyEdits(text: string, edits: TextEdit[]): TextEdit[] {
  let prose: MappedText | undefined;
  return edits.filter((e) => {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) return false;
    // Words from a source that span its paragraphs would split the writer's paragraph: not a fix a machine may make.
    if (BLANK_LINE.test(e.newText)) return false;
    // Plain words in, plain words out; the one markup a fix may insert is a citation.
    if (PAIRED_MARKUP.test(e.start === e.end ? e.newText.replace(CITATION, '') : e.newText)) return false;
    if (PAIRED_MARKUP.test(text.slice(e.start, e.end).replace(/\\[!-/:-@[-`{-~]/g, ''))) return false;
    if (e.start === e.end) {
      // An insertion goes right after the draft's words: never into an entity, a code span or a link's address.
      prose ??= markdownProse(text).prose;
      if (!((e.expected ?? '') === '' && prose.followsText(e.start))) return false;
    } else if (e.expected === undefined || !sameWords(text.slice(e.start, e.end), e.expected)) return false;
    // Read back: the words beside an edit must not turn into markup with it (`&bog|us;` → `&and;`).
    return changesOnlyItsWords(text, e);
  });
}

/** A fix whose edits all verify, or null: half a fix is a corruption too. */
export function verifyFix(text: string, fix: Fix): Fix | null {
  return fix.edits.length > 0 && verifyEdits(text, fix.edits).length === fix.edits.length ? fix : null;
}

/**
 * Records on every edit of `findings` the draft's words it replaces, as the
 * check read them (`prose`: the draft's own prose map, not a second parse) (the prose, with entities and escapes decoded; markup left
 * out). A range that takes in markup then fails verification instead of
 * rewriting it.
 */
export function recordExpectedWords(findings: Finding[], prose: Pick<MappedText, 'textIn'>): Finding[] {
  for (const f of findings) for (const fix of f.fixes) for (const e of fix.edits) if (e.expected === undefined) e.expected = prose.textIn(e.start, e.end);
  return findings;
}

/** The fixes a machine may apply alone: findings with exactly one fix that verifies and overlaps no other. */
export function applyUnambiguousFixes(text: string, findings: Finding[]): Applied {
  let skipped = 0;
  let dropped = 0;
  const candidates: Fix[] = [];
  for (const f of findings) {
    if (f.fixes.length !== 1) {
      if (f.fixes.length > 1) skipped++;
      continue;
    }
    const fix = verifyFix(text, f.fixes[0]);
    if (fix) candidates.push(fix);
    else dropped++;
  }
  // Sweep the edits by start: an edit that starts before the furthest end so far overlaps that edit's fix.
  const flat = candidates.flatMap((fix, id) => fix.edits.map((e) => ({ e, id })));
  flat.sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end);
  const conflicting = new Set<number>();
  let furthest: { e: TextEdit; id: number } | undefined;
  let previous: { e: TextEdit; id: number } | undefined;
  for (const x of flat) {
    if (furthest && x.e.start < furthest.e.end) conflicting.add(x.id).add(furthest.id);
    if (previous && x.e.start === previous.e.start && x.e.end === previous.e.end) conflicting.add(x.id).add(previous.id);
    if (!furthest || x.e.end > furthest.e.end) furthest = x;
    previous = x;
  }
  const chosen = candidates.filter((_, id) => !conflicting.has(id));
  skipped += candidates.length - chosen.length;
  return { text: applyEdits(text, chosen.flatMap((f) => f.edits)), applied: chosen.length, skipped, dropped };
}
