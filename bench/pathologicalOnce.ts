// One measured process: the time one check (and one completion) takes on
// large and pathological drafts, against the seeds. Large drafts are real
// news prose (../shared/news-dev/text, else the seeds) repeated to size.
// Prints one JSON line: name → median milliseconds of a few runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../server/src/check/checkDraft';
import { applyUnambiguousFixes } from '../server/src/check/applyFixes';
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';
import { QuoteSearch } from '../server/src/index/quoteSearch';
import { completionsAt } from '../server/src/services/completion';
import { LineIndex } from '../server/src/text/lineIndex';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROOT = path.resolve(process.argv[2] ?? process.cwd());
const SEEDS = path.join(ROOT, 'seeds');
const NEWS = path.resolve(ROOT, '..', 'shared', 'news-dev', 'text');

function realProse(): string {
  const dir = existsSync(NEWS) ? NEWS : SEEDS;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\n');
}

function toSize(text: string, bytes: number): string {
  let out = text;
  while (out.length < bytes) out += '\n\n' + text;
  return out.slice(0, bytes);
}

async function main() {
  const { model } = await loadCorpus({ root: SEEDS });
  const index = buildCorpusIndex(model);
  const search = new QuoteSearch(model);
  const prose = realProse();
  const quote = model.quotes.find((q) => q.kind === 'full' && q.speaker)!;
  const drafts: Record<string, string> = {
    'prose 1 MB': toSize(prose, 1_000_000),
    'prose 2 MB': toSize(prose, 2_000_000),
    '"> " x 10,000 (10k-deep blockquote)': '> '.repeat(10_000) + 'text\n',
    '"- " x 10,000 (10k-deep list)': '- '.repeat(10_000) + 'text\n',
    '200 KB of "[@a @b" without "]"': '[@a @b '.repeat(Math.floor(200_000 / 7)),
    '2,000 quotes in one paragraph': Array.from({ length: 2000 }, () => `${quote.speaker!.name} said “${quote.text}”`).join(' ') + '\n',
    // What the fuzz suite types: an open quote mark before a phrase repeated 2,000 times (one 12,000-word "quote"), a run of 6,000 dots.
    'a 12,000-word quote (a phrase x 2,000 after an open mark)': `Aliyev said “${'We will take back our lands '.repeat(2000)}” [@${quote.sourceKey}].\n`,
    '"..." x 2,000 in a paragraph': `He paused${'...'.repeat(2000)} Then he spoke.\n`,
  };
  const out: Record<string, number> = {};
  for (const [name, text] of Object.entries(drafts)) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      // A different text each run: the parsed draft is cached by its text.
      const t = performance.now();
      checkDraft(text + ' '.repeat(i + 1), index);
      runs.push(performance.now() - t);
    }
    out[`check ${name}`] = median(runs);
  }
  // --fix on many findings: every quote of a long draft cited wrongly.
  const wrong = Array.from({ length: 3600 }, () => `“${quote.text}” [@no-such-key]`).join('\n\n');
  const findings = checkDraft(wrong, index).findings;
  let t = performance.now();
  const fixed = applyUnambiguousFixes(wrong, findings);
  out[`apply ${fixed.applied} fixes to a ${Math.round(wrong.length / 1000)} KB draft`] = performance.now() - t;

  const line = 'word '.repeat(40_000) + '“Karabakh';
  const doc = { uri: 'file:///bench.md', text: line, lines: new LineIndex(line), result: checkDraft('', index) };
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    completionsAt(doc, index, search, line.length);
    runs.push(performance.now() - t);
  }
  out['completion at the end of a 200 KB line'] = median(runs);
  console.log(JSON.stringify(out));
}
main();
