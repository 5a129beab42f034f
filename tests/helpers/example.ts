// What `verbatim check examples/draft.md` must report: the seven problems planted
// in the example draft, one per finding code, and the false alarms the engine
// raises today on its correct quotes. Every test of the example reads this list.
import * as path from 'node:path';

export const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'draft.md');

export interface ExampleFinding {
  code: string;
  /** 1-based line of the finding's start in examples/draft.md. */
  line: number;
  /** What the draft does wrong, or why the finding is false. */
  why: string;
}

/** One deliberate problem per finding code. */
export const PLANTED: ExampleFinding[] = [
  { code: 'wrong-citation', line: 38, why: '"Karabakh is Azerbaijan," is in 003 (Aliyev’s address), cited as 004' },
  { code: 'name-misspelled', line: 40, why: 'Tedros Adhanom Gebreyesus for Ghebreyesus' },
  { code: 'missing-citation', line: 51, why: '"Victory or defeat, and nothing else," Pashinyan said. (002, no citation)' },
  { code: 'quote-mismatch', line: 65, why: 'Hajiyev said "Almost 70 percent", the draft has 80' },
  { code: 'quote-not-found', line: 78, why: '"We will never again sit at the same table…": nobody said it' },
  { code: 'wrong-speaker', line: 86, why: 'Ani Badalyan’s "Furthermore, threatening…" given to Anna Naghdalyan' },
  { code: 'unknown-source', line: 89, why: '[@armenpress-2024] names no source; 004 holds the words' },
];

/**
 * Findings on correct quotes that the engine raises today. Each comes from the
 * engine's reading of a real seed or of the draft, not from the draft; the
 * attribution rewrite (issue 9 §3–4) is to remove them. Tests mark each as a todo.
 */
export const KNOWN_FALSE_ALARMS: ExampleFinding[] = [
  {
    code: 'wrong-speaker',
    line: 30,
    why: 'Naghdalyan’s quote: 000 has “…,” Armenia’s Foreign Ministry spokesperson Anna Naghdalyan said Friday, but the engine gives it to “Action Against Armenia”, a person made from 004’s headline',
  },
  {
    code: 'name-misspelled',
    line: 36,
    why: '“his Armenian counterpart”: “Armenian” taken for a misspelling of “Armenia”, an alias of the headline person “Action Against Armenia”',
  },
  {
    code: 'wrong-speaker',
    line: 45,
    why: 'Pashinyan’s quote: 002 has “…,” he said after “Prime Minister Nikol Pashinyan addressed the Armenians”; the engine gives it to “Action Against Armenia”',
  },
  {
    code: 'wrong-speaker',
    line: 47,
    why: 'Pashinyan’s “cities, districts, towns…”: 002 has He also called on all “…”; the engine gives it to “Action Against Armenia”',
  },
  {
    code: 'wrong-speaker',
    line: 55,
    why: 'Hajiyev’s “fuels the escalation again”: 002 has President Aliyev’s adviser, Hikmat Hajiyev, commented …; the engine gives it to Ilham Aliyev',
  },
  {
    code: 'wrong-speaker',
    line: 76,
    why: 'the draft’s own “he said” after “Aliyev reminded Armenia of both wars.” is read as Hikmet Hajiyev (the draft’s attribution, server/src/check/draft.ts)',
  },
];

export const label = (f: { code: string; line: number }) => `${f.code}@${f.line}`;
