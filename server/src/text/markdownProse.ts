// The prose of a Markdown file, read with a real Markdown parser (mdast), as
// text with offsets back to the file. Code, HTML, front matter, link URLs and
// images are not prose and are left out; block boundaries become blank lines.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, Root } from 'mdast';
import { MappedText } from './mappedText';

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
}

const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'footnoteDefinition']);
const BLOCK = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'list', 'tableCell', 'tableRow', 'table', 'thematicBreak']);

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });
}

export function markdownProse(text: string): MarkdownProse {
  const tree = parseMarkdown(text);
  const out = MappedText.builder();
  const headings: MarkdownProse['headings'] = [];
  const htmlComments: HtmlComment[] = [];
  let needBreak = false;

  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const start = node.position?.start.offset ?? 0;
      for (const m of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
        htmlComments.push({ value: m[1].trim(), start: start + m.index!, end: start + m.index! + m[0].length });
      }
      return;
    }
    if (SKIP.has(node.type)) return;
    if (BLOCK.has(node.type) && needBreak) {
      out.addSynthetic('\n\n');
      needBreak = false;
    }
    const headingStart = out.currentLength;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      // The file's own characters where they match the parsed value (escapes and entities aside).
      const raw = start !== undefined && end !== undefined ? text.slice(start, end) : undefined;
      if (raw !== undefined && raw === node.value) out.add(raw, start!);
      else if (start !== undefined) out.add(node.value, start);
      else out.addSynthetic(node.value);
      needBreak = true;
    } else if (node.type === 'break') {
      out.addSynthetic('\n');
    } else if ('children' in node) {
      for (const child of node.children) visit(child as Nodes);
    }
    if (node.type === 'heading') headings.push({ start: headingStart, end: out.currentLength });
    if (BLOCK.has(node.type)) needBreak = true;
  };
  visit(tree);
  return { prose: out.build(), headings, htmlComments };
}
