// Quote completion: after an opening quote mark, what the corpus says, found
// by any of its words. The item's range starts at the opening mark, so the
// editor filters by the whole typed phrase and keeps the list open across
// spaces; the list is always incomplete, so every keystroke searches again on
// the server. Accepting inserts the exact words, the closing mark and the citation.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { citeKeyText } from '../check/citations';
import type { CorpusIndex } from '../index/corpusIndex';
import type { QuoteSearch } from '../index/quoteSearch';
import type { DraftText } from './checkedDocument';
import { escapeMd } from './hover';
import { quoteStart, sourceMeta, sourceTitle, titleAndDate } from './sourceName';

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };
export const QUOTE_LIMIT = 30;
/** Short enough that the speaker, title and date fit beside it in the suggestion list. */
const LABEL_CHARS = 40;

/** An open quotation before the cursor on this line: its mark, where the mark is, and what is typed since. */
export function openQuotation(before: string, offset: number): { mark: string; markAt: number; typed: string } | undefined {
  // Inside double marks, apostrophes are words' own (“it’s”); inside single marks, only double marks may appear.
  const open = /(^|[\s(—–-])(?:(["“«])([^"“”«»\n]*)|(['‘])([^'‘’"“”«»\n]*))$/.exec(before);
  if (!open) return undefined;
  const mark = open[2] ?? open[4];
  const typed = open[3] ?? open[5];
  if (mark === "'" && /\w$/.test(open[1])) return undefined;
  return { mark, markAt: offset - typed.length - 1, typed };
}

/** `before`: the end of the line up to the cursor (bounded, so a huge line costs nothing). */
export function quoteCompletions(doc: DraftText, index: CorpusIndex, search: QuoteSearch, offset: number, lineStart: number, before: string): CompletionItem[] | undefined {
  const open = openQuotation(before, offset);
  if (!open) return undefined;
  const { mark, markAt, typed } = open;
  const close = CLOSING[mark];
  const replaceEnd = doc.text.startsWith(close, offset) ? offset + close.length : offset;
  const range = { start: doc.lines.position(markAt), end: doc.lines.position(replaceEnd) };
  const speaker = speakerNear(doc, index, lineStart, offset);
  return search.search(typed, { speaker, limit: QUOTE_LIMIT }).map((q, i) => {
    const words = q.text.trim().replace(/\s+/g, ' ');
    const source = index.sourceByKey.get(q.sourceKey)!;
    const who = q.speaker?.name ?? 'unattributed';
    return {
      label: quoteStart(words, LABEL_CHARS),
      labelDetails: { description: `${who} — ${titleAndDate(source)}` },
      kind: CompletionItemKind.Text,
      detail: `${who} · @${q.sourceKey}`,
      documentation: {
        kind: 'markdown',
        value: `“${escapeMd(words)}”\n\n— **${escapeMd(who)}**, ${escapeMd(sourceTitle(source))}${sourceMeta(source) ? ` (${escapeMd(sourceMeta(source))})` : ''} \`@${q.sourceKey}\``,
      },
      // The editor filters by the text from the range start (the mark) to the cursor: begin with exactly that.
      filterText: `${mark}${typed}${words}`,
      sortText: String(i).padStart(4, '0'),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: `${mark}${words}${close} [@${citeKeyText(q.sourceKey)}]` },
    } satisfies CompletionItem;
  });
}

/** A person named on the same line before the cursor: "Aliyev said: “…" ranks Aliyev's quotes first. */
function speakerNear(doc: DraftText, index: CorpusIndex, lineStart: number, offset: number): string | undefined {
  const before = doc.text.slice(Math.max(0, lineStart - 200, offset - 1200), offset);
  let found: string | undefined;
  for (const m of before.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*/gu)) {
    const p = index.people.exact(m[0]) ?? index.people.exact(m[0].split(' ').pop()!);
    if (p) found = p.name;
  }
  return found;
}
