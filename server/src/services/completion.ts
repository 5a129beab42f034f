// Completion: citation keys after `[@` or `@`; quotes after an opening quote
// mark (the exact wording, the closing mark and the citation); people on a
// capitalised word.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { citeKeyText } from '../check/citations';
import type { CorpusIndex } from '../index/corpusIndex';
import type { QuoteSearch } from '../index/quoteSearch';
import { sourceCard } from './hover';
import { quoteCompletions } from './quoteCompletion';
import type { DraftText } from './checkedDocument';

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
    return index.model.sources.map((s, i) => ({
      label: s.key,
      kind: CompletionItemKind.Reference,
      detail: [s.title, s.date].filter(Boolean).join(' · '),
      documentation: { kind: 'markdown', value: sourceCard(s) },
      filterText: `${braced ? '{' : ''}${s.key} ${s.title ?? ''}`,
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
    return index.model.people
      .filter((p) => p.type === 'person')
      .map((p, i) => ({
        label: p.name,
        kind: CompletionItemKind.Value,
        detail: p.roles.at(-1)?.role ?? '',
        filterText: p.aliases.join(' '),
        sortText: String(i).padStart(6, '0'),
        textEdit: { range: rangeFrom(start), newText: p.name },
      }));
  }
  return [];
}
