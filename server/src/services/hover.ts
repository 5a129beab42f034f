// Hover cards: on a quote (verified or not, the source, the speaker, the
// source sentence with the quote in bold, the diff of a misquote), on a
// person's name, and on a citation key.
import type { MarkupContent } from 'vscode-languageserver-types';
import type { CheckedQuote } from '../check/checkDraft';
import type { CorpusIndex } from '../index/corpusIndex';
import type { Person, Source } from '../model/types';
import { sentenceAround } from '../text/sentenceAround';
import { rangeOf, type CheckedDocument } from './checkedDocument';

export interface HoverCard {
  contents: MarkupContent;
  range: ReturnType<typeof rangeOf>;
}

const md = (value: string): MarkupContent => ({ kind: 'markdown', value });
/** Text from the corpus or the draft, safe inside Markdown. */
export const escapeMd = (s: string) => s.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&').replace(/\s+/g, ' ');

export function hoverAt(doc: CheckedDocument, index: CorpusIndex, offset: number): HoverCard | null {
  const { draft } = doc.result;
  const prose = (o: number) => draft.fileOffset(o);
  for (const c of draft.citations) {
    if (offset >= prose(c.start) && offset <= prose(c.end - 1) + 1) {
      const source = index.sourceByKey.get(c.key);
      return { contents: md(source ? sourceCard(source) : `**@${escapeMd(c.key)}**: no source has this key.`), range: rangeOf(doc.lines, prose(c.keyStart), prose(c.keyEnd - 1) + 1) };
    }
  }
  const quote = doc.result.quotes.find((q) => offset >= q.start && offset < q.end);
  if (quote) return { contents: md(quoteCard(quote, index)), range: rangeOf(doc.lines, quote.start, quote.end) };
  for (const n of draft.names) {
    if (offset >= prose(n.start) && offset <= prose(n.end - 1) + 1) {
      const person = index.people.exact(n.text) ?? index.people.nearMiss(n.text)?.person;
      if (person) return { contents: md(personCard(person, index, n.text)), range: rangeOf(doc.lines, prose(n.start), prose(n.end - 1) + 1) };
    }
  }
  return null;
}

export function sourceCard(s: Source): string {
  const meta = [s.outlet, s.date, s.author ? `by ${s.author}` : undefined].filter(Boolean).map((x) => escapeMd(x!)).join(' · ');
  const firstLines = s.text.trim().split('\n').filter((l) => l.trim()).slice(s.title ? 1 : 0, s.title ? 3 : 2).join(' ');
  return [`**${escapeMd(s.title ?? s.key)}**`, meta, `\`@${s.key}\``, '', `> ${escapeMd(firstLines.slice(0, 300))}${firstLines.length > 300 ? '…' : ''}`].filter((x) => x !== undefined).join('\n\n');
}

function quoteCard(q: CheckedQuote, index: CorpusIndex): string {
  const status = {
    verified: '✓ **Verified**',
    mismatch: '≠ **Misquote**: the wording differs from the source',
    'not-found': '✗ **Not found** in any source',
    unchecked: '**Not checked**: a term in quotes, not a statement',
  }[q.status];
  // A quote with a finding is never shown as verified: the finding comes first.
  const lines = q.findings.length === 0 ? [status] : [q.status === 'verified' ? '**Words found in the source**, with a problem:' : status, ...q.findings.map((f) => `${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '⚠' : 'ℹ'} ${escapeMd(f.message)} \`${f.code}\``)];
  if (q.source && q.evidence) {
    const speaker = q.sourceSpeaker ? personLine(q.sourceSpeaker.name, index, q.source.date) : '*no speaker: the outlet’s own words*';
    lines.push(`${speaker}`);
    const meta = [q.source.outlet, q.source.date, q.evidence.locator].filter(Boolean).map((x) => escapeMd(x!)).join(', ');
    lines.push(`${escapeMd(q.source.title ?? q.source.key)}${meta ? ` — ${meta}` : ''} \`@${q.source.key}\``);
    lines.push(`> ${sentenceWithQuote(q.source.text, q.evidence.text, q.source.text.indexOf(q.evidence.text))}`);
    if (q.diff?.length) {
      lines.push('Draft against source: ' + q.diff.map((d) => (d.added ? `**+${escapeMd(d.value)}**` : d.removed ? `~~${escapeMd(d.value)}~~` : escapeMd(d.value))).join(' '));
    }
  }
  return lines.join('\n\n');
}

/** The source sentence around the quoted words, with the words in bold. */
function sentenceWithQuote(text: string, words: string, at: number): string {
  if (at < 0) return escapeMd(words);
  const s = sentenceAround(text, at, words.length);
  return `${escapeMd(s.before)}**${escapeMd(s.words)}**${escapeMd(s.after)}`;
}

function personLine(name: string, index: CorpusIndex, date?: string): string {
  const person = index.people.exact(name);
  const role = person?.roles.filter((r) => !date || !r.date || r.date <= date).at(-1)?.role ?? person?.roles[0]?.role;
  return `**${escapeMd(name)}**${role ? `, ${escapeMd(role)}` : ''}`;
}

function personCard(p: Person, index: CorpusIndex, written: string): string {
  const lines = [`**${escapeMd(p.name)}**${p.type === 'organisation' ? ' (organisation)' : ''}`];
  if (written !== p.name && !p.aliases.includes(written)) lines.push(`*“${escapeMd(written)}” is not a spelling the sources use.*`);
  const roles = p.roles.map((r) => `${escapeMd(r.role)}${r.date ? ` (${r.date})` : ''}`);
  if (roles.length) lines.push(`Roles: ${[...new Set(roles)].join('; ')}`);
  const spellings = p.spellings.map((s) => `${escapeMd(s.text)} ×${s.count}${s.probableMisspelling ? ' (probable misspelling)' : ''}`);
  lines.push(`Spellings seen: ${spellings.join(', ')}`);
  const quotes = p.quoteIds.map((id) => index.model.quotes[id]);
  const sources = new Set(quotes.map((q) => q.sourceKey));
  lines.push(`${quotes.length} quote${quotes.length === 1 ? '' : 's'} in ${sources.size} source${sources.size === 1 ? '' : 's'}`);
  const dated = quotes
    .filter((q) => q.kind !== 'scare')
    .map((q) => ({ q, date: index.sourceByKey.get(q.sourceKey)?.date ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, 2);
  for (const { q, date } of dated) lines.push(`> “${escapeMd(q.text.trim())}” — \`@${q.sourceKey}\`${date ? `, ${date}` : ''}`);
  return lines.join('\n\n');
}
