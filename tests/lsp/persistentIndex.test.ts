// The server keeps the corpus's attributed sources in the storage folder the
// editor gives it (initializationOptions.storageFolder): a second start reads
// no source again and reports exactly what the first did; a damaged store is
// discarded with a log line.
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

const stores = (folder: string) => readdirSync(folder).filter((f) => /^prepared-.*\.bin$/.test(f));

test('a second start reads attributed sources from the workspace storage and reports the same findings', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'verbatim-store-ws-'));
  cpSync(SEEDS, path.join(ws, 'sources'), { recursive: true });
  const storage = mkdtempSync(path.join(tmpdir(), 'verbatim-storage-'));

  const cold = await start(ws, storage);
  assert.ok(cold.client.logs.some((l) => /indexed 5 sources \(5 of 5 files read\)/.test(l)), cold.client.logs.join('\n'));
  // Written a little after ready.
  await cold.client.until('the store to be written', () => stores(storage).length === 1, 15000);
  await cold.client.stop();

  const warm = await start(ws, storage);
  assert.ok(warm.client.logs.some((l) => /indexed 5 sources \(0 of 5 files read\)/.test(l)), warm.client.logs.join('\n'));
  assert.deepEqual(warm.diagnostics, cold.diagnostics);
  await warm.client.stop();

  const file = path.join(storage, stores(storage)[0]);
  const bytes = readFileSync(file);
  bytes[bytes.length - 100] ^= 0xff;
  writeFileSync(file, bytes);
  const damaged = await start(ws, storage);
  assert.ok(damaged.client.logs.some((l) => /index cache .* discarded: damaged/.test(l)), damaged.client.logs.join('\n'));
  assert.ok(damaged.client.logs.some((l) => /indexed 5 sources \(5 of 5 files read\)/.test(l)), damaged.client.logs.join('\n'));
  assert.deepEqual(damaged.diagnostics, cold.diagnostics);
  await damaged.client.stop();
});
