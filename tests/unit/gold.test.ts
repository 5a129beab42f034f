// The engine against the hand-written gold file for the bundled seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import gold from '../gold/seeds.json';
import { seedCorpus } from '../helpers/corpus';

test('seeds: at least 95% of quotes found and 95% with the right speaker', async () => {
  const model = await seedCorpus();
  let found = 0;
  let rightSpeaker = 0;
  let rightKind = 0;
  const misses: string[] = [];
  for (const g of gold.quotes) {
    const q = model.quotes.find((x) => x.sourceKey === g.source && x.text.startsWith(g.starts));
    if (!q) {
      misses.push(`not found: ${g.source} “${g.starts}…”`);
      continue;
    }
    found++;
    if ((q.speaker?.name ?? null) === g.speaker) rightSpeaker++;
    else misses.push(`speaker: ${g.source} “${g.starts}…” is ${q.speaker?.name ?? 'null'}, gold ${g.speaker}`);
    if (q.kind === g.kind) rightKind++;
    else misses.push(`kind: ${g.source} “${g.starts}…” is ${q.kind}, gold ${g.kind}`);
  }
  const spurious = model.quotes.filter((q) => !gold.quotes.some((g) => g.source === q.sourceKey && q.text.startsWith(g.starts)));
  const n = gold.quotes.length;
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  console.log(`# gold: ${n} quotes; found ${found} (${pct(found)}), right speaker ${rightSpeaker} (${pct(rightSpeaker)}), right kind ${rightKind} (${pct(rightKind)}), spurious ${spurious.length}`);
  for (const m of misses) console.log(`#   ${m}`);
  assert.ok(found / n >= 0.95, `found ${pct(found)}`);
  assert.ok(rightSpeaker / n >= 0.95, `right speaker ${pct(rightSpeaker)}`);
  assert.ok(spurious.length <= n * 0.05, `spurious quotes: ${spurious.map((q) => q.text).join(' | ')}`);
});
