// Finds names in a stretch of prose: runs of capitalised words, with titles
// ("Prime Minister") and country words ("Norvania's") peeled off the front.
// Two or more name words make a full name; a single one may be a surname.
import { NON_NAME_WORDS, TITLE_WORDS } from './vocabulary';

export interface NameHit {
  tokens: string[];
  start: number;
  end: number;
  /** Where the run of capitalised words began (titles included). */
  runStart: number;
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu;
const POSSESSIVE = /['’]s$/;

export interface NameScan {
  full: NameHit[];
  single: NameHit[];
}

/**
 * `isCommonWord` says whether a lower-cased word also occurs in lower case in
 * the corpus ("Speaking", "Children"): such words are not names.
 */
export function scanNames(text: string, start: number, end: number, isCommonWord: (lower: string) => boolean): NameScan {
  const full: NameHit[] = [];
  const single: NameHit[] = [];
  const slice = text.slice(0, end);
  CAPITALISED.lastIndex = start;
  let run: Array<{ word: string; start: number; end: number }> = [];
  const flush = () => {
    if (run.length) classifyRun(run, isCommonWord, full, single);
    run = [];
  };
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED.exec(slice))) {
    const tokenStart = m.index;
    const prevChar = tokenStart > 0 ? text[tokenStart - 1] : ' ';
    if (/[\p{L}\p{N}]/u.test(prevChar)) continue; // inside a word: "McDonald" handled by the regex, "iPhone" skipped
    const last = run[run.length - 1];
    if (last && !(tokenStart === last.end + 1 && text[last.end] === ' ' && !POSSESSIVE.test(last.word))) flush();
    run.push({ word: m[0], start: tokenStart, end: tokenStart + m[0].length });
  }
  flush();
  return { full, single };
}

function isNameWord(word: string, isCommonWord: (lower: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (TITLE_WORDS.has(lower) || NON_NAME_WORDS.has(lower)) return false;
  if (word.length < 2 || word === word.toUpperCase()) return false; // AFP, NATO
  return !isCommonWord(lower);
}

function classifyRun(
  run: Array<{ word: string; start: number; end: number }>,
  isCommonWord: (lower: string) => boolean,
  full: NameHit[],
  single: NameHit[],
): void {
  // The name is the longest tail of name words; a possessive ends it ("Dovranov's").
  let first = run.length;
  while (first > 0) {
    const token = run[first - 1];
    const bare = token.word.replace(POSSESSIVE, '');
    if (first < run.length && bare !== token.word) break;
    if (!isNameWord(bare, isCommonWord)) break;
    first--;
  }
  const tail = run.slice(first);
  if (tail.length === 0) return;
  const named = tail.length > 3 ? tail.slice(-3) : tail;
  const tokens = named.map((t) => t.word.replace(POSSESSIVE, ''));
  const lastToken = named[named.length - 1];
  const hit: NameHit = {
    tokens,
    start: named[0].start,
    end: lastToken.start + tokens[tokens.length - 1].length,
    runStart: run[0].start,
  };
  (tokens.length >= 2 ? full : single).push(hit);
}
