// People in the real seeds: one person per human, however the corpus spells them; roles with dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, seedCorpus } from '../helpers/corpus';

test('two spellings of one first name are one person (Hikmet in 001, Hikmat in 002: Hajiyev)', async () => {
  const model = await seedCorpus();
  const hajiyev = model.people.filter((p) => p.aliases.includes('Hajiyev'));
  assert.equal(hajiyev.length, 1);
  assert.deepEqual(new Set(hajiyev[0].aliases), new Set(['Hikmet Hajiyev', 'Hikmat Hajiyev', 'Hajiyev']));
});

test('a rare near-duplicate of a frequent surname is a probable misspelling, not a person (000’s Bayrmaov)', async () => {
  const model = await seedCorpus();
  assert.ok(!model.people.some((p) => p.name === 'Bayrmaov'));
  const bayramov = model.people.find((p) => p.name === 'Jeyhun Bayramov')!;
  assert.deepEqual(bayramov.spellings.find((s) => s.text === 'Bayrmaov'), { text: 'Bayrmaov', count: 1, probableMisspelling: true });
  assert.ok(bayramov.aliases.includes('Bayramov'));
});

test('roles come from the text, dated by their source', async () => {
  const model = await seedCorpus();
  const role = (name: string) => model.people.find((p) => p.name === name)!.roles;
  // 000 is dated by its stamp, 001 by its byline; 002–004 give no date.
  assert.ok(role('Ilham Aliyev').some((r) => r.role === 'President of Azerbaijan' && r.sourceKey === '000_64dc1e6c8dc30130' && r.date === '2020-07-17'));
  assert.ok(role('Ilham Aliyev').some((r) => r.role === 'President of Azerbaijan' && r.sourceKey === '004_3008ca76504e7be7' && r.date === undefined));
  assert.ok(role('Anna Naghdalyan').some((r) => r.role === 'Armenia’s Foreign Ministry spokesperson' && r.date === '2020-07-17'));
  assert.ok(role('Ani Badalyan').some((r) => r.role === 'Armenia’s Foreign Ministry spokesperson'));
  assert.ok(role('Nikol Pashinyan').some((r) => r.role === 'Prime Minister of Armenia' && r.date === '2023-09-06'));
  assert.ok(role('Jeyhun Bayramov').some((r) => r.role === 'foreign minister'));
});

test('organisations that speak are listed with their quotes (000’s and 001’s foreign ministries)', { todo: 'the engine gives 000’s ministry quote to “Action Against Armenia” and finds no speaker for 001’s statement' }, async () => {
  const model = await seedCorpus();
  for (const name of ["Armenia's Foreign Ministry", "Azerbaijan's Foreign Ministry"]) {
    const ministry = model.people.find((p) => p.name.replace('’', "'") === name);
    assert.equal(ministry?.type, 'organisation', name);
    assert.equal(ministry.quoteIds.length, 1, name);
  }
});

test('countries, cities and outlets are not people', async () => {
  const model = await seedCorpus();
  const names = model.people.map((p) => p.name);
  for (const notPerson of ['Armenia', 'Azerbaijan', 'Moscow', 'Yerevan', 'Baku', 'AFP', 'Arab News', 'Armepress']) {
    assert.ok(!names.includes(notPerson), `${notPerson} listed as a person`);
  }
});

test('headlines and title-case phrases create no people (004’s headline, 001’s headline)', { todo: 'issue 9 §4: “Action Against Armenia” swallows 45 mentions of Armenia' }, async () => {
  const model = await seedCorpus();
  const names = model.people.filter((p) => p.type === 'person').map((p) => p.name);
  for (const notPerson of ['Action Against Armenia', 'Yerevan Accuses Baku', 'Planning New Attacks', 'Says Anybody Willing', 'Peace Talks', 'Nagorno Karabakh', 'Karabakh Armenians', 'New York', 'Health Organization', 'Minsk Group-led']) {
    assert.ok(!names.includes(notPerson), `${notPerson} listed as a person`);
  }
});

test('two people sharing a surname stay two people (news-dev, a real sentence)', () => {
  const model = corpusOf({
    'a.txt': 'Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s but it wasn’t approved because of opposition by Congress and the insurance lobby.\n',
  });
  const names = model.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['Bill Clinton', 'Hillary Clinton']);
});
