// name-misspelled: a near miss of the name of a person the corpus knows.
import type { CorpusIndex } from '../../index/corpusIndex';
import { givenNameVariants } from '../../text/givenNames';
import { matchTokens } from '../../text/matchTokens';
import { wordOccurs } from '../../text/wordOccurs';
import { roleOf } from './describe';
import type { FindingRule, RuleFinding } from './rule';

/** `Nev.`, `Calif.`, `U.S.`: abbreviations, not names. */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.)+)$/u;

/** Whether the corpus uses this word anywhere: then it is a real word or name, not a typo (Democratic, Sasse). */
function corpusUses(index: CorpusIndex, word: string): boolean {
  const words = matchTokens(word).words;
  return words.length > 0 && index.text.idsOf(words).every((id) => id !== 0xffffffff);
}

const lowerCaseWords = new WeakMap<CorpusIndex, Map<string, boolean>>();

/** Whether some source writes this word in lower case, as a word: then it is a word of the language. Remembered per corpus. */
function writtenInLowerCase(index: CorpusIndex, word: string): boolean {
  let known = lowerCaseWords.get(index);
  if (!known) lowerCaseWords.set(index, (known = new Map()));
  const lower = word.toLowerCase();
  let answer = known.get(lower);
  if (answer === undefined) known.set(lower, (answer = index.model.sources.some((s) => wordOccurs(s.text, lower))));
  return answer;
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
    // The corpus recorded this spelling as a slip of a name; an English word the sources write in lower case is none ("Peace" for Pence).
    if (ours.length === 1 && writtenInLowerCase(index, written)) return 'an English word';
    // Nor is a given-name variant.
    return ours.length === theirs.length && ours.every((w, i) => w === theirs[i] || (i < ours.length - 1 && givenNameVariants(w, theirs[i]))) && ours.some((w, i) => w !== theirs[i])
      ? 'a given-name variant'
      : undefined;
  }
  const differing = ours.map((w, i) => ({ w, k: theirs[i] })).filter((d) => d.w !== d.k);
  if (ours.length === theirs.length && differing.every((d) => d.k !== undefined && ours.indexOf(d.w) < ours.length - 1 && givenNameVariants(d.w, d.k))) return 'a given-name variant';
  if (differing.every((d) => corpusUses(index, d.w))) return 'a word the sources use';
  return undefined;
}

export const nameMisspelled: FindingRule = {
  code: 'name-misspelled',
  doc: 'A name in the draft\'s own prose (not inside a quotation) that is a near miss of how the sources spell a person: one or two letters off (Pashinian for Pashinyan), or a spelling the corpus itself records as a slip. Not a misspelling: abbreviations (Nev.), plurals and possessives of known names (Clintons), words the sources use (Democratic, or another real surname such as Sasse), and given-name variants or other given names with the right surname (Steven Mnuchin for Steve Mnuchin). The fix writes the sources\' spelling. Severity: warning.',
  examples: {
    fires: ['Prime Minister Nikol Pashinian addressed the Armenians with a video on Facebook.', '"Victory or defeat, and nothing else," Nikol Pashinian said.'],
    silent: ['Prime Minister Nikol Pashinyan addressed the Armenians with a video on Facebook.', 'The Pashinyans visited the camps.', '"Victory or defeat, and nothing else," Pashinyan said.'],
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
      const role = roleOf(index, miss.person.name);
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
