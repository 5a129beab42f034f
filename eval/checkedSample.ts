// Precision on text the engine was not tuned on: news-train articles drawn at
// random, every quote the engine then attributed, each read by hand against its
// article (RIGHT, or WRONG with who really spoke). Two samples of 70 articles:
// tests/gold/news-train-checked.tsv (seed 20261124, 574 quotes), whose errors
// were then studied and fixed, and a second one (seed 777001, other articles)
// kept for measuring, in two halves: news-train-heldout-unread.tsv, whose
// errors nobody has read for rules, and news-train-heldout-read.tsv, whose
// errors were read (and some fixed) after it was checked. Rerun, a row keeps its verdict while the engine
// names the same speaker; a WRONG row now given the checked speaker counts as
// right; any other new speaker is listed as unchecked, to be read by hand, and
// its verdict added as a further row for the same quote.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCorpus } from '../server/src/corpus/buildCorpus';
import { speakerRight } from './score';

export const CHECKED = path.resolve(__dirname, '..', 'tests', 'gold', 'news-train-checked.tsv');
/** The kept sample's halves: never read for errors, and read after checking. */
export const HELD_OUT_UNREAD = path.resolve(__dirname, '..', 'tests', 'gold', 'news-train-heldout-unread.tsv');
export const HELD_OUT_READ = path.resolve(__dirname, '..', 'tests', 'gold', 'news-train-heldout-read.tsv');

export interface CheckedRow {
  file: string;
  offset: number;
  speaker: string;
  verdict: 'RIGHT' | 'WRONG' | 'UNCLEAR';
  actual: string;
  note: string;
}

export interface CheckedResult {
  name: string;
  articles: number;
  rows: number;
  right: number;
  wrong: number;
  /** Rows the engine now leaves without a speaker. */
  silent: number;
  /** Rows the reader could not decide from the article. */
  unclear: number;
  /** Rows whose speaker changed to one nobody has checked. */
  unchecked: string[];
  wrongRows: string[];
}

export function parseChecked(tsv: string): CheckedRow[] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [file, offset, speaker, verdict, actual, note] = l.split('\t');
      return { file, offset: Number(offset), speaker, verdict: verdict as CheckedRow['verdict'], actual: actual ?? '', note: note ?? '' };
    });
}

export function checkedSample(textDir: string, file = CHECKED): CheckedResult {
  const rows = parseChecked(readFileSync(file, 'utf8'));
  const names = [...new Set(rows.map((r) => r.file))].sort();
  const { model } = buildCorpus(names.map((f) => ({ path: path.join(textDir, f), text: readFileSync(path.join(textDir, f), 'utf8') })));
  const fileOf = new Map(model.sources.map((s) => [s.key, path.basename(s.path)]));
  const now = new Map(model.quotes.map((q) => [`${fileOf.get(q.sourceKey)}:${q.start}`, q]));
  // A quote may have been checked again when a rule changed its speaker: a later row for the same quote, with that speaker.
  const checks = new Map<string, CheckedRow[]>();
  for (const r of rows) checks.set(`${r.file}:${r.offset}`, [...(checks.get(`${r.file}:${r.offset}`) ?? []), r]);
  const out: CheckedResult = { name: path.basename(file), articles: names.length, rows: checks.size, right: 0, wrong: 0, silent: 0, unclear: 0, unchecked: [], wrongRows: [] };
  for (const [where, forQuote] of checks) {
    const q = now.get(where);
    const got = q?.speaker?.name ?? null;
    const r = forQuote.find((x) => x.speaker === got) ?? forQuote[0];
    if (!got) out.silent++;
    else if (got === r.speaker && r.verdict === 'UNCLEAR') out.unclear++;
    else if (got === r.speaker) {
      if (r.verdict === 'RIGHT') out.right++;
      else {
        out.wrong++;
        out.wrongRows.push(`${where} got ${got} (${q?.sieve ?? '-'}), really ${r.actual || 'none'}: ${r.note}`);
      }
    } else if (r.verdict === 'WRONG' && r.actual && r.actual !== 'none' && speakerRight(got, r.actual, new Set())) out.right++;
    else out.unchecked.push(`${where} was ${r.speaker} (${r.verdict}), now ${got} (${q?.sieve ?? '-'})`);
  }
  return out;
}

export function describeChecked(r: CheckedResult, show: number): string {
  const named = r.right + r.wrong;
  const lines = [
    `## news-train: ${r.rows} quotes of ${r.articles} random articles, speakers checked by hand (${r.name})`,
    `precision ${((100 * r.right) / Math.max(1, named)).toFixed(1)}% (${r.right}/${named}), now silent ${r.silent}, undecidable ${r.unclear}, speaker changed and not yet checked ${r.unchecked.length}`,
  ];
  for (const w of r.wrongRows.slice(0, show)) lines.push(`  WRONG ${w}`);
  for (const u of r.unchecked.slice(0, show)) lines.push(`  UNCHECKED ${u}`);
  return lines.join('\n');
}
