// The engine against the hand-written gold of the five real seeds (tests/gold/seeds.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import seedGold from '../gold/seeds.json';
import { SEEDS, seedCorpus } from '../helpers/corpus';
import { describeScore, scoreAgainstGold, type GoldFile } from '../helpers/gold';

const gold = seedGold as GoldFile;

/**
 * What the engine reaches today (right speaker / all gold quotes; right kind /
 * all gold quotes). Floors, not targets: the attribution rewrite (issue 9 §3)
 * raises them, and whoever raises them raises these.
 */
const SEEDS_SPEAKER_FLOOR = 0.9; // 45 of 50; measured 46 (32 when the gold was written, before the sieve rewrite)
const SEEDS_KIND_FLOOR = 0.9; // 45 of 50; measured 46 (40 when the gold was written)

test('the seeds gold: every quote is between marks in its file, and every double-marked span is in the gold', () => {
  const mark = /^[“”"]$/;
  for (const file of new Set(gold.quotes.map((g) => g.source))) {
    const text = readFileSync(path.join(SEEDS, `${file}.txt`), 'utf8');
    const rows = gold.quotes.filter((g) => g.source === file);
    for (const g of rows) {
      assert.equal(text.slice(g.start, g.end), g.text, `${file} at ${g.start}`);
      assert.match(text[g.start - 1], mark, `${file} “${g.starts}” opens with a mark`);
      assert.match(text[g.end], mark, `${file} “${g.starts}” closes with a mark`);
      assert.ok(g.text.startsWith(g.starts));
    }
    assert.equal(text.match(/[“”"]/g)!.length, 2 * rows.length, `${file}: every pair of double marks has its gold row`);
  }
  assert.equal(gold.quotes.length, 50);
});

test('the seeds: every gold quote is found; speaker and kind at least at their floors', async () => {
  const score = scoreAgainstGold(await seedCorpus(), gold);
  console.log(describeScore('seeds gold', score));
  assert.deepEqual(score.notFound, []);
  assert.ok(score.rightKind / score.total >= SEEDS_KIND_FLOOR, `right kind ${score.rightKind}/${score.total}`);
  assert.ok(score.rightSpeaker / score.total >= SEEDS_SPEAKER_FLOOR, `right speaker ${score.rightSpeaker}/${score.total}`);
  assert.deepEqual(score.spurious, []);
});
