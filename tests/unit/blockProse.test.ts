// Reading a draft block by block (blockProse.ts, what a keystroke re-parses)
// gives exactly what reading it whole gives: the same prose, every offset
// mapped to the same file place, the same headings, comments and blocks. Checked on
// the real drafts, on each of them edited the way a writer types, and on the
// Markdown constructs that could carry across a blank line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { blockProse, blockStarts } from '../../server/src/text/blockProse';
import { markdownProse } from '../../server/src/text/markdownProse';
import { rng } from '../../bench/rng';

const ROOT = path.resolve(__dirname, '..', '..');
const DRAFTS = ['examples/draft.md', 'tests/findings/clean-september-2016.md', 'tests/findings/errors-september-2016.md'].map((f) => readFileSync(path.join(ROOT, f), 'utf8'));

function assertSame(text: string, why: string): void {
  const whole = markdownProse(text);
  const blocks = blockProse(text);
  assert.equal(blocks.prose.text, whole.prose.text, why);
  assert.deepEqual(blocks.headings, whole.headings, why);
  assert.deepEqual(blocks.htmlComments, whole.htmlComments, why);
  assert.deepEqual(blocks.blocks, whole.blocks, why);
  for (let o = 0; o <= whole.prose.text.length; o++) {
    if (blocks.prose.fileOffset(o) !== whole.prose.fileOffset(o) || blocks.prose.fileEnd(o) !== whole.prose.fileEnd(o)) assert.fail(`${why}: prose offset ${o} maps elsewhere`);
  }
  for (let f = 0; f <= text.length; f += 7) {
    assert.equal(blocks.prose.followsText(f), whole.prose.followsText(f), `${why}: followsText(${f})`);
    assert.equal(blocks.prose.textIn(f, f + 40), whole.prose.textIn(f, f + 40), `${why}: textIn(${f})`);
  }
}

test('the real drafts read block by block read as they do whole', () => {
  for (const draft of DRAFTS) {
    assert.ok(blockStarts(draft)!.length > 10, 'a real draft is cut into many block runs');
    assertSame(draft, draft.slice(0, 40));
  }
});

test('a writer typing into a real draft: every edited version reads as it does whole', () => {
  const draft = DRAFTS[0];
  const at = draft.indexOf('\n\n', draft.length / 2) + 2;
  let text = draft;
  for (const typed of ['N', 'e', 'w', ' ', '“', 'q', '\n', '\n', '#', ' ', 'H']) {
    text = text.slice(0, at) + typed + text.slice(at);
    assertSame(text, `after typing ${JSON.stringify(typed)}`);
  }
  // Deleting the blank line between two paragraphs joins them.
  const join = draft.indexOf('\n\n', 200);
  assertSame(draft.slice(0, join) + '\n' + draft.slice(join + 2), 'two paragraphs joined');
});

test('constructs that span a blank line are never cut', () => {
  const cases: Record<string, string> = {
    fence: 'Intro.\n\n```\ncode “not a quote”\n\nstill code\n```\n\nAfter “a quote”.\n',
    tildeFence: 'Intro.\n\n~~~~\ncode\n\n~~~\nstill code\n~~~~\n\nAfter.\n',
    unclosedFence: 'Intro.\n\n```\ncode\n\nto the end\n',
    comment: 'Intro.\n\n<!-- a comment\n\nover a blank line -->\n\nAfter.\n',
    disable: '<!-- verbatim-disable-next-line wrong-speaker -->\n“A quote,” he said.\n\nMore.\n',
    looseList: '- one\n\n  continued\n\n- two\n\nAfter.\n',
    orderedList: '1. one\n\n2. two\n\n3. three\n',
    indentedCode: 'Para.\n\n    code\n\n    more code\n\nAfter.\n',
    blockquote: '> quoted\n\n> again\n\nAfter.\n',
    frontMatter: '---\ntitle: A\n\nsummary: B\n---\n\n# Heading\n\nText.\n',
    tomlFrontMatter: '+++\ntitle = "A"\n\nx = 1\n+++\n\nText.\n',
    reference: 'See [the report].\n\n[the report]: https://example.org\n',
    htmlBlock: '<pre>\nline\n\nline\n</pre>\n\nAfter.\n',
    headings: '# One\n\nText &mdash; more.\n\nTwo\n===\n\n## Three\n\nEnd\\_.\n',
    crlf: 'One.\r\n\r\nTwo “quote”.\r\n\r\n# Three\r\n',
    onlyCode: '```\na\n```\n\n```\nb\n```\n\nText.\n',
    htmlOnly: '<div>\nx\n</div>\n\nText.\n',
  };
  for (const [name, text] of Object.entries(cases)) assertSame(text, name);
});

test('block by block equals whole on 1,500 drafts mangled with what the fuzz suite types (fences, CRs, comments, containers)', () => {
  const example = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'draft.md'), 'utf8');
  const pieces = ['“', '”', '"', "'", '[@', ']', '@', ' ', '\n', '\n\n', '&mdash;', '\\_', '*', '_', '`', '```\n', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '# ', '<!-- verbatim-disable -->', '<!--', '-->', '<b>', '...', '…', '\r\n', '\r', '    ', '~~~\n', '<div>', '</div>'];
  for (const seed of [1, 2, 3]) {
    const rand = rng(seed);
    for (let t = 0; t < 500; t++) {
      let text = example;
      for (let k = 1 + Math.floor(rand() * 12); k > 0; k--) {
        const at = Math.floor(rand() * text.length);
        const del = rand() < 0.3 ? Math.floor(rand() * 30) : 0;
        let ins = '';
        for (let j = 1 + Math.floor(rand() * 4); j > 0; j--) ins += pieces[Math.floor(rand() * pieces.length)];
        text = text.slice(0, at) + ins + text.slice(at + del);
      }
      const whole = markdownProse(text);
      const byBlock = blockProse(text);
      assert.equal(byBlock.prose.text, whole.prose.text, `seed ${seed}, draft ${t}`);
      assert.deepEqual(byBlock.blocks, whole.blocks, `seed ${seed}, draft ${t}`);
    }
  }
});
