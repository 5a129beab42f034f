// Agreement with annotators on text the engine was not tuned on: news-train's
// PolNeAR annotations give each quoted Content span its Source span, unresolved
// ("he", "the spokeswoman") but often a name. For every quote the engine gives
// a speaker, inside a Content span whose Source is a name, the speaker should
// share a name word with that Source. Over all 840 articles this estimates
// precision on thousands of quotes, with no hand-checking; a disagreement is
// not always the engine's error (a Source of "CNN" for words CNN reported, a
// misspelt name), so the list is for reading, the rate for watching.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCorpus } from '../server/src/corpus/buildCorpus';

export interface SourceAgreement {
  agree: number;
  disagree: number;
  disagreements: string[];
}

/** Name words, lower-cased, accents and possessives off, titles and small words left out. */
function nameWords(name: string): string[] {
  const skip = new Set(['the', 'of', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'senator', 'former', 'us']);
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !skip.has(w));
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Content spans whose Source is a name, from one article's brat files (several annotators). */
function namedContents(annDir: string, files: string[]): Array<{ start: number; end: number; source: string }> {
  const out: Array<{ start: number; end: number; source: string }> = [];
  for (const file of files) {
    const lines = readFileSync(path.join(annDir, file), 'utf8').split('\n');
    const spans = new Map<string, Span>();
    for (const line of lines) {
      // Discontinuous spans ("120 211;215 300") run from the first start to the last end.
      const m = /^(T\d+)\t\w+ (\d+) (\d+)((?:;\d+ \d+)*)\t(.*)$/.exec(line);
      if (m) spans.set(m[1], { start: Number(m[2]), end: m[4] ? Number(m[4].split(' ').pop()) : Number(m[3]), text: m[5] });
    }
    for (const line of lines) {
      if (!line.startsWith('E')) continue;
      const content = spans.get(/Content:(T\d+)/.exec(line)?.[1] ?? '');
      const source = spans.get(/Source:(T\d+)/.exec(line)?.[1] ?? '');
      if (!content || !source) continue;
      if (!/^\p{Lu}/u.test(source.text) || /^(?:He|She|They|It|We|I|The|A|An|His|Her|This|That|According)\b/.test(source.text)) continue;
      out.push({ start: content.start, end: content.end, source: source.text });
    }
  }
  return out;
}

export function annotatedSources(newsTrain: string): SourceAgreement {
  const textDir = path.join(newsTrain, 'text');
  const annDir = path.join(newsTrain, 'ann');
  const names = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(annDir);
  const { model } = buildCorpus(names.map((f) => ({ path: path.join(textDir, f), text: readFileSync(path.join(textDir, f), 'utf8') })));
  const quotesOf = new Map<string, typeof model.quotes>();
  for (const q of model.quotes) quotesOf.set(q.sourceKey, [...(quotesOf.get(q.sourceKey) ?? []), q]);
  const result: SourceAgreement = { agree: 0, disagree: 0, disagreements: [] };
  for (const source of model.sources) {
    const file = path.basename(source.path);
    const base = file.replace(/\.txt$/, '');
    const contents = namedContents(annDir, anns.filter((a) => a.startsWith(`${base}_`)));
    for (const q of quotesOf.get(source.key) ?? []) {
      if (!q.speaker) continue;
      const annotated = contents.find((c) => q.start >= c.start - 1 && q.end <= c.end + 1);
      if (!annotated) continue;
      const sourceWords = new Set(nameWords(annotated.source));
      if (nameWords(q.speaker.name).some((w) => sourceWords.has(w))) result.agree++;
      else {
        result.disagree++;
        result.disagreements.push(`${file}:${q.start} engine ${q.speaker.name} (${q.sieve ?? '-'}), annotated source “${annotated.source}”: ${q.text.slice(0, 60).replace(/\s+/g, ' ')}`);
      }
    }
  }
  return result;
}

export function describeAnnotatedSources(r: SourceAgreement, show: number): string {
  const all = r.agree + r.disagree;
  const lines = [`## news-train: speakers against the annotators' named Sources (all 840 articles)`, `agreement ${((100 * r.agree) / Math.max(1, all)).toFixed(1)}% (${r.agree}/${all})`];
  for (const d of r.disagreements.slice(0, show)) lines.push(`  DISAGREE ${d}`);
  return lines.join('\n');
}
