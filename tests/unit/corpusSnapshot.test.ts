// The corpus snapshot (index/snapshotStore.ts, read by index/readyCorpus.ts):
// a start where no file changed reads the built corpus back whole, and it
// answers exactly as a cold start does: the same sources, quotes, speakers and
// people, the same check of the example draft, the same quote search and the
// same candidate places for every quote. A changed file or setting is not
// served from it; a damaged, foreign or other-format snapshot is discarded with
// one log line and never trusted. Real text only: the seeds, a Markdown copy of
// one, the first debate and (when ../shared is there) a slice of news-train.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkDraft } from '../../server/src/check/checkDraft';
import type { CorpusLocation } from '../../server/src/corpus/loadCorpus';
import type { ReadyCorpus } from '../../server/src/index/corpusSnapshot';
import { fileIndex, memoryIndex } from '../../server/src/index/persistentIndex';
import { loadReadyCorpus, type ReadyStats } from '../../server/src/index/readyCorpus';
import { storeFile } from '../../server/src/corpus/preparedStore';
import { cacheTestCorpus, NEWS_TRAIN } from '../helpers/cacheCorpus';
import { EXAMPLE } from '../helpers/example';

const corpusFolder = cacheTestCorpus;

const stats = (): ReadyStats => ({ files: 0, reread: 0, fromSnapshot: false });

/** Everything a ready corpus answers: the model (file offsets of every body character included), the check of a real draft, searches and candidate places. */
function answers(ready: ReadyCorpus): Record<string, string> {
  const { model, index, search } = ready;
  const draft = readFileSync(EXAMPLE, 'utf8');
  const check = checkDraft(draft, index);
  const probes = model.quotes.filter((_, i) => i % 7 === 0).map((q) => q.text);
  const parts: Record<string, unknown> = {
    sources: model.sources.map((s) => ({ ...s, offsets: Array.from({ length: s.text.length + 1 }, (_, i) => s.fileOffset(i)) })),
    quotes: model.quotes,
    people: model.people,
    demonyms: [...model.demonyms],
    skipped: model.skipped,
    warnings: ready.warnings,
    findings: check.findings,
    checked: check.quotes.map((q) => ({ ...q, quote: undefined, text: q.quote?.text })),
    searches: probes.map((p) => search.search(p.split(/\s+/).slice(0, 4).join(' ')).map((q) => q.id)),
    picker: probes.slice(0, 20).map((p) => search.search(p.split(/\s+/).slice(-3).join(' '), { meta: true }).map((q) => q.id)),
    candidates: probes.map((p) => index.text.candidates(index.text.idsOf(p.toLowerCase().split(/\W+/).filter(Boolean)))),
    shortQuotes: [...index.shortQuotes].map(([k, qs]) => [k, qs.map((q) => q.id)]),
    // Each role the corpus gives someone, as a writer names it ('the President of Azerbaijan').
    byRole: [...new Set(model.people.flatMap((p) => p.roles.map((r) => `the ${r.role}`)))].slice(0, 300).map((r) => index.people.byRole(r, index.countryOf)?.name),
    // Every person by each alias, and a near miss of each name (its last letter changed).
    exact: model.people.flatMap((p) => p.aliases.map((a) => index.people.exact(a)?.name)),
    nearMiss: model.people.slice(0, 200).map((p) => index.people.nearMiss(p.name.slice(0, -1) + (p.name.endsWith('e') ? 'a' : 'e'))?.person.name),
  };
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** The same answers; where they differ, says which part and where, not megabytes of JSON. */
function assertSameAnswers(a: ReadyCorpus, b: ReadyCorpus, what: string): void {
  const x = answers(a);
  const y = answers(b);
  for (const k of Object.keys(x)) {
    if (x[k] === y[k]) continue;
    let i = 0;
    while (x[k][i] === y[k][i]) i++;
    assert.fail(`${what}: ${k} differ at ${i}: …${x[k].slice(Math.max(0, i - 200), i + 200)}… against …${y[k].slice(Math.max(0, i - 200), i + 200)}…`);
  }
}

async function coldAndWarm(corpus: string) {
  const cache = path.join(path.dirname(corpus), 'cache');
  const location: CorpusLocation = { root: corpus };
  const plain = await loadReadyCorpus(location, undefined);
  const coldStats = stats();
  const first = fileIndex(cache, location, () => {});
  const cold = await loadReadyCorpus(location, first, { stats: coldStats });
  first.save();
  const logs: string[] = [];
  const warmStats = stats();
  const warm = await loadReadyCorpus(location, fileIndex(cache, location, (m) => logs.push(m)), { stats: warmStats });
  return { plain, cold, coldStats, warm, warmStats, logs, cache, location };
}

test('a warm start from the snapshot answers exactly as a cold start: model, check of the example draft, search, candidates', async () => {
  const { plain, cold, coldStats, warm, warmStats, logs } = await coldAndWarm(corpusFolder());
  assert.equal(coldStats.fromSnapshot, false);
  assert.equal(coldStats.reread, coldStats.files);
  assert.equal(warmStats.fromSnapshot, true);
  assert.equal(warmStats.reread, 0);
  assert.ok(warmStats.files >= 6);
  assert.deepEqual(logs, []);
  assert.ok(warm.model.quotes.length > 50 && warm.model.people.length > 10);
  assertSameAnswers(cold, plain, 'keeping a snapshot changes nothing on a cold start');
  assertSameAnswers(warm, cold, 'warm and cold');
  // Structured equality too: every field present on one side is present on the other.
  assert.deepStrictEqual(warm.model.quotes, cold.model.quotes);
  assert.deepStrictEqual(warm.model.people, cold.model.people);
});

test('on real news (a slice of news-train), a warm start answers exactly as a cold one', async (t) => {
  if (!existsSync(NEWS_TRAIN)) {
    t.skip(`${NEWS_TRAIN} is absent (it needs ../shared/news-train beside the project)`);
    return;
  }
  const { cold, warm, warmStats } = await coldAndWarm(corpusFolder(120));
  assert.equal(warmStats.fromSnapshot, true);
  assert.ok(warm.model.sources.length >= 120);
  assertSameAnswers(warm, cold, 'warm and cold');
  assert.deepStrictEqual(warm.model.quotes, cold.model.quotes);
  assert.deepStrictEqual(warm.model.people, cold.model.people);
});

test('a changed file, a file touched without change, and a changed speakers setting', async () => {
  const corpus = corpusFolder();
  const { cache, location } = await coldAndWarm(corpus);
  // Touched, same bytes: hashed again, still the snapshot.
  const touched = path.join(corpus, '000_64dc1e6c8dc30130.txt');
  utimesSync(touched, new Date(), new Date(Date.now() - 60_000));
  const s1 = stats();
  const store1 = fileIndex(cache, location, () => {});
  await loadReadyCorpus(location, store1, { stats: s1 });
  assert.equal(s1.fromSnapshot, true);
  store1.save();
  // Changed: attributed again alone (the prepared store), and the answer is a cold start's.
  const changed = path.join(corpus, '002_0ed3d3604d76e39f.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/Armenia/g, 'Armenia and Georgia'));
  const s2 = stats();
  const store2 = fileIndex(cache, location, () => {});
  const after = await loadReadyCorpus(location, store2, { stats: s2 });
  assert.equal(s2.fromSnapshot, false);
  assert.equal(s2.reread, 1);
  assertSameAnswers(after, await loadReadyCorpus(location, undefined), 'after a change');
  store2.save();
  const s3 = stats();
  const again = await loadReadyCorpus(location, fileIndex(cache, location, () => {}), { stats: s3 });
  assert.equal(s3.fromSnapshot, true, 'the new snapshot is kept');
  assertSameAnswers(again, after, 'the new snapshot');
  // verbatim.json's speakers change how transcripts read: not served from a snapshot made without them.
  const s4 = stats();
  await loadReadyCorpus({ ...location, speakers: { TRUMP: 'Donald Trump' } }, fileIndex(cache, location, () => {}), { stats: s4 });
  assert.equal(s4.fromSnapshot, false);
});

test('a damaged, truncated, foreign or other-format snapshot is discarded with one log line and never trusted', async () => {
  const corpus = corpusFolder();
  const { cold, cache, location } = await coldAndWarm(corpus);
  const file = storeFile(cache, location.root, location.globs, 'snapshot');
  const good = readFileSync(file);
  const damaged = Buffer.from(good);
  // One letter of a source's text changed: it would still decode, so only the checksum can tell.
  const at = damaged.indexOf(Buffer.from('Pashinyan'), damaged.indexOf(10));
  assert.ok(at > 0);
  damaged[at] = 'X'.charCodeAt(0);
  const cases: Array<[string, Buffer | string, RegExp]> = [
    ['damaged', damaged, /damaged/],
    ['truncated', good.subarray(0, good.length >> 1), /damaged/],
    ['foreign', 'PK\u0003\u0004 not ours at all\n' + 'x'.repeat(100), /not a Verbatim corpus snapshot/],
    ['another format', good.toString('latin1').replace('"version":1', '"version":99'), /format 99/],
    ['another engine', good.toString('latin1').replace(/"engine":"[^"]*"/, '"engine":"someone-else"'), /another version/],
  ];
  for (const [what, bytes, reason] of cases) {
    writeFileSync(file, bytes);
    const logs: string[] = [];
    const s = stats();
    const ready = await loadReadyCorpus(location, fileIndex(cache, location, (m) => logs.push(m)), { stats: s });
    assert.equal(logs.length, 1, `${what}: ${logs.join('\n')}`);
    assert.match(logs[0], reason, what);
    assert.match(logs[0], /discarded/);
    assert.equal(s.fromSnapshot, false, what);
    assertSameAnswers(ready, cold, what);
    assert.ok(!existsSync(file), `${what}: the bad file is removed`);
  }
});

test('in memory (a server without storage), a reload with nothing changed reuses the built corpus', async () => {
  const corpus = corpusFolder();
  const location: CorpusLocation = { root: corpus };
  const store = memoryIndex();
  const first = await loadReadyCorpus(location, store);
  store.save();
  const s = stats();
  const second = await loadReadyCorpus(location, store, { stats: s });
  assert.equal(s.fromSnapshot, true);
  assert.equal(second.index, first.index);
  writeFileSync(path.join(corpus, '000_64dc1e6c8dc30130.txt'), readFileSync(path.join(corpus, '000_64dc1e6c8dc30130.txt'), 'utf8') + '\n\nOne more paragraph.\n');
  const s2 = stats();
  await loadReadyCorpus(location, store, { stats: s2 });
  assert.equal(s2.fromSnapshot, false);
  assert.equal(s2.reread, 1);
});
