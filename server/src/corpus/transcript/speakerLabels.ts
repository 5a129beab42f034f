// Who a transcript's labels are. In order:
//  1. the name given for the label (the file's front matter, verbatim.json);
//  2. a label that is a full name ("Jane Doe", "JAKE TAPPER"): the transcript
//     names the speaker itself; a title and a surname ("SEN. KAINE") is step 3;
//  3. a surname label (TRUMP, HOLT) → the first full name with that surname in
//     the transcript itself, where the moderator introduces everyone ("I'm
//     Lester Holt"; "…, Donald J. Trump"), else the one person in the corpus
//     with that surname.
// Generic labels (Q, A, Speaker 1, SPEAKER_00, QUESTION) are only ever named by
// step 1. A label that nothing names stays unresolved: no name is invented.

/** What the resolver needs of the people registry. */
export interface LabelPeople<R> {
  lookup(form: string): R | undefined;
  allPeople(): R[];
  /** Makes a person of a name the writer gave (front matter, verbatim.json) that no source mentions. */
  ensureSurnamePerson(name: string): R;
}

export interface LabelPerson {
  name: string;
  type: 'person' | 'organisation';
  surname: string;
}

const GENERIC =
  /^(?:Q|A|QUESTION|ANSWER|Speaker[ _]?\d+|SPEAKER_\d+|Unknown(?: Speaker)?|Interviewer|Interviewee|Moderator|Announcer|Narrator|Reporter|Voice|Crowd|Audience(?: Member)?|Unidentified(?: \w+)*|Male|Female|Man|Woman|Panelist|Participants?|Caller|Operator|Host|Guest)$/i;
const TITLES = /^(?:MR|MRS|MS|MISS|DR|SEN|SENATOR|REP|GOV|GOVERNOR|PRES|PRESIDENT|SECRETARY|SEC|JUDGE|JUSTICE|GEN|GENERAL|AMB|AMBASSADOR|MAYOR|PROF|REV|CHAIRMAN|CHAIRWOMAN|CHAIR)\.?$/i;

export function isGenericLabel(label: string): boolean {
  return GENERIC.test(label.trim());
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\b(Mc|Mac|O')(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** The label's lookup key in a map of labels: exact, else ignoring case and spacing. */
export function givenName(label: string, speakers: Record<string, string>): string | undefined {
  if (Object.hasOwn(speakers, label)) return speakers[label];
  const norm = (s: string) => s.toLowerCase().replace(/[\s_]+/g, ' ').trim();
  const key = Object.keys(speakers).find((k) => norm(k) === norm(label));
  return key === undefined ? undefined : speakers[key];
}

export function resolveLabel<R extends LabelPerson>(label: string, speakers: Record<string, string>, transcriptText: string, people: LabelPeople<R>): R | undefined {
  const given = givenName(label, speakers);
  if (given) return people.lookup(given) ?? people.ensureSurnamePerson(given);
  if (isGenericLabel(label)) return undefined;
  const words = label.trim().split(/\s+/).filter((w) => !TITLES.test(w));
  if (words.length === 0) return undefined;
  if (words.length > 1) {
    const name = words.map((w) => (w === w.toUpperCase() ? titleCase(w) : w)).join(' ');
    return people.lookup(name) ?? people.ensureSurnamePerson(name);
  }
  return bySurname(titleCase(words[0]), transcriptText, people);
}

/** A capitalised word that can be part of a name: not a contraction (I’m, We’re). */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$(?<!['’](?:m|re|s|ve|ll|d|t))/u;

function bySurname<R extends LabelPerson>(surname: string, text: string, people: LabelPeople<R>): R | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A run of capitalised words ending in the surname: "I’m Lester Holt", "States, Donald J. Trump".
  const run = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3})${escaped}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(run)) {
    const before = m[1].trim().split(/\s+/);
    // Shortest first: "Lester Holt" before "I’m Lester Holt".
    for (let k = before.length - 1; k >= 0; k--) {
      if (!before.slice(k).every((w) => CAPITALISED.test(w))) break;
      const who = people.lookup(`${before.slice(k).join(' ')} ${surname}`);
      if (who && who.type === 'person' && who.surname === surname && who.name !== surname) return who;
    }
  }
  const bearers = people.allPeople().filter((p) => p.type === 'person' && p.surname === surname && p.name !== surname);
  return bearers.length === 1 ? bearers[0] : undefined;
}
