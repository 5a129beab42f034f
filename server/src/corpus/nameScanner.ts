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
 * the text. It is asked only of a sentence's first word ("Speaking to …",
 * "Children have …"), where capitals say nothing; elsewhere a capital is
 * trusted, so that first names like Mark or Grace stay names.
 */
export function scanNames(text: string, start: number, end: number, isCommonWord: (lower: string) => boolean, capitalised?: Set<string>): NameScan {
  const full: NameHit[] = [];
  const single: NameHit[] = [];
  const slice = text.slice(0, end);
  CAPITALISED.lastIndex = start;
  let run: Token[] = [];
  const flush = () => {
    if (run.length) classifyRun(run, isCommonWord, full, single, text);
    run = [];
  };
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED.exec(slice))) {
    const tokenStart = m.index;
    const prevChar = tokenStart > 0 ? text[tokenStart - 1] : ' ';
    if (/[\p{L}\p{N}]/u.test(prevChar)) continue; // inside a word: "McDonald" handled by the regex, "iPhone" skipped
    const last = run[run.length - 1];
    if (last && !(tokenStart === last.end + 1 && text[last.end] === ' ' && !POSSESSIVE.test(last.word))) flush();
    run.push({ word: m[0], start: tokenStart, end: tokenStart + m[0].length, sentenceStart: startsSentence(text, tokenStart, start) });
    capitalised?.add(m[0].replace(POSSESSIVE, ''));
  }
  flush();
  return { full, single };
}

interface Token {
  word: string;
  start: number;
  end: number;
  sentenceStart: boolean;
}

/** Whether only a sentence end, a quote mark or the paragraph start precede `at`. */
function startsSentence(text: string, at: number, paragraphStart: number): boolean {
  let i = at - 1;
  while (i >= paragraphStart && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '‘' || text[i] === '(')) i--;
  return i < paragraphStart || text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === ':' || text[i] === '–' || text[i] === '—';
}

function isNameWord(token: Token, bare: string, isCommonWord: (lower: string) => boolean): boolean {
  const lower = bare.toLowerCase();
  if (TITLE_WORDS.has(lower) || NON_NAME_WORDS.has(lower)) return false;
  if (bare.length < 2 || bare === bare.toUpperCase()) return false; // AFP, NATO
  return !(token.sentenceStart && isCommonWord(lower));
}

function classifyRun(run: Token[], isCommonWord: (lower: string) => boolean, full: NameHit[], single: NameHit[], text: string): void {
  // The name is the longest tail of name words; a possessive ends it ("Dovranov's").
  let first = run.length;
  while (first > 0) {
    const token = run[first - 1];
    const bare = token.word.replace(POSSESSIVE, '');
    if (first < run.length && bare !== token.word) break;
    if (!isNameWord(token, bare, isCommonWord)) break;
    first--;
  }
  const tail = run.slice(first);
  if (tail.length === 0) return;
  // "the Port Workers' Union", "the Upper Valley": a run after "the" with no title before the name is not a person.
  if (first === 0 && tail.length >= 2 && /\bthe\s$/i.test(text.slice(Math.max(0, run[0].start - 4), run[0].start))) return;
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
