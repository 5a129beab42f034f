// Issue 11 §1: a fix never corrupts a draft. Every prose character maps to its
// own place in the file; every edit is verified before it is written; --fix
// keeps the file's identity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { decodeString } from 'micromark-util-decode-string';
import { applyEdits } from '../../server/src/check/applyEdits';
import { applyUnambiguousFixes, verifyEdits } from '../../server/src/check/applyFixes';
import type { Finding } from '../../server/src/check/findings';
import { writeFilePreservingIdentity, FileChangedError } from '../../server/src/cli/writeFile';
import { boundNesting, markdownProse } from '../../server/src/text/markdownProse';
import { runCli } from '../helpers/cli';
import { SEEDS } from '../helpers/corpus';

function dir(): string {
  return mkdtempSync(path.join(tmpdir(), 'verbatim-fix-'));
}

async function fix(text: string): Promise<{ fixed: string; code: number; err: string }> {
  const d = dir();
  const file = path.join(d, 'd.md');
  writeFileSync(file, text);
  const r = await runCli('check', file, '--fix', '--corpus', SEEDS);
  return { fixed: readFileSync(file, 'utf8'), code: r.code, err: r.err };
}

test('an entity before a finding shifts nothing: the key is replaced, nothing else (issue 11 repro)', async () => {
  const draft = 'The aide&mdash;Hikmet Hajiyev&mdash;insists that “anybody who is willing to contribute to real peace on the ground, they are most welcome” [@hajiyev-2023].\n';
  const r = await fix(draft);
  assert.equal(r.fixed, draft.replace('hajiyev-2023', '001_d3d3f7e52c00361c'));
  assert.equal(r.code, 0, r.err);
});

test('a backslash escape before a finding shifts nothing (issue 11 repro with \\_)', async () => {
  const draft = 'The aide\\_Hikmet Hajiyev insists that “anybody who is willing to contribute to real peace on the ground, they are most welcome” [@hajiyev-2023].\n';
  const r = await fix(draft);
  // The key is replaced in place; the escape and every other character stay (a spelling fix of the name, if offered, lands on the name alone).
  assert.match(r.fixed, /^The aide\\_Hikm[ea]t Hajiyev insists that “anybody who is willing to contribute to real peace on the ground, they are most welcome” \[@001_d3d3f7e52c00361c\]\.\n$/);
});

test('citation syntax counts only where the file writes it: an escaped @ or key character is no citation (fuzz seed 8514)', async () => {
  const { readDraft } = await import('../../server/src/check/draft');
  const { buildCorpusIndex } = await import('../../server/src/index/corpusIndex');
  const { seedCorpus } = await import('../helpers/corpus');
  const index = buildCorpusIndex(await seedCorpus());
  const keys = (md: string) => readDraft(md, index).citations.map((c) => c.key);
  assert.deepEqual(keys('He said “we do” [@\\**said** in a call].\n'), [], 'an escaped * starts no key, and emphasis markup inside one is not the key');
  assert.deepEqual(keys('Mail him \\@aliyev today.\n'), [], 'an escaped @ is a literal @');
  assert.deepEqual(keys('He said “we do” \\[@aliyev].\n'), ['aliyev'], 'an escaped [ leaves an in-text citation, as Pandoc reads it');
  assert.deepEqual(keys('He said “we do” [@aliyev].\n'), ['aliyev']);
  // The fuzz repro: a fix offered there rewrote `\*` as a key and left the emphasis star behind. Now the quote has no citation, and gets one.
  const draft = '“Armenia excludes any political solution” [@\\**said in a call.\n';
  const r = await fix(draft);
  assert.equal(r.fixed, draft.replace('call.', 'call [@002_0ed3d3604d76e39f].'));
});

test('every prose character maps to itself in the file, or to the entity or escape that decodes to it', () => {
  const samples = [
    'A &amp; B said “x &mdash; y” \\_under\\_ &#8212; &#x2014; end.\n',
    '> Quoted &ldquo;words&rdquo; in a\n> blockquote \\* with *emphasis* and `code`.\n',
    '- item &copy; one\n  continued \\[not a link\\]\n- [a link](http://x) &nbsp;two\n',
    '| a &amp; b | c \\| d |\n|---|---|\n| “quote” | e |\n',
    'Text &unknown; and & alone, AT&T.\n',
  ];
  for (const md of samples) {
    const { prose } = markdownProse(md);
    for (let i = 0; i < prose.text.length; i++) {
      const ch = prose.text[i];
      const at = prose.fileOffset(i);
      const end = prose.fileEnd(i + 1);
      const raw = md.slice(at, end);
      if (raw === '' && ch === '\n') continue; // a block break: not in the file
      assert.ok(raw === ch || decodeString(raw) === ch, `${JSON.stringify(md)}: prose ${i} ${JSON.stringify(ch)} maps to ${JSON.stringify(raw)}`);
    }
  }
});

test('10,000-deep nesting parses without overflowing the stack, offsets kept', () => {
  for (const md of ['> '.repeat(10_000) + 'deep words\n', '- '.repeat(10_000) + 'deep words\n']) {
    assert.equal(boundNesting(md).length, md.length);
    const { prose } = markdownProse(md);
    assert.doesNotThrow(() => prose.fileOffset(prose.text.length));
  }
});

test('verifyEdits drops an edit whose range no longer holds the words it was computed from', () => {
  const before = 'warned of “About 70 percent of the families”';
  const edit = { start: before.indexOf('70'), end: before.indexOf('70') + 2, newText: '80', expected: '70' };
  assert.deepEqual(verifyEdits(before, [edit]), [edit]);
  const after = 'In fact, ' + before;
  assert.deepEqual(verifyEdits(after, [edit]), []);
  // Entities and escapes hold their decoded words; markup does not.
  assert.equal(verifyEdits('a &mdash; b', [{ start: 2, end: 9, newText: '-', expected: '—' }]).length, 1);
  assert.equal(verifyEdits('a *b* c', [{ start: 2, end: 5, newText: 'x', expected: 'b' }]).length, 0);
  // Out of range, or replacing words with no record of them: dropped.
  assert.equal(verifyEdits('abc', [{ start: 2, end: 9, newText: 'x', expected: 'c' }]).length, 0);
  assert.equal(verifyEdits('abc', [{ start: 0, end: 1, newText: 'x' }]).length, 0);
  assert.equal(verifyEdits('abc', [{ start: 1, end: 1, newText: 'x' }]).length, 1);
  // An insertion lands after words, never inside an entity or a code span.
  assert.equal(verifyEdits('a &mdash; b', [{ start: 4, end: 4, newText: 'x' }]).length, 0);
  assert.equal(verifyEdits('a &mdash; b', [{ start: 9, end: 9, newText: 'x' }]).length, 1);
  assert.equal(verifyEdits('land `code here`', [{ start: 10, end: 10, newText: 'x' }]).length, 0);
});

test('verifyEdits drops an edit that would turn the words beside it into markup (fuzz: `&bogus;` → `&and;`)', () => {
  const text = 'First paragraph.\n\nVictory or defeat, &bogus;nothing else, he said.\n\nLast.\n';
  const at = text.indexOf('bogus');
  const entity = { start: at, end: at + 5, newText: 'and', expected: 'bogus' };
  assert.deepEqual(verifyEdits(text, [entity]), [], '`&and;` is an entity: the prose would read ∧, not “&and;”');
  const escape = { start: text.indexOf('Victory'), end: text.indexOf('Victory') + 7, newText: 'Triumph', expected: 'Victory' };
  assert.deepEqual(verifyEdits(text, [escape]), [escape], 'a plain word for a plain word stays');
  const backslash = 'A path C:\\temp\\ then *quote words* end.\n';
  const before = backslash.indexOf('then');
  assert.deepEqual(verifyEdits(backslash, [{ start: before, end: before + 4, newText: '*', expected: 'then' }]), [], 'markup in, never');
});

test('applyEdits applies thousands of edits in one pass, each in its place', () => {
  const words = Array.from({ length: 3602 }, (_, i) => `w${i}`);
  const text = words.join(' ');
  let at = 0;
  const edits = words.map((w) => {
    const e = { start: at, end: at + w.length, newText: w.toUpperCase() };
    at += w.length + 1;
    return e;
  });
  assert.equal(applyEdits(text, edits.reverse()), text.toUpperCase());
});

test('overlapping fixes are both left for the writer; a fix that no longer verifies is dropped', () => {
  const text = 'one two three';
  const finding = (start: number, end: number, newText: string, expected: string): Finding => ({
    code: 'quote-mismatch',
    severity: 'warning',
    start,
    end,
    message: '',
    fixes: [{ title: 't', edits: [{ start, end, newText, expected }] }],
  });
  const r = applyUnambiguousFixes(text, [finding(0, 7, 'x', 'one two'), finding(4, 13, 'y', 'two three'), finding(8, 13, 'z', 'nope')]);
  assert.deepEqual({ text: r.text, applied: r.applied, skipped: r.skipped, dropped: r.dropped }, { text, applied: 0, skipped: 2, dropped: 1 });
});

const BROKEN_KEY = 'Hajiyev said “anybody who is willing to contribute to real peace on the ground, they are most welcome” [@hajiyev-2023].\n';
const FIXED_KEY = BROKEN_KEY.replace('hajiyev-2023', '001_d3d3f7e52c00361c');

test('--fix on a symlinked draft fixes its target and keeps the link', async () => {
  const d = dir();
  writeFileSync(path.join(d, 'target.md'), BROKEN_KEY);
  symlinkSync('target.md', path.join(d, 'link.md'));
  await runCli('check', path.join(d, 'link.md'), '--fix', '--corpus', SEEDS);
  assert.ok(lstatSync(path.join(d, 'link.md')).isSymbolicLink());
  assert.equal(readFileSync(path.join(d, 'target.md'), 'utf8'), FIXED_KEY);
});

test('--fix keeps hard links shared and the mode of a 0600 draft', async () => {
  const d = dir();
  const file = path.join(d, 'draft.md');
  writeFileSync(file, BROKEN_KEY);
  chmodSync(file, 0o600);
  linkSync(file, path.join(d, 'other.md'));
  const ino = statSync(file).ino;
  await runCli('check', file, '--fix', '--corpus', SEEDS);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(statSync(file).ino, ino);
  assert.equal(readFileSync(path.join(d, 'other.md'), 'utf8'), FIXED_KEY);
  assert.deepEqual(readdirSync(d).sort(), ['draft.md', 'other.md']);
});

test('a 0600 draft without other links keeps its mode through the rename, and no temp file is left', async () => {
  const d = dir();
  const file = path.join(d, 'draft.md');
  writeFileSync(file, BROKEN_KEY);
  chmodSync(file, 0o600);
  await runCli('check', file, '--fix', '--corpus', SEEDS);
  assert.equal(readFileSync(file, 'utf8'), FIXED_KEY);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(d), ['draft.md']);
});

test('a write refused because the draft changed leaves the new text in place and no copy behind', () => {
  const d = dir();
  const file = path.join(d, 'draft.md');
  writeFileSync(file, 'saved by the editor meanwhile');
  assert.throws(() => writeFilePreservingIdentity(file, 'what was checked', 'fixed'), FileChangedError);
  assert.equal(readFileSync(file, 'utf8'), 'saved by the editor meanwhile');
  assert.deepEqual(readdirSync(d), ['draft.md']);
});
