// The language server in another editor: Debian's Neovim, headless, with its
// built-in LSP client and no plugins, exactly as the README configures it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { hasTool, ROOT, scratchWithExample, VERBATIM } from '../helpers/tools';

test('Neovim gets the draft\'s diagnostics with their codes, and a hover', { skip: !hasTool('nvim') && 'neovim is not installed: run tests/tools/setup.sh' }, () => {
  const dir = scratchWithExample();
  const draft = path.join(dir, 'draft.md');
  const out = path.join(dir, 'nvim.json');
  const text = readFileSync(draft, 'utf8').split('\n');
  const hoverLine = text.findIndex((l) => l.includes('@000-border-clashes')) + 1;
  const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'tests', 'tools', 'neovim.lua')}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      VERBATIM_DRAFT: draft,
      VERBATIM_NODE: process.execPath,
      VERBATIM_BIN: VERBATIM,
      VERBATIM_OUT: out,
      VERBATIM_WANT: '7',
      VERBATIM_HOVER_LINE: String(hoverLine),
      VERBATIM_HOVER_CHAR: String(text[hoverLine - 1].indexOf('@000-border-clashes') + 3),
    },
  });
  assert.equal(r.status, 0, `nvim: ${r.stderr}`);
  const got = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(got.waited, true, JSON.stringify(got));
  const codes = got.diagnostics.map((d: { code: string }) => d.code).sort();
  assert.deepEqual(codes, ['missing-citation', 'name-misspelled', 'quote-mismatch', 'quote-mismatch', 'unknown-source', 'wrong-citation', 'wrong-speaker']);
  assert.ok(got.diagnostics.every((d: { source: string }) => d.source === 'verbatim'));
  assert.match(got.hover, /Kestria's Dovranov lashes out at Norvania/);
});
