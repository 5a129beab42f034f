// People: one person per human, however the corpus spells them; roles with dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, seedCorpus } from '../helpers/corpus';

test('two spellings of one first name are one person (Tofiq/Tofik Gasimli)', async () => {
  const model = await seedCorpus();
  const gasimli = model.people.filter((p) => p.aliases.includes('Gasimli'));
  assert.equal(gasimli.length, 1);
  assert.deepEqual(new Set(gasimli[0].aliases), new Set(['Tofiq Gasimli', 'Tofik Gasimli', 'Gasimli']));
});

test('a rare near-duplicate of a frequent surname is a probable misspelling, not a person', async () => {
  const model = await seedCorpus();
  assert.ok(!model.people.some((p) => p.name === 'Saylnaov'));
  const saylanov = model.people.find((p) => p.name === 'Rauf Saylanov')!;
  const typo = saylanov.spellings.find((s) => s.text === 'Saylnaov');
  assert.deepEqual(typo, { text: 'Saylnaov', count: 1, probableMisspelling: true });
  assert.ok(saylanov.aliases.includes('Saylanov'));
});

test('roles come from the text, dated by their source', async () => {
  const model = await seedCorpus();
  const role = (name: string) => model.people.find((p) => p.name === name)!.roles;
  assert.deepEqual([...new Set(role('Ilyas Dovranov').map((r) => r.role))], ['President of Kestria']);
  assert.deepEqual(role('Ilyas Dovranov').map((r) => r.date), ['2020-07-17', '2023-09-21']);
  assert.ok(role('Tofiq Gasimli').some((r) => r.role === 'Assistant to the President of Kestria' && r.date === '2023-09-06'));
  assert.ok(role('Lusine Martirosyan').some((r) => r.role === "Norvania's Foreign Ministry spokesperson"));
  assert.ok(role('Aram Tevosyan').some((r) => r.role === 'Prime Minister of Norvania' && r.date === '2023-10-12'));
});

test('organisations that speak are listed with their quotes', async () => {
  const model = await seedCorpus();
  const ministry = model.people.find((p) => p.name === "Norvania's Foreign Ministry")!;
  assert.equal(ministry.type, 'organisation');
  assert.equal(ministry.quoteIds.length, 2);
});

test('place and outlet names are not people', async () => {
  const model = await seedCorpus();
  const names = model.people.map((p) => p.name);
  for (const notPerson of ['Upper Valan', 'Valgrad Today', 'Lindholm Policy Institute', 'Kestria', 'Norvania']) {
    assert.ok(!names.includes(notPerson), `${notPerson} listed as a person`);
  }
});

test('two people sharing a surname stay two people', () => {
  const model = corpusOf({
    'a.txt': 'Ilham Aliyev met Mehriban Aliyev in the capital.\n\n"We agree," Ilham Aliyev said.\n',
  });
  const names = model.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['Ilham Aliyev', 'Mehriban Aliyev']);
});
