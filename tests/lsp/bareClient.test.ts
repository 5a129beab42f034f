// The server must not assume VS Code: a client with no workspace folders, no
// configuration requests and no work-done progress still gets everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { KNOWN_FALSE_ALARMS, PLANTED } from '../helpers/example';

test('no workspace, no configuration, no progress: the bundled seeds, diagnostics and hovers', async () => {
  const client = new LspClient();
  try {
    let asked = 0;
    client.connection.onRequest('workspace/configuration', () => {
      asked++;
      return [];
    });
    client.connection.onRequest('window/workDoneProgress/create', () => {
      asked++;
      return null;
    });
    const init = (await client.initialize(undefined, {})) as InitializeResult;
    assert.equal(init.serverInfo?.name, 'verbatim');
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(client.statuses.some((s) => s.state === 'ready' && s.sources === 5), 'falls back to the bundled seeds');
    const text = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'draft.md'), 'utf8');
    const uri = await client.open(path.join(tmpdir(), 'bare-draft.md'), text);
    const ds = await client.diagnosticsFor(uri);
    assert.equal(ds.length, PLANTED.length + KNOWN_FALSE_ALARMS.length);
    const line = text.split('\n').findIndex((l) => l.includes('@001_d3d3f7e52c00361c'));
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: text.split('\n')[line].indexOf('@001') + 2 } });
    assert.match((hover.contents as { value: string }).value, /Azerbaijan Says Anybody Willing to Contribute to Peace Talks is Welcome/);
    assert.equal(asked, 0, 'the server asked for a capability the client did not declare');
  } finally {
    await client.stop();
  }
});
