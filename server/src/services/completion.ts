// Completion: citation keys after `[@` or `@`; quotes after an opening quote
// mark (the exact wording, the closing mark and the citation); people on a
// capitalised word.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { citeKeyText } from '../check/citations';
import type { CorpusIndex } from '../index/corpusIndex';
import type { QuoteSearch } from '../index/quoteSearch';
import { escapeMd, sourceCard } from './hover';
import type { CheckedDocument } from './checkedDocument';

/** How far back from the cursor completion reads: longer than any quotation typed before asking for it. */
const MAX_TYPED = 1000;
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };

export function completionsAt(doc: CheckedDocument, index: CorpusIndex, search: QuoteSearch, offset: number): CompletionItem[] {
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
  const open = /(^|[\s(—–-])(["“‘«'])([^"“”‘’«»]*)$/.exec(before);
  if (open && !(open[2] === "'" && /\w$/.test(open[1]))) {
    const typed = open[3];
    const markAt = offset - typed.length - 1;
    const speaker = speakerNear(doc, index, lineStart, offset);
    const close = CLOSING[open[2]];
    const after = doc.text.slice(offset, offset + 2);
    const replaceEnd = after.startsWith(close) ? offset + 1 : offset;
    return search.search(typed, { speaker, limit: 30 }).map((q, i) => {
      const words = q.text.trim().replace(/\s+/g, ' ');
      const source = index.sourceByKey.get(q.sourceKey)!;
      const who = q.speaker?.name ?? 'unattributed';
      return {
        label: words.length > 80 ? `${words.slice(0, 79)}…` : words,
        kind: CompletionItemKind.Text,
        detail: `${who} · @${q.sourceKey}${source.date ? ` · ${source.date}` : ''}`,
        documentation: { kind: 'markdown', value: `“${escapeMd(words)}”\n\n— **${escapeMd(who)}**, ${escapeMd(source.title ?? source.key)}` },
        filterText: `${typed}${words}`,
        sortText: String(i).padStart(4, '0'),
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range: { start: doc.lines.position(markAt + 1), end: doc.lines.position(replaceEnd) }, newText: `${words}${close} [@${q.sourceKey}]` },
      } satisfies CompletionItem;
    });
  }

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

/** A person named on the same line before the cursor: "Aliyev said: “…" ranks Aliyev's quotes first. */
function speakerNear(doc: CheckedDocument, index: CorpusIndex, lineStart: number, offset: number): string | undefined {
  const before = doc.text.slice(Math.max(0, lineStart - 200), offset);
  let found: string | undefined;
  for (const m of before.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*/gu)) {
    const p = index.people.exact(m[0]) ?? index.people.exact(m[0].split(' ').pop()!);
    if (p) found = p.name;
  }
  return found;
}
