// The sentence (or line) around some words of a text, cut to a readable
// length: what a hover card or a report note shows of a source, with the
// quoted words set apart.

export interface WordsInContext {
  before: string;
  words: string;
  after: string;
}

/** The line around `length` characters at `at`, at most `reach` characters either side. */
export function sentenceAround(text: string, at: number, length: number, reach = 240): WordsInContext {
  if (at < 0) return { before: '', words: '', after: '' };
  const start = Math.max(text.lastIndexOf('\n', at) + 1, at - reach);
  let end = text.indexOf('\n', at + length);
  if (end < 0) end = text.length;
  end = Math.min(end, at + length + reach);
  return { before: text.slice(start, at), words: text.slice(at, at + length), after: text.slice(at + length, end) };
}
