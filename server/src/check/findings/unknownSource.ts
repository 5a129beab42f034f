// unknown-source: a citation key that names no source.
import type { CheckedQuote } from '../checkDraft';
import { sourceLabel } from './describe';
import type { FindingRule, RuleFinding } from './rule';
import { rekey } from './wrongCitation';

export const unknownSource: FindingRule = {
  code: 'unknown-source',
  doc: 'A citation key, read exactly as Pandoc reads it, names no source in the corpus. When the cited quote stands in a source, the fix cites that source; otherwise it offers the nearest key. A key that Pandoc cuts short because a bare key cannot end in punctuation (`[@clinton-]` reads as `clinton`) is recognised as the source the writer meant and reported at information level only, with the brace form `[@{clinton-}]` as the fix. Severity: error for a key in brackets; information for a bare `@word` in running text, which news prose uses for handles (`tweeted on @realDonaldTrump`).',
  examples: {
    fires: ['Intro [@no-such-key].', 'See [@002_0ed3d3604d76e39, p. 3].', 'As @nonexistent notes, talks stalled.'],
    silent: ['See [@002_0ed3d3604d76e39f, p. 3].', 'As @{002_0ed3d3604d76e39f} notes, talks stalled.', 'Write to press@example.org for details.'],
  },
  check(ctx) {
    const { index, draft } = ctx;
    const quoteOf = new Map<number, CheckedQuote>();
    for (const q of ctx.quotes) for (const c of q.quote.citations) if (!quoteOf.has(c.keyStart)) quoteOf.set(c.keyStart, q);
    const out: RuleFinding[] = [];
    for (const c of draft.citations) {
      const cited = ctx.citedSource(c);
      const quote = quoteOf.get(c.keyStart);
      const at = { start: ctx.fileStart(c.keyStart), end: ctx.fileEnd(c.keyEnd + (cited.exact ? 0 : c.cutOff.length)) };
      if (cited.exact) continue;
      if (cited.source) {
        out.push({
          ...at,
          severity: 'information',
          message: `Pandoc reads this key as @${c.key}: a bare key cannot end in “${c.cutOff.slice(-1)}”. Write @{${cited.source.key}} to cite ${sourceLabel(cited.source)}.`,
          fixes: [{ title: `Write @{${cited.source.key}}`, edits: [rekey(ctx, c, cited.source.key)] }],
          ...(quote ? { quote } : {}),
        });
        continue;
      }
      // The source that holds the cited quote beats the key that merely looks alike.
      const holder = quote?.source;
      const nearest = holder ?? index.sourceByKey.get(ctx.nearestKey(c.key) ?? '');
      const why = !nearest ? '' : holder ? ` The quote is in ${sourceLabel(holder)}, @${holder.key}.` : ` Did you mean @${nearest.key}, ${sourceLabel(nearest)}?`;
      // A bare @word in running text is as often a handle (“tweeted on @realDonaldTrump”) as a citation: say so, accuse no one.
      const handle = c.inText && !c.braced;
      out.push({
        ...at,
        ...(handle ? { severity: 'information' as const } : {}),
        message: handle
          ? `Pandoc reads @${c.key} as a citation, and no source has that key.${why} If it is a handle, write \\@${c.key}.`
          : `No source has the key @${c.key}.${why}`,
        fixes: nearest ? [{ title: `Cite @${nearest.key} (${sourceLabel(nearest)})`, edits: [rekey(ctx, c, nearest.key)] }] : [],
        ...(quote ? { quote } : {}),
      });
    }
    return out;
  },
};
