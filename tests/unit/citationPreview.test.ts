// The Markdown preview's citations (client/src/citationPreview.ts), rendered by
// markdown-it as VS Code's preview does (the markdown-it @vscode/vsce brings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { citationItems, citationPlugin, type PreviewSource } from '../../client/src/citationPreview';

const load = createRequire(__filename);
let MarkdownIt: ((options?: object) => { use(plugin: unknown): unknown; render(src: string): string }) | undefined;
try {
  MarkdownIt = load('markdown-it');
} catch {
  MarkdownIt = undefined;
}

const SOURCES = new Map<string, PreviewSource>([
  ['000_64dc1e6c8dc30130', { title: 'Aliyev threatens to quit Karabakh talks', outlet: 'Asbarez', date: '2020-07-17', uri: 'file:///ws/sources/000_64dc1e6c8dc30130.txt' }],
  ['b', { title: 'Second <source>', uri: 'file:///ws/sources/b.txt' }],
]);

test('a bracket group gives each key with the words before and after it', () => {
  assert.deepEqual(citationItems('[see @000_64dc1e6c8dc30130, p. 3; -@b]'), [
    { key: '000_64dc1e6c8dc30130', prefix: 'see', locator: 'p. 3' },
    { key: 'b', prefix: '', locator: '' },
  ]);
  assert.deepEqual(citationItems('[not a citation]'), []);
  assert.deepEqual(citationItems('[mail me@example.com]'), []);
});

test('the preview renders [@key] as a readable reference linking to the source', { skip: !MarkdownIt && 'markdown-it is not installed' }, () => {
  const md = MarkdownIt!();
  md.use(citationPlugin(() => SOURCES));
  const html = md.render('“There has to be a meaning,” Aliyev said [@000_64dc1e6c8dc30130, p. 2]. See [@b; @nope] and [a link](https://example.com) and [x]: y\n');
  assert.match(html, /<span class="verbatim-citation">\(<a href="file:\/\/\/ws\/sources\/000_64dc1e6c8dc30130\.txt" title="@000_64dc1e6c8dc30130">Aliyev threatens to quit Karabakh talks<\/a>, Asbarez, 2020-07-17, p\. 2\)<\/span>/);
  assert.match(html, /\(<a href="file:\/\/\/ws\/sources\/b\.txt" title="@b">Second &lt;source&gt;<\/a>; <span class="verbatim-unknown-source"[^>]*>@nope \(unknown source\)<\/span>\)/);
  assert.match(html, /<a href="https:\/\/example\.com">a link<\/a>/, 'links are links');
  assert.doesNotMatch(html, /\[@/, 'no raw citation left');
  assert.equal(md.render('`[@b]` and\n\n    [@b]\n').includes('verbatim-citation'), false, 'code stays code');
});
