// What a finding rule is: one module per finding code (check/findings/<code>.ts),
// registered in check/findings/registry.ts. A rule says when it fires, at what
// severity, in what words, with which fixes; its doc and examples are what the
// README and the rule's unit tests (tests/unit/findingRules.test.ts) are made of.
import type { CorpusIndex } from '../../index/corpusIndex';
import type { Source } from '../../model/types';
import type { Citation } from '../citations';
import type { CheckedQuote } from '../checkDraft';
import type { Draft } from '../draft';
import type { FindingCode, Fix, Severity, SourceEvidence } from '../findings';

/** Everything a rule reads: the draft, the corpus, and where each quote stands in it. */
export interface CheckContext {
  index: CorpusIndex;
  draft: Draft;
  quotes: CheckedQuote[];
  /** Draft prose offsets → draft file offsets (start of a range, end of a range). */
  fileStart(proseOffset: number): number;
  fileEnd(proseOffset: number): number;
  /** The source a citation names, as Pandoc reads its key, else as the writer evidently meant it (`[@key-]`). */
  citedSource(c: Citation): { source?: Source; exact: boolean };
  /** The source key nearest to a mistyped one. */
  nearestKey(key: string): string | undefined;
}

/** A finding as a rule reports it; the checker adds the code and the default severity. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  source?: SourceEvidence;
  /** Only when the rule's severity rule departs from the code's default. */
  severity?: Severity;
  /** The checked quote this finding belongs to, if any. */
  quote?: CheckedQuote;
}

/** A one-paragraph draft checked against the bundled seeds: the examples that generate a rule's tests. */
export interface RuleExamples {
  fires: string[];
  silent: string[];
}

export interface FindingRule {
  code: FindingCode;
  /** One paragraph: when it fires, when it does not, and its severity rule. */
  doc: string;
  examples: RuleExamples;
  /** Where the examples are instead, when the bundled seeds cannot carry them (a PDF's pages). */
  examplesElsewhere?: string;
  check(ctx: CheckContext): RuleFinding[];
}
