// What the .vsix would hold: only dist/, seeds/, syntaxes/, docs/findings/, the manifest, README and LICENSE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('the extension package lists only what the extension runs', () => {
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
  const allowed = /^(package\.json|README\.md|LICENSE|dist\/(client|server|prepareWorker)\.js|seeds\/[^/]+|syntaxes\/[^/]+\.json|docs\/findings\/[^/]+\.md)$/;
  assert.deepEqual(listed.filter((f) => !allowed.test(f)), []);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/client.js', 'dist/server.js', 'dist/prepareWorker.js', 'syntaxes/verbatim.injection.tmLanguage.json', 'docs/findings/wrong-speaker.md']) assert.ok(listed.includes(needed), needed);
  assert.equal(listed.filter((f) => f.startsWith('seeds/') && f.endsWith('.txt')).length, 5);
});

test('Restricted Mode is declared limited, the workspace cannot set the corpus there, and the client tells the server about trust', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual(untrusted.restrictedConfigurations, ['verbatim.corpus']);
  assert.equal(manifest.contributes.configuration.properties['verbatim.allowedCorpusPaths'].scope, 'application', 'a user setting only');
  // The server reads `workspaceTrusted` at initialize (tests/lsp/safety.test.ts); the client must send it and restart on trust.
  const client = readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(client, /workspaceTrusted: vscode\.workspace\.isTrusted/);
  assert.match(client, /onDidGrantWorkspaceTrust\(\(\) => void lc\.restart\(\)\)/);
});
