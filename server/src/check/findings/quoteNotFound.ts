// quote-not-found: no source holds these words, exactly or nearly.
import { passageText } from '../passage';
import { excerpt, sourceLabel } from './describe';
import type { FindingRule } from './rule';

/** A passage this alike is worth showing as the nearest; below it, it is noise. */
const CLOSEST_SIMILARITY = 0.3;

export const quoteNotFound: FindingRule = {
  code: 'quote-not-found',
  doc: 'A quotation whose words no source holds: not exactly, not nearly (less than 60% of its words in order at one place), not with its clauses reordered. The finding names the nearest passages, if any comes close, so the writer can see whether the quote is garbled or simply not in the corpus. Terms in scare quotes ("so-called") are not checked. Severity: warning, since the corpus may not hold every source a writer used.',
  examples: {
    fires: ['"We will never again sit at the same table as the Armenian leadership," Aliyev said [@004_3008ca76504e7be7].'],
    silent: ['"We achieved what we wanted without fearing anyone, without reckoning with anyone," Aliyev said [@004_3008ca76504e7be7].', 'The so-called "red lines" were discussed.'],
  },
  check(ctx) {
    return ctx.quotes
      .filter((q) => q.status === 'not-found')
      .map((q) => {
        const closest = (q.matches ?? []).filter((m) => m.similarity >= CLOSEST_SIMILARITY).slice(0, 2);
        const hint = closest.length
          ? ` Nearest: ${closest.map((m) => `${sourceLabel(ctx.index.model.sources[m.source])}, “${excerpt(passageText(ctx.index, m), 120)}” (${Math.round(m.similarity * 100)}% alike)`).join('; ')}.`
          : '';
        return { start: q.start, end: q.end, message: `No source holds these words.${hint}`, quote: q };
      });
  },
};
