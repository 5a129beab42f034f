// Checks inline drafts against the bundled seeds, with findings by line.
import { checkDraft, type CheckResult } from '../../server/src/check/checkDraft';
import type { Config } from '../../server/src/check/config';
import type { Finding } from '../../server/src/check/findings';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/index/corpusIndex';
import { LineIndex } from '../../server/src/text/lineIndex';
import { seedCorpus } from './corpus';

let index: Promise<CorpusIndex> | undefined;
export function seedIndex(): Promise<CorpusIndex> {
  index ??= seedCorpus().then(buildCorpusIndex);
  return index;
}

export async function check(draft: string, config: Config = {}): Promise<CheckResult> {
  return checkDraft(draft, await seedIndex(), config);
}

/** `code@line` for each finding, 1-based lines: what a writer sees in the Problems list. */
export function codesByLine(draft: string, findings: Finding[]): string[] {
  const lines = new LineIndex(draft);
  return findings.map((f) => `${f.code}@${lines.position(f.start).line + 1}`);
}

export async function problems(draft: string, config: Config = {}): Promise<string[]> {
  return codesByLine(draft, (await check(draft, config)).findings);
}
