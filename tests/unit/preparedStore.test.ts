// The persistent index (corpus/preparedStore.ts) on the real seeds, a Markdown
// copy of one (its offsets go through two maps) and, when ../shared is there,
// the first debate transcript: a warm load gives exactly the cold load's model,
// a changed file alone is attributed again, and a damaged or foreign store
// file is discarded with a log line, never trusted.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadCorpus, type LoadStats } from '../../server/src/corpus/loadCorpus';
import { FilePreparedStore, MemoryPreparedStore, storeFile, userCacheFolder } from '../../server/src/corpus/preparedStore';
import type { CorpusModel } from '../../server/src/model/types';
import { cacheTestCorpus } from '../helpers/cacheCorpus';

const corpusFolder = () => cacheTestCorpus();

/** Everything a model says, file offsets of every body character included. */
function snapshot(model: CorpusModel): string {
  return JSON.stringify({
    sources: model.sources.map((s) => ({ ...s, offsets: Array.from({ length: s.text.length + 1 }, (_, i) => s.fileOffset(i)) })),
    quotes: model.quotes,
    people: model.people,
    demonyms: [...model.demonyms],
    skipped: model.skipped,
  });
}

test('a warm load from the store gives exactly the cold model, and attributes nothing again', async () => {
  const corpus = corpusFolder();
  const file = path.join(path.dirname(corpus), 'store.bin');
  const coldStats: LoadStats = { files: 0, reread: 0 };
  const cold = await loadCorpus({ root: corpus }, new FilePreparedStore(file), coldStats);
  const plain = await loadCorpus({ root: corpus });
  assert.equal(snapshot(cold.model), snapshot(plain.model), 'a store changes nothing on a cold load');
  const store = new FilePreparedStore(file);
  // Nothing was saved yet.
  const again = await loadCorpus({ root: corpus }, store, coldStats);
  assert.equal(coldStats.reread, coldStats.files);
  store.save();
  assert.ok(existsSync(file));
  const logs: string[] = [];
  const warmStats: LoadStats = { files: 0, reread: 0 };
  const warm = await loadCorpus({ root: corpus }, new FilePreparedStore(file, (m) => logs.push(m)), warmStats);
  assert.equal(warmStats.reread, 0);
  assert.ok(warmStats.files >= 6);
  assert.deepEqual(logs, []);
  assert.equal(snapshot(warm.model), snapshot(again.model));
  assert.deepEqual(warm.warnings, again.warnings);
});

test('a changed file alone is attributed again, and the result is what a cold load gives', async () => {
  const corpus = corpusFolder();
  const file = path.join(path.dirname(corpus), 'store.bin');
  const first = new FilePreparedStore(file);
  await loadCorpus({ root: corpus }, first);
  first.save();
  const changed = path.join(corpus, '002_0ed3d3604d76e39f.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/Armenia/g, 'Armenia and Georgia'));
  const stats: LoadStats = { files: 0, reread: 0 };
  const store = new FilePreparedStore(file);
  const warm = await loadCorpus({ root: corpus }, store, stats);
  assert.equal(stats.reread, 1);
  assert.equal(snapshot(warm.model), snapshot((await loadCorpus({ root: corpus })).model));
  // The store keeps the new version and forgets the old one.
  store.save();
  const next: LoadStats = { files: 0, reread: 0 };
  await loadCorpus({ root: corpus }, new FilePreparedStore(file), next);
  assert.equal(next.reread, 0);
});

test('a damaged, truncated or foreign store file is discarded with a log line and never trusted', async () => {
  const corpus = corpusFolder();
  const file = path.join(path.dirname(corpus), 'store.bin');
  const first = new FilePreparedStore(file);
  const cold = await loadCorpus({ root: corpus }, first);
  first.save();
  const good = readFileSync(file);
  const damaged = Buffer.from(good);
  // One letter of a source's text changed (stored as UTF-16 or Latin-1): it would still decode, so only the checksum can tell.
  let at = damaged.indexOf(Buffer.from('Pashinyan', 'utf16le'), damaged.indexOf(10));
  if (at < 0) at = damaged.indexOf(Buffer.from('Pashinyan', 'latin1'), damaged.indexOf(10));
  assert.ok(at > 0);
  damaged[at] = 'X'.charCodeAt(0);
  const cases: Array<[string, Buffer | string, RegExp]> = [
    ['damaged', damaged, /damaged/],
    ['truncated', good.subarray(0, good.length >> 1), /damaged/],
    ['foreign', 'PK\u0003\u0004 not ours at all\n' + 'x'.repeat(100), /not a Verbatim index cache/],
    ['another format', good.toString('latin1').replace('"version":1', '"version":99'), /format 99/],
  ];
  for (const [what, bytes, reason] of cases) {
    writeFileSync(file, bytes);
    const logs: string[] = [];
    const stats: LoadStats = { files: 0, reread: 0 };
    const built = await loadCorpus({ root: corpus }, new FilePreparedStore(file, (m) => logs.push(m)), stats);
    assert.equal(logs.length, 1, `${what}: ${logs.join('\n')}`);
    assert.match(logs[0], reason, what);
    assert.match(logs[0], /discarded/);
    assert.equal(stats.reread, stats.files, `${what}: every file is read again`);
    assert.equal(snapshot(built.model), snapshot(cold.model), what);
    assert.ok(!existsSync(file), `${what}: the bad file is removed`);
  }
});

test('in memory, a reload attributes only changed files', async () => {
  const corpus = corpusFolder();
  const store = new MemoryPreparedStore();
  const stats: LoadStats = { files: 0, reread: 0 };
  await loadCorpus({ root: corpus }, store, stats);
  store.save();
  writeFileSync(path.join(corpus, '000_64dc1e6c8dc30130.txt'), readFileSync(path.join(corpus, '000_64dc1e6c8dc30130.txt'), 'utf8') + '\n\nOne more paragraph.\n');
  await loadCorpus({ root: corpus }, store, stats);
  assert.equal(stats.reread, 1);
});

test('the CLI keeps its store in $XDG_CACHE_HOME/verbatim, else ~/.cache/verbatim; one file a corpus and engine', () => {
  assert.equal(userCacheFolder({ XDG_CACHE_HOME: '/var/cache/me' }), path.join('/var/cache/me', 'verbatim'));
  assert.equal(userCacheFolder({ XDG_CACHE_HOME: 'relative' }), path.join(os.homedir(), '.cache', 'verbatim'));
  assert.equal(userCacheFolder({}), path.join(os.homedir(), '.cache', 'verbatim'));
  assert.notEqual(storeFile('/c', '/a'), storeFile('/c', '/b'));
  assert.notEqual(storeFile('/c', '/a', ['x/**']), storeFile('/c', '/a', ['y/**']));
  assert.equal(path.dirname(storeFile('/c', '/a')), '/c');
});
