// The readable text of an HTML source, through a real HTML parser (htmlparser2),
// with offsets back to the file. Scripts, styles and navigation chrome are dropped.
import { Parser } from 'htmlparser2';
import { MappedText } from '../text/mappedText';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'header', 'aside', 'form', 'svg', 'button']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'tr', 'table', 'figure', 'figcaption', 'pre', 'hr', 'main', 'title',
]);

export interface HtmlText {
  body: MappedText;
  title?: string;
  meta: Record<string, string>;
}

export function htmlText(html: string): HtmlText {
  const out = MappedText.builder();
  const meta: Record<string, string> = {};
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let lastWasBreak = true;

  const blockBreak = () => {
    if (!lastWasBreak) {
      out.addSynthetic('\n\n');
      lastWasBreak = true;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = attrs.property ?? attrs.name;
          if (key && attrs.content) meta[key.toLowerCase()] = attrs.content;
        }
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'title') inTitle = true;
        if (BLOCK.has(name)) blockBreak();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) blockBreak();
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0) return;
        const collapsed = data.replace(/\s+/g, ' ');
        if (!collapsed.trim()) {
          if (!lastWasBreak && collapsed) out.addSynthetic(' ');
          return;
        }
        // Entities change lengths; the text node's start is exact, inner offsets are close.
        out.add(lastWasBreak ? collapsed.trimStart() : collapsed, parser.startIndex);
        lastWasBreak = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { body: out.build(), title: cleanTitle || undefined, meta };
}
