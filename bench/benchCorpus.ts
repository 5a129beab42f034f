// The bench corpus: real news articles repeated to the size wanted, each copy with
// its people renamed so that copies do not collapse into the same few people.
// The articles are ../shared/news-train/text (840 real US political articles)
// when that folder is there, else the five real seeds. Same count, same corpus.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export interface BenchCorpus {
  dir: string;
  articles: number;
  bytes: number;
  /** Where the articles come from. */
  origin: string;
}

const NEWS_TRAIN = path.resolve(__dirname, '..', '..', 'shared', 'news-train', 'text');
const SEEDS = path.resolve(__dirname, '..', 'seeds');

function originals(): { origin: string; files: Array<{ name: string; text: string }> } {
  const dir = existsSync(NEWS_TRAIN) ? NEWS_TRAIN : SEEDS;
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { origin: dir === NEWS_TRAIN ? '../shared/news-train/text' : 'seeds/', files: names.map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') })) };
}

const VOWELS = 'aeiou';
const SUFFIXES = ['', 'sen', 'ova', 'ski', 'ini', 'ard', 'oux', 'ley'];

/** The `copy`-th variant of a surname: vowels rotated, then a suffix, so each copy names different people. */
export function perturbName(name: string, copy: number): string {
  if (copy === 0) return name;
  const shift = copy % VOWELS.length;
  const rotated = name.replace(/[aeiou]/g, (v) => VOWELS[(VOWELS.indexOf(v) + shift) % VOWELS.length]);
  return rotated + SUFFIXES[Math.floor(copy / VOWELS.length) % SUFFIXES.length] + (copy >= VOWELS.length * SUFFIXES.length ? String(copy) : '');
}

/** Surnames of the article: the last word of two or three capitalised words in a row, not at a sentence start. */
function surnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,;] )[A-Z][a-z]+ (?:[A-Z]\. )?([A-Z][a-z]{3,})\b/g)) out.add(m[1]);
  return out;
}

export function renamed(text: string, copy: number): string {
  if (copy === 0) return text;
  const names = surnames(text);
  if (names.size === 0) return text;
  const re = new RegExp(`\\b(${[...names].join('|')})\\b`, 'g');
  return text.replace(re, (n) => perturbName(n, copy));
}

/** Writes `count` articles under bench/.corpus/<origin>-<count>/ once and reuses them after. */
export function benchCorpus(count: number): BenchCorpus {
  const { origin, files } = originals();
  const dir = path.join(__dirname, '.corpus', `${origin === 'seeds/' ? 'seeds' : 'news-train'}-${count}`);
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8'));
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / files.length);
    const f = files[i % files.length];
    const text = renamed(f.text, copy);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}-${f.name}`), text);
  }
  const info: BenchCorpus = { dir, articles: count, bytes, origin };
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}
