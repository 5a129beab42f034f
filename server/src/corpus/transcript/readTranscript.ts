// Whether a corpus file is a transcript, and its turns if so. A transcript is
// known by its extension (.vtt, .srt), by its front matter (`transcript: true`,
// `type: transcript`, or a `speakers:` map), or by its shape: subtitle cues, or
// lines that open with speakers' labels.
import type { Transcript } from '../../model/types';
import { looksLikeCues } from './cues';
import { looksLikeLabelledTranscript, parseLabelledTranscript } from './labelledText';
import { parseSrt } from './srt';
import type { ParsedTranscript } from './transcriptBuilder';
import { parseWebVtt } from './webVtt';

export interface TranscriptRead extends ParsedTranscript {
  speakers: Record<string, string>;
}

/** `speakers: {SPEAKER_00: Jane Doe, Speaker 2: Bob Ray}` from front matter or verbatim.json; anything else is ignored. */
export function speakerMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [label, name] of Object.entries(value as Record<string, unknown>)) {
    if (typeof name === 'string' && name.trim()) out[label.trim()] = name.trim();
  }
  return out;
}

export function declaresTranscript(frontMatter: Record<string, unknown>): boolean {
  const type = frontMatter.type;
  return frontMatter.transcript === true || (typeof type === 'string' && /^(?:transcript|interview|debate|hearing)$/i.test(type)) || Object.keys(speakerMap(frontMatter.speakers)).length > 0;
}

/**
 * Reads `text` (from offset `from`, past any front matter) as a transcript, or
 * returns null when it is not one. `declared`: the front matter says it is.
 */
export function readTranscript(extension: string, text: string, from: number, frontMatter: Record<string, unknown>): TranscriptRead | null {
  const speakers = speakerMap(frontMatter.speakers);
  const declared = declaresTranscript(frontMatter);
  let parsed: ParsedTranscript | null = null;
  // Subtitles are read whole: a front matter block has no cue timing, so it is skipped like a NOTE.
  const body = text.slice(from);
  if (extension === '.vtt' || (extension !== '.srt' && /^\uFEFF?WEBVTT\b/.test(body))) parsed = parseWebVtt(text);
  else if (extension === '.srt' || looksLikeCues(body)) parsed = parseSrt(text);
  else if (declared || looksLikeLabelledTranscript(text, from)) parsed = parseLabelledTranscript(text, from, declared);
  if (!parsed || (parsed.turns.length === 0 && !declared && extension !== '.vtt' && extension !== '.srt')) return null;
  return { ...parsed, speakers };
}

export function toTranscript(read: TranscriptRead): Transcript {
  return { turns: read.turns, speakers: read.speakers, marks: read.marks };
}

/** A file read as a transcript, with its front matter; null when the file is not one. */
export function transcriptOfFile(extension: string, fileText: string, readFrontMatter: (text: string) => { data: Record<string, unknown>; bodyStart: number }): { read: TranscriptRead; frontMatter: Record<string, unknown> } | null {
  const fm = /^---[ \t]*\r?\n/.test(fileText) ? readFrontMatter(fileText) : { data: {}, bodyStart: 0 };
  const read = readTranscript(extension, fileText, fm.bodyStart, fm.data);
  return read ? { read, frontMatter: fm.data } : null;
}
