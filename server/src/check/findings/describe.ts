// The words of findings, for a journalist: sources by title and year, people by
// role, changes as "“land” instead of “territory”", never a path or a raw key
// where a title exists; fixes in the draft's own typography.
import type { CorpusIndex } from '../../index/corpusIndex';
import type { Source } from '../../model/types';

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

const TITLE_LENGTH = 48;

/** `“Aliyev threatens…”, 2024`: how a finding names a source. */
export function sourceLabel(s: Source): string {
  const year = s.date?.slice(0, 4);
  if (!s.title) return [s.outlet ?? s.key, year].filter(Boolean).join(', ');
  const title = s.title.replace(/\s+/g, ' ').trim();
  const short = title.length > TITLE_LENGTH ? `${title.slice(0, title.lastIndexOf(' ', TITLE_LENGTH) > 20 ? title.lastIndexOf(' ', TITLE_LENGTH) : TITLE_LENGTH)}…` : title;
  return [`“${short}”`, year].filter(Boolean).join(', ');
}

/** The role the corpus gives a person at the source's date, if any: "Azerbaijan's president". */
export function roleOf(index: CorpusIndex, name: string, date?: string): string | undefined {
  const person = index.people.exact(name);
  if (!person || person.name !== name) return undefined;
  const role = person.roles.filter((r) => !date || !r.date || r.date <= date).at(-1)?.role ?? person.roles[0]?.role;
  // A role is a short noun phrase ("Azerbaijan's president"); a clause the registry caught is no role to print.
  return role && role.length >= 4 && !role.startsWith('(') && role.split(/\s+/).length <= 6 && !/^(?:who|which|that)\b/i.test(role) && !/\b(?:for|of|to|at|in|the|a|an|and)$/i.test(role) ? role : undefined;
}

/** `(Azerbaijan's president, in “Aliyev threatens…”, 2024)` */
export function whoAndWhere(index: CorpusIndex, name: string | undefined, source: Source): string {
  const role = name ? roleOf(index, name, source.date) : undefined;
  return `(${role ? `${role}, ` : ''}in ${sourceLabel(source)})`;
}

/** A word diff, draft against source, in words: `“land” instead of “territory”; “not” added`. */
export function describeChanges(diff: DiffPart[]): string {
  const out: string[] = [];
  for (let i = 0; i < diff.length; i++) {
    const d = diff[i];
    if (!d.added && !d.removed) continue;
    const next = diff[i + 1];
    if (next && (next.added || next.removed) && !!next.added !== !!d.added) {
      const ours = d.added ? d : next;
      const theirs = d.added ? next : d;
      out.push(`“${ours.value}” instead of “${theirs.value}”`);
      i++;
    } else if (d.added) out.push(`“${d.value}” added`);
    else out.push(`“${d.value}” left out`);
  }
  return out.join('; ') || 'punctuation or spelling';
}

const CURLY_TO_STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

/** Source words to put in the draft: straight marks stay straight in a draft that uses them. */
export function inDraftTypography(words: string, draftQuote: string): string {
  const straight = /["']/.test(draftQuote) && !/[“”‘’]/.test(draftQuote);
  return straight ? words.replace(/[“”‘’]/g, (c) => CURLY_TO_STRAIGHT[c]) : words;
}

/** A passage on one line, cut to a readable length. */
export function excerpt(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
