// The CLI's persistent index: kept in $XDG_CACHE_HOME/verbatim (attributed
// sources and the corpus snapshot, one file each a corpus), read back on the
// next run with the same findings, and off with VERBATIM_NO_CACHE=1.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli';
import { SEEDS } from '../helpers/corpus';
import { EXAMPLE } from '../helpers/example';

async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-cli-cache-'));
  cpSync(SEEDS, path.join(dir, 'sources'), { recursive: true });
  return path.join(dir, 'sources');
}

test('verbatim check keeps its index in $XDG_CACHE_HOME/verbatim and answers the same from it', async () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'verbatim-xdg-'));
  const sources = corpus();
  const run = () => withEnv({ XDG_CACHE_HOME: cache, VERBATIM_NO_CACHE: undefined }, () => runCli('check', EXAMPLE, '--corpus', sources, '--format', 'json'));
  const cold = await run();
  const files = readdirSync(path.join(cache, 'verbatim')).sort();
  assert.equal(files.length, 2, files.join(', '));
  assert.match(files[0], /^prepared-.*\.bin$/);
  assert.match(files[1], /^snapshot-.*\.bin$/);
  const warm = await run();
  assert.equal(warm.code, cold.code);
  assert.equal(warm.out, cold.out);
  assert.equal(warm.err, cold.err, 'a warm run says nothing a cold one did not');
});

test('VERBATIM_NO_CACHE=1 keeps nothing', async () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'verbatim-xdg-'));
  const r = await withEnv({ XDG_CACHE_HOME: cache, VERBATIM_NO_CACHE: '1' }, () => runCli('check', EXAMPLE, '--corpus', corpus(), '--format', 'json'));
  assert.ok(r.out.length > 0);
  assert.ok(!existsSync(path.join(cache, 'verbatim')));
});
