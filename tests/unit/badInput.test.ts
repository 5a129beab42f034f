// Bad input gets a clear reason or a clean skip: never a crash, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CorpusError, loadCorpus } from '../../server/src/corpus/loadCorpus';
import { corpusOf } from '../helpers/corpus';
import { runCli } from '../helpers/cli';

function corpusDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

test('empty, binary and invalid UTF-8 files are skipped with a reason; good files still load', async () => {
  const dir = corpusDir({
    'empty.txt': '',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    'latin1.txt': Buffer.from('caf\xe9 "quoted" text', 'latin1'),
    'good.txt': '“Who said?,” Aliyev challenged in the interview.\n',
  });
  const { model } = await loadCorpus({ root: dir });
  assert.deepEqual(model.sources.map((s) => s.key).sort(), ['empty', 'good']);
  const reasons = Object.fromEntries(model.skipped.map((s) => [path.basename(s.path), s.reason]));
  assert.match(reasons['binary.txt'], /binary/);
  assert.match(reasons['latin1.txt'], /UTF-8/);
  assert.equal(model.quotes.length, 1);
});

test('a 20 MB file is skipped with its size, quickly', async () => {
  const dir = corpusDir({ 'huge.txt': 'word '.repeat(4 * 1024 * 1024), 'good.txt': '“Who said?,” Aliyev challenged in the interview.\n' });
  const t0 = performance.now();
  const { model } = await loadCorpus({ root: dir });
  assert.ok(performance.now() - t0 < 5000);
  assert.match(model.skipped[0].reason, /20\.0 MiB is over the 8\.0 MiB limit/);
  assert.equal(model.sources.length, 1);
});

test('a file of 10,000 quote marks does not hang and yields bounded quotes', () => {
  for (const mark of ['"', '“', '”', "'", '‘']) {
    const t0 = performance.now();
    const model = corpusOf({ 'marks.txt': mark.repeat(10_000) });
    assert.ok(performance.now() - t0 < 2000, `${mark}: ${performance.now() - t0} ms`);
    assert.ok(model.quotes.every((q) => q.text.length < 10_000));
  }
  // 5,000 tight pairs: exactly 5,000 one-word quotes, none swallowing the next.
  const t0 = performance.now();
  const paired = corpusOf({ 'paired.txt': '"a" '.repeat(5000) });
  assert.ok(performance.now() - t0 < 5000, `${performance.now() - t0} ms`);
  assert.equal(paired.quotes.length, 5000);
  assert.ok(paired.quotes.every((q) => q.text === 'a'));
  // Marks between spaces open nothing.
  const spaced = corpusOf({ 'spaced.txt': Array.from({ length: 5000 }, (_, i) => (i % 2 ? '" a ' : "' b ")).join('') });
  assert.equal(spaced.quotes.length, 0);
});

test('a corpus folder that does not exist is a clear error', async () => {
  await assert.rejects(loadCorpus({ root: '/no/such/corpus' }), (err: Error) => err instanceof CorpusError && /corpus folder not found: \/no\/such\/corpus/.test(err.message));
});

test('a corpus path that is a file is a clear error', async () => {
  const dir = corpusDir({ 'a.txt': 'x' });
  await assert.rejects(loadCorpus({ root: path.join(dir, 'a.txt') }), /corpus is not a folder/);
});

test('broken markdown and broken front matter still load', () => {
  const model = corpusOf({ 'broken.md': '---\nid: [unclosed\n---\n# Title\n\n“Furthermore, threatening and aggressive statements, said **Ani Badalyan\n\n[link](\n' });
  assert.equal(model.sources.length, 1);
  assert.ok(model.quotes.length >= 1);
});

// news-train's nyt_2015-12-15_white-house-schmoozing-season-ho.txt with its people
// renamed as `npm run bench` renames them (bench/benchCorpus.ts), cut to the two
// paragraphs that matter: building the corpus threw in the attribution's entities
// (TypeError: Cannot read properties of undefined (reading 'forms')).
test('a renamed real article does not crash the corpus build (npm run bench, 10,000 articles)', () => {
  const text =
    'Drama unfolds in the photo line as well. In 1999, a year after managing impeachment proceedings against President Bell Clentin, Representative Jumas E. Rogan, Republican of California, lined up with his wife to be photographed with the president and Hillary Clentin.\n' +
    "When the Rogans' turn came and they were announced, Mr. Rogan said in an interview, Mr. Clentin ''kind of looked at me funny for a moment, then he let out this big sigh and gave me a huge smile and said: 'Jim, thanks for coming. I'm really glad you're here. Merry Christmas.'.''\n";
  assert.doesNotThrow(() => corpusOf({ 'a.txt': text }));
});

test('a crafted title cannot drive the terminal: the CLI prints no control characters (issue 11 §4)', async () => {
  const title = 'Minister\u001b[2J\u001b]0;owned\u0007 speaks\r';
  const dir = corpusDir({ 'crafted.md': `---\ntitle: "${title.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\r/g, '\\r')}"\n---\n\n“We will talk,” the minister said.\n` });
  const { model } = await loadCorpus({ root: dir });
  assert.match(model.sources[0].title ?? '', /\u001b\[2J/, 'the title does carry the escape sequence');
  writeFileSync(path.join(dir, 'draft.md'), '“We will talk to everyone,” the minister said [@crafted].\n');
  for (const args of [['sources', '--corpus', dir], ['check', path.join(dir, 'draft.md'), '--corpus', dir]]) {
    const r = await runCli(...args);
    assert.match(r.out + r.err, /Minister/, args.join(' '));
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, `${args[0]} printed a control character`);
  }
});
