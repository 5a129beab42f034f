// How a source is named wherever one appears (completion rows, pickers, the
// Sources view, messages): its title, else its key; then outlet, date and
// author where the text gives them. One wording across the editor.
import type { Source } from '../model/types';

type Named = Pick<Source, 'key' | 'title' | 'date' | 'outlet' | 'author'>;

/** The title, or the citation key when the source has none. */
export function sourceTitle(s: Named): string {
  return s.title?.trim() || s.key;
}

/** `Title, date`: what a completion row shows beside a quote. */
export function titleAndDate(s: Named): string {
  return [sourceTitle(s), s.date].filter(Boolean).join(', ');
}

/** `Outlet · date · by Author`, the parts the source gives. */
export function sourceMeta(s: Named): string {
  return [s.outlet, s.date, s.author ? `by ${s.author}` : undefined].filter(Boolean).join(' · ');
}

/** A quote's words on one line, cut to `max` characters at a word boundary. */
export function quoteStart(words: string, max: number): string {
  const one = words.trim().replace(/\s+/g, ' ');
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
