// A draft, read the way a copy editor reads it: its quotations (split into the
// fragments that must occur in a source, elisions and [insertions] left out),
// who the draft says spoke each, the citations around each, and the names it uses.
import type { Person, QuoteKind, ResolvedBy } from '../model/types';
import type { CorpusIndex } from '../index/corpusIndex';
import { articleView } from '../corpus/attribution/article';
import { attributeArticle, kindOf, resolvedByOf } from '../corpus/attribution/attribute';
import type { ArticleEntity } from '../corpus/attribution/entities';
import { blockProse } from '../text/blockProse';
import type { HtmlComment } from '../text/markdownProse';
import { paragraphs, sentences, type Range } from '../text/paragraphs';
import { quoteSpans, type QuoteSpan } from '../text/quoteSpans';
import { citationsIn, type Citation } from './citations';

/** A speaker as the draft names them: a person or organisation of the corpus. */
export interface DraftWho {
  name: string;
  type: 'person' | 'organisation';
  person: Person;
  /** The draft spells the name differently from every person of the corpus: this is the nearest one. */
  spelledOff?: boolean;
}

export interface Fragment {
  /** Offsets in the draft's prose text. */
  start: number;
  end: number;
  text: string;
}

export interface DraftQuote {
  span: QuoteSpan;
  text: string;
  kind: QuoteKind;
  fragments: Fragment[];
  speaker: DraftWho | null;
  speakerAt?: Range;
  resolvedBy?: ResolvedBy;
  /** Citations of the quote's sentence, else of its paragraph. */
  citations: Citation[];
  sentence: Range;
  paragraph: Range;
}

export interface DraftName {
  text: string;
  start: number;
  end: number;
}

export interface Draft {
  /** The draft's prose, offsets mapped back to the file. */
  text: string;
  fileOffset(proseOffset: number): number;
  /** Just after the file characters of the prose character before `proseOffset` (after a whole `&mdash;`). */
  fileEnd(proseOffset: number): number;
  /** The prose characters that came from file offsets [fileStart, fileEnd): the words a fix replaces. */
  textIn(fileStart: number, fileEnd: number): string;
  quotes: DraftQuote[];
  citations: Citation[];
  names: DraftName[];
  comments: HtmlComment[];
  /** Paragraphs and headings, in file offsets and in order. */
  blocks: Array<{ start: number; end: number }>;
}

/** `...`, `…`, `[...]`, `[…]` elide; any other [bracketed words] are the writer's, not the speaker's. */
// No `\s*` around it (each piece is trimmed anyway) and no `[` inside brackets: a long run of spaces or of unclosed `[` stays linear.
const GAP = /\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…|\[[^\][]*\]/g;

export function fragmentsOf(text: string, start: number): Fragment[] {
  const out: Fragment[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) out.push({ start: start + from + lead, end: start + from + lead + trimmed.length, text: trimmed });
  };
  for (const m of text.matchAll(GAP)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, text.length);
  return out;
}

/**
 * The draft as the sieves read it: a citation is the writer's, not prose. One that a new sentence follows
 * (`"…?" [@key] David Axelrod called it …`) ends the sentence; any other is blank. Same length, so offsets hold.
 */
function citationsAsPunctuation(text: string, citations: readonly Citation[]): string {
  let out = '';
  let at = 0;
  for (const c of citations) {
    if (c.start < at) continue;
    const sentenceFollows = /^\s*[\p{Lu}"“]/u.test(text.slice(c.end, c.end + 3));
    out += text.slice(at, c.start) + (sentenceFollows ? '.' : ' ') + ' '.repeat(c.end - c.start - 1);
    at = c.end;
  }
  return out + text.slice(at);
}

export function readDraft(fileText: string, index: CorpusIndex): Draft {
  // Block by block, each block's reading kept: a keystroke re-parses only the blocks it touched.
  const { prose, htmlComments, blocks } = blockProse(fileText);
  const text = prose.text;
  const paras = paragraphs(text, { splitOnSingleNewlines: false });
  const spans = paras.map((p) => quoteSpans(text, p));

  // The draft is read by the same sieves as the sources; a name the corpus knows is evidence that a run is a person.
  // Citation syntax counts only where the file writes it as the prose reads it: `\@key` is an escaped @, no citation.
  const writtenAsIs = (from: number, to: number) => prose.fileEnd(to) - prose.fileOffset(from) === to - from && fileText.startsWith(text.slice(from, to), prose.fileOffset(from));
  const citations = paras.flatMap((p) => citationsIn(text, p, writtenAsIs));
  const view = articleView(citationsAsPunctuation(text, citations), paras, spans);
  const { entities, quotes: attributions } = attributeArticle(view, (name) => index.people.exact(name) !== undefined);
  const whoOf = (person: Person): DraftWho => ({ name: person.name, type: person.type, person });
  const names: DraftName[] = [];
  for (const m of entities.mentions) {
    if (m.entity.type === 'person') names.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  /** A draft entity → the corpus person it names: the name as written, else a near miss of it; a role only when one person holds it. */
  const personOf = (entity: ArticleEntity, via: string | undefined): DraftWho | null => {
    if (via === 'nominal') {
      const role = entity.roles[0];
      const person = role ? index.people.byRole(role, index.countryOf) : undefined;
      return person ? whoOf(person) : null;
    }
    const person = index.people.exact(entity.name) ?? index.people.exact(entity.surname);
    if (person) return whoOf(person);
    // A name the corpus only nearly knows ("Ban" → Douglas Band?) is a guess at who is meant, never grounds for an accusation.
    const near = index.people.nearMiss(entity.name)?.person;
    return near ? { ...whoOf(near), spelledOff: true } : null;
  };

  const quotes: DraftQuote[] = [];
  let p = 0;
  // Sentences and citations once per paragraph, not once per quote: 2,000 quotes in a paragraph made that quadratic.
  let cachedFor = -1;
  let paraSentences: ReturnType<typeof sentences> = [];
  let inParagraph: Citation[] = [];
  let nearParagraph: Citation[] = [];
  for (const a of attributions) {
    while (paras[p].end < a.span.open) p++;
    const speaker = a.entity ? personOf(a.entity, a.via) : null;
    const para = paras[p];
    if (cachedFor !== p) {
      const pi = p;
      const inside = (o: number) => spans[pi].some((s) => o > s.open && o < (s.close < 0 ? para.end : s.close));
      paraSentences = sentences(text, para, inside);
      nearParagraph = citations.filter((c) => c.start >= para.start && c.start <= para.end + 2);
      inParagraph = nearParagraph.filter((c) => c.start <= para.end);
      cachedFor = p;
    }
    const sentence = paraSentences.find((s) => a.span.open >= s.start && a.span.open < s.end) ?? para;
    const inSentence = nearParagraph.filter((c) => c.start >= sentence.start && c.start <= sentence.end + 2);
    const quoteText = text.slice(a.span.textStart, a.span.textEnd);
    quotes.push({
      span: a.span,
      text: quoteText,
      kind: kindOf(view, a),
      fragments: fragmentsOf(quoteText, a.span.textStart),
      speaker,
      speakerAt: speaker ? a.at : undefined,
      resolvedBy: speaker ? resolvedByOf(a) : undefined,
      citations: inSentence.length ? inSentence : inParagraph,
      sentence,
      paragraph: para,
    });
  }
  return { text, fileOffset: (o) => prose.fileOffset(o), fileEnd: (o) => prose.fileEnd(o), textIn: (a, b) => prose.textIn(a, b), quotes, citations, names, comments: htmlComments, blocks };
}
