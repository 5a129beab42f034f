// A draft's prose read block by block, each block's reading kept: a keystroke
// re-parses only the run of blocks it touched, not the whole draft (13.9 ms a
// keystroke on a real 3,000-word draft was the parser's). The draft is cut at
// blank lines where Markdown cannot carry a construct across (not inside a
// code fence or an HTML comment, not before an indented line); a draft with
// link reference definitions or raw HTML blocks that may hold blank lines is
// read whole. The result is the same as markdownProse's (tests/unit/blockProse.test.ts).
import { MappedText } from './mappedText';
import { markdownProse, readProseInto, type HtmlComment, type MarkdownProse, type ProseSink } from './markdownProse';

/** A run of blocks read alone: the pieces it adds, in its own offsets. */
interface BlockReading {
  /** text, fileStart, fileLength; fileStart -1: text not in the file. A null text: the break between blocks, if one is due. */
  pieces: Array<[text: string | null, fileStart: number, fileLength: number]>;
  headings: Array<{ start: number; end: number }>;
  htmlComments: HtmlComment[];
  /** Paragraphs and headings, in the run's own file offsets. */
  blocks: Array<{ start: number; end: number }>;
  /** Whether a break is due after it; 'unknown' when it holds no block that decides (only code or HTML). */
  needBreak: boolean | 'unknown';
}

/** Block runs kept across keystrokes, least recently used dropped first: a few drafts' worth. */
const CAPACITY = 4096;
const readings = new Map<string, BlockReading>();

export function blockProse(text: string): MarkdownProse {
  const starts = blockStarts(text);
  if (!starts) return markdownProse(text);
  const out = MappedText.builder();
  const headings: MarkdownProse['headings'] = [];
  const htmlComments: HtmlComment[] = [];
  const blocks: MarkdownProse['blocks'] = [];
  let needBreak = false;
  for (let b = 0; b < starts.length; b++) {
    const from = starts[b];
    const block = text.slice(from, b + 1 < starts.length ? starts[b + 1] : text.length);
    const reading = readingOf(block);
    const base = out.currentLength;
    let shift = base;
    for (const [piece, fileStart, fileLength] of reading.pieces) {
      if (piece === null) {
        if (needBreak) {
          out.addSynthetic('\n\n');
          shift += 2;
        }
        needBreak = false;
      } else if (fileStart < 0) out.addSynthetic(piece);
      else out.addDecoded(piece, fileStart + from, fileLength);
    }
    // Headings come after the break, if any: it is always the first thing a block run adds.
    for (const h of reading.headings) headings.push({ start: h.start + shift, end: h.end + shift });
    for (const c of reading.htmlComments) htmlComments.push({ value: c.value, start: c.start + from, end: c.end + from });
    for (const b of reading.blocks) blocks.push({ start: b.start + from, end: b.end + from });
    if (reading.needBreak !== 'unknown') needBreak = reading.needBreak;
  }
  return { prose: out.build(), headings, htmlComments, blocks };
}

function readingOf(block: string): BlockReading {
  const hit = readings.get(block);
  if (hit) {
    readings.delete(block);
    readings.set(block, hit);
    return hit;
  }
  const pieces: BlockReading['pieces'] = [];
  let length = 0;
  const sink: ProseSink = {
    add(piece, fileStart) {
      return sink.addDecoded(piece, fileStart, piece.length) as never;
    },
    addDecoded(piece, fileStart, fileLength) {
      if (piece.length > 0) {
        pieces.push([piece, fileStart, fileLength]);
        length += piece.length;
      }
      return undefined as never;
    },
    addSynthetic(piece) {
      pieces.push([piece, -1, 0]);
      length += piece.length;
      return undefined as never;
    },
    breakIfDue() {
      pieces.push([null, -1, 0]);
    },
    get currentLength() {
      return length;
    },
  };
  const read = readProseInto(block, sink, 'unknown');
  const reading: BlockReading = { pieces, headings: read.headings, htmlComments: read.htmlComments, blocks: read.blocks, needBreak: read.needBreak };
  if (readings.size >= CAPACITY) readings.delete(readings.keys().next().value!);
  readings.set(block, reading);
  return reading;
}

/** Definitions and HTML blocks that may span blank lines: a draft with one is read whole. */
const READ_WHOLE = /^ {0,3}\[[^\]\n]+\]:|<(?:script|pre|style|textarea)\b|<\?|<![A-Za-z[]/im;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n/;

/**
 * Where each run of blocks starts: at a line after a blank line, not indented,
 * outside code fences, HTML comments and front matter. Null: read the draft whole.
 */
export function blockStarts(text: string): number[] | null {
  // A lone CR ends a line for Markdown but not for this reader's lines: such a draft is read whole.
  // So is one with a code fence: a fence in a list item or quote, or after a lone CR, is not always where this reader's
  // lines say (the fuzz suite found prose that differed from a whole reading); journalists' drafts seldom hold code.
  if (READ_WHOLE.test(text) || /\r(?!\n)|```|~~~/.test(text)) return null;
  const starts = [0];
  let at = 0;
  // Front matter runs to its closing fence, blank lines and all.
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const close = new RegExp(`^${front[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*\\r?$`, 'm');
    const rest = text.slice(front[0].length);
    const m = close.exec(rest);
    if (!m) return null;
    at = front[0].length + m.index + m[0].length;
  }
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let afterBlank = false;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const blank = /^[ \t]*\r?$/.test(line);
    if (!blank && afterBlank && !fence && !inComment && !/^[ \t]/.test(line) && at > 0) starts.push(at);
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && /^[ \t]*\r?$/.test(m[2])) fence = undefined;
    } else if (!inComment) {
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = { char: m[1][0], length: m[1].length };
    }
    if (!fence) {
      // Comments open and close in order along the line.
      for (let i = 0; ; ) {
        const next = inComment ? line.indexOf('-->', i) : line.indexOf('<!--', i);
        if (next < 0) break;
        inComment = !inComment;
        i = next + (inComment ? 4 : 3);
      }
    }
    afterBlank = blank;
    at = end + 1;
  }
  return starts;
}
