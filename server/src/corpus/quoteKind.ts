// full, partial or scare: what a quotation is, from where it sits in its sentence.
import type { QuoteKind } from '../model/types';
import { NAMING_VERBS } from './vocabulary';

const TERMINAL = /[.!?,;:…]["”’]?\s*$/;
const NAMING = new RegExp(`\\b(?:${NAMING_VERBS.join('|')})\\b(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`, 'iu');

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * `before` is the sentence's text before the opening mark (the attribution
 * clause "X said:" already removed by the caller when it is one).
 */
export function quoteKind(quoteText: string, before: string, embedded: boolean): QuoteKind {
  const words = wordCount(quoteText);
  const trimmed = quoteText.trim();
  const hasTerminal = TERMINAL.test(trimmed);
  if (/\bso-called\s*$/i.test(before)) return 'scare';
  if (embedded && words <= 3 && !hasTerminal) return NAMING.test(before) ? 'partial' : 'scare';
  if (!embedded && words <= 3 && !hasTerminal) return 'scare';
  if (embedded || /^\p{Ll}/u.test(trimmed)) return 'partial';
  return 'full';
}
