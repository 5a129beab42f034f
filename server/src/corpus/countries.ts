// Countries and their adjectives, learnt from the corpus itself: "Azerbaijani" is
// the adjective of "Azerbaijan" when both occur. Lets "Azerbaijani President"
// become "President of Azerbaijan" and "the Armenian Foreign Ministry" meet
// "Armenia's Foreign Ministry".

export class Countries {
  private readonly demonymToCountry = new Map<string, string>();
  private readonly countries = new Set<string>();

  /** `capitalised` is every capitalised word of the corpus. */
  constructor(capitalised: Iterable<string>) {
    const words = new Set(capitalised);
    for (const word of words) {
      for (const suffix of ['n', 'an', 'ian', 'i', 'ese']) {
        if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
          const stem = word.slice(0, -suffix.length);
          if (words.has(stem)) {
            this.demonymToCountry.set(word, stem);
            this.countries.add(stem);
            break;
          }
        }
      }
    }
  }

  /** Adjective → country, for the model. */
  demonyms(): Map<string, string> {
    return new Map(this.demonymToCountry);
  }

  countryOf(demonym: string): string | undefined {
    return this.demonymToCountry.get(demonym);
  }

  isCountry(word: string): boolean {
    return this.countries.has(word);
  }

  isDemonym(word: string): boolean {
    return this.demonymToCountry.has(word);
  }
}
