// Every attribution sieve's own examples, run through the whole attribution of
// their passage: where a sieve must fire it must be the one that decides, with
// the speaker it names; where it must not fire, another sieve (or none) decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleView } from '../../server/src/corpus/attribution/article';
import { attributeArticle } from '../../server/src/corpus/attribution/attribute';
import { SIEVES } from '../../server/src/corpus/attribution/sieves/index';
import type { SieveExample } from '../../server/src/corpus/attribution/sieve';
import { paragraphs } from '../../server/src/text/paragraphs';
import { quoteSpans } from '../../server/src/text/quoteSpans';

function attributed(example: SieveExample) {
  const paras = paragraphs(example.text);
  const view = articleView(example.text, paras, paras.map((p) => quoteSpans(example.text, p)));
  const { quotes } = attributeArticle(view);
  const q = quotes.find((x) => example.text.slice(x.span.textStart, x.span.textEnd).startsWith(example.quote));
  assert.ok(q, `no quotation starting “${example.quote}” in: ${example.text}`);
  return q;
}

for (const sieve of SIEVES) {
  test(`sieve ${sieve.name}: documented, in the ordered list once`, () => {
    assert.ok(sieve.doc.length > 40, 'a one-paragraph doc');
    assert.equal(SIEVES.filter((s) => s.name === sieve.name).length, 1);
  });
  for (const example of sieve.fires) {
    test(`sieve ${sieve.name} fires: ${example.from}`, () => {
      const q = attributed(example);
      assert.equal(q.sieve, sieve.name, `decided by ${q.sieve ?? 'none'} (${q.reason ?? ''})`);
      assert.equal(q.entity?.name ?? null, example.speaker ?? null);
    });
  }
  for (const example of sieve.doesNotFire) {
    test(`sieve ${sieve.name} does not fire: ${example.from}`, () => {
      assert.notEqual(attributed(example).sieve, sieve.name);
    });
  }
}
