// What the checker reports. Codes are stable: writers mute them by name, the
// README documents each under its own heading, and tools match on them.

import { WRONG_LOCATOR } from './findings/wrongLocator';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const FINDING_CODES = {
  'quote-not-found': { severity: 'warning', summary: 'No source holds these words.' },
  'quote-mismatch': { severity: 'warning', summary: 'A source holds nearly these words: the wording differs.' },
  'wrong-speaker': { severity: 'error', summary: 'The draft names someone other than the source’s speaker.' },
  'wrong-citation': { severity: 'error', summary: 'The cited source lacks the quote, but another source has it.' },
  'unknown-source': { severity: 'error', summary: 'The citation key names no source in the corpus.' },
  'missing-citation': { severity: 'information', summary: 'A verified quote has no citation.' },
  'name-misspelled': { severity: 'warning', summary: 'A name is a near miss of a person the corpus knows.' },
  'wrong-locator': { severity: WRONG_LOCATOR.severity, summary: WRONG_LOCATOR.summary },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDING_CODES, code);
}

/** An edit to the draft, in offsets of the draft file. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /** The draft's words this edit replaces, as the check read them (escapes and entities decoded): an edit whose range no longer holds them is dropped (`verifyEdits`). */
  expected?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A place in a source file: the evidence behind a finding. */
export interface SourceEvidence {
  key: string;
  path: string;
  /** Offsets in the source file. */
  start: number;
  end: number;
  speaker?: string | null;
  /** The source's exact words at that place. */
  text: string;
  /** Where they are, as a reader looks it up: `p. 5`, `00:12:31`, `line 142` (corpus/passageLocator.ts). */
  locator?: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Offsets in the draft file. */
  start: number;
  end: number;
  message: string;
  source?: SourceEvidence;
  fixes: Fix[];
}
