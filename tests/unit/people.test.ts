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
  const has = (name: string, role: RegExp, sourceKey?: string, date?: string) =>
    model.people.find((p) => p.name === name)!.roles.some((r) => role.test(r.role) && (!sourceKey || r.sourceKey === sourceKey) && r.date === date);
  // 000 is dated by its stamp, 001 by its byline; 002–004 give no date.
  assert.ok(has('Ilham Aliyev', /^president\b/i, '000_64dc1e6c8dc30130', '2020-07-17'));
  assert.ok(has('Ilham Aliyev', /^president\b/i, '004_3008ca76504e7be7', undefined));
  assert.ok(has('Anna Naghdalyan', /^Armenia’s Foreign Ministry spokesperson$/i, '000_64dc1e6c8dc30130', '2020-07-17'));
  assert.ok(has('Ani Badalyan', /^Armenia’s Foreign Ministry spokesperson$/i, '004_3008ca76504e7be7', undefined));
  assert.ok(has('Jeyhun Bayramov', /foreign minister$/i, '000_64dc1e6c8dc30130', '2020-07-17'));
});

test('roles keep their country: “President Ilham Aliyev of Azerbaijan”, “Prime Minister of Armenia”', { todo: 'since the sieve rewrite roles are lower-cased and lose “of Azerbaijan”; Nikol Pashinyan has no role at all (001: “Armenian Prime Minister Nikol Pashinyan”)' }, async () => {
  const model = await seedCorpus();
  const roles = (name: string) => model.people.find((p) => p.name === name)!.roles.map((r) => r.role);
  assert.ok(roles('Ilham Aliyev').includes('President of Azerbaijan'));
  assert.ok(roles('Nikol Pashinyan').includes('Prime Minister of Armenia'));
});

test('organisations that speak are listed with their quotes (000’s and 001’s foreign ministries)', async () => {
  const model = await seedCorpus();
  for (const name of ["Armenia's Foreign Ministry", "Azerbaijan's Foreign Ministry"]) {
    const ministry = model.people.find((p) => p.name.replace('’', "'") === name);
    assert.equal(ministry?.type, 'organisation', name);
    assert.equal(ministry!.quoteIds.length, 1, name);
  }
});

test('countries, cities and outlets are not people; a country that speaks through its government is an organisation (002: “Armenia ruled out any “diplomatic solution””)', async () => {
  const model = await seedCorpus();
  const people = model.people.filter((p) => p.type === 'person').map((p) => p.name);
  for (const notPerson of ['Armenia', 'Azerbaijan', 'Moscow', 'Yerevan', 'Baku', 'AFP', 'Arab News', 'Armepress']) {
    assert.ok(!people.includes(notPerson), `${notPerson} listed as a person`);
  }
  const armenia = model.people.find((p) => p.name === 'Armenia');
  assert.equal(armenia?.type, 'organisation');
  assert.equal(armenia?.quoteIds.length, 1);
});

test('headlines and title-case phrases create no people (004’s headline, 001’s headline)', async () => {
  const model = await seedCorpus();
  const names = model.people.filter((p) => p.type === 'person').map((p) => p.name);
  for (const notPerson of ['Action Against Armenia', 'Yerevan Accuses Baku', 'Planning New Attacks', 'Says Anybody Willing', 'Peace Talks', 'Nagorno Karabakh', 'Karabakh Armenians', 'New York', 'Health Organization', 'Minsk Group-led']) {
    assert.ok(!names.includes(notPerson), `${notPerson} listed as a person`);
  }
});

test('places, events and slogans are not people', async () => {
  const model = await seedCorpus();
  const names = model.people.filter((p) => p.type === 'person').map((p) => p.name);
  for (const notPerson of ['Peace Agenda', 'Elysee Palace', 'Washington DC', 'United Nations Climate Summit']) assert.ok(!names.includes(notPerson), notPerson);
});

test('two people sharing a surname stay two people (news-dev, a real sentence)', () => {
  const model = corpusOf({
    'a.txt': 'Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s but it wasn’t approved because of opposition by Congress and the insurance lobby.\n',
  });
  const names = model.people.map((p) => p.name).sort();
  assert.deepEqual(names, ['Bill Clinton', 'Hillary Clinton']);
});
