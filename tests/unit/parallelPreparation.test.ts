// Parallel preparation (corpus/preparePool.ts) changes nothing: the shipped CLI
// (dist/, with its worker thread bundle) lists the same quotes and people for
// the 840 real news-train articles on worker threads as on one thread.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { missing, SHARED } from '../helpers/shared';

const NEWS_TRAIN = path.join(SHARED, 'news-train', 'text');
const CLI = path.resolve(__dirname, '..', '..', 'bin', 'verbatim.js');
const WORKER = path.resolve(__dirname, '..', '..', 'dist', 'prepareWorker.js');

function list(what: 'quotes' | 'people', workers: string): string {
  return execFileSync(process.execPath, [CLI, what, '--corpus', NEWS_TRAIN, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, VERBATIM_NO_CACHE: '1', VERBATIM_WORKERS: workers },
  });
}

test('texts attributed on worker threads give the same quotes and people as on one thread', { skip: missing(NEWS_TRAIN) || (!existsSync(WORKER) && 'dist/prepareWorker.js is absent: run npm run build'), timeout: 600_000 }, () => {
  const parallel = list('quotes', '2');
  assert.ok(JSON.parse(parallel).length > 9000);
  assert.equal(parallel, list('quotes', '0'));
  assert.equal(list('people', '2'), list('people', '0'));
});
