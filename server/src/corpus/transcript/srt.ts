// SRT subtitles with speakers written in the text: `Jane Doe: …`,
// `[SPEAKER_00]: …` (WhisperX, AWS Transcribe and other diarising tools), or
// broadcast captions' `>> JANE DOE: …`. A cue without a speaker continues the
// last speaker's turn.
import { readCues } from './cues';
import { TranscriptBuilder, formatTime, type ParsedTranscript } from './transcriptBuilder';

const BRACKETED = /^[ \t]*(?:>>[ \t]*|-[ \t]*)?\[([A-Za-z][\w .'-]{0,40})\]:?[ \t]*/;
const NAMED = /^[ \t]*(?:>>[ \t]*|-[ \t]*)?((?:SPEAKER_\d+|Speaker[ _]?\d+|[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})):[ \t]+/u;

/** The speaker's label at the start of a cue's text, and where the words start. */
export function cueLabel(text: string): { label: string; rest: number } | null {
  const m = BRACKETED.exec(text) ?? NAMED.exec(text);
  return m ? { label: m[1].trim(), rest: m[0].length } : null;
}

export function parseSrt(text: string): ParsedTranscript {
  const out = new TranscriptBuilder();
  for (const cue of readCues(text)) {
    let time: string | undefined = formatTime(cue.start);
    for (const line of cue.payload) {
      const named = cueLabel(line.text);
      let from = 0;
      if (named) {
        from = named.rest;
        out.speaker(named.label);
      }
      // SRT allows simple HTML-like styling: <i>, <b>, <font …>.
      const words = line.text.slice(from).replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length));
      if (out.words(words, line.start + from, line.line, ' ', time)) time = undefined;
    }
  }
  return out.build();
}
