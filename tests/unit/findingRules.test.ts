// Every finding rule's own examples, checked against the bundled seeds: each
// "fires" example must get the rule's code, each "silent" one must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FINDING_CODES } from '../../server/src/check/findings';
import { FINDING_RULES } from '../../server/src/check/findings/registry';
import { probablyOneName, samePerson } from '../../server/src/check/findings/wrongSpeaker';
import { citationsIn, isBareKey, citeKeyText } from '../../server/src/check/citations';
import { givenNameVariants } from '../../server/src/text/givenNames';
import { check } from '../helpers/check';

test('one rule per finding code, in one ordered list', () => {
  assert.deepEqual(FINDING_RULES.map((r) => r.code).sort(), Object.keys(FINDING_CODES).sort());
  for (const r of FINDING_RULES) {
    assert.ok(r.doc.length > 100, `${r.code} has a paragraph of doc`);
    assert.ok((r.examples.fires.length > 0 && r.examples.silent.length > 0) || r.examplesElsewhere, `${r.code} has examples both ways`);
  }
});

for (const rule of FINDING_RULES) {
  for (const example of rule.examples.fires) {
    test(`${rule.code} fires: ${example}`, async () => {
      const r = await check(example + '\n');
      assert.ok(r.findings.some((f) => f.code === rule.code), `${rule.code} expected; got ${JSON.stringify(r.findings.map((f) => [f.code, f.message]))}`);
    });
  }
  for (const example of rule.examples.silent) {
    test(`${rule.code} is silent: ${example}`, async () => {
      const r = await check(example + '\n');
      assert.deepEqual(r.findings.filter((f) => f.code === rule.code).map((f) => f.message), []);
    });
  }
}

test('a generation apart is another person; a surname or an alias is the same one', () => {
  assert.equal(samePerson('Donald Trump', 'Donald Trump', 'Donald Trump Jr.', ['Donald Trump Jr.', 'Trump']), false);
  assert.equal(samePerson('Donald Trump Jr.', 'Donald Trump', 'Donald Trump', ['Donald Trump', 'Trump']), false);
  assert.equal(samePerson('Trump Jr.', 'Donald Trump Jr.', 'Donald Trump Jr.', []), true);
  assert.equal(samePerson('Trump', 'Donald Trump', 'Donald Trump', ['Donald Trump', 'Trump']), true);
  assert.equal(samePerson('Hakobyan', 'Anna Hakobyan', 'Ara Hakobyan', ['Ara Hakobyan', 'Hakobyan']), true);
});

test('one person under two forms of a name is no wrong speaker; two people of one family are', () => {
  const nyt = 'Vice President Joseph R. Biden Jr. said the returns should be public.';
  assert.ok(probablyOneName('Joe Biden', 'Joseph R. Biden Jr.', nyt));
  assert.ok(!probablyOneName('Donald Trump', 'Donald Trump Jr.', 'Donald Trump Jr. spoke.'), 'a generation apart');
  assert.ok(probablyOneName('Jordan', 'Jim Jordan', 'Rep. Jim Jordan (R-Ohio) said'), 'a surname alone');
  assert.ok(!probablyOneName('Ivana Trump', 'Ivanka Trump', 'Ivana Trump, his first wife, and Ivanka Trump, his daughter'), 'the source names both');
  assert.ok(!probablyOneName('Barack Obama', 'Michelle Obama', 'Barack Obama and Michelle Obama'), 'another first initial');
});

test('given-name variants and other given names are not misspellings', () => {
  assert.ok(givenNameVariants('Steven', 'Steve'));
  assert.ok(givenNameVariants('Tim', 'Timothy'));
  assert.ok(!givenNameVariants('Siranush', 'Siranish'));
  assert.ok(!givenNameVariants('Hilary', 'Hillary'), 'a spelling variant of one name is still a misspelling of that person');
});

test('citation keys as Pandoc reads them (checked against pandoc 2.17 -t native)', () => {
  const t = 'See [@abc-def-] and @abc-def- and [@{abc-def-}, p. 3] and [-@x_y.] and [see @a; @b-c, pp. 3-4] (@abc) x@abc [mail me@x.org; @k] https://example.org/@nope';
  const got = citationsIn(t, { start: 0, end: t.length }).map((c) => [c.key, c.inText, c.braced, c.suppressAuthor, c.prefix, c.suffix, c.cutOff]);
  assert.deepEqual(got, [
    ['abc-def', false, false, false, '', '-', '-'],
    ['abc-def', true, false, false, '', '', '-'],
    ['abc-def-', false, true, false, '', ', p. 3', ''],
    ['x_y', false, false, true, '', '.', '.'],
    ['a', false, false, false, 'see', '', ''],
    ['b-c', false, false, false, '', ', pp. 3-4', ''],
    ['abc', true, false, false, '', '', ''],
    ['k', true, false, false, '', '', ''],
  ]);
  assert.ok(isBareKey('nyt_2016-09-08_obama-on-climate-change-the-tren'));
  assert.ok(!isBareKey('breitbart_2016-09-21_only-percent-of-hillary-clinton-'));
  assert.equal(citeKeyText('a-'), '{a-}');
});

test('citations: a 200 KB `[@a @b …` with no closing bracket is read in one pass', () => {
  const big = '[' + Array.from({ length: 30_000 }, (_, i) => `@a${i}`).join(' ');
  const few = '[' + Array.from({ length: 3_000 }, (_, i) => `@a${i}`).join(' ');
  // Linear: ten times the text, about ten times the citations, and no pathological blow-up (no timing asserted).
  assert.equal(citationsIn(big, { start: 0, end: big.length }).length, 30_000);
  assert.equal(citationsIn(few, { start: 0, end: few.length }).length, 3_000);
  const brackets = '[@a '.repeat(50_000);
  assert.equal(citationsIn(brackets, { start: 0, end: brackets.length }).length, 50_000);
});

test('a hover never says “✓ Verified” on a quote with a finding; it says the finding', async () => {
  const { hoverAt } = await import('../../server/src/services/hover');
  const { LineIndex } = await import('../../server/src/text/lineIndex');
  const { seedIndex } = await import('../helpers/check');
  const index = await seedIndex();
  for (const [text, verified] of [
    ['"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Bayramov said [@001_d3d3f7e52c00361c].\n', false],
    ['"There has to be a meaning," Aliyev said.\n', false],
    ['"There has to be a meaning," Aliyev said [@000_64dc1e6c8dc30130].\n', true],
  ] as const) {
    const result = await check(text);
    const card = hoverAt({ uri: 'file:///d.md', text, lines: new LineIndex(text), result }, index, 5)!.contents.value;
    if (verified) assert.match(card, /✓ \*\*Verified\*\*/);
    else {
      assert.doesNotMatch(card, /Verified/);
      assert.match(card, new RegExp(result.findings[0].code));
    }
  }
});

test("the README's section for each code is the rule's own doc", async () => {
  const { readFileSync } = await import('node:fs');
  const readme = readFileSync(require('node:path').resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  for (const r of FINDING_RULES) assert.ok(readme.includes(`### ${r.code}\n`) && readme.includes(r.doc), `README section for ${r.code} is its doc`);
});
