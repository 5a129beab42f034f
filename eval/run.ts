// `npm run eval [-- DIR …] [--misses N] [--json FILE]`: scores speaker
// attribution on real news in the news-dev format (DIR/text/*.txt, DIR/gold.tsv).
// With no DIR: ../shared/news-dev beside the project, when it is there; then
// a hand-checked sample of ../shared/news-train (eval/checkedSample.ts) and drafts
// copying its quote paragraphs (eval/verbatimDrafts.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCorpus } from '../server/src/corpus/buildCorpus';
import { annotatedSources, describeAnnotatedSources } from './annotatedSources';
import { checkedSample, describeChecked, HELD_OUT_READ, HELD_OUT_UNREAD } from './checkedSample';
import { describeFalseAlarms, falseAlarms } from './falseAlarms';
import { describeVerbatimAlarms, verbatimAlarms } from './verbatimDrafts';
import { parseGold, parseSharedSurnames, report, scoreRows, type Extracted, type ScoredRow } from './score';

export function extract(dir: string): Extracted[] {
  const textDir = path.join(dir, 'text');
  const files = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: path.join(textDir, f), text: readFileSync(path.join(textDir, f), 'utf8') }));
  const { model } = buildCorpus(files);
  const fileOf = new Map(model.sources.map((s) => [s.key, path.basename(s.path)]));
  return model.quotes.map((q) => ({ file: fileOf.get(q.sourceKey)!, start: q.start, end: q.end, speaker: q.speaker?.name ?? null, sieve: q.sieve ?? q.resolvedBy ?? (q.speaker ? undefined : 'abstain') }));
}

export function scoreFolder(dir: string): ScoredRow[] {
  const gold = parseGold(readFileSync(path.join(dir, 'gold.tsv'), 'utf8'));
  const sharedFile = path.join(dir, 'same_surname.tsv');
  const shared = existsSync(sharedFile) ? parseSharedSurnames(readFileSync(sharedFile, 'utf8')) : new Map();
  return scoreRows(gold, extract(dir), shared);
}

/** The bundled seeds against their hand-written gold (speakerless gold quotes are left out, as news-dev leaves them out). */
export function scoreSeeds(): ScoredRow[] {
  const seeds = path.resolve(__dirname, '..', 'seeds');
  const gold = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'tests', 'gold', 'seeds.json'), 'utf8')) as { quotes: Array<{ source: string; start?: number; end?: number; text: string; speaker: string | null; kind: string; via?: string | null }> };
  const rows = gold.quotes
    .filter((q) => q.speaker && q.start !== undefined && q.end !== undefined)
    .map((q) => ({ file: `${q.source}.txt`, start: q.start!, end: q.end!, kind: q.kind, speaker: q.speaker!, via: q.via ?? 'name', quote: q.text }));
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ path: path.join(seeds, f), text: readFileSync(path.join(seeds, f), 'utf8') }));
  const { model } = buildCorpus(files);
  const fileOf = new Map(model.sources.map((s) => [s.key, path.basename(s.path)]));
  const extracted = model.quotes.map((q) => ({ file: fileOf.get(q.sourceKey)!, start: q.start, end: q.end, speaker: q.speaker?.name ?? null, sieve: q.sieve ?? (q.speaker ? undefined : 'abstain') }));
  return scoreRows(rows, extracted, new Map());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let misses = 30;
  let jsonOut: string | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--misses') misses = Number(args[++i]);
    else if (args[i] === '--json') jsonOut = args[++i];
    else dirs.push(args[i]);
  }
  if (dirs.length === 0) {
    console.log(report('seeds (tests/gold/seeds.json)', scoreSeeds(), misses));
    const dev = path.resolve(__dirname, '..', '..', 'shared', 'news-dev');
    if (existsSync(dev)) dirs.push(dev);
    else console.log(`eval: ${dev} is not there; name a folder in the news-dev format`);
  }
  for (const dir of dirs) {
    if (!existsSync(path.join(dir, 'gold.tsv'))) {
      console.error(`eval: ${dir} has no gold.tsv`);
      process.exitCode = 2;
      continue;
    }
    const t0 = performance.now();
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify(extract(dir)));
    const rows = scoreFolder(dir);
    console.log(report(`${path.basename(dir)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`, rows, misses));
    // Never cry wolf: the checker on a draft that quotes every gold quotation correctly.
    console.log(describeFalseAlarms(path.basename(dir), await falseAlarms(dir), misses));
  }
  // Unseen text: the checker on drafts that copy news-train's quote paragraphs, cited.
  const train = path.resolve(__dirname, '..', '..', 'shared', 'news-train', 'text');
  if (existsSync(train)) {
    console.log(describeChecked(checkedSample(train), misses));
    console.log(describeChecked(checkedSample(train, HELD_OUT_UNREAD), misses));
    console.log(describeChecked(checkedSample(train, HELD_OUT_READ), misses));
    console.log(describeAnnotatedSources(annotatedSources(path.dirname(train)), misses));
    console.log(describeVerbatimAlarms('news-train', await verbatimAlarms(train), misses));
  } else console.log(`eval: ${train} is not there; the hand-checked sample and the verbatim-draft check need it`);
}

if (require.main === module) void main();
