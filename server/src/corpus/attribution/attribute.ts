// Attribution of one text's quotations: the sieves of sieves/index.ts in order
// (stage 1: quote → the phrase naming its speaker), each phrase resolved to an
// entity of the text (stage 2: resolve.ts over entities.ts). A quote no sieve
// can attribute keeps no speaker, with the reason.
import type { ResolvedBy } from '../../model/types';
import type { Range } from '../../text/paragraphs';
import { quoteKind } from '../quoteKind';
import { insideQuote, type ArticleView } from './article';
import { ArticleEntities } from './entities';
import { Resolver, type Salient } from './resolve';
import { previousWords, type AttributedQuote, type QuoteContext } from './sieve';
import { SIEVES } from './sieves/index';
import { CUE_VERBS, NAMING_CUES } from './cueVerbs';

export interface ArticleAttribution {
  entities: ArticleEntities;
  quotes: AttributedQuote[];
}

export function attributeArticle(view: ArticleView, knownName?: (name: string) => boolean): ArticleAttribution {
  const entities = new ArticleEntities(view, knownName);
  const done: AttributedQuote[] = [];
  const speakers: Salient[] = [];
  let base: Salient[] | null = null;
  const salient = () => {
    base ??= entities.mentions.filter((m) => !m.inQuote).map((m) => ({ offset: m.start, paragraph: m.paragraph, entity: m.entity, subject: m.subject }));
    return speakers.length ? [...base, ...speakers] : base;
  };
  const resolver = new Resolver(entities, salient);
  for (let p = 0; p < view.paragraphs.length; p++) {
    const para = view.paragraphs[p];
    const spans = view.spans[p];
    const chain = pronounSubjects(view, p);
    // A sentence opened by "He"/"She" continues the person it resolves to, so a quote several sentences on
    // ("She has faced …. She said …. “…,” she said") finds its speaker there and not a paragraph further back.
    const followChain = (before: number) => {
      while (chain.length && chain[0].offset < before) {
        const { offset, word } = chain.shift()!;
        const r = resolver.pronoun(word, offset, p);
        if (r) speakers.push({ offset, paragraph: p, entity: r.entity, subject: true });
      }
    };
    let s = 0;
    for (let q = 0; q < spans.length; q++) {
      const span = spans[q];
      followChain(span.open);
      const sents = view.sentences[p];
      while (s < sents.length - 1 && sents[s].end <= span.open) s++;
      const sentence = sents[s];
      // A title before ("he told ABC’s “Good Morning America” that … “total opportunist”") is read as part of the clause.
      const before = previousWords(done)?.span;
      const prevClose = before && before.close >= 0 && before.close >= sentence.start ? before.close + 1 : sentence.start;
      const next = spans[q + 1];
      const ctx: QuoteContext = {
        view,
        span,
        paragraph: p,
        sentence,
        beforeStart: Math.max(prevClose, span.open - 300),
        afterEnd: endsSentence(view.text, span) ? span.close + 1 : clauseEnd(view.text, span.close < 0 ? para.end : span.close + 1, Math.min(next ? next.open : para.end, para.end)),
        done,
        resolver,
      };
      const result = attributeOne(ctx);
      done.push(result);
      // The speaker of a quote is in view for a later "he"/"she"; as a subject only when the quote is the sentence's own speech,
      // not a word run into another's clause ("because of Mr. Trump's remarks, which have included … the ''founder''").
      const runIn = result.sieve === 'leading-cue' && view.text.slice(sentence.start, span.open).trim() !== '' && !/[:,]\s*$/.test(view.text.slice(sentence.start, span.open));
      if (result.entity) speakers.push({ offset: span.open, paragraph: p, entity: result.entity, subject: !runIn });
    }
    followChain(para.end);
  }
  return { entities, quotes: done };
}

function attributeOne(ctx: QuoteContext): AttributedQuote {
  const { span, paragraph, sentence, view } = ctx;
  const base: AttributedQuote = { span, paragraph, sentence, entity: null };
  for (const sieve of SIEVES) {
    const verdict = sieve.apply(ctx);
    if (!verdict) continue;
    if (!verdict.speaker) return { ...base, sieve: sieve.name, cue: verdict.cue, reason: verdict.reason ?? `${sieve.name}: the phrase names no one the text introduces` };
    return {
      ...base,
      entity: verdict.speaker.entity,
      via: verdict.via ?? verdict.speaker.via,
      at: verdict.speaker.at,
      cue: verdict.cue,
      sieve: sieve.name,
      confidence: verdict.confidence,
    };
  }
  void view;
  return { ...base, reason: 'no attribution cue found' };
}

const PRONOUN_CUE = /\b([Hh]e|[Ss]he) (?:\p{Ll}+ly )?(\p{Ll}+)\b/gu;

/**
 * Where paragraph `p`, outside its quotations, says "he"/"she" of its subject: a sentence that opens with the
 * pronoun ("She has faced …"), or a pronoun before a reporting verb ("Though that transition was seamless, he said, …").
 */
function pronounSubjects(view: ArticleView, p: number): Array<{ offset: number; word: string }> {
  const out: Array<{ offset: number; word: string }> = [];
  const para = view.paragraphs[p];
  const opens = new Set(view.sentences[p].map((r) => view.text.slice(r.start, r.end).search(/\S/) + r.start));
  PRONOUN_CUE.lastIndex = para.start;
  const text = view.text.slice(0, para.end);
  for (let m = PRONOUN_CUE.exec(text); m; m = PRONOUN_CUE.exec(text)) {
    const capital = /^[HS]/.test(m[1]);
    if (capital ? !opens.has(m.index) : !CUE_VERBS.has(m[2])) continue;
    if (!insideQuote(view, p, m.index)) out.push({ offset: m.index, word: m[1] });
  }
  return out;
}

/** A quote whose words end a sentence (`.”`, or `?”`/`!”` before a capital) leaves no clause after it. */
function endsSentence(text: string, span: { close: number; textEnd: number }): boolean {
  if (span.close < 0) return true;
  const last = text.slice(span.textEnd - 2, span.textEnd).trimEnd().slice(-1);
  // “…?” Clinton said: after a question or exclamation a capital may be the speaker's name; after a full stop it starts a sentence.
  if (!'.…'.includes(last) || last === '') return false;
  const next = /^\s*(\S)/u.exec(text.slice(span.close + 1, span.close + 4));
  return !next || /\p{Lu}|["“]/u.test(next[1]);
}

/** The end of the clause that starts at `from`: a sentence end, or `limit` (the next quote or the paragraph end). */
function clauseEnd(text: string, from: number, limit: number): number {
  const max = Math.min(limit, from + 240);
  for (let i = from; i < max; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= max || /\s/.test(text[i + 1]))) {
      // "Sen. Burr", "Rep. Adam Schiff", "S. Donald Sussman": an abbreviation or initial is no sentence end.
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(from, i - 6), i))?.[1] ?? '';
      if (c === '.' && (word.length === 1 || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St|Jr|Sr|Prof|Adm|Del|Sens|Reps)$/.test(word))) continue;
      return i;
    }
  }
  return max;
}

/** full, partial or scare, from where the quote sits; a quote with a speaker is never a scare quote. */
export function kindOf(view: ArticleView, q: AttributedQuote): 'full' | 'partial' | 'scare' {
  const text = view.text;
  const quoteText = text.slice(q.span.textStart, q.span.textEnd);
  const before = text.slice(q.sentence.start, q.span.open);
  const trimmed = before.trim();
  const setOff = trimmed === '' || /[,:—–]$/.test(trimmed) || /\bthat$/i.test(trimmed) && false;
  const naming = q.cue !== undefined && NAMING_CUES.has(q.cue);
  const kind = quoteKind(quoteText, naming ? `${before} called ` : before, !setOff);
  if (kind === 'scare' && q.entity) return 'partial';
  return kind;
}

/** The model's coarse `resolvedBy` for a quote's `via`. */
export function resolvedByOf(q: AttributedQuote): ResolvedBy {
  switch (q.via) {
    case 'continuation':
      return 'continuation';
    case 'pronoun':
      return 'pronoun';
    case 'nominal':
      return 'role';
    case 'organisation':
      return 'organisation';
    default:
      return 'name';
  }
}

export type { Range };
