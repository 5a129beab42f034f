// A Markdown draft as HTML, block by block, with marks laid over the text at
// offsets in the file: the report shows the draft as the writer formatted it
// (headings, emphasis, lists, links) with each quote and flagged name marked
// in place. Parsed by mdast, so offsets are the parser's, not a regex's.
// Everything from the draft is escaped; raw HTML in it shows as text.
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../text/markdownProse';

/** Marked text: `open`/`close` wrap every piece of [start, end) (file offsets); `after` follows its last piece. */
export interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
  after?: string;
}

export interface HtmlBlock {
  html: string;
  /** The block's offsets in the file. */
  start: number;
  end: number;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const NOT_SHOWN = new Set(['yaml', 'toml', 'definition', 'footnoteDefinition']);

/** The top-level blocks of `fileText` as HTML. Headings go one level down (the report has its own h1). */
export function markdownBlocks(fileText: string, marks: Mark[]): HtmlBlock[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const render = (node: Nodes): string => {
    const kids = () => ('children' in node ? (node.children as Nodes[]).map(render).join('') : '');
    switch (node.type) {
      case 'text':
        return markedText(fileText, node, sorted);
      case 'html':
        // Raw HTML in a draft is shown as the writer typed it, never run; comments are notes to self.
        return /^<!--[\s\S]*-->$/.test(node.value.trim()) ? '' : markedText(fileText, node, sorted);
      case 'paragraph':
        return `<p>${kids()}</p>`;
      case 'heading':
        return `<h${Math.min(node.depth + 1, 6)}>${kids()}</h${Math.min(node.depth + 1, 6)}>`;
      case 'emphasis':
        return `<em>${kids()}</em>`;
      case 'strong':
        return `<strong>${kids()}</strong>`;
      case 'delete':
        return `<del>${kids()}</del>`;
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'code':
        return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
      case 'blockquote':
        return `<blockquote>${kids()}</blockquote>`;
      case 'list':
        return node.ordered ? `<ol>${kids()}</ol>` : `<ul>${kids()}</ul>`;
      case 'listItem':
        return `<li>${kids()}</li>`;
      case 'link':
        // A self-contained page: links show where they go, but only web links are followed.
        return /^https?:\/\//i.test(node.url) ? `<a href="${escapeHtml(node.url)}">${kids()}</a>` : kids();
      case 'break':
        return '<br>';
      case 'thematicBreak':
        return '<hr>';
      case 'image':
        return escapeHtml(node.alt ?? '');
      default:
        return NOT_SHOWN.has(node.type) ? '' : kids();
    }
  };
  return parseMarkdown(fileText)
    .children.filter((n: RootContent) => !NOT_SHOWN.has(n.type) && !(n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim())))
    .map((n) => ({ html: render(n), start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0 }));
}

/** A text node with the marks over it. Marks need the node's text as it stands in the file; where the parser changed it (escapes, entities), the text goes unmarked. */
function markedText(fileText: string, node: { value: string; position?: { start: { offset?: number }; end: { offset?: number } } }, marks: Mark[]): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || fileText.slice(start, end) !== node.value) return escapeHtml(node.value);
  const over = marks.filter((m) => m.start < end && m.end > start);
  if (over.length === 0) return escapeHtml(node.value);
  const cuts = [...new Set([start, end, ...over.flatMap((m) => [m.start, m.end]).filter((o) => o > start && o < end)])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const active = over.filter((m) => m.start <= from && m.end >= to);
    html += active.map((m) => m.open).join('') + escapeHtml(fileText.slice(from, to)) + active.map((m) => m.close).reverse().join('');
    for (const m of active) if (m.end === to && m.after) html += m.after;
  }
  return html;
}
