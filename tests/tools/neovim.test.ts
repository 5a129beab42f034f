// The language server in another editor: Debian's Neovim, headless, with its
// built-in LSP client and no plugins, exactly as the README configures it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { hasTool, ROOT, scratchWithExample, VERBATIM } from '../helpers/tools';
import { KNOWN_FALSE_ALARMS, PLANTED } from '../helpers/example';

test('Neovim gets the draft\'s diagnostics with their codes, and a hover', { skip: !hasTool('nvim') && 'neovim is not installed: run tests/tools/setup.sh' }, () => {
  const dir = scratchWithExample();
  const draft = path.join(dir, 'draft.md');
  const out = path.join(dir, 'nvim.json');
  const text = readFileSync(draft, 'utf8').split('\n');
  const hoverLine = text.findIndex((l) => l.includes('@001_d3d3f7e52c00361c')) + 1;
  const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'tests', 'tools', 'neovim.lua')}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      VERBATIM_DRAFT: draft,
      VERBATIM_NODE: process.execPath,
      VERBATIM_BIN: VERBATIM,
      VERBATIM_OUT: out,
      VERBATIM_WANT: String(PLANTED.length + KNOWN_FALSE_ALARMS.length),
      VERBATIM_HOVER_LINE: String(hoverLine),
      VERBATIM_HOVER_CHAR: String(text[hoverLine - 1].indexOf('@001_d3d3f7e52c00361c') + 3),
    },
  });
  assert.equal(r.status, 0, `nvim: ${r.stderr}`);
  const got = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(got.waited, true, JSON.stringify(got));
  const codes = got.diagnostics.map((d: { code: string }) => d.code).sort();
  assert.deepEqual([...new Set(codes)].sort(), PLANTED.map((p) => p.code).sort());
  assert.equal(codes.length, PLANTED.length + KNOWN_FALSE_ALARMS.length);
  assert.ok(got.diagnostics.every((d: { source: string }) => d.source === 'verbatim'));
  assert.match(got.hover, /Azerbaijan Says Anybody Willing to Contribute to Peace Talks is Welcome/);
});
