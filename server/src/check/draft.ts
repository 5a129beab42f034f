// A draft, read the way a copy editor reads it: its quotations (split into the
// fragments that must occur in a source, elisions and [insertions] left out),
// who the draft says spoke each, the citations around each, and the names it uses.
import type { Person, QuoteKind, ResolvedBy } from '../model/types';
import type { CorpusIndex } from '../index/corpusIndex';
import { attributeQuotes, type ResolvedMention, type Who } from '../corpus/attribution';
import { scanNames } from '../corpus/nameScanner';
import { markdownProse, type HtmlComment } from '../text/markdownProse';
import { paragraphs, sentences, type Range } from '../text/paragraphs';
import { quoteSpans, type QuoteSpan } from '../text/quoteSpans';
import { commonWordTest } from '../text/wordOccurs';
import { citationsIn, type Citation } from './citations';

/** A speaker as the draft names them: a person or organisation of the corpus. */
export interface DraftWho extends Who {
  person: Person;
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
  quotes: DraftQuote[];
  citations: Citation[];
  names: DraftName[];
  comments: HtmlComment[];
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

export function readDraft(fileText: string, index: CorpusIndex): Draft {
  const { prose, htmlComments } = markdownProse(fileText);
  const text = prose.text;
  const paras = paragraphs(text, { splitOnSingleNewlines: false });
  const spans = paras.map((p) => quoteSpans(text, p));
  const isCommon = commonWordTest(text);

  // Names the draft uses, resolved to the corpus's people (near misses to the person meant).
  const names: DraftName[] = [];
  const mentions: ResolvedMention<DraftWho>[] = [];
  // Only the paragraph's own quotes can hold an offset in it.
  const inQuote = (pi: number, offset: number) => spans[pi].some((s) => offset >= s.textStart && offset < s.textEnd);
  const whoOf = (person: Person): DraftWho => ({ name: person.name, type: person.type, person });
  const organisations = index.model.people.filter((x) => x.type === 'organisation');
  for (const [pi, p] of paras.entries()) {
    const scan = scanNames(text, p.start, p.end, isCommon);
    for (const hit of [...scan.full, ...scan.single]) {
      const name = hit.tokens.join(' ');
      names.push({ text: name, start: hit.start, end: hit.end });
      const person = index.people.exact(name) ?? index.people.nearMiss(name)?.person;
      if (person && !inQuote(pi, hit.start)) mentions.push({ start: hit.start, end: hit.end, runStart: hit.runStart, who: whoOf(person) });
    }
    // Searched in the paragraph alone: searching on to the end of the text, for every paragraph, was quadratic.
    const paraText = text.slice(p.start, p.end);
    for (const org of organisations) {
      for (let i = paraText.indexOf(org.name); i >= 0; i = paraText.indexOf(org.name, i + 1)) {
        const at = p.start + i;
        if (!inQuote(pi, at)) mentions.push({ start: at, end: at + org.name.length, runStart: at, who: whoOf(org) });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);

  const attributions = attributeQuotes<DraftWho>({
    text,
    paragraphs: paras,
    spans,
    mentions,
    resolveRole: (phrase) => {
      const person = index.people.byRole(phrase, index.countryOf);
      return person ? whoOf(person) : undefined;
    },
    surnameSpeaker: (word) => {
      const person = index.people.exact(word);
      return person ? whoOf(person) : undefined;
    },
    organisationNamed: (name) => {
      const org = index.people.exact(name);
      return org ? whoOf(org) : undefined;
    },
  });

  const citations = paras.flatMap((p) => citationsIn(text, p));
  const quotes: DraftQuote[] = [];
  let p = 0;
  // Sentences and citations once per paragraph, not once per quote: 2,000 quotes in a paragraph made that quadratic.
  let cachedFor = -1;
  let paraSentences: ReturnType<typeof sentences> = [];
  let inParagraph: Citation[] = [];
  let nearParagraph: Citation[] = [];
  for (const a of attributions) {
    while (paras[p].end < a.span.open) p++;
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
      kind: a.kind,
      fragments: fragmentsOf(quoteText, a.span.textStart),
      speaker: a.speaker,
      speakerAt: a.speakerAt,
      resolvedBy: a.resolvedBy,
      citations: inSentence.length ? inSentence : inParagraph,
      sentence,
      paragraph: para,
    });
  }
  return { text, fileOffset: (o) => prose.fileOffset(o), quotes, citations, names, comments: htmlComments };
}
