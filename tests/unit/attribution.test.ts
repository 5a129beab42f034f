// Each attribution pattern the seeds contain, on a small article of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, quoteStarting } from '../helpers/corpus';

const speakerOf = (text: string, starts: string) => quoteStarting(corpusOf({ 'a.txt': text }), starts);

test('pronoun: "he told X" resolves to the last named subject, not the object', () => {
  const q = speakerOf(
    'President Ilyas Dovranov criticised Foreign Minister Rauf Saylanov on Monday.\n\n"Where are the results?" he told Saylanov at a cabinet meeting.\n',
    'Where are',
  );
  assert.equal(q.speaker?.name, 'Ilyas Dovranov');
  assert.equal(q.cue, 'told');
  assert.equal(q.resolvedBy, 'pronoun');
});

test('inverted: the name comes after the verb and a role', () => {
  const q = speakerOf(
    `"We are ready to talk," said Norvania's Foreign Ministry spokesperson Lusine Martirosyan.\n`,
    'We are ready',
  );
  assert.equal(q.speaker?.name, 'Lusine Martirosyan');
  assert.equal(q.cue, 'said');
});

for (const [verb, cue] of [
  ['added', 'added'],
  ['stated', 'stated'],
  ['lashed out', 'lashed out'],
  ['threatened', 'threatened'],
  ['explained', 'explained'],
  ['insisted', 'insisted'],
  ['warned', 'warned'],
]) {
  test(`reporting verb: "Name ${verb}"`, () => {
    const q = speakerOf(`Tofiq Gasimli spoke in Valgrad.\n\n"The road is open to cargo," Gasimli ${verb}.\n`, 'The road');
    assert.equal(q.speaker?.name, 'Tofiq Gasimli');
    assert.equal(q.cue, cue);
  });
}

test('pronoun "she added" follows the last named subject', () => {
  const model = corpusOf({
    'a.txt': 'Siranush Melikyan visited the border.\n\n"People are sleeping in basements," Melikyan explained.\n\n"Children have not been to school," she added.\n',
  });
  const q = quoteStarting(model, 'Children');
  assert.equal(q.speaker?.name, 'Siranush Melikyan');
  assert.equal(q.cue, 'added');
});

test('a quote paragraph with no cue continues the previous speaker', () => {
  const model = corpusOf({
    'a.txt': 'Ilyas Dovranov spoke on television.\n\n"Those who hold weapons will be neutralised," he said.\n\n"Let those holding talks understand one thing."\n',
  });
  const q = quoteStarting(model, 'Let those');
  assert.equal(q.speaker?.name, 'Ilyas Dovranov');
  assert.equal(q.resolvedBy, 'continuation');
});

test('a split quote: the second half continues the first', () => {
  const model = corpusOf({ 'a.txt': '"The valley is ours," Ilyas Dovranov said. "Everyone should know this."\n' });
  assert.equal(quoteStarting(model, 'Everyone').speaker?.name, 'Ilyas Dovranov');
});

test('a quote spanning paragraphs with no closing mark is attributed and does not swallow the next paragraph', () => {
  const model = corpusOf({
    'a.txt': '"Neither side can win," said Thomas Reinholt, a regional analyst.\n\n"Every skirmish is a question of pride.\n\n"That makes any compromise hard."\n\nThe talks resume on Monday.\n',
  });
  const open = quoteStarting(model, 'Every skirmish');
  assert.equal(open.openEnded, true);
  assert.equal(open.text, 'Every skirmish is a question of pride.');
  assert.equal(quoteStarting(model, 'That makes').speaker?.name, 'Thomas Reinholt');
  assert.ok(!model.quotes.some((q) => q.text.includes('talks resume')));
});

test('a quote opened with a closing mark (”) is still a quote', () => {
  const model = corpusOf({ 'a.txt': 'Aram Tevosyan spoke.\n\n”Our army is ready,” Tevosyan wrote on Facebook.\n' });
  const q = quoteStarting(model, 'Our army');
  assert.equal(q.text, 'Our army is ready,');
  assert.equal(q.speaker?.name, 'Aram Tevosyan');
});

test('an unterminated quote ends with its paragraph', () => {
  const model = corpusOf({ 'a.txt': 'Aram Tevosyan said: "We will never\n\nNext paragraph has no quotes at all.\n' });
  const q = quoteStarting(model, 'We will never');
  assert.equal(q.text, 'We will never');
  assert.equal(q.openEnded, true);
});

test('according to X, "…" is a partial quote by X', () => {
  const q = speakerOf('Tofik Gasimli met diplomats.\n\nAccording to Gasimli, the proposals include "mutual recognition of borders".\n', 'mutual');
  assert.equal(q.speaker?.name, 'Tofik Gasimli');
  assert.equal(q.cue, 'according to');
  assert.equal(q.kind, 'partial');
});

test('organisations speak: "the ministry said in a statement"', () => {
  const q = speakerOf(`Norvania's Foreign Ministry dismissed the remarks. "The blockade is a fact," the ministry said in a statement.\n`, 'The blockade');
  assert.deepEqual(q.speaker, { name: "Norvania's Foreign Ministry", type: 'organisation' });
  assert.equal(q.resolvedBy, 'organisation');
});

test('a role resolves to the person who holds it: "the prime minister said"', () => {
  const q = speakerOf(
    'Norvanian Prime Minister Aram Tevosyan spoke at the summit.\n\nHe was cautious. "Observers are the best guarantee," the prime minister said.\n',
    'Observers',
  );
  assert.equal(q.speaker?.name, 'Aram Tevosyan');
  assert.equal(q.resolvedBy, 'role');
});

test('kinds: scare quotes, so-called, and partial quotes after naming verbs', () => {
  const model = corpusOf({
    'a.txt':
      'Ilyas Dovranov dismissed the concerns and said the residents\' "rights" would be protected.\n\nDovranov accused Ardashen of pursuing a so-called "peace agenda" while rearming.\n\nHe ruled out any "independence", calling the idea "a dead end".\n\nHe also criticised the talks, which he called "meaningless".\n',
  });
  assert.equal(quoteStarting(model, 'rights').kind, 'scare');
  assert.equal(quoteStarting(model, 'rights').speaker, null);
  assert.equal(quoteStarting(model, 'peace agenda').kind, 'scare');
  assert.equal(quoteStarting(model, 'independence').kind, 'scare');
  assert.equal(quoteStarting(model, 'a dead end').kind, 'partial');
  assert.equal(quoteStarting(model, 'a dead end').speaker?.name, 'Ilyas Dovranov');
  assert.equal(quoteStarting(model, 'meaningless').kind, 'partial');
  assert.equal(quoteStarting(model, 'meaningless').speaker?.name, 'Ilyas Dovranov');
});

test('single-quoted section headings are found and take the speaker whose words they lift', () => {
  const model = corpusOf({
    'a.txt': 'Border clashes continue\n\n– ‘Victory or defeat’ –\n\n"Every skirmish is a question of victory or defeat," said Thomas Reinholt, an analyst.\n',
  });
  const heading = quoteStarting(model, 'Victory or defeat');
  assert.equal(heading.kind, 'partial');
  assert.equal(heading.speaker?.name, 'Thomas Reinholt');
});

test('offsets point at the exact quote text in the file', () => {
  const text = ' date 2020-07-17\nHeadline here\n[ad_1]\n"Our army is ready," Aram Tevosyan wrote.\n';
  const model = corpusOf({ 'a.txt': text });
  const q = quoteStarting(model, 'Our army');
  assert.equal(text.slice(q.start, q.end), 'Our army is ready,');
});
