// Who the corpus talks about. Full names found anywhere become people; one
// person's spelling variants (Hikmet/Hikmat Hajiyev) merge; a surname alone is a
// mention of the person who bears it; a rare near-miss of a frequent surname
// (Bayrmaov once, Bayramov four times) is a probable misspelling, not a new person.
import { distance } from 'fastest-levenshtein';
import type { Mention, Person, RoleMention, Spelling } from '../model/types';

export interface PersonRecord {
  name: string;
  type: 'person' | 'organisation';
  surname: string;
  spellings: Map<string, Spelling>;
  roles: RoleMention[];
  mentions: Mention[];
  quoteIds: number[];
}

interface FullForm {
  tokens: string[];
  text: string;
  count: number;
  order: number;
  roles: RoleMention[];
  mentions: Mention[];
}

const MIN_LENGTH_FOR_TYPO = 5;

/** Names closer than this (edit distance) are spellings of one name. */
function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0].toLowerCase() !== b[0].toLowerCase()) return false;
  const limit = Math.min(a.length, b.length) >= 7 ? 2 : 1;
  return distance(a.toLowerCase(), b.toLowerCase()) <= limit;
}

export class PeopleRegistry {
  private fullForms = new Map<string, FullForm>();
  private singles = new Map<string, Mention[]>();
  private order = 0;
  private persons: PersonRecord[] = [];
  private byForm = new Map<string, PersonRecord>();
  private bySurname = new Map<string, PersonRecord[]>();
  private byFirstName = new Map<string, PersonRecord[]>();
  private organisations = new Map<string, PersonRecord>();
  /** Per source, per surname: full-name mentions in text order, so "who was last named in full?" is one binary search. */
  private fullMentions = new Map<string, Map<string, { offsets: number[]; people: PersonRecord[] }>>();

  addFullName(tokens: string[], mention: Mention, role?: RoleMention): void {
    const text = tokens.join(' ');
    let form = this.fullForms.get(text);
    if (!form) {
      form = { tokens, text, count: 0, order: this.order++, roles: [], mentions: [] };
      this.fullForms.set(text, form);
    }
    form.count++;
    form.mentions.push(mention);
    if (role) form.roles.push(role);
  }

  addSingleName(mention: Mention): void {
    const list = this.singles.get(mention.text);
    if (list) list.push(mention);
    else this.singles.set(mention.text, [mention]);
  }

  /** Merges what was added into people. Call once, after every source was scanned. */
  build(): void {
    const forms = [...this.fullForms.values()].sort((a, b) => b.count - a.count || a.order - b.order);
    /** The sources that name each person so far, so "named in the same text?" is a set lookup, not a scan of mentions. */
    const namedIn = new Map<PersonRecord, Set<string>>();
    for (const form of forms) {
      const surname = form.tokens[form.tokens.length - 1];
      // A person's full spellings all share their surname's initial (equal or close surnames), so only those are candidates.
      const candidates = [...(this.bySurname.get(surname) ?? []), ...(this.byFirstName.get(firstNameKey(form.tokens[0], surname)) ?? [])];
      // Two spellings used side by side in one text are two people (Ivana and Ivanka Trump), however close.
      const sources = new Set(form.mentions.map((m) => m.sourceKey));
      const match = candidates.find((p) => this.sameName(p, form.tokens) && (p.spellings.has(form.text) || !someIn(namedIn.get(p), sources)));
      const person = match ?? this.newPerson(form.text, surname);
      if (!match) this.index(this.byFirstName, firstNameKey(form.tokens[0], surname), person);
      this.addSpelling(person, form.text, form.count);
      person.roles.push(...form.roles);
      person.mentions.push(...form.mentions);
      let named = namedIn.get(person);
      if (!named) namedIn.set(person, (named = new Set()));
      for (const key of sources) named.add(key);
      this.byForm.set(form.text, person);
      for (const m of form.mentions) {
        let bySource = this.fullMentions.get(m.sourceKey);
        if (!bySource) this.fullMentions.set(m.sourceKey, (bySource = new Map()));
        let list = bySource.get(person.surname);
        if (!list) bySource.set(person.surname, (list = { offsets: [], people: [] }));
        list.offsets.push(m.textStart);
        list.people.push(person);
      }
    }
    for (const bySource of this.fullMentions.values()) {
      for (const list of bySource.values()) {
        const order = list.offsets.map((_, i) => i).sort((a, b) => list.offsets[a] - list.offsets[b]);
        list.offsets = order.map((i) => list.offsets[i]);
        list.people = order.map((i) => list.people[i]);
      }
    }
    // Surnames alone, exact first, then probable misspellings of frequent surnames.
    const pending: Array<[string, Mention[]]> = [];
    for (const [word, mentions] of this.singles) {
      const bearers = this.bySurname.get(word);
      if (bearers) {
        for (const mention of mentions) this.attachSingle(bearers, mention);
        for (const bearer of bearers) this.addSpelling(bearer, word, mentions.length / bearers.length);
      } else pending.push([word, mentions]);
    }
    // Near misses of frequent surnames are only looked for among surnames that can be close: the same initial, at most
    // two letters longer or shorter, one bearer, already frequent (only a target gains spellings below, so no other becomes frequent).
    const surnamesByShape = new Map<string, Array<{ surname: string; order: number }>>();
    let order = 0;
    for (const [surname, bearers] of this.bySurname) {
      const at = order++;
      if (bearers.length === 1 && frequencyOf(bearers[0]) >= 3) this.index(surnamesByShape, shapeKey(surname.toLowerCase()), { surname, order: at });
    }
    this.surnamesByShape = surnamesByShape;
    for (const [word, mentions] of pending) {
      const target = this.misspellingTarget(word, mentions.length);
      if (!target) continue;
      this.addSpelling(target, word, mentions.length, true);
      this.byForm.set(word, target);
      target.mentions.push(...mentions);
    }
    // Intl.Collator's compare is localeCompare's order, without its cost per call.
    const collator = new Intl.Collator();
    for (const person of this.persons) person.mentions.sort((a, b) => collator.compare(a.sourceKey, b.sourceKey) || a.textStart - b.textStart);
  }

  private sameName(person: PersonRecord, tokens: string[]): boolean {
    const surname = tokens[tokens.length - 1];
    const first = tokens[0];
    for (const spelling of person.spellings.keys()) {
      const theirs = spelling.split(' ');
      if (theirs.length < 2) continue;
      const theirSurname = theirs[theirs.length - 1];
      const theirFirst = theirs[0];
      // Given names: one letter changed, never added (Hikmet/Hikmat is one person; Ivana and Ivanka Trump are two).
      if (theirSurname === surname && (theirFirst === first || (theirFirst.length === first.length && first.length >= 5 && closeEnough(theirFirst, first)))) return true;
      if (theirFirst === first && surname.length >= MIN_LENGTH_FOR_TYPO && closeEnough(theirSurname, surname)) return true;
    }
    return false;
  }

  private surnamesByShape = new Map<string, Array<{ surname: string; order: number }>>();

  private index<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  private misspellingTarget(word: string, count: number): PersonRecord | undefined {
    if (word.length < MIN_LENGTH_FOR_TYPO || count > 2) return undefined;
    let best: PersonRecord | undefined;
    let bestCount = 0;
    let bestOrder = Infinity;
    const lower = word.toLowerCase();
    for (let length = lower.length - 2; length <= lower.length + 2; length++) {
      for (const { surname, order } of this.surnamesByShape.get(`${lower[0]}${length}`) ?? []) {
        const bearers = this.bySurname.get(surname)!;
        if (bearers.length !== 1 || !closeEnough(surname, word)) continue;
        const frequency = frequencyOf(bearers[0]);
        // The most frequent wins; between equals, the surname the corpus met first.
        if (frequency >= 3 && frequency >= 2 * count && (frequency > bestCount || (frequency === bestCount && order < bestOrder))) {
          best = bearers[0];
          bestCount = frequency;
          bestOrder = order;
        }
      }
    }
    return best;
  }

  private attachSingle(bearers: PersonRecord[], mention: Mention): void {
    (this.lastNamedBefore(bearers, mention.sourceKey, mention.textStart) ?? bearers[0]).mentions.push(mention);
  }

  /** Of `bearers` (who share a surname), the one last named in full before `offset` in the same source. */
  private lastNamedBefore(bearers: PersonRecord[], sourceKey: string, offset: number): PersonRecord | undefined {
    if (bearers.length === 1) return bearers[0];
    const list = this.fullMentions.get(sourceKey)?.get(bearers[0].surname);
    const at = lastBefore(list?.offsets, offset);
    return at >= 0 ? list!.people[at] : undefined;
  }

  private newPerson(name: string, surname: string): PersonRecord {
    const person: PersonRecord = { name, type: 'person', surname, spellings: new Map(), roles: [], mentions: [], quoteIds: [] };
    this.persons.push(person);
    this.index(this.bySurname, surname, person);
    return person;
  }

  private addSpelling(person: PersonRecord, text: string, count: number, probableMisspelling = false): void {
    const existing = person.spellings.get(text);
    if (existing) existing.count += count;
    else person.spellings.set(text, { text, count, ...(probableMisspelling ? { probableMisspelling } : {}) });
  }

  /** A speaker named by a surname alone that no full name introduced ("Hajiyev said"). */
  ensureSurnamePerson(word: string): PersonRecord {
    const known = this.lookup(word);
    if (known) return known;
    const person = this.newPerson(word, word);
    this.addSpelling(person, word, 1);
    this.byForm.set(word, person);
    return person;
  }

  /** A speaker named by surname alone: the one corpus person with that surname, else a person of that one name. */
  surnameSpeaker(word: string): PersonRecord {
    const bearers = this.bySurname.get(word);
    if (bearers && bearers.length === 1) return bearers[0];
    const known = this.byForm.get(word);
    if (known && known.name === word) return known;
    const person = this.newPerson(word, word);
    this.addSpelling(person, word, 1);
    this.byForm.set(word, person);
    return person;
  }

  organisation(name: string): PersonRecord {
    let org = this.organisations.get(name);
    if (!org) {
      org = { name, type: 'organisation', surname: name, spellings: new Map([[name, { text: name, count: 0 }]]), roles: [], mentions: [], quoteIds: [] };
      this.organisations.set(name, org);
    }
    return org;
  }

  /** The person a full name, surname or known misspelling refers to. */
  lookup(form: string): PersonRecord | undefined {
    const direct = this.byForm.get(form);
    if (direct) return direct;
    const bearers = this.bySurname.get(form);
    return bearers?.[0];
  }

  /** The person `form` refers to at `mention`: for a shared surname, the one named last before it. */
  resolveAt(form: string, sourceKey: string, offset: number): PersonRecord | undefined {
    const bearers = this.bySurname.get(form);
    if (bearers && bearers.length > 1) return this.lastNamedBefore(bearers, sourceKey, offset) ?? bearers[0];
    return this.lookup(form);
  }

  allPeople(): PersonRecord[] {
    return this.persons;
  }

  speakingOrganisations(): PersonRecord[] {
    return [...this.organisations.values()].filter((o) => o.quoteIds.length > 0);
  }
}

/** How often the corpus spells this person in any of their ways. */
function frequencyOf(person: PersonRecord): number {
  let n = 0;
  for (const s of person.spellings.values()) n += s.count;
  return n;
}

/** Full names are candidates by given name only under their surname's initial. */
function firstNameKey(first: string, surname: string): string {
  return `${first}\u0000${surname[0].toLowerCase()}`;
}

/** A lower-case surname's initial and length. */
function shapeKey(lower: string): string {
  return `${lower[0]}${lower.length}`;
}

function someIn(set: Set<string> | undefined, keys: Set<string>): boolean {
  if (!set) return false;
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/** The index of the greatest of ascending `offsets` below `offset`, or -1. */
function lastBefore(offsets: number[] | undefined, offset: number): number {
  if (!offsets) return -1;
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The public shape of a person: aliases are every spelling and the bare surname. */
export function toPerson(record: PersonRecord): Person {
  const spellings = [...record.spellings.values()].map((s) => ({ ...s, count: Math.round(s.count) }));
  const aliases = new Set<string>([record.name]);
  for (const s of spellings) aliases.add(s.text);
  if (record.type === 'person' && record.surname !== record.name) aliases.add(record.surname);
  const roles = dedupeRoles(record.roles);
  return { name: record.name, type: record.type, aliases: [...aliases], spellings, roles, mentions: record.mentions, quoteIds: record.quoteIds };
}

function dedupeRoles(roles: RoleMention[]): RoleMention[] {
  const seen = new Map<string, RoleMention>();
  for (const r of roles) {
    const key = `${r.role.toLowerCase()}|${r.sourceKey}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}
