// The Markdown injection grammar: quotations are scoped so that no theme paints
// them as strings (dark red in Light+, which made a draft look like a page of
// errors); citation keys keep a scope themes colour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'syntaxes', 'verbatim.injection.tmLanguage.json'), 'utf8'));

/** Every scope name in a grammar fragment. */
function scopes(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(scopes);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'name' && typeof v === 'string' ? [v] : scopes(v)));
}

test('quotations carry no string, invalid or markup scope', () => {
  const quotation = scopes(grammar.repository.quotation);
  assert.ok(quotation.includes('meta.quotation.verbatim'), quotation.join(', '));
  assert.deepEqual(quotation.filter((s) => /^(string|invalid|markup)\b/.test(s)), []);
});

test('citation keys are still coloured', () => {
  assert.ok(scopes(grammar.repository['citation-key']).includes('entity.name.tag.citation-key.verbatim'));
});
