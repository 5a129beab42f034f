// Never cry wolf, measured: a draft that quotes every hand-checked news-dev
// quotation correctly (its words, its speaker from gold.tsv, its source's key)
// is checked against the news-dev corpus. Every error it raises is a false
// accusation; every warning is noise a writer would have to dismiss.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../server/src/check/checkDraft';
import { citeKeyText } from '../server/src/check/citations';
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';
import { parseGold } from './score';

export interface FalseAlarms {
  quotes: number;
  byCode: Map<string, { error: number; warning: number; other: number }>;
  errors: string[];
}

/** One paragraph per gold quote with a speaker: `“…,” Speaker said [@key].` Quotes holding quote marks of their own are left out. */
export function correctDraft(dir: string, keyOf: (file: string) => string | undefined): { text: string; quotes: number } {
  const gold = parseGold(readFileSync(path.join(dir, 'gold.tsv'), 'utf8'));
  const paras: string[] = [];
  for (const g of gold) {
    const key = keyOf(g.file);
    if (!g.speaker || !key || /["“”]|''/.test(g.quote)) continue;
    const words = g.quote.trim().replace(/[.,;:]+$/, '');
    const mark = /[?!]$/.test(words) ? '' : ',';
    paras.push(`“${words}${mark}” ${g.speaker} said [@${citeKeyText(key)}].`);
  }
  return { text: paras.join('\n\n') + '\n', quotes: paras.length };
}

export async function falseAlarms(dir: string): Promise<FalseAlarms> {
  const built = await loadCorpus({ root: path.join(dir, 'text') });
  const index = buildCorpusIndex(built.model);
  const keys = new Map(built.model.sources.map((s) => [path.basename(s.path), s.key]));
  const draft = correctDraft(dir, (file) => keys.get(file));
  const result = checkDraft(draft.text, index);
  const byCode = new Map<string, { error: number; warning: number; other: number }>();
  const errors: string[] = [];
  for (const f of result.findings) {
    const row = byCode.get(f.code) ?? { error: 0, warning: 0, other: 0 };
    if (f.severity === 'error') {
      row.error++;
      const line = draft.text.slice(draft.text.lastIndexOf('\n', f.start) + 1, draft.text.indexOf('\n', f.start));
      errors.push(`${f.code}: ${f.message.slice(0, 110)} | ${line.slice(0, 90)}`);
    } else if (f.severity === 'warning') row.warning++;
    else row.other++;
    byCode.set(f.code, row);
  }
  return { quotes: draft.quotes, byCode, errors };
}

export function describeFalseAlarms(name: string, r: FalseAlarms, show: number): string {
  const total = (k: 'error' | 'warning' | 'other') => [...r.byCode.values()].reduce((a, b) => a + b[k], 0);
  const lines = [`## ${name}: a correct draft of ${r.quotes} real quotes, checked`, `false errors ${total('error')}, warnings ${total('warning')}, information ${total('other')}`];
  for (const [code, n] of [...r.byCode].sort()) lines.push(`  ${code.padEnd(18)} error ${n.error}  warning ${n.warning}  information ${n.other}`);
  for (const e of r.errors.slice(0, show)) lines.push(`  FALSE ERROR ${e}`);
  return lines.join('\n');
}
