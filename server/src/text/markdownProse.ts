// The prose of a Markdown file, read with a real Markdown parser (mdast), as
// text with offsets back to the file. Code, HTML, front matter, link URLs and
// images are not prose and are left out; block boundaries become blank lines.
// Every character maps to its own place in the file: an entity (`&mdash;`) or
// an escape (`\_`) is one decoded unit, so nothing after it shifts.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { decodeString } from 'micromark-util-decode-string';
import type { Nodes, Root } from 'mdast';
import { MappedText, type MappedTextBuilder } from './mappedText';

export interface HtmlComment {
  value: string;
  start: number;
  end: number;
}

export interface MarkdownProse {
  prose: MappedText;
  /** Offsets in `prose.text` where a heading starts and ends. */
  headings: Array<{ start: number; end: number }>;
  htmlComments: HtmlComment[];
  /** Where each paragraph and heading stands in the file, in order: the blocks a disable comment goes before. */
  blocks: Array<{ start: number; end: number }>;
}

const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'footnoteDefinition']);
const BLOCK = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'list', 'tableCell', 'tableRow', 'table', 'thematicBreak']);
/** What CommonMark decodes in text: a backslash escape or a character reference. */
const ESCAPE_OR_REFERENCE = /\\[!-/:-@[-`{-~]|&(?:#(?:\d{1,7}|[xX][\da-fA-F]{1,6})|[\da-zA-Z]{1,31});/y;

/** Deeper nesting than any writer uses; the parser's time grows with the square of it (`- ` × 10,000 took minutes). */
export const MAX_NESTING = 16;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?/y;

/**
 * The text with container markers (`>`, list bullets) past MAX_NESTING on a
 * line blanked out, same length so every offset still holds: what lies deeper
 * reads as an indented block, not as ten thousand nested containers.
 */
export function boundNesting(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    let depth = 0;
    let cutFrom = -1;
    for (;;) {
      CONTAINER_MARKER.lastIndex = at;
      const m = CONTAINER_MARKER.exec(text);
      if (!m || m[0].length === 0) break;
      depth++;
      if (depth === MAX_NESTING + 1) cutFrom = at;
      at += m[0].length;
    }
    if (cutFrom >= 0) {
      out ??= [];
      out.push(text.slice(last, cutFrom), ' '.repeat(at - cutFrom));
      last = at;
    }
    const nl = text.indexOf('\n', at);
    lineStart = nl < 0 ? text.length : nl + 1;
  }
  return out ? out.join('') + text.slice(last) : text;
}

export function parseMarkdown(text: string): Root {
  return fromMarkdown(boundNesting(text), { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });
}

let last: { text: string; result: MarkdownProse } | undefined;

/** The prose of `text`; the last result is kept, as the checker and fix verification read the same draft. */
export function markdownProse(text: string): MarkdownProse {
  if (last && last.text === text) return last.result;
  const result = readMarkdownProse(text);
  last = { text, result };
  return result;
}

/** Reads `text` afresh, leaving the one-text cache of `markdownProse` alone (a fix's paragraph, read before and after). */
export function readMarkdownProse(text: string): MarkdownProse {
  const out = MappedText.builder();
  const read = readProseInto(text, out, false);
  return { prose: out.build(), headings: read.headings, htmlComments: read.htmlComments, blocks: read.blocks };
}

/** Where text goes as it is read: a MappedText builder, or a recording of one block's pieces (blockProse.ts). */
export type ProseSink = Pick<MappedTextBuilder, 'add' | 'addDecoded' | 'addSynthetic' | 'currentLength'> & {
  /** The break between blocks, when whether one is due depends on what came before (`needBreak` unknown). */
  breakIfDue?(): void;
};

/**
 * Reads `text`'s prose into `out`. `needBreak` says whether a paragraph break
 * is due before the first block: false at a file's start, 'unknown' for a run
 * of blocks read alone (the sink's `breakIfDue` decides). Returns the headings,
 * comments, paragraphs and headings in the file, and whether a break is due
 * after the last block.
 */
export function readProseInto(text: string, out: ProseSink, needBreakAtStart: boolean | 'unknown'): Omit<MarkdownProse, 'prose'> & { needBreak: boolean | 'unknown' } {
  const tree = parseMarkdown(text);
  // What the parser read: the text itself, unless nesting was bounded (same length, same offsets).
  const parsed = boundNesting(text);
  const headings: MarkdownProse['headings'] = [];
  const htmlComments: HtmlComment[] = [];
  const blocks: MarkdownProse['blocks'] = [];
  let needBreak = needBreakAtStart;

  // Depth-first with an explicit stack: a 10,000-deep blockquote must not overflow the call stack.
  type Frame = { node: Nodes; leaving: boolean; headingStart: number };
  const stack: Frame[] = [{ node: tree, leaving: false, headingStart: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.leaving) {
      if (node.type === 'heading') headings.push({ start: frame.headingStart, end: out.currentLength });
      if (BLOCK.has(node.type)) needBreak = true;
      continue;
    }
    if (node.type === 'html') {
      const start = node.position?.start.offset ?? 0;
      for (const m of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
        htmlComments.push({ value: m[1].trim(), start: start + m.index!, end: start + m.index! + m[0].length });
      }
      continue;
    }
    if (SKIP.has(node.type)) continue;
    if ((node.type === 'paragraph' || node.type === 'heading') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      blocks.push({ start: node.position.start.offset, end: node.position.end.offset });
    }
    if (BLOCK.has(node.type) && needBreak !== false) {
      if (needBreak === true) out.addSynthetic('\n\n');
      else out.breakIfDue!();
      needBreak = false;
    }
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) addAligned(out, node.value, parsed, start, end);
      else out.addSynthetic(node.value);
      needBreak = true;
      continue;
    }
    if (node.type === 'break') {
      out.addSynthetic('\n');
      continue;
    }
    stack.push({ node, leaving: true, headingStart: out.currentLength });
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, leaving: false, headingStart: 0 });
  }
  return { headings, htmlComments, blocks, needBreak };
}

/**
 * Adds a text node's `value`, each character mapped to where it stands in
 * `file[start, end)`. The raw source differs from the value by escapes and
 * references (decoded), and by container prefixes (`> `, list indents) and
 * stripped line-start spaces, which the value lacks: those are skipped.
 */
function addAligned(out: ProseSink, value: string, file: string, start: number, end: number): void {
  let i = start;
  let j = 0;
  let runStart = 0;
  let runFile = start;
  /** Just after the file characters of the last value character placed. */
  let placed = start;
  const flush = () => {
    if (j > runStart) out.add(value.slice(runStart, j), runFile);
  };
  while (j < value.length) {
    if (i >= end) {
      // The value outruns its source (never seen): the rest is one unit over what is left, so no edit can cut into it.
      flush();
      out.addDecoded(value.slice(j), placed, end - placed);
      return;
    }
    const c = file.charCodeAt(i);
    if (c === 0x5c /* \ */ || c === 0x26 /* & */) {
      ESCAPE_OR_REFERENCE.lastIndex = i;
      const m = ESCAPE_OR_REFERENCE.exec(file);
      if (m) {
        const decoded = decodeString(m[0]);
        if (decoded !== m[0] && value.startsWith(decoded, j)) {
          flush();
          out.addDecoded(decoded, i, m[0].length);
          i += m[0].length;
          j += decoded.length;
          runStart = j;
          runFile = i;
          placed = i;
          continue;
        }
      }
    }
    const v = value.charCodeAt(j);
    // The parser reads NUL as U+FFFD.
    if (c === v || (c === 0 && v === 0xfffd)) {
      if (j === runStart) runFile = i;
      else if (runFile + (j - runStart) !== i) {
        flush();
        runStart = j;
        runFile = i;
      }
      i++;
      j++;
      placed = i;
      continue;
    }
    // A character of the source that is not in the value: a container prefix or a stripped space.
    i++;
  }
  flush();
}
