// Stage 2's ground: who one article names. A run of capitalised words becomes a
// person only with evidence (a title, a known given name, a role set off beside
// it, a reporting verb beside it, or the same name with evidence elsewhere in the
// article); headlines and subheads create no one. Mentions by surname, given
// name or honorific resolve within the article, and people who share a surname
// (Bill and Hillary Clinton; Donald Trump and Donald Trump Jr.) stay apart.
import type { Range } from '../../text/paragraphs';
import { commonWordTest } from '../../text/wordOccurs';
import { insideQuote, type ArticleView } from './article';
import { CUE_VERBS, isAdverb, nounTwinAfterName } from './cueVerbs';
import { bare, givenNameGender, givenNameGenderIsSure, HONORIFIC_GENDER, isGivenName, NAME_PARTICLES, NOT_NAME, ORGANISATION_HEADS, PERSON_TITLES, PLACES, ROLE_NOUNS, SUFFIXES, SURNAME_TITLES, TITLES, US_STATES, type Gender } from './lexicon';

export interface ArticleEntity {
  id: number;
  /** The fullest form the article uses ("Donald J. Trump"), or the one word it has ("Politico"). */
  name: string;
  type: 'person' | 'organisation' | 'unknown';
  gender: Gender;
  /** The gender comes from a title, the text's own pronouns, or a given name of settled gender; otherwise it is a hint. */
  genderSure?: boolean;
  given?: string;
  surname: string;
  suffix?: string;
  /** Roles the article gives, lower-case: "foreign minister", "a spokeswoman for the campaign". */
  roles: string[];
  /** Every form the article uses, with counts. */
  forms: Map<string, number>;
}

export interface EntityMention extends Range {
  /** Where the run began, titles included. */
  runStart: number;
  entity: ArticleEntity;
  paragraph: number;
  inQuote: boolean;
  /** The name is followed or preceded by a reporting verb, or opens its sentence. */
  subject: boolean;
}

interface Run extends Range {
  runStart: number;
  tokens: string[];
  titles: string[];
  paragraph: number;
  inQuote: boolean;
  titleLine: boolean;
  possessive: boolean;
  /** The run's one word is also a title ("Dean", "King"): a name only if it is the surname of someone the text names in full. */
  titleWord?: boolean;
  /** nameTokens(tokens), read once: discovery asks for it several times a run. */
  names?: string[];
}

const TOKEN = /(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\.?|[\p{Ll}]+/gu;
const PARTY_TAG = /^\s*\((?:[RDI]|Rep|Dem|Ind)\.?-[^)]{1,20}\)/u;
const AGE = /^,\s*\d{1,3},/;
const FRONTED_PHRASE = /^\s*(?:In|On|At|After|During|Before|With|Without|Since|Following|Despite|Like|Unlike|From|Throughout|Speaking|Asked|Appearing|Writing|Responding|Earlier|Later|While|When|As|Although|Though|Because|If|Once|Until)\b[^,"“”]{1,100},\s*$/u;

export class ArticleEntities {
  /** The word also appears in lower case in the text: a capital at a sentence start says nothing of it. */
  private readonly isCommon: (word: string) => boolean;
  readonly entities: ArticleEntity[] = [];
  /** Every mention, in text order. */
  readonly mentions: EntityMention[] = [];
  /**
   * Subjects the text names but not for sure: "Mr. Khan" among three Khans, "Clinton" beside Bill and Hillary. Someone speaks
   * there; for a bare surname, one of `bearers` (empty when it may be someone the text never names in full).
   */
  readonly unresolved: Array<{ start: number; bearers: ArticleEntity[] }> = [];
  /** "Mr."/"Mrs." on a person's later mentions, counted with the text's pronouns for that person. */
  private readonly honorificVotes = new Map<ArticleEntity, { male: number; female: number }>();
  private readonly bySurname = new Map<string, ArticleEntity[]>();
  private readonly byGiven = new Map<string, ArticleEntity[]>();
  private readonly byName = new Map<string, ArticleEntity>();

  constructor(
    readonly view: ArticleView,
    /** Names known outside this text (the corpus, for a draft): evidence that a run is a person. */
    private readonly knownName: (name: string) => boolean = () => false,
  ) {
    this.isCommon = commonWordTest(view.text);
    const runs = this.scan();
    this.discover(runs);
    this.resolveRuns(runs);
    this.learnGenders();
  }

  /** The entity a name (full, surname or given name) refers to at `offset`, if exactly one fits. */
  resolveName(tokens: string[], offset: number, honorific?: string): ArticleEntity | undefined {
    const key = tokens.map(bare).join(' ');
    const direct = this.byName.get(key);
    if (direct) return direct;
    if (tokens.length === 1) return this.resolveSingle(tokens[0], offset, honorific);
    const surname = bare(tokens[tokens.length - 1]);
    const bearers = this.bySurname.get(surname) ?? [];
    const given = bare(tokens[0]);
    return bearers.find((e) => e.given && sameGiven(e.given, given)) ?? this.byCompoundSurname(tokens);
  }

  entityNamed(name: string): ArticleEntity | undefined {
    return this.byName.get(name.split(/\s+/).map(bare).join(' '));
  }

  private scan(): Run[] {
    const { view } = this;
    const runs: Run[] = [];
    const isCommon = this.isCommon;
    for (let p = 0; p < view.paragraphs.length; p++) {
      const para = view.paragraphs[p];
      const slice = view.text.slice(0, para.end);
      TOKEN.lastIndex = para.start;
      let run: { tokens: string[]; starts: number[]; ends: number[] } | null = null;
      const flush = () => {
        if (run) this.pushRun(runs, run, p, isCommon);
        run = null;
      };
      let lastEnd = -1;
      for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
        const word = m[0];
        const start = m.index;
        const gap = lastEnd >= 0 ? view.text.slice(lastEnd, start) : '';
        const lower = /^\p{Ll}/u.test(word);
        // "Association of Flight Attendants", "Commission on Presidential Debates": a body's name runs on after its head.
        if (lower && run && (word === 'of' || word === 'on' || word === 'for') && gap === ' ' && ORGANISATION_HEADS.has(bare(run.tokens[run.tokens.length - 1]))) {
          run.tokens.push(word);
          run.starts.push(start);
          run.ends.push(start + word.length);
          lastEnd = start + word.length;
          continue;
        }
        if (lower && !NAME_PARTICLES.has(word)) {
          flush();
          lastEnd = start + word.length;
          continue;
        }
        const joins = run !== null && (gap === ' ' || (gap === ', ' && SUFFIXES.has(bare(word))));
        const prev = run ? run.tokens[run.tokens.length - 1] : '';
        // A possessive ends a name ("Clinton's campaign"); so does a sentence's full stop ("Israel. Ankara"), but not an initial or title ("H.W.", "Sen.").
        const stops = /['’]s$/u.test(prev) || (/\.$/.test(prev) && !/^(?:\p{Lu}\.)+$/u.test(prev) && !TITLES.has(bare(prev)));
        if (!joins || stops) flush();
        if (!run) run = { tokens: [], starts: [], ends: [] };
        run.tokens.push(word);
        run.starts.push(start);
        run.ends.push(start + word.length);
        lastEnd = start + word.length;
      }
      flush();
    }
    return runs;
  }

  private pushRun(runs: Run[], raw: { tokens: string[]; starts: number[]; ends: number[] }, p: number, isCommon: (w: string) => boolean): void {
    const { view } = this;
    const para = view.paragraphs[p];
    let n = raw.tokens.length;
    while (n > 0 && /^(?:of|on|for)$/.test(raw.tokens[n - 1])) n--;
    if (raw.tokens.slice(0, n).some((t) => t === 'of' || t === 'on' || t === 'for')) {
      const start = raw.starts[0];
      runs.push({ start, end: raw.ends[n - 1], runStart: start, tokens: raw.tokens.slice(0, n), titles: [], paragraph: p, inQuote: insideQuote(view, p, start), titleLine: view.titleCase[p], possessive: false });
      return;
    }
    // Trailing particles are not part of a name.
    while (n > 0 && NAME_PARTICLES.has(raw.tokens[n - 1])) n--;
    // The name is what follows the last title or non-name word: "New Jersey Gov. Chris Christie" → Chris Christie.
    let first = 0;
    const titles: string[] = [];
    for (let i = 0; i < n; i++) {
      const b = bare(raw.tokens[i]);
      // At a sentence's start a capital says nothing: "Meanwhile Trump", "Still Clinton". Keep only a given name there.
      const sentenceStart = i === 0 && startsSentence(view.text, raw.starts[0], para.start) && isCommon(b) && !isGivenName(raw.tokens[0]);
      const orgInside = i < n - 1 && ORGANISATION_HEADS.has(b); // "Washington Post Trump": the name follows the outlet
      const contraction = /['’](?:m|re|ve|ll|d)$/u.test(raw.tokens[i]); // "I’m Lester Holt
      // A title word after a name is that name's end: "Howard Dean", "Larry King".
      const title = TITLES.has(b) && !(i === n - 1 && i > first && SURNAME_TITLES.has(b));
      if (title || NOT_NAME.has(b) || orgInside || contraction || sentenceStart) {
        if (title) titles.push(b);
        first = i + 1;
      }
    }
    if (first >= n) {
      // A title stands before a name; one that ends the run may be a surname ("Dean, a medical doctor,", "Mr. King said").
      const b = n > 0 ? bare(raw.tokens[n - 1]) : '';
      if (n === 0 || !SURNAME_TITLES.has(b) || !/^\p{Lu}\p{Ll}/u.test(raw.tokens[n - 1])) return;
      const word = raw.tokens[n - 1].replace(/['’]s$/u, '').replace(/\.$/, '');
      const start = raw.starts[n - 1];
      runs.push({ start, end: start + word.length, runStart: raw.starts[0], tokens: [word], titles: titles.slice(0, -1), paragraph: p, inQuote: insideQuote(view, p, start), titleLine: view.titleCase[p], possessive: /['’]s$/u.test(raw.tokens[n - 1]), titleWord: true });
      return;
    }
    const tokens = raw.tokens.slice(first, n).map((t) => (/^\p{Lu}\.$/u.test(t) || /^(?:\p{Lu}\.){2,}$/u.test(t) ? t : t.replace(/\.$/, '')));
    let end = raw.starts[n - 1] + tokens[tokens.length - 1].length;
    let possessive = false;
    const last = tokens[tokens.length - 1];
    if (/['’]s$/u.test(last)) {
      tokens[tokens.length - 1] = last.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    if (tokens.some((t) => t.length < 2 && !/^\p{Lu}\.?$/u.test(t))) return;
    const start = raw.starts[first];
    runs.push({ start, end, runStart: raw.starts[0], tokens, titles, paragraph: p, inQuote: insideQuote(view, p, start), titleLine: view.titleCase[p], possessive });
  }

  /** Creates entities from runs with evidence: full names first, then organisations and lone names beside a reporting verb. */
  private discover(runs: Run[]): void {
    const evidenced = new Set<string>();
    for (const run of runs) {
      if (run.titleLine) continue;
      if (this.isOrganisation(run)) continue;
      const names = (run.names ??= nameTokens(run.tokens));
      if (names.length < 2) continue;
      if (this.hasEvidence(run)) evidenced.add(names.map(bare).join(' '));
    }
    for (const run of runs) {
      if (run.titleLine) continue;
      if (this.isOrganisation(run)) {
        this.organisation(this.organisationName(run));
        continue;
      }
      const names = (run.names ??= nameTokens(run.tokens));
      if (names.length >= 2 && PLACES.has(bare(names[names.length - 1])) && !US_STATES.has(bare(names[names.length - 1])) && this.nextToCue(run)) this.organisation(run.tokens.join(' '));
      else if (names.length >= 2 && evidenced.has(names.map(bare).join(' '))) this.person(run, names);
    }
    // "Rakeyia Scott can be heard yelling … that her husband was unarmed" after "Keith Lamont Scott": a full name that shares a
    // person's surname, in a sentence that speaks of kin, is that person's relative, whatever the given name.
    for (const run of runs) {
      if (run.titleLine || run.inQuote || this.isOrganisation(run)) continue;
      const names = (run.names ??= nameTokens(run.tokens));
      if (names.length !== 2 || this.byName.has(names.map(bare).join(' ')) || PLACES.has(bare(names[0]))) continue;
      if (!(this.bySurname.get(bare(names[1])) ?? []).some((e) => e.type === 'person' && e.given)) continue;
      const sentence = this.view.sentences[run.paragraph].find((r) => run.runStart >= r.start && run.runStart < r.end);
      if (sentence && KIN.test(this.view.text.slice(sentence.start, sentence.end))) this.person(run, names);
    }
    // A lone name with a title or beside a reporting verb ("Mr. Rove", "Politico reported") that no full name explains.
    for (const run of runs) {
      if (run.titleLine || run.titleWord || this.isOrganisation(run)) continue;
      const names = (run.names ??= nameTokens(run.tokens));
      if (names.length !== 1) continue;
      const b = bare(names[0]);
      const gendered = run.titles.map((t) => HONORIFIC_GENDER[t]).find(Boolean);
      const bearers = this.bySurname.get(b);
      // "Mr. Obama" in a text that names Michelle Obama in full: the title says it is someone else.
      const conflicting = gendered && bearers && bearers.every((e) => e.gender !== 'unknown' && e.gender !== gendered);
      if (!conflicting && (bearers || this.byGiven.has(b) || this.byName.has(b))) continue;
      const near = this.nearSurname(b);
      if (near) {
        this.index(this.bySurname, b, near);
        continue;
      }
      const honorific = run.titles.find((t) => PERSON_TITLES.has(t));
      if (PLACES.has(b) || run.tokens.length > 1 && PLACES.has(bare(run.tokens[0]))) {
        // "Russia insisted that …", "Japan branded North Korea …": a country speaks through its government.
        if (!US_STATES.has(b) && this.nextToCue(run)) this.organisation(run.tokens.join(' '));
        continue;
      }
      if (honorific || (this.nextToCue(run) && !/s$/.test(b))) {
        // A lone word that reports speech is a person named by surname far more often than an organisation (those are caught by their heads).
        const acronym = !honorific && /^\p{Lu}{2,6}$/u.test(names[0]);
        const entity = this.newEntity((acronym && this.expansionOf(names[0])) || run.tokens.join(' '), honorific || !/^\p{Lu}+$/u.test(names[0]) ? 'person' : 'unknown', b);
        entity.gender = honorific && HONORIFIC_GENDER[honorific] ? HONORIFIC_GENDER[honorific] : givenNameGender(names[0]);
        entity.genderSure = !!(honorific && HONORIFIC_GENDER[honorific]) || givenNameGenderIsSure(names[0]);
        this.index(this.bySurname, b, entity);
      }
    }
  }

  /** A surname of this article one or two letters off (McLenney for McClenney, Bayrmaov for Bayramov): a misspelling, not a new person. */
  private nearSurname(word: string): ArticleEntity | undefined {
    if (word.length < 6) return undefined;
    const found = new Set<ArticleEntity>();
    for (const [surname, bearers] of this.bySurname) {
      if (Math.abs(surname.length - word.length) > 1 || surname[0] !== word[0]) continue;
      // One slip (a letter dropped, added, changed or swapped: McLenney, Bayrmaov); two only in a long word of the same
      // length. "Francis" is two edits and a letter longer than "Franco": another name.
      const limit = word.length >= 7 && surname.length === word.length ? 2 : 1;
      if (editDistance(surname, word) <= limit) for (const b of bearers) if (b.type === 'person') found.add(b);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  private hasEvidence(run: Run): boolean {
    const names = (run.names ??= nameTokens(run.tokens));
    if (PLACES.has(bare(names[names.length - 1]))) return false;
    if (run.titles.some((t) => PERSON_TITLES.has(t))) return true;
    if (isGivenName(names[0])) return true;
    if (this.knownName(names.join(' '))) return true;
    if (this.roleAfter(run) || this.roleBefore(run)) return true;
    return this.nextToCue(run);
  }

  private isOrganisation(run: Run): boolean {
    const last = bare(run.tokens[run.tokens.length - 1]);
    if (ORGANISATION_HEADS.has(last)) return true;
    if (run.tokens.includes('of') || run.tokens.includes('on') || run.tokens.includes('for')) return true;
    // "the Trump campaign", "the Clinton Foundation": a name and then a lower-case organisation word.
    return false;
  }

  /** "Armenia’s Foreign Ministry": an organisation keeps the country or body it belongs to. */
  private organisationName(run: Run): string {
    const owner = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(this.view.text.slice(Math.max(0, run.runStart - 30), run.runStart));
    const name = this.view.text.slice(run.runStart, run.end);
    return owner ? `${owner[1]}’s ${name}` : name;
  }

  /** A reporting verb right after the name (adverbs between allowed), or right before it. */
  private nextToCue(run: Run): boolean {
    const text = this.view.text;
    // A preposition's object is where or whom, not who speaks: "told supporters in Nashua, N.H.", "vice chairman of G-III,
    // told", "who is working with Priorities USA, a super PAC, said", "responded … on Facebook writing".
    if (objectOfPreposition(text, run.runStart)) return false;
    // An age, a party tag or a short appositive may stand between: "Quina Jones, 25, said", "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
    const rawAfter = text.slice(run.end, run.end + 140);
    const after = rawAfter.replace(/^(?:\s*\([^)]{1,20}\))?(?:,\s*\d{1,3},|,[^,.;"“”]{1,80},)?/u, '').slice(0, 60);
    const words = after.match(/^(?:\s+[\p{L}'’]+){1,4}/u)?.[0].trim().split(/\s+/) ?? [];
    // After a quantifier or possessive the name only modifies a noun, and a cue word there is that noun ("in many Asian states").
    // So is a name glued to a prefix ("anti-Muslim remarks", "pro-Trump rallies"), and one between "the" and a cue word's plural-noun twin ("the Paris attacks").
    const modifier =
      /(?:^|\s)(?:many|some|several|few|most|all|other|these|those|both|each|every|its|their|his|her|our|whose)\s+$/i.test(text.slice(Math.max(0, run.runStart - 12), run.runStart)) ||
      /\p{Ll}-$/u.test(text.slice(Math.max(0, run.runStart - 2), run.runStart)) ||
      nounTwinAfterName(/(\S+)\s+$/.exec(text.slice(Math.max(0, run.runStart - 8), run.runStart))?.[1] ?? '', words[0] ?? '');
    for (const w of modifier ? [] : words) {
      const l = w.toLowerCase();
      if (CUE_VERBS.has(l)) return true;
      if (!isAdverb(l)) break;
    }
    // "said Douglas Holtz-Eakin,", "noted NBC’s Dante Chinni.", "said campaign manager Kellyanne Conway": an inverted cue, when the name ends its clause.
    const before = cueBefore(text.slice(Math.max(0, run.runStart - 50), run.runStart));
    if (/\baccording to\s+$/i.test(text.slice(Math.max(0, run.runStart - 14), run.runStart))) return true;
    return !!before && CUE_VERBS.has(before) && /^\s*(?:[,.;:!?)(—–]|$)/.test(rawAfter);
  }

  /** ", a spokeswoman for the campaign," / ", 70," / " (R-Ky.)" after the name. */
  roleAfter(run: Range): string | undefined {
    const after = this.view.text.slice(run.end, run.end + 160);
    if (PARTY_TAG.test(after)) return PARTY_TAG.exec(after)![0].trim();
    if (AGE.test(after)) return undefined;
    const m = /^,\s+((?:(?:a|an|the|his|her|its|their|[\p{Lu}][\p{L}.'’-]*['’]s)\s+)?[^,.;:"“”()]{2,120}?)(?=,|\.|;|$)/u.exec(after);
    if (!m) return undefined;
    const words = m[1].toLowerCase().split(/\s+/).slice(0, 8).map((w) => w.replace(/['’]s$/, ''));
    return words.some((w) => ROLE_NOUNS.has(w)) ? m[1].trim() : undefined;
  }

  /** "campaign manager Kellyanne Conway", "Clinton's spokesman, Brian Fallon": a role right before the name. */
  roleBefore(run: Run): string | undefined {
    // Word by word from the end (a `$`-anchored pattern here cost more than the rest of the scan).
    const before = this.view.text.slice(Math.max(0, run.runStart - 80), run.runStart);
    const tail = before.trimEnd().replace(/,$/, '').split(/\s+/).slice(-4);
    let from = tail.length;
    while (from > 0 && /^[\p{L}'’-]+$/u.test(tail[from - 1])) from--;
    const phrase = tail.slice(from);
    const titled = run.titles.some((t) => PERSON_TITLES.has(t)) ? expandTitles(this.view.text.slice(run.runStart, run.start).split(/\s+/).map(bare).filter((w) => w && !NOT_NAME.has(w))) : undefined;
    const last = phrase[phrase.length - 1] ?? '';
    if (!/\s$/.test(before) || !/^[\p{Ll}-]+$/u.test(last)) return titled;
    return ROLE_NOUNS.has(last) ? phrase.join(' ') : titled;
  }

  private person(run: Run, names: string[]): ArticleEntity {
    const key = names.map(bare).join(' ');
    const surname = bare(names[names.length - 1]);
    const suffix = run.tokens.map(bare).find((t) => SUFFIXES.has(t));
    const given = bare(names[0]);
    let entity = this.byName.get(key);
    if (!entity && names.length >= 2) entity = this.byCompoundSurname(names);
    if (!entity) {
      // "Donald J. Trump" and "Donald Trump", "Hikmet" and "Hikmat Hajiyev": one person.
      entity = (this.bySurname.get(surname) ?? []).find((e) => e.type === 'person' && e.given && sameGiven(e.given, given) && e.suffix === suffix);
    }
    if (!entity) {
      entity = this.newEntity(names.join(' '), 'person', surname);
      entity.given = given;
      entity.suffix = suffix;
      const honorific = run.titles.find((t) => t in HONORIFIC_GENDER);
      entity.gender = honorific ? HONORIFIC_GENDER[honorific] : givenNameGender(names[0]);
      entity.genderSure = !!honorific || givenNameGenderIsSure(names[0]);
      this.index(this.bySurname, surname, entity);
      this.index(this.byGiven, given, entity);
    }
    const full = run.tokens.filter((t) => !SUFFIXES.has(bare(t))).join(' ') + (suffix ? ` ${suffix === 'jr' ? 'Jr.' : suffix === 'sr' ? 'Sr.' : suffix.toUpperCase()}` : '');
    entity.forms.set(full, (entity.forms.get(full) ?? 0) + 1);
    if (full.length > entity.name.length || (entity.forms.get(full)! > (entity.forms.get(entity.name) ?? 0) && full.split(' ').length >= entity.name.split(' ').length)) entity.name = full;
    this.byName.set(key, entity);
    this.byName.set(run.tokens.map(bare).join(' '), entity);
    return entity;
  }

  /** "Peña Nieto" after "Enrique Peña Nieto", "Suu Kyi" after "Aung San Suu Kyi": a surname of several words, without the given name. */
  private byCompoundSurname(names: string[]): ArticleEntity | undefined {
    const tail = names.map(bare).join(' ');
    const found = (this.bySurname.get(bare(names[names.length - 1])) ?? []).filter((e) => {
      const full = nameTokens(e.name.split(/\s+/)).map(bare);
      return e.type === 'person' && full.length > names.length && full.slice(-names.length).join(' ') === tail;
    });
    return found.length === 1 ? found[0] : undefined;
  }

  organisation(name: string): ArticleEntity {
    const key = name.split(/\s+/).map(bare).join(' ');
    let entity = this.byName.get(key);
    // "the IMF" after "the International Monetary Fund": an acronym of a body the text named in full.
    if (!entity && /^\p{Lu}{2,6}$/u.test(name)) {
      entity = this.entities.find((e) => e.type === 'organisation' && initials(e.name) === name);
      if (entity) this.byName.set(key, entity);
    }
    if (!entity) {
      // An acronym is named by its expansion when the text spells it out anywhere, a headline included ("IMF").
      const expansion = /^\p{Lu}{2,6}$/u.test(name) ? this.expansionOf(name) : undefined;
      entity = this.newEntity(expansion ?? name, 'organisation', key);
      this.byName.set(key, entity);
    }
    return entity;
  }

  /** Capitalised runs of the whole text, read once, for spelling out acronyms. */
  private capitalisedRuns?: string[];

  private expansionOf(acronym: string): string | undefined {
    this.capitalisedRuns ??= (this.view.text.match(/\p{Lu}[\p{L}-]+(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}-]+))+/gu) ?? []).map((r) => r.replace(/\s+(?:of|for|and|on)$/, ''));
    return this.capitalisedRuns.find((r) => initials(r) === acronym);
  }

  private newEntity(name: string, type: ArticleEntity['type'], surname: string): ArticleEntity {
    const entity: ArticleEntity = { id: this.entities.length, name, type, gender: 'unknown', surname, roles: [], forms: new Map([[name, 0]]) };
    this.entities.push(entity);
    return entity;
  }

  private index(map: Map<string, ArticleEntity[]>, key: string, entity: ArticleEntity): void {
    const list = map.get(key);
    if (!list) map.set(key, [entity]);
    else if (!list.includes(entity)) list.push(entity);
  }

  /** A lone word: a surname, an honorific and surname, or a given name only one person has. */
  private resolveSingle(word: string, offset: number, honorific?: string): ArticleEntity | undefined {
    const b = bare(word);
    let bearers = this.bySurname.get(b) ?? [];
    if (bearers.length === 0) {
      const given = (this.byGiven.get(b) ?? []).filter((e) => !this.bySurname.has(b));
      return given.length === 1 ? given[0] : this.byName.get(b);
    }
    if (bearers.length === 1) return bearers[0];
    const gender = honorific ? HONORIFIC_GENDER[honorific] : undefined;
    if (gender) bearers = bearers.filter((e) => e.gender === gender || e.gender === 'unknown');
    if (bearers.length === 0) return undefined;
    // Without Jr., "Trump" is not Donald Trump Jr.
    const plain = bearers.filter((e) => !e.suffix);
    if (plain.length >= 1) bearers = plain;
    if (bearers.length === 1) return bearers[0];
    // Several people share the surname. News names the principal by surname and the others in full:
    // the bearer named far more often is meant; else one named in full earlier in this paragraph.
    const weight = (e: ArticleEntity) => [...e.forms.values()].reduce((a, b) => a + b, 0);
    const ranked = [...bearers].sort((a, b) => weight(b) - weight(a));
    if (weight(ranked[0]) >= 2 * weight(ranked[1])) return ranked[0];
    // The one the headline names in full is the story's principal ("Bill Clinton calls Obamacare ‘crazy’": "Clinton said" is Bill).
    const inFull = (e: ArticleEntity, inHeadline: boolean) => this.mentions.some((m) => m.entity === e && (m.paragraph === 0) === inHeadline && m.end - m.start > word.length + 1);
    // Named in full in the body too: a headline's "Will Sanders" is a question, not a person.
    const headlined = bearers.filter((e) => inFull(e, true) && inFull(e, false));
    if (headlined.length === 1 && this.view.titleCase[0] !== undefined && offset > this.view.paragraphs[0].end) return headlined[0];
    const paraOf = this.view.paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= offset) continue;
      if (m.paragraph !== paraOf) break;
      if (bearers.includes(m.entity) && m.end - m.start > word.length + 1) return m.entity;
    }
    return undefined;
  }

  private resolveRuns(runs: Run[]): void {
    for (const run of runs) {
      let entity: ArticleEntity | undefined;
      if (run.titleWord) {
        if (!this.bySurname.has(bare(run.tokens[0]))) continue;
        entity = this.resolveName(run.tokens, run.start, run.titles.find((t) => t in HONORIFIC_GENDER));
      } else if (this.isOrganisation(run)) entity = this.entityNamed(this.organisationName(run));
      else if (PLACES.has(bare(run.tokens[run.tokens.length - 1]))) entity = this.entityNamed(run.tokens.join(' '));
      else {
        const names = (run.names ??= nameTokens(run.tokens));
        const honorific = run.titles.find((t) => t in HONORIFIC_GENDER);
        entity = this.resolveName(names.length ? names : run.tokens, run.start, honorific);
      }
      if (!entity) {
        // A bare surname that several people of the text bear is one of them; a titled one that resolves to none of them
        // ("Mr. Khan" when Khizr Khan is never named in full) may be someone else altogether.
        const titled = run.titles.some((t) => HONORIFIC_GENDER[t] || PERSON_TITLES.has(t));
        const bearers = titled ? [] : (this.bySurname.get(bare(run.tokens[run.tokens.length - 1])) ?? []).filter((e) => e.type === 'person');
        if (!run.inQuote && (titled || bearers.length > 1) && (this.nextToCue(run) || this.opensSentence(run))) this.unresolved.push({ start: run.start, bearers });
        continue;
      }
      // "Mr. Graham" after "Senator Lindsey Graham": an honorific is the text's own word on the person's gender, weighed
      // with its pronouns (learnGenders), since a "Mrs. Trump" the text never names in full may land on Donald Trump.
      const gendered = run.inQuote || entity.type !== 'person' ? undefined : run.titles.map((t) => HONORIFIC_GENDER[t]).find(Boolean);
      if (gendered) {
        const v = this.honorificVotes.get(entity) ?? { male: 0, female: 0 };
        v[gendered] += 2; // a title weighs as two pronouns: it names the person, a pronoun only may
        this.honorificVotes.set(entity, v);
      }
      const role = entity.type === 'person' && !run.inQuote ? this.roleAfter(run) ?? this.roleBefore(run) : undefined;
      if (role && !entity.roles.includes(role.toLowerCase())) entity.roles.push(role.toLowerCase());
      const subject = this.nextToCue(run) || this.opensSentence(run);
      this.mentions.push({ start: run.start, end: run.end, runStart: run.runStart, entity, paragraph: run.paragraph, inQuote: run.inQuote, subject });
    }
  }

  /** The run is its sentence's subject: first in it, after at most an introductory phrase and comma ("Ultimately, Mr. Clarke hopes"), and not a possessive. */
  private opensSentence(run: Run): boolean {
    if (run.possessive) return false;
    const sentence = this.view.sentences[run.paragraph].find((r) => run.runStart >= r.start && run.runStart < r.end);
    if (!sentence) return false;
    const lead = this.view.text.slice(sentence.start, run.runStart);
    // A fronted phrase may be long when a preposition or participle opens it: "In an interview with Trending Today USA with Rusty Humphries, Ham made".
    return /^[\s"“‘']*$/.test(lead) || /^[^,"“”]{1,40},\s*$/.test(lead) || FRONTED_PHRASE.test(lead);
  }

  /**
   * The text's own pronouns for a person: after a name that is its sentence's subject, a "his"/"her" in the same
   * clause ("Aliyev made the threat … with his newly-appointed foreign minister"), or a "He"/"She" opening the next
   * sentence with no one named between.
   */
  private learnGenders(): void {
    const votes = new Map<ArticleEntity, { male: number; female: number }>([...this.honorificVotes].map(([e, v]) => [e, { ...v }]));
    const text = this.view.text;
    for (let i = 0; i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.inQuote || !m.subject || m.entity.type !== 'person') continue;
      let nextPerson = i + 1;
      while (nextPerson < this.mentions.length && (this.mentions[nextPerson].entity.type !== 'person' || this.mentions[nextPerson].entity === m.entity)) nextPerson++;
      const sents = this.view.sentences[m.paragraph];
      const k = sents.findIndex((r) => m.start >= r.start && m.start < r.end);
      if (k < 0) continue;
      const limit = Math.min(this.mentions[nextPerson]?.start ?? Infinity, (sents[k + 1] ?? sents[k]).end);
      // An age set off by commas ("Groberg, 33, opened up … about his decision") stands outside the clause.
      const clause = text.slice(m.end, Math.min(limit, sents[k].end)).replace(/^,\s*\d{1,3},/, '').split(/[,;“"]/)[0];
      // A pronoun may point back to someone named earlier in the sentence ("While he does support Clinton, Groberg admits … her
      // party"; "To Sharp, Trump is the man who saved her family’s farm. On Tuesday, she attended").
      const namedBefore = this.mentions.some((o, j) => j < i && o.entity !== m.entity && o.entity.type === 'person' && o.start >= sents[k].start);
      // A possessive may also point to someone of the sentence before ("… said Hillary Clinton. Earlier that day Trump had attacked her record").
      const namedJustBefore = namedBefore || (k > 0 && this.mentions.some((o, j) => j < i && o.entity !== m.entity && o.entity.type === 'person' && o.start >= sents[k - 1].start));
      const own = namedJustBefore ? undefined : /\b(his|her)\b/i.exec(clause)?.[1];
      const next = !namedBefore && sents[k + 1] && sents[k + 1].start < limit ? /^\s*(He|She)\b/.exec(text.slice(sents[k + 1].start, sents[k + 1].start + 5))?.[1] : undefined;
      for (const p of [own, next]) {
        if (!p) continue;
        const v = votes.get(m.entity) ?? { male: 0, female: 0 };
        if (/^(?:he|his)$/i.test(p)) v.male++;
        else v.female++;
        votes.set(m.entity, v);
      }
    }
    // The text's own pronouns outweigh the usual gender of a given name only by a clear margin.
    for (const [entity, v] of votes) {
      const margin = entity.genderSure ? 3 : 1;
      if (v.male >= 2 * v.female + margin) entity.gender = 'male';
      else if (v.female >= 2 * v.male + margin) entity.gender = 'female';
      else continue;
      entity.genderSure = true;
    }
  }
}

/** The name words of a run: initials and suffixes dropped ("Donald J. Trump Jr." → Donald Trump). */
export function nameTokens(tokens: string[]): string[] {
  return tokens.filter((t) => !SUFFIXES.has(bare(t)) && !/^(?:\p{Lu}\.)+$/u.test(t) && !/^\p{Lu}$/u.test(t));
}

const TITLE_WORDS: Readonly<Record<string, string>> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant', col: 'colonel', adm: 'admiral', sgt: 'sergeant', capt: 'captain', prof: 'professor', rev: 'reverend', dr: 'doctor', del: 'delegate' };

/** "Gov." → "governor": a title as the role words a description uses ("the Indiana governor"). */
function expandTitles(titles: string[]): string {
  return titles.map((t) => TITLE_WORDS[t] ?? t).join(' ');
}

/**
 * The word that may be an inverted cue before a name: "said", or "noted" in "noted NBC’s", or "said" in
 * "said campaign manager" (up to three lower-case words and one possessive between).
 */
function cueBefore(before: string): string | undefined {
  if (!/\s$/.test(before)) return undefined;
  const words = before.trim().split(/\s+/).slice(-6);
  const lower = (w: string) => /^[\p{Ll}-]+$/u.test(w);
  // The leftmost word after which stand only an optional possessive name and at most three lower-case words.
  for (let i = 0; i < words.length; i++) {
    if (!/\p{L}$/u.test(words[i])) continue;
    let k = i + 1;
    if (k < words.length && /^\p{Lu}[\p{L}.]*['’]s$/u.test(words[k])) k++;
    const rest = words.slice(k);
    if (rest.length <= 3 && rest.every(lower)) return /([\p{L}]+)$/u.exec(words[i])?.[1]?.toLowerCase();
  }
  return undefined;
}

/** "International Monetary Fund" → "IMF": the capitals of its words, small words skipped. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Levenshtein distance with adjacent transpositions counted once (Bayrmaov/Bayramov). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Given names that are one person's: equal, or one letter apart when long enough (Hikmet/Hikmat). */
function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length !== a.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

/** Words for family: a relative is often named in full beside them. */
const KIN = /\b(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|parents|grandson|granddaughter|grandmother|grandfather|cousin|niece|nephew|aunt|uncle|mom|dad)\b/i;

/** Only a sentence end, a quote mark, a dash or the paragraph start precede `at`. */
export function startsSentence(text: string, at: number, paragraphStart: number): boolean {
  let i = at - 1;
  while (i >= paragraphStart && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '‘' || text[i] === '(' || text[i] === "'")) i--;
  return i < paragraphStart || '.!?:–—'.includes(text[i]);
}

/**
 * Whether the words before `at` end in a preposition that makes the name there its object ("chairman of G-III", "worked
 * for Sen. Lamar Alexander", "supporters in Nashua"), not a title's own "of" ("Secretary of State John F. Kerry").
 */
export function objectOfPreposition(text: string, at: number): boolean {
  const m = /(\S+)\s+(?:in|at|from|to|near|of|on|into|across|outside|inside|around|throughout|for|with|by|about|against|under)\s+$/i.exec(text.slice(Math.max(0, at - 40), at));
  // "according to X", "attributed to X": the preposition names the source itself.
  return !!m && !/^\p{Lu}/u.test(m[1]) && !/^(?:according|attributed)$/i.test(m[1]);
}
