// wrong-citation: the cited source lacks the quote; another source holds it.
import { citeKeyText } from '../citations';
import type { Citation } from '../citations';
import type { TextEdit } from '../findings';
import { sourceLabel } from './describe';
import type { CheckContext, FindingRule } from './rule';

/** An edit that makes a citation name `key`, in the form Pandoc reads whole (`@{key-}` where needed). */
export function rekey(ctx: CheckContext, c: Citation, key: string): TextEdit {
  const from = c.braced ? c.keyStart - 1 : c.keyStart;
  const to = c.braced ? c.keyEnd + 1 : c.keyEnd + (ctx.citedSource(c).exact ? 0 : c.cutOff.length);
  return { start: ctx.fileStart(from), end: ctx.fileEnd(to), newText: citeKeyText(key) };
}

export const wrongCitation: FindingRule = {
  code: 'wrong-citation',
  doc: 'A quotation cites a source that does not hold it, while another source does, exactly or nearly. It fires only when the cited key names a real source (an unknown key is unknown-source) and no cited source holds the words. The fix cites the source that holds them. Severity: error, since a reader who follows the citation will not find the quote.',
  examples: {
    fires: ['"This is a pandemic which is affecting the whole world," Tedros Adhanom Ghebreyesus said [@004_3008ca76504e7be7].'],
    silent: ['"This is a pandemic which is affecting the whole world," Tedros Adhanom Ghebreyesus said [@003_dad90ff8750c3564].'],
  },
  check(ctx) {
    return ctx.quotes.flatMap((q) => {
      if (!q.source) return [];
      const cited = q.quote.citations.filter((c) => ctx.citedSource(c).source);
      if (cited.length === 0 || cited.some((c) => ctx.citedSource(c).source === q.source)) return [];
      const c = cited[0];
      const wrong = ctx.citedSource(c).source!;
      const said = q.sourceSpeaker ? ` (${q.sourceSpeaker.name})` : '';
      return [
        {
          start: ctx.fileStart(c.keyStart),
          end: ctx.fileEnd(c.keyEnd),
          message: `The cited source, ${sourceLabel(wrong)}, does not hold this quote; ${sourceLabel(q.source)} does${said}.`,
          fixes: [{ title: `Cite ${sourceLabel(q.source)} instead`, edits: [rekey(ctx, c, q.source.key)] }],
          source: q.evidence,
          quote: q,
        },
      ];
    });
  },
};
