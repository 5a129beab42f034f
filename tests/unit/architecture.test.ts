// ARCHITECTURE.md's layer rule, checked on the source: nothing under server/
// imports `vscode`, and each server layer imports only the layers listed above it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const SERVER = path.resolve(__dirname, '..', '..', 'server', 'src');
/** The layers in ARCHITECTURE.md's order: a layer may import itself and those before it. */
const LAYERS = ['model', 'text', 'corpus', 'index', 'check', 'services', 'export', 'lsp', 'cli'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

test('nothing under server/ imports vscode, and layers import only the layers above them', () => {
  const problems: string[] = [];
  for (const file of files(SERVER)) {
    const layer = path.relative(SERVER, file).split(path.sep)[0];
    const rank = LAYERS.indexOf(layer);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec === 'vscode') problems.push(`${path.relative(SERVER, file)} imports vscode`);
      if (!spec.startsWith('.')) continue;
      const target = path.relative(SERVER, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
      const targetRank = LAYERS.indexOf(target);
      if (rank >= 0 && targetRank > rank) problems.push(`${path.relative(SERVER, file)} (${layer}) imports ${spec} (${target})`);
    }
  }
  assert.deepEqual(problems, []);
});
