// quote-mismatch: a source holds nearly these words; the wording differs.
import { matchTokens } from '../../text/matchTokens';
import type { Fix, TextEdit } from '../findings';
import { describeChanges, excerpt, inDraftTypography, sourceLabel } from './describe';
import type { FindingRule } from './rule';

export const quoteMismatch: FindingRule = {
  code: 'quote-mismatch',
  doc: 'A quotation that a source holds nearly but not exactly: a changed, added or dropped word (a number, a "not"), or the same words with clauses in another order. House style does not count: marks, dashes, case and spelling variants of long words (neutralised/neutralized) are the same words. The message names the changed words ("“80” instead of “70”"), and the fix puts back the source\'s words, keeping the draft\'s own quote marks and punctuation. Severity: warning.',
  examples: {
    fires: [
      '"Almost 80 percent of the document had been cleared," Hajiyev said [@001_d3d3f7e52c00361c].',
      '"We are going to hold negotiations and meaningless video conferences for the sake of parody," Aliyev said [@000_64dc1e6c8dc30130].',
    ],
    silent: ['"Almost 70 percent of the document had been cleared," Hajiyev said [@001_d3d3f7e52c00361c].'],
  },
  check(ctx) {
    const { index, draft } = ctx;
    return ctx.quotes
      .filter((q) => q.status === 'mismatch' && q.source && q.match && q.evidence)
      .map((q) => {
        const source = q.source!;
        const m = q.match!;
        const words = index.text.tokens(m.source);
        const quoteMarks = draft.text.slice(q.quote.span.open, q.quote.span.close >= 0 ? q.quote.span.close + 1 : q.quote.span.textEnd);
        // Word to word on both sides: the draft's own punctuation around the words stays.
        const edits: TextEdit[] = [];
        const fragments = q.reordered ? (q.quote.fragments.length === 1 ? q.quote.fragments : []) : q.quote.fragments;
        m.fragments.forEach((f, i) => {
          const frag = fragments[i];
          // A fragment none of whose words stand in the source has no source words to put back: no edit, never a guess.
          if (!frag || (f.exact && !q.reordered) || f.toWord <= f.fromWord) return;
          const draftWords = matchTokens(draft.text, frag.start, frag.end);
          if (draftWords.starts.length === 0) return;
          // Only the words that differ are rewritten: the draft's own line breaks and spacing around the rest stay
          // (a line break turned into a space can change what the Markdown around it means).
          const from = words.starts[f.fromWord];
          const to = words.ends[f.toWord - 1];
          const sourceWords = matchTokens(source.text, from, to);
          const d = draftWords.words.length;
          const n = sourceWords.words.length;
          let head = 0;
          while (head < d - 1 && head < n - 1 && draftWords.words[head] === sourceWords.words[head]) head++;
          let tail = 0;
          while (tail < d - 1 - head && tail < n - 1 - head && draftWords.words[d - 1 - tail] === sourceWords.words[n - 1 - tail]) tail++;
          const replacement = inDraftTypography(source.text.slice(sourceWords.starts[head], sourceWords.ends[n - 1 - tail]), quoteMarks);
          edits.push({ start: ctx.fileStart(draftWords.starts[head]), end: ctx.fileEnd(draftWords.ends[d - 1 - tail]), newText: replacement });
        });
        const fixes: Fix[] = edits.length ? [{ title: `Use the words of ${sourceLabel(source)}`, edits }] : [];
        const said = q.sourceSpeaker ? `${q.sourceSpeaker.name}, in ${sourceLabel(source)}` : sourceLabel(source);
        if (q.joinedTurns) return { start: q.start, end: q.end, message: q.joinedTurns, fixes: [], source: q.evidence, quote: q };
        const message = q.reordered
          ? `The clauses stand in another order in the source (${said}), which reads “${excerpt(q.evidence!.text)}”.`
          : `${describeChanges(q.diff ?? [])}: the source (${said}) reads “${excerpt(q.evidence!.text)}”.`;
        return { start: q.start, end: q.end, message, fixes, source: q.evidence, quote: q };
      });
  },
};
