// Markdown sources with front matter, and HTML through a real parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, quoteStarting } from '../helpers/corpus';

// Real seed text (002, 001) in the two other formats a newsroom keeps.
test('markdown: front matter sets the key and metadata; markup is not text', () => {
  const file = [
    '---',
    'id: afp-pashinyan-2020',
    'title: Armenia excludes any political solution in Nagorno Karabakh',
    'date: 2020-10-21',
    'outlet: AFP',
    'url: https://example.org/a',
    '---',
    '# Armenia excludes any political solution',
    '',
    'While the Armenian and Azerbaijani foreign ministers were holding separate talks in Moscow, Prime Minister [Nikol Pashinyan](https://example.org/pashinyan) addressed the Armenians with a video on Facebook.',
    '',
    'Pashinyan described the situation of the separatists at the front as "very **dangerous**".',
    '',
    '```',
    '"not a quote in code"',
    '```',
    '',
  ].join('\n');
  const model = corpusOf({ 'afp.md': file });
  const s = model.sources[0];
  assert.equal(s.key, 'afp-pashinyan-2020');
  assert.equal(s.title, 'Armenia excludes any political solution in Nagorno Karabakh');
  assert.equal(s.date, '2020-10-21');
  assert.equal(s.outlet, 'AFP');
  assert.equal(s.url, 'https://example.org/a');
  const q = quoteStarting(model, 'very');
  assert.equal(q.text, 'very dangerous');
  assert.equal(q.speaker?.name, 'Nikol Pashinyan');
  assert.ok(!model.quotes.some((x) => x.text.includes('not a quote')));
  assert.ok(!s.text.includes('example.org'));
  assert.equal(file.slice(q.start, q.start + 5), 'very ');
});

test('html: text only, scripts dropped, entities decoded, offsets into the file', () => {
  const file =
    '<html><head><title>Azerbaijan Says Anybody Willing to Contribute to Peace Talks is Welcome</title><meta name="author" content="Gunay Hajiyeva">' +
    '<meta property="article:published_time" content="2023-09-06T09:15:00Z"><script>var x = "not text";</script></head>' +
    '<body><nav>Home | World</nav><article><p>Hikmet Hajiyev, who also leads the Foreign Policy Affairs Department of the Presidential Administration, said there are various platforms.</p>' +
    '<p>&ldquo;Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome,&rdquo; Hajiyev told Arab News.</p></article></body></html>';
  const model = corpusOf({ 'hajiyev.html': file });
  const s = model.sources[0];
  assert.equal(s.title, 'Azerbaijan Says Anybody Willing to Contribute to Peace Talks is Welcome');
  assert.equal(s.author, 'Gunay Hajiyeva');
  assert.equal(s.date, '2023-09-06');
  assert.ok(!s.text.includes('not text'));
  assert.ok(!s.text.includes('Home | World'));
  const q = quoteStarting(model, 'Our approach');
  assert.equal(q.speaker?.name, 'Hikmet Hajiyev');
  assert.ok(file.slice(q.start - 7, q.start + 20).includes('&ldquo;Our approach'));
});
