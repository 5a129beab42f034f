// The pre-commit hook definition: valid YAML, pointing at the real command, on Markdown only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

test('.pre-commit-hooks.yaml runs `verbatim check` on staged Markdown, not on the corpus', () => {
  const root = path.resolve(__dirname, '..', '..');
  const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find((h: { id: string }) => h.id === 'verbatim-check');
  assert.equal(hook.entry, 'verbatim check');
  assert.equal(hook.language, 'node');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.ok(pkg.bin.verbatim, 'the hook needs the verbatim bin');
  assert.ok(pkg.scripts.prepare, 'a git install must build dist/');
  const files = new RegExp(hook.files);
  const exclude = new RegExp(hook.exclude);
  assert.ok(files.test('drafts/story.md') && !exclude.test('drafts/story.md'));
  assert.ok(!files.test('notes.txt'));
  assert.ok(exclude.test('sources/a.md'));
});
