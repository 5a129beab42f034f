// `verbatim bib` with the real Pandoc: a draft Verbatim checked and fixed
// renders every citation, with a reference list entry for each cited source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { hasTool, scratchWithExample, verbatim } from '../helpers/tools';

test('pandoc --citeproc renders the example draft with the corpus bibliography', { skip: !hasTool('pandoc') && 'pandoc is not installed: run tests/tools/setup.sh' }, () => {
  const dir = scratchWithExample();
  // --fix mends the unknown key and the wrong citation; the quote nobody said stays (exit 1).
  const fixed = verbatim(dir, 'check', 'draft.md', '--fix');
  assert.match(fixed.stderr, /applied \d+ fixes/);
  for (const [format, file] of [['csl-json', 'refs.json'], ['bibtex', 'refs.bib']]) {
    const bib = verbatim(dir, 'bib', '--format', format);
    assert.equal(bib.status, 0, bib.stderr);
    writeFileSync(path.join(dir, file), bib.stdout);
    const out = `draft-${format}.html`;
    const pandoc = spawnSync('pandoc', ['draft.md', '--citeproc', '--bibliography', file, '-s', '-o', out], { cwd: dir, encoding: 'utf8' });
    assert.equal(pandoc.status, 0, pandoc.stderr);
    assert.equal(pandoc.stderr.trim(), '', `pandoc warned: ${pandoc.stderr}`);
    const html = readFileSync(path.join(dir, out), 'utf8');
    const cited = new Set([...readFileSync(path.join(dir, 'draft.md'), 'utf8').matchAll(/@([0-9a-z_-]+)/g)].map((m) => m[1]));
    assert.ok(cited.size >= 4);
    for (const key of cited) {
      assert.match(html, new RegExp(`class="citation"\\s+data-cites="${key}"`), `${format}: @${key} not rendered as a citation`);
      assert.match(html, new RegExp(`<div id="ref-${key}"\\s+class="csl-entry"`), `${format}: no reference entry for ${key}`);
    }
    assert.match(html, /Armenia Excludes Any Political Solution in\s+Nagorno Karabakh/i);
    assert.match(html, /<em>AFP<\/em>/);
  }
});
