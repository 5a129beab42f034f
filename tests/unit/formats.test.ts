// Markdown sources with front matter, and HTML through a real parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, quoteStarting } from '../helpers/corpus';

test('markdown: front matter sets the key and metadata; markup is not text', () => {
  const file = [
    '---',
    'id: gasimli-2023',
    'title: Aide speaks on the Sarin road',
    'date: 2023-09-06',
    'outlet: Valgrad Today',
    'author: Nigar Safarli',
    'url: https://example.org/a',
    '---',
    '# Aide speaks',
    '',
    '"The road is **open**," said [Tofiq Gasimli](https://example.org/gasimli).',
    '',
    '```',
    '"not a quote in code"',
    '```',
    '',
  ].join('\n');
  const model = corpusOf({ 'aide.md': file });
  const s = model.sources[0];
  assert.equal(s.key, 'gasimli-2023');
  assert.equal(s.title, 'Aide speaks on the Sarin road');
  assert.equal(s.date, '2023-09-06');
  assert.equal(s.outlet, 'Valgrad Today');
  assert.equal(s.url, 'https://example.org/a');
  const q = quoteStarting(model, 'The road is');
  assert.equal(q.text, 'The road is open,');
  assert.equal(q.speaker?.name, 'Tofiq Gasimli');
  assert.ok(!model.quotes.some((x) => x.text.includes('not a quote')));
  assert.ok(!s.text.includes('example.org'));
  assert.equal(file.slice(q.start, q.start + 12), 'The road is ');
});

test('html: text only, scripts dropped, entities decoded, offsets into the file', () => {
  const file =
    '<html><head><title>Summit report</title><meta property="og:site_name" content="Valgrad Today">' +
    '<meta property="article:published_time" content="2023-10-12T09:15:00Z"><script>var x = "not text";</script></head>' +
    '<body><nav>Home | World</nav><article><p>Aram Tevosyan spoke in Lindholm.</p>' +
    '<p>&ldquo;We are ready to sign,&rdquo; Tevosyan said.</p></article></body></html>';
  const model = corpusOf({ 'summit.html': file });
  const s = model.sources[0];
  assert.equal(s.title, 'Summit report');
  assert.equal(s.outlet, 'Valgrad Today');
  assert.equal(s.date, '2023-10-12');
  assert.ok(!s.text.includes('not text'));
  assert.ok(!s.text.includes('Home | World'));
  const q = quoteStarting(model, 'We are ready');
  assert.equal(q.speaker?.name, 'Aram Tevosyan');
  assert.ok(file.slice(q.start - 7, q.start + 20).includes('&ldquo;We are ready'));
});
