// People by every name the corpus knows them by, plus near misses: the
// checker's view of "who is this name?" and "did the writer mean someone?".
import { distance } from 'fastest-levenshtein';
import type { Person } from '../model/types';
import { ROLE_NOUNS, TITLE_WORDS } from '../corpus/vocabulary';

export interface NameLookup {
  person: Person;
  /** The spelling the corpus knows, in the form the writer used (surname alone or full). */
  spelling: string;
  /** The writer's form is a recorded misspelling or a near miss. */
  misspelt: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

export class PeopleIndex {
  private readonly byAlias = new Map<string, Person[]>();
  private readonly surnames: string[] = [];
  private readonly fullNames: string[] = [];

  constructor(readonly people: Person[]) {
    for (const p of people) {
      for (const alias of p.aliases) {
        const list = this.byAlias.get(alias);
        if (list) {
          if (!list.includes(p)) list.push(p);
        } else this.byAlias.set(alias, [p]);
      }
      if (p.type === 'person') {
        this.fullNames.push(...p.spellings.filter((s) => s.text.includes(' ') && !s.probableMisspelling).map((s) => s.text));
        const surname = p.name.split(' ').pop()!;
        if (!this.surnames.includes(surname)) this.surnames.push(surname);
      }
    }
  }

  /** The person a name refers to, exactly as the corpus spells them (misspellings included). */
  exact(name: string): Person | undefined {
    return this.byAlias.get(name)?.[0];
  }

  isKnownMisspelling(name: string): boolean {
    const p = this.exact(name);
    return !!p?.spellings.find((s) => s.text === name)?.probableMisspelling;
  }

  /** A name the corpus does not spell this way, but nearly: `Antony Blinkin`, `Bayrmaov`. */
  nearMiss(name: string): NameLookup | undefined {
    const known = this.exact(name);
    if (known) {
      if (!this.isKnownMisspelling(name)) return undefined;
      return { person: known, spelling: name.includes(' ') ? known.name : known.name.split(' ').pop()!, misspelt: true };
    }
    const tokens = name.split(' ');
    const candidates = tokens.length > 1 ? this.fullNames : this.surnames;
    let best: { text: string; d: number } | undefined;
    for (const c of candidates) {
      if (c[0].toLowerCase() !== name[0].toLowerCase() || Math.abs(c.length - name.length) > 2) continue;
      const d = distance(c.toLowerCase(), name.toLowerCase());
      const limit = Math.min(c.length, name.length) >= 7 ? 2 : 1;
      if (d > 0 && d <= limit && (!best || d < best.d)) best = { text: c, d };
    }
    if (!best) return undefined;
    const person = this.exact(best.text)!;
    return { person, spelling: best.text, misspelt: true };
  }

  /**
   * A role phrase to the person who holds it: "the Armenian prime minister" →
   * Nikol Pashinyan. `countryOf` maps an adjective to its country (Armenian → Armenia).
   */
  byRole(phrase: string, countryOf: (word: string) => string | undefined): Person | undefined {
    const words = phrase.split(/\s+/).filter((w) => w && !DETERMINERS.has(w.toLowerCase()));
    if (words.length === 0 || words.length > 5) return undefined;
    const head = words[words.length - 1].toLowerCase();
    if (!ROLE_NOUNS.has(head) && !TITLE_WORDS.has(head)) return undefined;
    let country: string | undefined;
    const qualifiers: string[] = [];
    for (const w of words.slice(0, -1)) {
      const c = countryOf(w) ?? countryOf(w.replace(/['’]s$/, ''));
      if (c) country = c;
      else qualifiers.push(w.toLowerCase());
    }
    const holders = this.people.filter(
      (p) =>
        p.type === 'person' &&
        p.roles.some((r) => {
          const role = r.role.toLowerCase();
          return role.includes(head) && qualifiers.every((q) => role.includes(q)) && (!country || r.role.includes(country));
        }),
    );
    // The most quoted holder: in a news corpus, the one the writer most likely means.
    return holders.sort((a, b) => b.quoteIds.length - a.quoteIds.length)[0];
  }
}
