// The server keeps the corpus's persistent index in the storage folder the
// editor gives it (initializationOptions.storageFolder): a second start reads
// the corpus snapshot back whole and reports exactly what the first did; a
// damaged snapshot is discarded with a log line (the attributed sources serve
// then), and a damaged store of attributed sources too (every file is read).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SEEDS } from '../helpers/corpus';
import { EXAMPLE as EXAMPLE_PATH } from '../helpers/example';
import { LspClient } from '../helpers/lspClient';

const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');

async function start(ws: string, storageFolder: string): Promise<{ client: LspClient; diagnostics: Diagnostic[] }> {
  const client = new LspClient();
  await client.initialize(ws, undefined, { initializationOptions: { storageFolder } });
  const uri = await client.open(path.join(ws, 'draft.md'), EXAMPLE);
  return { client, diagnostics: await client.diagnosticsFor(uri) };
}

const stores = (folder: string, kind: 'prepared' | 'snapshot') => readdirSync(folder).filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.bin'));

function damage(folder: string, kind: 'prepared' | 'snapshot'): void {
  const file = path.join(folder, stores(folder, kind)[0]);
  const bytes = readFileSync(file);
  bytes[bytes.length - 100] ^= 0xff;
  writeFileSync(file, bytes);
}

test('a second start reads the corpus from the workspace storage and reports the same findings', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'verbatim-store-ws-'));
  cpSync(SEEDS, path.join(ws, 'sources'), { recursive: true });
  const storage = mkdtempSync(path.join(tmpdir(), 'verbatim-storage-'));

  const cold = await start(ws, storage);
  assert.ok(cold.client.logs.some((l) => /indexed 5 sources \(5 of 5 files read\)/.test(l)), cold.client.logs.join('\n'));
  // Written a little after ready.
  await cold.client.until('the persistent index to be written', () => stores(storage, 'prepared').length === 1 && stores(storage, 'snapshot').length === 1, 15000);
  await cold.client.stop();

  const warm = await start(ws, storage);
  assert.ok(warm.client.logs.some((l) => /indexed 5 sources \(the corpus snapshot, no file changed\)/.test(l)), warm.client.logs.join('\n'));
  assert.deepEqual(warm.diagnostics, cold.diagnostics);
  await warm.client.stop();

  damage(storage, 'snapshot');
  const noSnapshot = await start(ws, storage);
  assert.ok(noSnapshot.client.logs.some((l) => /corpus snapshot .* discarded: damaged/.test(l)), noSnapshot.client.logs.join('\n'));
  assert.ok(noSnapshot.client.logs.some((l) => /indexed 5 sources \(0 of 5 files read\)/.test(l)), noSnapshot.client.logs.join('\n'));
  assert.deepEqual(noSnapshot.diagnostics, cold.diagnostics);
  await noSnapshot.client.until('the snapshot to be written again', () => stores(storage, 'snapshot').length === 1, 15000);
  await noSnapshot.client.stop();

  damage(storage, 'snapshot');
  damage(storage, 'prepared');
  const damaged = await start(ws, storage);
  assert.ok(damaged.client.logs.some((l) => /index cache .* discarded: damaged/.test(l)), damaged.client.logs.join('\n'));
  assert.ok(damaged.client.logs.some((l) => /indexed 5 sources \(5 of 5 files read\)/.test(l)), damaged.client.logs.join('\n'));
  assert.deepEqual(damaged.diagnostics, cold.diagnostics);
  await damaged.client.stop();
});
