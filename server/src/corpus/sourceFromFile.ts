// One corpus file → one Source: key, metadata and the stripped body.
import * as path from 'node:path';
import type { Source, Transcript } from '../model/types';
import { MappedText } from '../text/mappedText';
import { markdownProse } from '../text/markdownProse';
import { findDate } from '../text/dates';
import { paragraphs, sentences } from '../text/paragraphs';
import { stripBoilerplate } from './boilerplate';
import { readFrontMatter, stringField } from './frontMatter';
import { htmlText } from './htmlText';
import { splitPages } from './pdfText';
import { toTranscript, transcriptOfFile } from './transcript/readTranscript';

export const SOURCE_EXTENSIONS: Record<string, Source['format']> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  // Read by readDocument.ts into text first.
  '.pdf': 'pdf',
  '.docx': 'docx',
  // Subtitles: transcripts with times.
  '.vtt': 'vtt',
  '.srt': 'srt',
};

export function sourceFormat(filePath: string): Source['format'] | undefined {
  return SOURCE_EXTENSIONS[path.extname(filePath).toLowerCase()];
}

export interface SourceRead {
  source: Source;
  /** Offsets in `source.text` of the headline paragraph, when the body opens with one. */
  headline?: { start: number; end: number };
  warnings: string[];
  /** Plain data that rebuilds `source.fileOffset` (MappedText.fromSegments): a source kept on disk keeps its file offsets. */
  offsets: readonly Int32Array[];
}

export function sourceFromFile(filePath: string, fileText: string): SourceRead {
  const format = sourceFormat(filePath) ?? 'txt';
  const warnings: string[] = [];
  let body: MappedText;
  let title: string | undefined;
  let date: string | undefined;
  let outlet: string | undefined;
  let author: string | undefined;
  let url: string | undefined;
  let key = path.basename(filePath, path.extname(filePath));
  let pageStarts: number[] | undefined;
  let transcript: Transcript | undefined;
  // A PDF's text comes with its pages apart (pdfText.ts).
  if (format === 'pdf') ({ text: fileText, pageStarts } = splitPages(fileText));
  const asTranscript = format === 'html' ? null : transcriptOfFile(path.extname(filePath).toLowerCase(), fileText, readFrontMatter);

  if (asTranscript) {
    // Speakers' turns (transcript/): labels, stage notes and times are nobody's words.
    const fm = asTranscript.frontMatter;
    body = asTranscript.read.body;
    transcript = toTranscript(asTranscript.read);
    key = stringField(fm, 'id', 'key', 'citekey') ?? key;
    title = stringField(fm, 'title');
    date = findDate(stringField(fm, 'date', 'published', 'issued') ?? '') ?? findDate(key);
    outlet = stringField(fm, 'outlet', 'publisher', 'container-title', 'source', 'site');
    author = stringField(fm, 'author', 'authors', 'byline');
    url = stringField(fm, 'url', 'link');
  } else if (format === 'html') {
    const html = htmlText(fileText);
    const stripped = stripBoilerplate(html.body.text);
    body = MappedText.compose(html.body, stripped.body);
    title = html.meta['og:title'] ?? html.title;
    date = findDate(html.meta['article:published_time'] ?? html.meta['date'] ?? '') ?? stripped.meta.date;
    outlet = html.meta['og:site_name'] ?? stripped.meta.outlet;
    author = html.meta['author'] ?? html.meta['article:author'] ?? stripped.meta.author;
    url = html.meta['og:url'];
  } else if (format === 'md') {
    const fm = readFrontMatter(fileText);
    if (fm.error) warnings.push(fm.error);
    const prose = markdownProse(fileText);
    const stripped = stripBoilerplate(prose.prose.text);
    body = MappedText.compose(prose.prose, stripped.body);
    key = stringField(fm.data, 'id', 'key', 'citekey') ?? key;
    title = stringField(fm.data, 'title');
    date = findDate(stringField(fm.data, 'date', 'published', 'issued') ?? '') ?? stripped.meta.date;
    outlet = stringField(fm.data, 'outlet', 'publisher', 'container-title', 'source', 'site');
    author = stringField(fm.data, 'author', 'authors', 'byline') ?? stripped.meta.author;
    url = stringField(fm.data, 'url', 'link');
    outlet ??= stripped.meta.outlet;
  } else {
    const stripped = stripBoilerplate(fileText);
    body = stripped.body;
    ({ date, outlet, author } = stripped.meta);
  }

  const paras = paragraphs(body.text);
  const first = paras[0];
  let headline: SourceRead['headline'];
  if (first && !(transcript?.turns[0] && transcript.turns[0].textStart <= first.start) && looksLikeHeadline(body.text.slice(first.start, first.end))) {
    headline = first;
    title ??= body.text.slice(first.start, first.end).replace(/\s+/g, ' ');
  }
  // A news article with no headline: its opening sentence, shortened, is what a reader would call it.
  // A transcript's first words ("Good evening from Hofstra University…") are no title.
  if (!title && first && !transcript) title = leadTitle(body.text.slice(...firstSentence(body.text, first)));
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*$/u.test(key)) {
    const safe = key.replace(/[^\p{L}\p{N}_:.#$%&\-+?<>~/]+/gu, '-').replace(/^[^\p{L}\p{N}_]+/u, '') || 'source';
    warnings.push(`"${key}" cannot be a Pandoc citation key; using "${safe}"`);
    key = safe;
  }

  const source: Source = {
    key,
    path: filePath,
    format,
    title,
    date,
    outlet,
    author,
    url,
    text: body.text,
    fileOffset: (offset) => body.fileOffset(offset),
    ...(pageStarts && pageStarts.length > 1 ? { pageStarts } : {}),
    ...(transcript ? { transcript } : {}),
  };
  return { source, headline, warnings, offsets: body.segments };
}

function firstSentence(text: string, paragraph: { start: number; end: number }): [number, number] {
  const s = sentences(text, paragraph)[0];
  return [s.start, s.end];
}

const TITLE_MAX = 100;
/** Words a shortened title should not end on. */
const DANGLING = /\s+(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|that|who|which|his|her|its|their)$/i;

/**
 * A title made from an article's opening sentence: the whole sentence without its
 * full stop when it is short, else cut at a clause (a comma, a dash) or a word
 * boundary before `TITLE_MAX` characters, with an ellipsis.
 */
export function leadTitle(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= TITLE_MAX) return s.replace(/\.$/, '');
  const head = s.slice(0, TITLE_MAX + 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  let cut = clause >= TITLE_MAX / 2 ? head.slice(0, clause) : head.slice(0, head.lastIndexOf(' '));
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, '');
  return `${cut.replace(/[,;:–—-]+$/, '')}…`;
}

function looksLikeHeadline(paragraph: string): boolean {
  return paragraph.length < 200 && !/\n/.test(paragraph.trim()) && !/[.!?:]["”’]?\s*$/.test(paragraph) && !/\(.+\)\s*[–—-]/.test(paragraph);
}
