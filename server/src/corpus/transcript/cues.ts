// Timed subtitle cues, the shape WebVTT and SRT share: blocks separated by
// blank lines, each with an optional id, a `start --> end` timing line, and
// the payload lines. Who speaks is written in the payload, per format.

const TIMING = /^[ \t]*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}/;

export interface CueLine {
  /** Offset of the line in the file. */
  start: number;
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface Cue {
  start: string;
  payload: CueLine[];
}

export function isTimingLine(line: string): boolean {
  return TIMING.test(line);
}

/** Every block with a timing line, in file order; other blocks (WEBVTT header, NOTE, STYLE) are skipped. */
export function readCues(text: string): Cue[] {
  const cues: Cue[] = [];
  let current: Cue | null = null;
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const line = text.slice(start, nl).replace(/\r$/, '');
    lineNo++;
    if (!line.trim()) current = null;
    else if (current) current.payload.push({ start, text: line, line: lineNo });
    else {
      const timing = TIMING.exec(line);
      if (timing) cues.push((current = { start: timing[1], payload: [] }));
    }
    start = nl + 1;
  }
  return cues;
}

/** A share of a file's first lines that are cue timings: enough to read it as subtitles whatever its extension. */
export function looksLikeCues(text: string): boolean {
  const head = text.slice(0, 4000).split('\n');
  return /^\uFEFF?WEBVTT\b/.test(text) || head.filter(isTimingLine).length >= 3;
}
