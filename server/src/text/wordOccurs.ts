// Whether a word occurs as a whole word in a text. Used lazily, for the few
// capitalised words that might be names ("Speaking", "Children" occur in lower
// case too, so they are not), instead of building a vocabulary of every word.

function isLetter(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && /\p{L}/u.test(String.fromCharCode(code));
}

export function wordOccurs(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}

/** Past this length, one pass over the text's words beats a search of the whole text per word asked. */
const VOCABULARY_FROM = 64 * 1024;
const LETTERS_ONLY = /^\p{L}+$/u;

/** `wordOccurs` against one text, remembering answers. */
export function commonWordTest(text: string): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  let vocabulary: Set<string> | undefined;
  return (lower) => {
    let answer = known.get(lower);
    if (answer === undefined) {
      if (text.length > VOCABULARY_FROM && LETTERS_ONLY.test(lower)) {
        // A long draft asks about thousands of words: searching 2 MB for each was most of a check.
        vocabulary ??= new Set(text.match(/\p{L}+/gu) ?? []);
        answer = vocabulary.has(lower);
      } else answer = wordOccurs(text, lower);
      known.set(lower, answer);
    }
    return answer;
  };
}
