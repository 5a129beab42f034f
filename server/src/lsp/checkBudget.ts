// How much checking a document may cost while the writer types. The check
// runs on the server's one thread: a check that takes seconds blocks every
// hover and completion. So a draft whose check went over the budget, or that
// is larger than any article, is not checked live: it gets one clear message
// instead, and `verbatim check` still checks it in full.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/**
 * A check slower than this (or predicted to be) gives up live checking of its
 * document. VERBATIM_CHECK_BUDGET_MS raises it, for a slow or crowded machine
 * (and for tests, whose outcome must not depend on the machine's load).
 */
export const CHECK_BUDGET_MS = Number(process.env.VERBATIM_CHECK_BUDGET_MS) > 0 ? Number(process.env.VERBATIM_CHECK_BUDGET_MS) : 750;
/** Checks of drafts this long teach the cost per character; shorter ones are mostly fixed costs. */
const LEARN_FROM_CHARS = 16 * 1024;
/** Larger drafts are not even tried live (a long feature is 50 KB). */
export const MAX_LIVE_CHARS = 4 * 1024 * 1024;
/** A check faster than this may run inside a request (hover, code actions) without anyone noticing. */
const CHEAP_MS = 50;
/** A draft this small is cheap before its first check. */
const CHEAP_CHARS = 64 * 1024;
/** A document over budget is tried again once it has shrunk below this share of the size that went over. */
const RETRY_SHARE = 0.8;

interface Record {
  ms: number;
  length: number;
  /** The size at which a check went over budget. */
  overAt?: number;
}

export class CheckBudget {
  private readonly docs = new Map<string, Record>();
  /** The slowest cost per character seen lately, over every document: a check predicted over budget is not started. */
  private msPerChar = 0;

  /** The message when `length` characters of this document are not to be checked live, or null. */
  refuses(uri: string, length: number): string | null {
    const r = this.docs.get(uri);
    if (length > MAX_LIVE_CHARS || (r?.overAt !== undefined && length >= r.overAt * RETRY_SHARE)) return tooLargeMessage(length);
    if (length >= LEARN_FROM_CHARS && this.msPerChar * length > CHECK_BUDGET_MS) return tooLargeMessage(length);
    if (r?.overAt !== undefined) delete r.overAt;
    return null;
  }

  /** Records a check; the message when it went over budget, or null. */
  record(uri: string, length: number, ms: number): string | null {
    const over = ms > CHECK_BUDGET_MS;
    // Rises at once with a slow check, falls slowly with fast ones: a predicted cost errs on the side of answering.
    if (length >= LEARN_FROM_CHARS) this.msPerChar = Math.max(ms / length, this.msPerChar * 0.9);
    this.docs.set(uri, { ms, length, ...(over ? { overAt: length } : {}) });
    return over ? tooLargeMessage(length) : null;
  }

  /** Whether checking this document now, inside a request, costs next to nothing. */
  cheap(uri: string, length: number): boolean {
    const r = this.docs.get(uri);
    if (this.refuses(uri, length)) return false;
    if (!r) return length <= CHEAP_CHARS;
    // Scaled to the size now: a draft that doubled costs about double.
    return r.ms * (length / Math.max(r.length, 1)) <= CHEAP_MS;
  }

  forget(uri: string): void {
    this.docs.delete(uri);
  }
}

export function tooLargeMessage(length: number): string {
  return `draft too large to check live: ${(length / 1e6).toFixed(1)} MB; run verbatim check`;
}

export function tooLargeDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'verbatim', message };
}
