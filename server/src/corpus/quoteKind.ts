// full, partial or scare: what a quotation is, from where it sits in its sentence.
import type { QuoteKind } from '../model/types';
import { NAMING_CUES } from './attribution/cueVerbs';

const TERMINAL = /[.!?,;:…]["”’]?\s*$/;
/** The naming cues, with the other forms and the `as` of “known as” that also make a short quote a term someone used. */
const NAMING_WORDS = [...NAMING_CUES, 'call', 'dubbing', 'terming', 'as'];
const NAMING = new RegExp(`\\b(?:${NAMING_WORDS.join('|')})\\b(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`, 'iu');

/** Words with at least one letter or digit, counting no further than `max`; a loop, since it runs for every quote. */
export function wordCount(text: string, max = Infinity): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      if (inWord && hasAlnum && ++count >= max) return count;
      inWord = hasAlnum = false;
    } else {
      inWord = true;
      if (!hasAlnum && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(text[i])))) hasAlnum = true;
    }
  }
  return count;
}

/**
 * `before` is the sentence's text before the opening mark (the attribution
 * clause "X said:" already removed by the caller when it is one).
 */
export function quoteKind(quoteText: string, before: string, embedded: boolean): QuoteKind {
  const words = wordCount(quoteText, 4);
  const trimmed = quoteText.trim();
  const hasTerminal = TERMINAL.test(trimmed);
  if (/\bso-called\s*$/i.test(before)) return 'scare';
  if (embedded && words <= 3 && !hasTerminal) return NAMING.test(before) ? 'partial' : 'scare';
  if (!embedded && words <= 3 && !hasTerminal) return 'scare';
  if (embedded || /^\p{Ll}/u.test(trimmed)) return 'partial';
  return 'full';
}
