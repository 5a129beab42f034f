// name-misspelled: a near miss of the name of a person the corpus knows.
import type { CorpusIndex } from '../../index/corpusIndex';
import { givenNameVariants } from '../../text/givenNames';
import { matchTokens } from '../../text/matchTokens';
import type { FindingRule, RuleFinding } from './rule';

/** `Nev.`, `Calif.`, `U.S.`: abbreviations, not names. */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.)+)$/u;

/** Whether the corpus uses this word anywhere: then it is a real word or name, not a typo (Democratic, Sasse). */
function corpusUses(index: CorpusIndex, word: string): boolean {
  const words = matchTokens(word).words;
  return words.length > 0 && index.text.idsOf(words).every((id) => id !== 0xffffffff);
}

/**
 * Why a near miss is not a misspelling, if it is not: an abbreviation, a plural
 * or possessive of a known name, a word the corpus itself uses, or a given-name
 * variant (Steven for Steve) or another given name with the right surname.
 */
export function notAMisspelling(index: CorpusIndex, written: string, known: string): string | undefined {
  const ours = written.split(' ');
  const theirs = known.split(' ');
  if (ours.some((w) => ABBREVIATION.test(w))) return 'an abbreviation';
  if (ours.length === 1) {
    const stem = written.replace(/(?:['’]s|['’]|es|s)$/, '');
    if (stem !== written && index.people.exact(stem)) return 'a plural or possessive of a known name';
  }
  if (index.people.isKnownMisspelling(written)) {
    // The corpus recorded this spelling as a slip; still, a different given name is no slip.
    return ours.length === theirs.length && ours.every((w, i) => w === theirs[i] || (i < ours.length - 1 && givenNameVariants(w, theirs[i]))) && ours.some((w, i) => w !== theirs[i])
      ? 'another given name'
      : undefined;
  }
  const differing = ours.map((w, i) => ({ w, k: theirs[i] })).filter((d) => d.w !== d.k);
  if (ours.length === theirs.length && differing.every((d) => d.k !== undefined && ours.indexOf(d.w) < ours.length - 1 && givenNameVariants(d.w, d.k))) return 'a given-name variant';
  if (differing.every((d) => corpusUses(index, d.w))) return 'a word the sources use';
  return undefined;
}

export const nameMisspelled: FindingRule = {
  code: 'name-misspelled',
  doc: 'A name in the draft\'s own prose (not inside a quotation) that is a near miss of how the sources spell a person: one or two letters off (Melikian for Melikyan), or a spelling the corpus itself records as a slip. Not a misspelling: abbreviations (Nev.), plurals and possessives of known names (Clintons), words the sources use (Democratic, or another real surname such as Sasse), and given-name variants or other given names with the right surname (Steven Mnuchin for Steve Mnuchin). The fix writes the sources\' spelling. Severity: warning.',
  examples: {
    fires: ['Siranush Melikian visited the camps.', 'Later, Tevosian spoke.'],
    silent: ['Siranush Melikyan visited the camps.', 'The Melikyans visited the camps.'],
  },
  check(ctx) {
    const { index, draft } = ctx;
    const out: RuleFinding[] = [];
    for (const n of draft.names) {
      if (draft.quotes.some((q) => n.start >= q.span.textStart && n.start < q.span.textEnd)) continue; // a quote's words are the speaker's
      const miss = index.people.nearMiss(n.text);
      if (!miss || notAMisspelling(index, n.text, miss.spelling)) continue;
      const start = ctx.fileStart(n.start);
      const end = ctx.fileEnd(n.end);
      const role = miss.person.roles[0]?.role;
      out.push({
        start,
        end,
        message: `“${n.text}” is not how the sources spell this name: did you mean ${miss.spelling}${role ? ` (${role})` : ''}?`,
        fixes: [{ title: `Spell it ${miss.spelling}`, edits: [{ start, end, newText: miss.spelling }] }],
      });
    }
    return out;
  },
};
