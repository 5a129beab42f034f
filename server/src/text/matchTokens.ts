// Words as quotation matching sees them: lower case, one kind of apostrophe,
// no punctuation. A source's `war.` and a draft's `war,` are the same word;
// `Azerbaijan’s` and `Azerbaijan's` too. Offsets say where each word stands.

export interface MatchTokens {
  words: string[];
  starts: number[];
  ends: number[];
}

function isWordCode(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));
}

/** An apostrophe or a digit separator joins a word when a word character follows: `Azerbaijan's`, `1,000`, `3.5`. */
function joins(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === 0x27 || c === 0x2019) return isWordCode(next);
  if (c === 0x2c || c === 0x2e) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 48 && prev <= 57 && next >= 48 && next <= 57;
  }
  return false;
}

export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/^'+|'+$/g, '');
}

export function matchTokens(text: string, from = 0, to = text.length): MatchTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (isWordCode(text.charCodeAt(i)) || (joins(text, i) && i + 1 < to))) i++;
    const word = text.slice(start, i);
    words.push(word === word.toLowerCase() && !word.includes('’') ? word : normaliseWord(word));
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends };
}

/** Words that negate: dropping or adding one always changes the meaning. */
export const NEGATIONS = new Set(['no', 'not', 'never', "n't", 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't", "wasn't", "weren't", "shouldn't", "wouldn't", "couldn't", "haven't", "hasn't", "hadn't"]);

const NUMBER_WORDS = new Set(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'half', 'quarter', 'third', 'percent']);

export function isNumberWord(word: string): boolean {
  if (NUMBER_WORDS.has(word)) return true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
