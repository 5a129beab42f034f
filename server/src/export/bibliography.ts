// The corpus as a bibliography, so Pandoc and Quarto render a draft's [@key]
// citations: CSL-JSON (citeproc's own format) or BibTeX.
import type { Source } from '../model/types';

export type BibFormat = 'csl-json' | 'bibtex';

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** "Nigar Safarli" → family Safarli, given Nigar; several authors split on "and" or commas. */
function names(author: string | undefined): CslName[] | undefined {
  if (!author) return undefined;
  return author
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .filter(Boolean)
    .map((n) => {
      const parts = n.trim().split(/\s+/);
      return parts.length >= 2 ? { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') } : { literal: n.trim() };
    });
}

function dateParts(date: string | undefined): { 'date-parts': number[][] } | undefined {
  const m = date && /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { 'date-parts': [[+m[1], +m[2], +m[3]]] } : undefined;
}

export function toCslJson(sources: Source[]): object[] {
  return sources.map((s) => {
    const entry: Record<string, unknown> = { id: s.key, type: 'article-newspaper', title: s.title ?? s.key };
    const author = names(s.author);
    if (author) entry.author = author;
    if (s.outlet) entry['container-title'] = s.outlet;
    const issued = dateParts(s.date);
    if (issued) entry.issued = issued;
    if (s.url) entry.URL = s.url;
    return entry;
  });
}

/** BibTeX needs its special characters braced or escaped. */
function tex(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

export function toBibtex(sources: Source[]): string {
  return sources
    .map((s) => {
      const fields: Array<[string, string]> = [['title', `{${tex(s.title ?? s.key)}}`]];
      if (s.author) fields.push(['author', tex(s.author.split(/\s*(?:,|;|&)\s*/).join(' and '))]);
      if (s.outlet) fields.push(['journal', tex(s.outlet)]);
      if (s.date) {
        fields.push(['date', s.date], ['year', s.date.slice(0, 4)]);
      }
      if (s.url) fields.push(['url', s.url]);
      return `@article{${s.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}

export function bibliography(sources: Source[], format: BibFormat): string {
  return format === 'bibtex' ? toBibtex(sources) : JSON.stringify(toCslJson(sources), null, 2) + '\n';
}
