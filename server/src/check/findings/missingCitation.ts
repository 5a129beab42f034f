// missing-citation: a verified quote with no citation.
import { citeKeyText } from '../citations';
import type { DraftQuote, Draft } from '../draft';
import { sourceLabel } from './describe';
import type { FindingRule } from './rule';

/** Before the sentence's final punctuation, Pandoc style: `…," he said [@key].` */
function citationInsertPoint(draft: Draft, quote: DraftQuote): number {
  let end = quote.sentence.end;
  while (end > quote.sentence.start && /\s/.test(draft.text[end - 1])) end--;
  if (/[.!?]/.test(draft.text[end - 1]) && end - 1 > quote.span.close) return end - 1;
  return end;
}

export const missingCitation: FindingRule = {
  code: 'missing-citation',
  doc: 'A quotation whose words stand exactly in a source, with no citation in its sentence or paragraph. The fix inserts the citation before the sentence\'s final stop, in the form Pandoc reads whole. Severity: information, since many newsrooms do not cite in copy.',
  examples: {
    fires: ['"There has to be a meaning," Aliyev said.'],
    silent: ['"There has to be a meaning," Aliyev said [@000_64dc1e6c8dc30130].'],
  },
  check(ctx) {
    return ctx.quotes
      .filter((q) => q.status === 'verified' && q.source && q.quote.citations.length === 0)
      .map((q) => {
        const at = ctx.fileStart(citationInsertPoint(ctx.draft, q.quote));
        const said = q.sourceSpeaker ? ` (${q.sourceSpeaker.name})` : '';
        return {
          start: q.start,
          end: q.end,
          message: `Not cited: these words are in ${sourceLabel(q.source!)}${said}.`,
          fixes: [{ title: `Cite ${sourceLabel(q.source!)}`, edits: [{ start: at, end: at, newText: ` [@${citeKeyText(q.source!.key)}]` }] }],
          source: q.evidence,
          quote: q,
        };
      });
  },
};
