// People by every name the corpus knows them by, plus near misses: the
// checker's view of "who is this name?" and "did the writer mean someone?".
import { distance } from 'fastest-levenshtein';
import type { Person } from '../model/types';
import { OFFICES, PERSON_TITLES, ROLE_NOUNS } from '../corpus/attribution/lexicon';

export interface NameLookup {
  person: Person;
  /** The spelling the corpus knows, in the form the writer used (surname alone or full). */
  spelling: string;
  /** The writer's form is a recorded misspelling or a near miss. */
  misspelt: boolean;
}

/** Names and role phrases remembered, per index: far more than a draft uses. */
const MEMO = 4096;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** A people index's maps with people as their places in `people`: what a corpus snapshot keeps (corpusSnapshot.ts). */
export interface PeopleIndexParts {
  aliases: string[];
  aliasPeople: number[][];
  surnames: string[];
  roleWords: string[];
  roleHolders: number[][];
  fullNames: string[];
  fullNamePeople: number[];
}

export class PeopleIndex {
  private readonly byAlias = new Map<string, Person[]>();
  private readonly surnames: string[] = [];
  private readonly surnameSet = new Set<string>();
  /** People by each word of the roles the corpus gives them, in the order of `people`: a role phrase looks only at holders of its head noun. */
  private readonly byRoleWord = new Map<string, Person[]>();
  /** Full names a near miss is measured against, each with its person. */
  private readonly fullNames = new Map<string, Person>();

  /** The index of `people`: built from their names and roles, or (with `parts`, from a snapshot of the same people) taken as it was. */
  constructor(
    readonly people: Person[],
    parts?: PeopleIndexParts,
  ) {
    if (parts) {
      const person = (i: number) => people[i] ?? noSuchPerson();
      parts.aliases.forEach((a, i) => this.byAlias.set(a, parts.aliasPeople[i].map(person)));
      this.surnames = parts.surnames;
      this.surnameSet = new Set(parts.surnames);
      parts.roleWords.forEach((w, i) => this.byRoleWord.set(w, parts.roleHolders[i].map(person)));
      parts.fullNames.forEach((n, i) => this.fullNames.set(n, person(parts.fullNamePeople[i])));
      return;
    }
    for (const p of people) {
      for (const alias of p.aliases) {
        const list = this.byAlias.get(alias);
        if (list) {
          if (!list.includes(p)) list.push(p);
        } else this.byAlias.set(alias, [p]);
      }
      if (p.type === 'person') {
        for (const s of p.spellings) {
          if (!s.text.includes(' ') || s.probableMisspelling) continue;
          if (!this.fullNames.has(s.text)) this.fullNames.set(s.text, p);
          // A title the registry left on a name ("Foreign Ministry spokesperson Ani Badalyan"): the last two words are the name a writer types.
          const words = s.text.split(' ');
          const tail = words.slice(-2).join(' ');
          if (words.length > 2 && /^\p{Lu}/u.test(tail) && !this.fullNames.has(tail)) this.fullNames.set(tail, p);
        }
        const surname = p.name.split(' ').pop()!;
        if (!this.surnameSet.has(surname)) {
          this.surnameSet.add(surname);
          this.surnames.push(surname);
        }
        for (const r of p.roles) {
          for (const w of roleWords(r.role)) {
            const holders = this.byRoleWord.get(w);
            if (!holders) this.byRoleWord.set(w, [p]);
            else if (holders[holders.length - 1] !== p) holders.push(p);
          }
        }
      }
    }
  }

  parts(): PeopleIndexParts {
    const place = new Map(this.people.map((p, i) => [p, i]));
    const at = (p: Person) => place.get(p)!;
    return {
      aliases: [...this.byAlias.keys()],
      aliasPeople: [...this.byAlias.values()].map((ps) => ps.map(at)),
      surnames: this.surnames,
      roleWords: [...this.byRoleWord.keys()],
      roleHolders: [...this.byRoleWord.values()].map((ps) => ps.map(at)),
      fullNames: [...this.fullNames.keys()],
      fullNamePeople: [...this.fullNames.values()].map(at),
    };
  }

  /** The person a name refers to, exactly as the corpus spells them (misspellings included). */
  exact(name: string): Person | undefined {
    return this.byAlias.get(name)?.[0];
  }

  isKnownMisspelling(name: string): boolean {
    const p = this.exact(name);
    return !!p?.spellings.find((s) => s.text === name)?.probableMisspelling;
  }

  /**
   * Answers of nearMiss and byRole, which scan every name or person: a draft
   * asks the same on every keystroke. Cleared when full (the index never changes).
   */
  private readonly nearMisses = new Map<string, NameLookup | undefined>();
  private readonly roleHolders = new Map<string, Person | undefined>();

  /** A name the corpus does not spell this way, but nearly: `Antony Blinkin`, `Bayrmaov`. */
  nearMiss(name: string): NameLookup | undefined {
    if (this.nearMisses.has(name)) return this.nearMisses.get(name);
    if (this.nearMisses.size >= MEMO) this.nearMisses.clear();
    const found = this.findNearMiss(name);
    this.nearMisses.set(name, found);
    return found;
  }

  private findNearMiss(name: string): NameLookup | undefined {
    const known = this.exact(name);
    if (known) {
      if (!this.isKnownMisspelling(name)) return undefined;
      return { person: known, spelling: name.includes(' ') ? known.name : known.name.split(' ').pop()!, misspelt: true };
    }
    const tokens = name.split(' ');
    const candidates = tokens.length > 1 ? this.fullNames.keys() : this.surnames;
    let best: { text: string; d: number } | undefined;
    for (const c of candidates) {
      if (c[0].toLowerCase() !== name[0].toLowerCase() || Math.abs(c.length - name.length) > 2) continue;
      const d = distance(c.toLowerCase(), name.toLowerCase());
      const limit = Math.min(c.length, name.length) >= 7 ? 2 : 1;
      if (d > 0 && d <= limit && (!best || d < best.d)) best = { text: c, d };
    }
    if (!best) return undefined;
    const person = this.fullNames.get(best.text) ?? this.exact(best.text)!;
    return { person, spelling: best.text, misspelt: true };
  }

  /**
   * A role phrase to the one person the corpus gives that role: "the Armenian
   * prime minister" → Nikol Pashinyan. Every word of the phrase must be a word of
   * the role; when no one or several people fit, nobody is meant for sure, and
   * the answer is undefined. `countryOf` maps an adjective to its country (Armenian → Armenia).
   */
  byRole(phrase: string, countryOf: (word: string) => string | undefined): Person | undefined {
    // countryOf is the index's own, the same on every call.
    if (this.roleHolders.has(phrase)) return this.roleHolders.get(phrase);
    if (this.roleHolders.size >= MEMO) this.roleHolders.clear();
    const found = this.findByRole(phrase, countryOf);
    this.roleHolders.set(phrase, found);
    return found;
  }

  private findByRole(phrase: string, countryOf: (word: string) => string | undefined): Person | undefined {
    const words = phrase.split(/\s+/).filter((w) => w && !DETERMINERS.has(w.toLowerCase()));
    if (words.length === 0 || words.length > 5) return undefined;
    const head = words[words.length - 1].toLowerCase();
    if (!ROLE_NOUNS.has(head) && !PERSON_TITLES.has(head) && !OFFICES.has(head)) return undefined;
    let country: string | undefined;
    const qualifiers: string[] = [];
    for (const w of words.slice(0, -1)) {
      const c = countryOf(w) ?? countryOf(w.replace(/['’]s$/, ''));
      if (c) country = c;
      else qualifiers.push(w.toLowerCase());
    }
    const fits = (role: string, exactly: boolean) => {
      const words = roleWords(role);
      if (country && !role.includes(country)) return false;
      const wanted = [...qualifiers, head];
      return exactly ? words.join(' ') === wanted.join(' ') : words.includes(head) && qualifiers.every((q) => words.includes(q));
    };
    // The role as the corpus writes it, word for word, first ("Republican nominee" is not "Republican vice-presidential nominee");
    // then any role with all the phrase's words. Only one holder names someone: with two, the writer's meaning is a guess.
    for (const exactly of [true, false]) {
      const holders = (this.byRoleWord.get(head) ?? []).filter((p) => p.roles.some((r) => fits(r.role, exactly)));
      if (holders.length === 1) return holders[0];
      if (holders.length > 1) return undefined;
    }
    return undefined;
  }
}

function noSuchPerson(): never {
  throw new Error('people index parts of other people');
}

/** A role's words, lower-case, without determiners. */
function roleWords(role: string): string[] {
  return role.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w && !DETERMINERS.has(w));
}
