// Completion: citation keys after `[@` or `@`; quotes after an opening quote
// mark (the exact wording, the closing mark and the citation); people on a
// capitalised word. Every list is searched on the server and cut to the best
// few dozen; the server marks it incomplete, so the next keystroke asks again.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { citeKeyText } from '../check/citations';
import type { CorpusIndex } from '../index/corpusIndex';
import type { QuoteSearch } from '../index/quoteSearch';
import { sourceCard } from './hover';
import { quoteCompletions } from './quoteCompletion';
import type { DraftText } from './checkedDocument';
import { SourceSearch } from '../index/sourceSearch';
import type { Person } from '../model/types';

/** At most this many keys or people a keystroke: a list to choose from, not the corpus. */
export const COMPLETION_LIMIT = 40;

const sourceSearches = new WeakMap<CorpusIndex, SourceSearch>();
const peopleByName = new WeakMap<CorpusIndex, Array<{ person: Person; order: number; names: string[] }>>();

/** How far back from the cursor completion reads: longer than any quotation typed before asking for it. */
const MAX_TYPED = 1000;

/** Completion needs the text, not its check: it runs on every keystroke. */
export function completionsAt(doc: DraftText, index: CorpusIndex, search: QuoteSearch, offset: number): CompletionItem[] {
  const line = doc.lines.position(offset);
  const lineStart = offset - line.character;
  // The end of the line only: the `$`-anchored patterns below backtrack over a 200 KB line.
  const before = doc.text.slice(Math.max(lineStart, offset - MAX_TYPED), offset);
  const rangeFrom = (start: number) => ({ start: doc.lines.position(start), end: doc.lines.position(offset) });

  // `[@ke` or `@ke`: citation keys.
  const key = /(?:^|[\s[;(])-?@(\{?[\p{L}\p{N}_:.#$%&\-+?<>~/]*)$/u.exec(before);
  if (key) {
    const start = offset - key[1].length;
    // A key Pandoc cannot read bare (one ending in `-`) goes in the brace form, @{key-}; so does any key once a brace is typed.
    const braced = key[1].startsWith('{');
    const after = braced && doc.text[offset] === '}' ? 1 : 0;
    let sources = sourceSearches.get(index);
    if (!sources) sourceSearches.set(index, (sources = new SourceSearch(index.model.sources)));
    return sources.search(key[1].replace(/^\{/, ''), COMPLETION_LIMIT).map((s, i) => ({
      label: s.key,
      kind: CompletionItemKind.Reference,
      detail: [s.title, s.date].filter(Boolean).join(' · '),
      documentation: { kind: 'markdown', value: sourceCard(s) },
      // Begins with what is typed: the editor keeps every item the server chose, found by title or outlet as much as by key.
      filterText: `${key[1]}${s.key} ${s.title ?? ''}`,
      sortText: String(i).padStart(6, '0'),
      textEdit: { range: { start: doc.lines.position(start), end: doc.lines.position(offset + after) }, newText: braced ? `{${s.key}}` : citeKeyText(s.key) },
    }));
  }

  // An opening quote mark and what is typed since: quotes from the corpus.
  const quotes = quoteCompletions(doc, index, search, offset, lineStart, before);
  if (quotes) return quotes;

  // A capitalised word: people, with their role.
  const word = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)$/u.exec(before);
  if (word) {
    const start = offset - word[1].length;
    return peopleNamed(index, word[1], COMPLETION_LIMIT).map((p, i) => ({
      label: p.name,
      kind: CompletionItemKind.Value,
      detail: p.roles.at(-1)?.role ?? '',
      filterText: `${word[1]} ${p.aliases.join(' ')}`,
      sortText: String(i).padStart(6, '0'),
      textEdit: { range: rangeFrom(start), newText: p.name },
    }));
  }
  return [];
}

/**
 * People with a name that starts with what is typed, then those with a later
 * word of a name that does (`Clin` finds Hillary Clinton); within each, the
 * people quoted most first.
 */
function peopleNamed(index: CorpusIndex, typed: string, limit: number): Person[] {
  let people = peopleByName.get(index);
  if (!people) {
    // The people quoted most first, once per index: a keystroke then stops at the first `limit` names that fit.
    people = index.model.people
      .filter((p) => p.type === 'person')
      .map((person, order) => ({ person, order, names: person.aliases.map((a) => a.toLowerCase()) }))
      .sort((a, b) => b.person.quoteIds.length - a.person.quoteIds.length || a.order - b.order);
    peopleByName.set(index, people);
  }
  const t = typed.toLowerCase();
  const inner = ` ${t}`;
  const starting: Person[] = [];
  const within: Person[] = [];
  for (let i = 0; i < people.length && starting.length < limit; i++) {
    const { person, names } = people[i];
    if (names.some((n) => n.startsWith(t))) starting.push(person);
    else if (starting.length + within.length < limit && names.some((n) => n.includes(inner))) within.push(person);
  }
  return [...starting, ...within].slice(0, limit);
}
