// Never cry wolf on text the engine was not tuned on: drafts that copy every
// quote paragraph of ../shared/news-train verbatim, each cited to its own
// source, are checked against the news-train corpus. A writer who copies a
// source's own paragraph and cites it is right whatever the engine reads, so
// every error is a false accusation. Paragraphs with Markdown-active characters
// or list and table markers are left out: the draft must read as the source does.
import { readFileSync } from 'node:fs';
import { checkDraft } from '../server/src/check/checkDraft';
import { citeKeyText } from '../server/src/check/citations';
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';

export interface VerbatimAlarms {
  paragraphs: number;
  bySeverity: Record<'error' | 'warning' | 'information', number>;
  errors: string[];
}

/** Sources per draft: a long draft, as a writer's, not one giant file. */
const PER_DRAFT = 40;
const QUOTE_MARK = /[“"]/;
const MARKDOWN_ACTIVE = /[[\]*_`<>#&\\]/;
const BLOCK_MARKER = /^\s*(?:[-+>|]|\d+[.)])/;

export async function verbatimAlarms(textDir: string): Promise<VerbatimAlarms> {
  const { model } = await loadCorpus({ root: textDir });
  const index = buildCorpusIndex(model);
  const bySeverity = { error: 0, warning: 0, information: 0 };
  const errors: string[] = [];
  let paragraphs = 0;
  for (let i = 0; i < model.sources.length; i += PER_DRAFT) {
    const paras: string[] = [];
    for (const s of model.sources.slice(i, i + PER_DRAFT)) {
      for (const p of readFileSync(s.path, 'utf8').split('\n')) {
        if (QUOTE_MARK.test(p) && p.length < 1500 && !MARKDOWN_ACTIVE.test(p) && !BLOCK_MARKER.test(p)) paras.push(`${p.trim()} [@${citeKeyText(s.key)}]`);
      }
    }
    paragraphs += paras.length;
    const text = paras.join('\n\n') + '\n';
    for (const f of checkDraft(text, index).findings) {
      bySeverity[f.severity as keyof typeof bySeverity]++;
      if (f.severity !== 'error') continue;
      const lineStart = text.lastIndexOf('\n', f.start) + 1;
      errors.push(`${f.code}: ${f.message.slice(0, 120)} | ${text.slice(lineStart, text.indexOf('\n', f.start)).slice(0, 160)}`);
    }
  }
  return { paragraphs, bySeverity, errors };
}

export function describeVerbatimAlarms(name: string, r: VerbatimAlarms, show: number): string {
  const lines = [`## ${name}: drafts copying ${r.paragraphs} quote paragraphs verbatim, each cited to its source`, `false errors ${r.bySeverity.error}, warnings ${r.bySeverity.warning}, information ${r.bySeverity.information}`];
  for (const e of r.errors.slice(0, show)) lines.push(`  FALSE ERROR ${e}`);
  return lines.join('\n');
}
