// The writer's disable comment, `<!-- verbatim-disable-next-line CODE … -->`:
// it mutes the named codes (all, if none is named) on the next line and in the
// whole paragraph or heading that starts there. "Ignore this finding here"
// writes it before the finding's block, never inside a paragraph, which a
// comment line would split in two.
import { LineIndex } from '../text/lineIndex';
import type { Draft } from './draft';
import type { Finding } from './findings';

const DIRECTIVE = /^verbatim-disable-next-line\b(.*)$/;

type Block = { start: number; end: number };

/** The findings no disable comment mutes. */
export function suppressByComments(findings: Finding[], draft: Draft, fileText: string): Finding[] {
  const muted: Array<{ start: number; end: number; codes: Set<string> | null }> = [];
  let lines: LineIndex | undefined;
  for (const c of draft.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    // Built only when a directive exists: this runs on every keystroke.
    lines ??= new LineIndex(fileText);
    const next = lines.position(c.end).line + 1;
    const start = lines.offset({ line: next, character: 0 });
    if (start <= c.end) continue; // the comment ends the file: nothing follows it
    const lineEnd = lines.offset({ line: next, character: Number.MAX_SAFE_INTEGER });
    const block = firstBlockFrom(draft.blocks, start);
    const end = Math.max(lineEnd, block && block.start <= lineEnd ? block.end : lineEnd);
    const codes = m[1].split(/[\s,]+/).filter(Boolean);
    muted.push({ start, end, codes: codes.length ? new Set(codes) : null });
  }
  if (muted.length === 0) return findings;
  return findings.filter((f) => !muted.some((m) => f.start >= m.start && f.start <= m.end && (!m.codes || m.codes.has(f.code))));
}

/**
 * The edit that mutes `code` at `offset`: a disable comment on its own line
 * just before the paragraph or heading that holds `offset`, with that line's
 * blockquote markers and indent, so it stays in the same container.
 */
export function disableCommentEdit(draft: Draft, fileText: string, offset: number, code: string): { start: number; end: number; newText: string } {
  const block = blockAt(draft.blocks, offset);
  const at = block ? block.start : offset;
  const lineStart = fileText.lastIndexOf('\n', at - 1) + 1;
  const prefix = /^[ \t]*(?:>[ \t]*)*/.exec(fileText.slice(lineStart, at))![0];
  const lineEnd = fileText.indexOf('\n', lineStart);
  const eol = lineEnd > 0 && fileText[lineEnd - 1] === '\r' ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `${prefix}<!-- verbatim-disable-next-line ${code} -->${eol}` };
}

/** The innermost paragraph or heading holding `offset` (blocks are in document order and do not overlap). */
export function blockAt(blocks: Block[], offset: number): Block | undefined {
  const i = lastStartingBy(blocks, offset);
  return i >= 0 && offset <= blocks[i].end ? blocks[i] : undefined;
}

function firstBlockFrom(blocks: Block[], offset: number): Block | undefined {
  const i = lastStartingBy(blocks, offset - 1) + 1;
  return blocks[i];
}

/** Index of the last block starting at or before `offset`, or -1. */
function lastStartingBy(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
