// WebVTT transcripts (Zoom, Microsoft Teams, Google Meet, YouTube, Descript):
// the speaker in a voice tag, `<v Jane Doe>…</v>`, or as `Jane Doe: …` at the
// start of a cue. A cue without a speaker continues the last speaker's turn.
import { readCues } from './cues';
import { cueLabel } from './srt';
import { TranscriptBuilder, formatTime, type ParsedTranscript } from './transcriptBuilder';

const VOICE = /<v(?:\.[\w.-]+)?[ \t]+([^>]+)>/g;
const TAG = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '' };

export function parseWebVtt(text: string): ParsedTranscript {
  const out = new TranscriptBuilder();
  for (const cue of readCues(text)) {
    let time: string | undefined = formatTime(cue.start);
    for (const line of cue.payload) {
      // Pieces between tags, each a run of the line with its own speaker.
      let at = 0;
      let label: string | null = null;
      const pieces: Array<{ from: number; to: number; label: string | null }> = [];
      VOICE.lastIndex = 0;
      for (const v of line.text.matchAll(VOICE)) {
        pieces.push({ from: at, to: v.index!, label });
        label = v[1].trim();
        at = v.index! + v[0].length;
      }
      pieces.push({ from: at, to: line.text.length, label });
      for (const piece of pieces) {
        let from = piece.from;
        let who = piece.label;
        if (!who) {
          const named = cueLabel(line.text.slice(from, piece.to));
          if (named) {
            who = named.label;
            from += named.rest;
          }
        }
        if (who) out.speaker(who);
        for (const run of textRuns(line.text, from, piece.to)) {
          if (out.words(run.text, line.start + run.at, line.line, ' ', time)) time = undefined;
        }
      }
    }
  }
  return out.build();
}

/** The text between tags, entities decoded, each run with its offset in the line. */
function textRuns(line: string, from: number, to: number): Array<{ text: string; at: number }> {
  const runs: Array<{ text: string; at: number }> = [];
  let at = from;
  const slice = line.slice(0, to);
  TAG.lastIndex = from;
  for (let m = TAG.exec(slice); m; m = TAG.exec(slice)) {
    if (m.index > at) runs.push({ text: decode(slice.slice(at, m.index)), at });
    at = m.index + m[0].length;
  }
  if (at < to) runs.push({ text: decode(slice.slice(at, to)), at });
  return runs;
}

/** Entities are rare in transcripts; decoding in place keeps offsets right for all but the entity itself. */
function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|nbsp|lrm|rlm);/g, (e) => ENTITIES[e].padEnd(e.length, ' ').slice(0, e.length));
}
