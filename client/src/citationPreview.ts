// VS Code's Markdown preview, through a markdown-it plugin
// (`markdown.markdownItPlugins`): a Pandoc citation `[@key, p. 3]` renders as
// a readable reference, "(Title, Outlet, date, p. 3)", whose title links to
// the source file. Keys the corpus lacks render as "@key (unknown source)".
import { citationsIn } from '../../server/src/check/citations';

export interface PreviewSource {
  title: string;
  outlet?: string;
  date?: string;
  uri: string;
}

/** The parts of markdown-it this plugin uses (VS Code passes its own instance). */
interface InlineState {
  src: string;
  pos: number;
  posMax: number;
  push(type: string, tag: string, nesting: number): { content: string; meta: unknown };
}
interface MarkdownIt {
  inline: { ruler: { before(name: string, rule: string, fn: (state: InlineState, silent: boolean) => boolean): void } };
  renderer: { rules: Record<string, (tokens: Array<{ meta: unknown }>, idx: number) => string> };
  utils: { escapeHtml(s: string): string };
}

interface CitationItem {
  key: string;
  /** Text before the key (`see`) and after it (`, p. 3`). */
  prefix: string;
  locator: string;
}

export function citationPlugin(sources: () => ReadonlyMap<string, PreviewSource>) {
  return (md: MarkdownIt): MarkdownIt => {
    md.inline.ruler.before('link', 'verbatim_citation', (state, silent) => {
      if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
      const close = state.src.indexOf(']', state.pos + 1);
      if (close < 0 || close > state.posMax) return false;
      const group = state.src.slice(state.pos, close + 1);
      // A link, a footnote or a reference definition is not a citation.
      if (/[[\n]/.test(group.slice(1, -1)) || /^[(:[]/.test(state.src.slice(close + 1, close + 2))) return false;
      const items = citationItems(group);
      if (items.length === 0) return false;
      if (!silent) state.push('verbatim_citation', '', 0).meta = items;
      state.pos = close + 1;
      return true;
    });
    md.renderer.rules.verbatim_citation = (tokens, idx) => {
      const items = tokens[idx].meta as CitationItem[];
      const known = sources();
      const esc = md.utils.escapeHtml;
      const rendered = items.map((item) => {
        const s = known.get(item.key);
        const body = s
          ? [`<a href="${esc(s.uri)}" title="@${esc(item.key)}">${esc(s.title)}</a>`, s.outlet && esc(s.outlet), s.date && esc(s.date)].filter(Boolean).join(', ')
          : `<span class="verbatim-unknown-source" title="No source has this key">@${esc(item.key)} (unknown source)</span>`;
        return `${item.prefix ? `${esc(item.prefix)} ` : ''}${body}${item.locator ? `, ${esc(item.locator)}` : ''}`;
      });
      return `<span class="verbatim-citation">(${rendered.join('; ')})</span>`;
    };
    return md;
  };
}

/** The citations of one bracket group, with the words around each key. */
export function citationItems(group: string): CitationItem[] {
  const cites = citationsIn(group, { start: 0, end: group.length }).filter((c) => !c.inText && c.start === 0 && c.end === group.length);
  if (cites.length === 0) return [];
  const inner = group.slice(1, -1);
  let from = 0;
  return inner.split(';').map((part) => {
    const at = from;
    from += part.length + 1;
    const cite = cites.find((c) => c.keyStart - 1 >= at && c.keyStart - 1 < at + part.length);
    if (!cite) return { key: '', prefix: part.trim(), locator: '' };
    const keyAt = cite.keyStart - 1 - at;
    const prefix = part.slice(0, keyAt).replace(/-?@$/, '').trim();
    const locator = part.slice(cite.keyEnd - 1 - at).replace(/^\s*,?\s*/, '').trim();
    return { key: cite.key, prefix, locator };
  }).filter((i) => i.key);
}
