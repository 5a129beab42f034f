// The `sources`, `quotes` and `people` listings, as text or JSON.
import * as path from 'node:path';
import { citeKeyText, isBareKey } from '../check/citations';
import type { CorpusModel } from '../model/types';

type Format = 'text' | 'json';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const rel = (p: string) => path.relative(process.cwd(), p) || p;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function formatSources(model: CorpusModel, format: Format): string {
  if (format === 'json') {
    return json(model.sources.map((s) => ({ key: s.key, cite: `[@${citeKeyText(s.key)}]`, file: rel(s.path), title: s.title, date: s.date, outlet: s.outlet, author: s.author, url: s.url })));
  }
  const rows = model.sources.map((s) => `${s.key}\t${s.date ?? '????-??-??'}\t${s.outlet ?? '-'}\t${s.title ?? '(untitled)'}${isBareKey(s.key) ? '' : `\tcite as [@${citeKeyText(s.key)}]: Pandoc cannot read this key bare`}`);
  const braced = model.sources.filter((s) => !isBareKey(s.key)).length;
  // Said once, after the list, so tools that read the rows still get one source a line.
  const note = braced ? `# ${braced} key${braced === 1 ? '' : 's'} end in punctuation, which Pandoc drops from a bare key: cite ${braced === 1 ? 'it' : 'them'} in the brace form [@{key-}].\n` : '';
  return rows.join('\n') + '\n' + note;
}

export function formatQuotes(model: CorpusModel, format: Format): string {
  const files = new Map(model.sources.map((s) => [s.key, rel(s.path)]));
  const rows = model.quotes.map((q) => ({
    source: q.sourceKey,
    file: files.get(q.sourceKey)!,
    speaker: q.speaker?.name ?? null,
    kind: q.kind,
    cue: q.cue ?? null,
    resolvedBy: q.resolvedBy ?? null,
    ...(q.speaker ? {} : { noSpeakerReason: q.noSpeakerReason }),
    text: q.text,
    start: q.start,
    end: q.end,
  }));
  if (format === 'json') return json(rows);
  return rows.map((r) => `${r.source}:${r.start}\t${r.kind}\t${r.speaker ?? `(${r.noSpeakerReason})`}\t${r.cue ?? ''}\t“${oneLine(r.text)}”`).join('\n') + '\n';
}

export function formatPeople(model: CorpusModel, format: Format): string {
  const rows = model.people.map((p) => ({
    name: p.name,
    type: p.type,
    aliases: p.aliases,
    spellings: p.spellings,
    roles: p.roles,
    mentions: p.mentions.length,
    quotes: p.quoteIds.length,
  }));
  if (format === 'json') return json(rows);
  return (
    rows
      .map((r) => {
        const roles = [...new Set(r.roles.map((x) => x.role))].join('; ');
        const misspelt = r.spellings.filter((s) => s.probableMisspelling).map((s) => s.text);
        return `${r.name}${r.type === 'organisation' ? ' [organisation]' : ''}\t${r.quotes} quotes, ${r.mentions} mentions\t${roles || '-'}\taliases: ${r.aliases.join(', ')}${misspelt.length ? `\tprobable misspellings: ${misspelt.join(', ')}` : ''}`;
      })
      .join('\n') + '\n'
  );
}
