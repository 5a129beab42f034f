// Stage 2: the phrase a sieve found (a name, a pronoun, a description) → the
// entity of this article it refers to. Names resolve through the article's own
// people; pronouns to the most recent fitting subject or speaker (gender must
// agree); descriptions ("the spokeswoman", "the ministry") only when exactly one
// entity of the article fits. Anything else resolves to nothing: no guessing.
import type { Range } from '../../text/paragraphs';
import { objectOfPreposition, type ArticleEntities, type ArticleEntity, type EntityMention } from './entities';
import { AP_STATES, bare, ORGANISATION_HEADS, ROLE_NOUNS } from './lexicon';

export type Via = 'name' | 'pronoun' | 'nominal' | 'organisation';

export interface Resolution {
  entity: ArticleEntity;
  via: Via;
  /** Where the text names the speaker, for a name or description. */
  at?: Range;
}

/** Someone the article has just made salient: a mention, or the speaker of a quote. */
export interface Salient {
  offset: number;
  paragraph: number;
  entity: ArticleEntity;
  subject: boolean;
}

const PREPOSITION = /\b(?:of|for|at|with|to|from|by|in|on|about|against|under|like|than|and|or)\s+(?:the\s+)?$/i;
const PRONOUN = /^(he|she|they|it|who|which|i|we)(?:['’](?:s|d|ll|ve|re))?$/i;
const DETERMINER = /^(?:the|a|an|his|her|its|their|this|that)\s+/i;

export class Resolver {
  constructor(private readonly ents: ArticleEntities, private readonly salient: () => Salient[]) {}

  /**
   * The speaker named by the subject that ends at `end` ("Clinton's spokesman, Brian Fallon, said"):
   * comma-separated parts are read from the verb backwards, skipping appositives that only describe.
   */
  subjectBefore(start: number, end: number, paragraph: number): Resolution | null {
    const parts = this.parts(start, end);
    let relative = false;
    for (let i = parts.length - 1; i >= 0; i--) {
      const text = this.ents.view.text.slice(parts[i].start, parts[i].end);
      // "McConnell, now the Senate majority leader, who in 2010 said": the relative clause's subject is the name before it.
      if (/^who\b/i.test(text) && text.length > 3) {
        // "McConnell, now the leader, who in 2010 said": the verb is the relative clause's own; "Rawlings, who watched
        // the ceremony, said": the clause is an appositive, set off by a comma before the verb.
        if (i === parts.length - 1 && !this.ents.view.text.slice(parts[i].end, end).includes(',')) relative = true;
        continue;
      }
      if (/^\d+$/.test(text)) continue;
      if (relative) {
        const named = this.mentionsIn(parts[i].start, parts[i].end).filter((m) => !m.inQuote && m.entity.type !== 'organisation').pop();
        if (named && !/['’]s/.test(this.ents.view.text.slice(named.end, named.end + 2))) return { entity: named.entity, via: 'name', at: { start: named.start, end: named.end } };
        if (/^(?:the|a|an|now|then|once|also)\b/i.test(text) || /^\p{Ll}/u.test(text)) continue;
        return null;
      }
      const found = this.part(parts[i], paragraph);
      if (found !== undefined) return found;
    }
    return null;
  }

  /** The speaker named after an inverted verb ("said Douglas Holtz-Eakin, an economist"): parts read forwards. */
  subjectAfter(start: number, end: number, paragraph: number): Resolution | null {
    for (const part of this.parts(start, end)) {
      const found = this.part(part, paragraph);
      if (found !== undefined) return found;
    }
    return null;
  }

  private parts(start: number, end: number): Range[] {
    const text = this.ents.view.text;
    const out: Range[] = [];
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === ',' || text[i] === '(' || text[i] === ')' || text[i] === '—' || text[i] === '–' || text[i] === '―') {
        const raw = text.slice(from, i);
        const lead = raw.length - raw.trimStart().length;
        if (raw.trim()) out.push({ start: from + lead, end: from + lead + raw.trim().length });
        from = i + 1;
      }
    }
    return out;
  }

  /** One part: a resolution, null (it names someone the article does not know: stop), or undefined (it only describes: read on). */
  private part(range: Range, paragraph: number): Resolution | null | undefined {
    const text = this.ents.view.text;
    const phrase = text.slice(range.start, range.end);
    const pronoun = PRONOUN.exec(phrase);
    if (pronoun && pronoun[1].toLowerCase() === 'who') return this.relative(range.start);
    // "the Chicago Police Department, which reported": a body, named right before.
    if (pronoun && pronoun[1].toLowerCase() === 'which') {
      const body = this.relative(range.start);
      return body && body.entity.type !== 'person' ? body : null;
    }
    if (pronoun) return this.pronoun(pronoun[1], range.start, paragraph);
    if (/^\d+$/.test(phrase) || /^(?:[RDI]|Rep|Dem)\.?(?:-|$)/.test(phrase)) return undefined; // ", 70," "(R-Ky.)" "(R)"
    // ", of Springfield, Va.,", ", of Ashton, Md.,": a state after a home town describes; read on.
    if (AP_STATES.has(phrase)) return undefined;
    // A role before a name ("panel Chairman Rep. Jason Chaffetz", "the Rev. Peter Wherry", "retired Air Force general
    // Lloyd Newton"): the person the part ends with.
    // Not a preposition's object: "an education professor … who previously worked for Sen. Lamar Alexander" describes West.
    const people = this.mentionsIn(range.start, range.end).filter((m) => !m.inQuote && m.entity.type === 'person' && !objectOfPreposition(text, m.runStart));
    let last = people.pop();
    // "Holger Schmieding of Berenberg", "Mark Zandi of Moody’s": the name before "of" is the head; the one after, where they work.
    const head = people.pop();
    if (last && head && /^\s+(?:of|at|from)\s+$/.test(text.slice(head.end, last.runStart))) last = head;
    if (last && (last === head || /^[\s.]*$/.test(text.slice(last.end, range.end)))) return { entity: last.entity, via: 'name', at: { start: last.start, end: last.end } };
    // "Ivana Trump's brief said", "the Clinton campaign's statement": a document speaks for its author.
    const author = /^(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*?(?:\s+campaign)?)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:statement|memo|report|brief|letter|book|memoir|ad|advertisement|website|filing|lawsuit|tweet|post|email|release|ruling|spot|video|complaint|petition)$/u.exec(phrase);
    if (author) {
      const m = this.mentionsIn(range.start, range.start + phrase.indexOf(author[1]) + author[1].length).filter((x) => !x.inQuote).pop();
      const campaign = /\s+campaign$/.test(author[1]) ? this.campaign(range.start, range.start + phrase.indexOf(author[1]) + author[1].length) : null;
      if (campaign) return campaign;
      if (m) return { entity: m.entity, via: m.entity.type === 'organisation' ? 'organisation' : 'name', at: { start: m.start, end: m.end } };
    }
    // "the Stonewall Inn, which President Obama on Friday declared as …", "NAFTA, which Trump had called a “disaster”": after a
    // relative pronoun that is the verb's object, the name that follows it is the subject.
    const relative = /^(?:which|that|whom)\s+(?=\p{Lu})/u.exec(phrase);
    if (relative) {
      const named = this.mentionsIn(range.start + relative[0].length, range.end).find((m) => !m.inQuote);
      if (named && named.runStart === range.start + relative[0].length && !/^['’]s/.test(text.slice(named.end, named.end + 2))) {
        return { entity: named.entity, via: named.entity.type === 'organisation' ? 'organisation' : 'name', at: { start: named.start, end: named.end } };
      }
    }
    // "a top Trump surrogate", "a senior adviser to the Clinton campaign", "president of the United Federation of
    // Teachers", "Pyongyang's only ally": names inside a description only modify it. A body may still be named
    // whole ("The International Atomic Energy Agency").
    if (DETERMINER.test(phrase) || /^(?:who|which|whose)\b/i.test(phrase) || /^\p{Ll}/u.test(phrase) || /^\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u.test(phrase)) {
      const campaign = this.campaign(range.start, range.end);
      if (campaign) return campaign;
      if (/^[Tt]he\s+\p{Lu}/u.test(phrase)) {
        const body = this.inPart(range.start, range.end, paragraph);
        if (body?.entity.type === 'organisation' && body.at && phrase.slice(0, body.at.start - range.start).replace(/^the\s+/i, '').replace(/\p{Lu}[\p{L}.-]*\s+/gu, '') === '') return body;
      }
      const nominal = DETERMINER.test(phrase) ? this.nominal(phrase, range.start, paragraph) : null;
      return nominal ?? undefined;
    }
    return this.campaign(range.start, range.end) ?? this.inPart(range.start, range.end, paragraph);
  }

  /** "the Trump campaign", "Clinton's campaign": a campaign is the whole phrase, and speaks as itself. */
  private campaign(start: number, end: number): Resolution | null {
    const part = this.ents.view.text.slice(start, end);
    const m = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+?)(?:['’]s)?\s+(?:campaign|camp)$/u.exec(part);
    return m ? { entity: this.ents.organisation(`${m[1]} campaign`), via: 'organisation', at: { start, end } } : null;
  }

  private inPart(start: number, end: number, paragraph: number): Resolution | null {
    const text = this.ents.view.text;
    let best: EntityMention | undefined;
    for (const m of this.mentionsIn(start, end)) {
      if (m.inQuote) continue;
      if (text.slice(m.end, m.end + 2).match(/^['’]s/)) continue; // "Clinton's spokesman": not Clinton
      if (PREPOSITION.test(text.slice(Math.max(start, m.runStart - 12), m.runStart))) continue;
      if (!best || (best.entity.type !== 'person' && m.entity.type === 'person')) best = m;
      else if (m.entity.type === best.entity.type) best = m;
    }
    if (!best) return null;
    return { entity: best.entity, via: best.entity.type === 'organisation' ? 'organisation' : 'name', at: { start: best.start, end: best.end } };
  }

  private mentionsIn(start: number, end: number): EntityMention[] {
    const all = this.ents.mentions;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityMention[] = [];
    for (let i = lo; i < all.length && all[i].start < end; i++) if (all[i].end <= end) out.push(all[i]);
    return out;
  }

  /** A transcript label ("PENCE") → the person of the article with that surname, else the label itself. */
  label(label: string, start: number, end: number, paragraph: number): Resolution | null {
    void paragraph;
    const entity = this.ents.resolveName([label], start) ?? this.ents.organisation(label);
    return { entity, via: 'name', at: { start, end } };
  }

  /** The name whose possessive ends at `end`: "Trump’s claim" → Trump. */
  possessor(start: number, end: number): Resolution | null {
    const m = this.mentionsIn(start, end).filter((x) => !x.inQuote && x.end === end).pop();
    return m ? { entity: m.entity, via: m.entity.type === 'organisation' ? 'organisation' : 'name', at: { start: m.start, end: m.end } } : null;
  }

  /** The first mention of [start, end) that opens its sentence, after at most a short introductory phrase and comma. */
  firstSubjectIn(start: number, end: number): Resolution | null {
    const text = this.ents.view.text;
    for (const m of this.mentionsIn(start, end)) {
      if (m.inQuote) continue;
      const lead = text.slice(start, m.runStart);
      if (lead.trim() === '' || /^[^,]{0,40},\s*$/.test(lead)) {
        if (text.slice(m.end, m.end + 2).match(/^['’]s/)) return null;
        return { entity: m.entity, via: m.entity.type === 'organisation' ? 'organisation' : 'name', at: { start: m.start, end: m.end } };
      }
      return null;
    }
    return null;
  }

  /** Whether someone other than `entity` is named outside quotation marks in text[from, to). */
  someoneElseNamed(from: number, to: number, entity: ArticleEntity): boolean {
    return this.mentionsIn(from, to).some((m) => !m.inQuote && m.subject && m.entity !== entity && m.entity.type !== 'organisation');
  }

  /** "Stevie Wonder, who joked": the name right before the relative pronoun. */
  private relative(at: number): Resolution | null {
    const before = this.mentionsIn(Math.max(0, at - 80), at).filter((m) => !m.inQuote && /^\s*,?\s*$/.test(this.ents.view.text.slice(m.end, at)));
    const m = before[before.length - 1];
    return m ? { entity: m.entity, via: m.entity.type === 'organisation' ? 'organisation' : 'name', at: { start: m.start, end: m.end } } : null;
  }

  /** he/she → the most recent subject or speaker of that gender, in this or the two paragraphs before; they/it → an organisation. */
  pronoun(word: string, offset: number, paragraph: number): Resolution | null {
    const p = word.toLowerCase();
    if (p === 'i' || p === 'we' || p === 'who') return null;
    const wantOrg = p === 'they' || p === 'it';
    const gender = p === 'he' ? 'male' : p === 'she' ? 'female' : undefined;
    const candidates = this.salient()
      .filter((s) => s.offset < offset && paragraph - s.paragraph <= 2)
      .sort((a, b) => b.offset - a.offset);
    const fits = (e: ArticleEntity) =>
      wantOrg ? e.type === 'organisation' : e.type === 'person' && (!gender || e.gender === gender || e.gender === 'unknown');
    // A given name's usual gender is a hint only (Ilham, Nikol): such a person may still be "he" or "she" when no one else fits.
    const fitsLoosely = (e: ArticleEntity) => fits(e) || (!wantOrg && e.type === 'person' && !e.genderSure);
    // Prefer a subject or speaker; a name in object position ("he told Bayramov") is rarely the one who speaks next.
    // A name's usual gender gives way only when no one named in the pronoun's own sentence fits for sure ("Christie described Clinton … after she").
    const loose = candidates.find((s) => s.subject && fitsLoosely(s.entity));
    const sentenceStart = this.sentenceStartOf(offset, paragraph);
    const strictHere = candidates.some((s) => (s.offset >= sentenceStart || (loose && s.offset > loose.offset)) && fits(s.entity) && s.entity.gender !== 'unknown');
    const subject = loose && !fits(loose.entity) && strictHere ? undefined : loose;
    // No fitting subject nearby: the one fitting person of the last few paragraphs, if there is exactly one.
    const chosen = subject ?? this.onlyFitting(fits, offset, paragraph);
    if (!chosen) return null;
    // Someone else who fits was named after the subject ("… concerns Henry Crespo, …" / "“…,” he said"): "he" could be either.
    if (gender) {
      const rival = candidates.find((s) => s.offset > chosen.offset && s.entity !== chosen.entity && fits(s.entity) && (s.subject || s.paragraph > chosen.paragraph || s.offset >= sentenceStart));
      if (rival) return null;
      // "Mr. Khan, …, said … that Mr. Trump had …, and he accused": a person the text names but we cannot tell stands between.
      // When only one of the people it may be fits the pronoun ("Clinton, without naming him, also accused …" / "“…,” she
      // said" beside Bill and Hillary), that is who.
      const between = this.ents.unresolved.filter((u) => u.start > chosen.offset && u.start < offset);
      if (between.length > 0) {
        const { bearers } = between[between.length - 1];
        const fitting = bearers.filter(fits);
        // The one already chosen is among them ("Paradis said" after "Sandy Paradis", whatever other Paradis the text names).
        if (fitting.includes(chosen.entity)) return { entity: chosen.entity, via: 'pronoun' };
        // The one bearer the pronoun fits, the others known not to ("Jeh" or "Bill"? only a known gender rules one out).
        if (fitting.length === 1 && fitting[0].gender !== 'unknown' && bearers.every((e) => e === fitting[0] || e.gender !== 'unknown')) return { entity: fitting[0], via: 'pronoun' };
        if (bearers.length === 0 || fitting.length > 0) return null;
      }
      // An excerpt quoted paragraph after paragraph (each opened, none closed) tells its own story: a person who fits,
      // named inside it, may be the one meant ("Melanie thought …" / "“…,” she said").
      if (this.fitsInExcerpt(chosen, offset, paragraph, fits)) return null;
    }
    return { entity: chosen.entity, via: 'pronoun' };
  }

  private fitsInExcerpt(chosen: Salient, offset: number, paragraph: number, fits: (e: ArticleEntity) => boolean): boolean {
    const { view } = this.ents;
    const from = Math.min(chosen.offset + 1, view.paragraphs[Math.max(0, paragraph - 4)].start);
    return this.mentionsIn(from, offset).some((m) => {
      if (!m.inQuote || m.entity === chosen.entity || !fits(m.entity)) return false;
      const para = view.paragraphs[m.paragraph];
      return view.spans[m.paragraph].some((sp) => sp.close < 0 && sp.open < m.start && para.end >= m.end);
    });
  }

  private sentenceStartOf(offset: number, paragraph: number): number {
    const sents = this.ents.view.sentences[paragraph] ?? [];
    return sents.find((r) => offset >= r.start && offset <= r.end)?.start ?? offset;
  }

  private onlyFitting(fits: (e: ArticleEntity) => boolean, offset: number, paragraph: number): Salient | undefined {
    const window = this.salient().filter((s) => s.offset < offset && paragraph - s.paragraph <= 4 && fits(s.entity));
    const people = new Set(window.map((s) => s.entity));
    return people.size === 1 ? window.sort((a, b) => b.offset - a.offset)[0] : undefined;
  }

  /** "the spokeswoman", "the former secretary of state", "the ministry": only when one entity of the article fits. */
  nominal(phrase: string, offset: number, paragraph: number): Resolution | null {
    if (!DETERMINER.test(phrase)) return null;
    const raw = phrase.toLowerCase().replace(DETERMINER, '').split(/\s+/);
    const words = raw.map(bare).filter(Boolean);
    if (words.length === 0 || words.length > 6) return null;
    // "the ministry's spokesperson": a possessor only modifies; the head is the person.
    const possessors = new Set(raw.filter((w) => /['’]s$/.test(w)).map(bare));
    const head = words.find((w) => ORGANISATION_HEADS.has(w) && !ROLE_NOUNS.has(w) && !possessors.has(w)) ?? words[words.length - 1];
    if (ORGANISATION_HEADS.has(head) && !ROLE_NOUNS.has(head)) {
      const orgs = [...new Set(this.ents.mentions.filter((m) => m.start < offset && m.entity.type === 'organisation' && m.entity.name.toLowerCase().split(/\s+/).includes(head)).map((m) => m.entity))];
      return orgs.length === 1 ? { entity: orgs[0], via: 'organisation' } : null;
    }
    if (!ROLE_NOUNS.has(head)) return null;
    const qualifiers = words.filter((w) => w !== head && w !== 'former' && w !== 'then');
    const holders = this.ents.entities.filter(
      (e) => e.type === 'person' && e.roles.some((r) => r.split(/[\s-]+/).map(bare).includes(head) && qualifiers.every((q) => r.includes(q))),
    );
    if (holders.length === 1) return { entity: holders[0], via: 'nominal' };
    // Several hold the role: "the president" is the one of them last named, in this or the two paragraphs before.
    const recent = this.salient()
      .filter((s) => s.offset < offset && paragraph - s.paragraph <= 2 && holders.includes(s.entity))
      .sort((a, b) => b.offset - a.offset)[0];
    return recent ? { entity: recent.entity, via: 'nominal' } : null;
  }
}
