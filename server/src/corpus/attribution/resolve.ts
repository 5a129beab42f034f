// Stage 2: the phrase a sieve found (a name, a pronoun, a description) → the
// entity of this article it refers to. Names resolve through the article's own
// people; pronouns to the most recent fitting subject or speaker (gender must
// agree); descriptions ("the spokeswoman", "the ministry") only when exactly one
// entity of the article fits. Anything else resolves to nothing: no guessing.
import type { Range } from '../../text/paragraphs';
import type { ArticleEntities, ArticleEntity, EntityMention } from './entities';
import { bare, ORGANISATION_HEADS, ROLE_NOUNS } from './lexicon';

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
const PRONOUN = /^(he|she|they|it|who|i|we)(?:['’](?:s|d|ll|ve|re))?$/i;
const DETERMINER = /^(?:the|a|an|his|her|its|their|this|that)\s+/i;

export class Resolver {
  constructor(private readonly ents: ArticleEntities, private readonly salient: () => Salient[]) {}

  /**
   * The speaker named by the subject that ends at `end` ("Clinton's spokesman, Brian Fallon, said"):
   * comma-separated parts are read from the verb backwards, skipping appositives that only describe.
   */
  subjectBefore(start: number, end: number, paragraph: number): Resolution | null {
    const parts = this.parts(start, end);
    for (let i = parts.length - 1; i >= 0; i--) {
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
      if (i === end || text[i] === ',' || text[i] === '(' || text[i] === ')' || text[i] === '—' || text[i] === '–') {
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
    if (pronoun) return this.pronoun(pronoun[1], range.start, paragraph);
    if (/^\d+$/.test(phrase) || /^(?:[RDI]|Rep|Dem)\.?-/.test(phrase)) return undefined; // ", 70," "(R-Ky.)"
    // "a top Trump surrogate", "a senior adviser to the Clinton campaign": names inside a description only modify it.
    if (DETERMINER.test(phrase) || /^(?:who|which|whose)\b/i.test(phrase)) {
      const campaign = this.campaign(range.start, range.end);
      if (campaign) return campaign;
      const nominal = this.nominal(phrase, range.start, paragraph);
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
    // Prefer a subject or speaker; a name in object position ("he told Bayramov") is rarely the one who speaks next.
    const subject = candidates.find((s) => s.subject && fits(s.entity));
    const chosen = subject ?? (p === 'who' ? candidates.find((s) => fits(s.entity)) : undefined);
    if (!chosen) return null;
    // Someone else who fits was named after the subject ("… concerns Henry Crespo, …" / "“…,” he said"): "he" could be either.
    if (gender) {
      const rival = candidates.find((s) => s.offset > chosen.offset && s.entity !== chosen.entity && fits(s.entity) && (s.subject || s.paragraph > chosen.paragraph));
      if (rival) return null;
    }
    return { entity: chosen.entity, via: 'pronoun' };
  }

  /** "the spokeswoman", "the former secretary of state", "the ministry": only when one entity of the article fits. */
  nominal(phrase: string, offset: number, paragraph: number): Resolution | null {
    if (!DETERMINER.test(phrase)) return null;
    const words = phrase.toLowerCase().replace(DETERMINER, '').split(/\s+/).map(bare).filter(Boolean);
    if (words.length === 0 || words.length > 6) return null;
    const head = words.find((w) => ORGANISATION_HEADS.has(w) && !ROLE_NOUNS.has(w)) ?? words[words.length - 1];
    if (ORGANISATION_HEADS.has(head) && !ROLE_NOUNS.has(head)) {
      const orgs = [...new Set(this.ents.mentions.filter((m) => m.start < offset && m.entity.type === 'organisation' && m.entity.name.toLowerCase().split(/\s+/).includes(head)).map((m) => m.entity))];
      return orgs.length === 1 ? { entity: orgs[0], via: 'organisation' } : null;
    }
    if (!ROLE_NOUNS.has(head)) return null;
    const qualifiers = words.filter((w) => w !== head && w !== 'former' && w !== 'then');
    const holders = this.ents.entities.filter(
      (e) => e.type === 'person' && e.roles.some((r) => r.split(/[\s-]+/).map(bare).includes(head) && qualifiers.every((q) => r.includes(q))),
    );
    void paragraph;
    return holders.length === 1 ? { entity: holders[0], via: 'nominal' } : null;
  }
}
