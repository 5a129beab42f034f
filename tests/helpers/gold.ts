// Measures the engine's quotes against a hand-written gold file.
import type { CorpusModel } from '../../server/src/model/types';

export interface GoldQuote {
  source: string;
  starts: string;
  speaker: string | null;
  kind: string;
}

export interface GoldScore {
  total: number;
  found: number;
  rightSpeaker: number;
  rightKind: number;
  spurious: string[];
  misses: string[];
}

export function scoreAgainstGold(model: CorpusModel, gold: GoldQuote[]): GoldScore {
  const score: GoldScore = { total: gold.length, found: 0, rightSpeaker: 0, rightKind: 0, spurious: [], misses: [] };
  for (const g of gold) {
    const q = model.quotes.find((x) => x.sourceKey === g.source && x.text.startsWith(g.starts));
    if (!q) {
      score.misses.push(`not found: ${g.source} “${g.starts}…”`);
      continue;
    }
    score.found++;
    if ((q.speaker?.name ?? null) === g.speaker) score.rightSpeaker++;
    else score.misses.push(`speaker: ${g.source} “${g.starts}…” is ${q.speaker?.name ?? 'null'}, gold ${g.speaker}`);
    if (q.kind === g.kind) score.rightKind++;
    else score.misses.push(`kind: ${g.source} “${g.starts}…” is ${q.kind}, gold ${g.kind}`);
  }
  score.spurious = model.quotes.filter((q) => !gold.some((g) => g.source === q.sourceKey && q.text.startsWith(g.starts))).map((q) => q.text);
  return score;
}

export function describeScore(name: string, s: GoldScore): string {
  const pct = (k: number) => `${((100 * k) / s.total).toFixed(1)}%`;
  return [
    `# ${name}: ${s.total} quotes; found ${s.found} (${pct(s.found)}), right speaker ${s.rightSpeaker} (${pct(s.rightSpeaker)}), right kind ${s.rightKind} (${pct(s.rightKind)}), spurious ${s.spurious.length}`,
    ...s.misses.map((m) => `#   ${m}`),
  ].join('\n');
}
