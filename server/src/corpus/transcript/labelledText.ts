// Speaker-labelled plain text, the shape transcripts of debates, hearings and
// interviews take when exported as text:
//   TRUMP: Well, I actually agree with that.        (a label in capitals)
//   Q: …  /  A: …                                    (question and answer)
//   Speaker 1 (00:12:31): …                          (Rev, Descript, Trint)
//   [00:12:31] SPEAKER_00: …                          (WhisperX and friends)
//   Jane Doe  0:02                                    (Otter: the label and time
//   The turn's words on the lines after.               alone on a line)
// A turn runs across lines until the next label. Lines that are only stage
// notes, `(APPLAUSE)`, are nobody's words.
import { TranscriptBuilder, formatTime, type ParsedTranscript } from './transcriptBuilder';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?`;
const CAPS = String.raw`[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}`;
const GENERIC = String.raw`Q|A|Speaker[ _]?\d+|SPEAKER_\d+|Interviewer|Interviewee|Moderator|Unknown Speaker`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|bin|al)){0,3}`;

/** `LABEL: words`, `LABEL (time): words`, `[time] LABEL: words`; Markdown bold around the label allowed. */
const COLON_LINE = new RegExp(
  String.raw`^[ \t]*(?:[[(]?(${TIME})[\])]?[ \t]+)?(?:\*\*|__)?(${CAPS}|${GENERIC}|${NAME})(?:[ \t]*[[(](${TIME})[\])])?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+|$)`,
  'u',
);
/** Otter's `Jane Doe  0:02` alone on a line. */
const OTTER_LINE = new RegExp(String.raw`^[ \t]*(${GENERIC}|${NAME}|${CAPS})[ \t]+(${TIME})[ \t]*$`, 'u');
const GENERIC_ONLY = new RegExp(String.raw`^(?:${GENERIC})$`);
const CAPS_ONLY = new RegExp(String.raw`^(?:${CAPS})$`);

interface LabelLine {
  label: string;
  /** Offset in the line where the turn's words start (the line's length when they start on the next line). */
  rest: number;
  time?: string;
  /** A mixed-case name before a colon: a label only in a file that is a transcript for other reasons. */
  weak: boolean;
}

function labelLine(line: string): LabelLine | null {
  const otter = OTTER_LINE.exec(line);
  if (otter) return { label: otter[1], rest: line.length, time: formatTime(otter[2]), weak: false };
  const m = COLON_LINE.exec(line);
  if (!m) return null;
  const label = m[2];
  const time = m[1] ?? m[3];
  // Words that end with a colon in prose ("Note:", "Update:") are not speakers; a time or capitals make it a label.
  const weak = !time && !GENERIC_ONLY.test(label) && !CAPS_ONLY.test(label);
  if (CAPS_ONLY.test(label) && label.length === 1 && label !== 'Q' && label !== 'A') return null;
  return { label, rest: m[0].length, ...(time ? { time: formatTime(time) } : {}), weak };
}

interface Line {
  start: number;
  text: string;
  label: LabelLine | null;
}

function lines(text: string, from: number): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const lineText = text.slice(start, nl).replace(/\r$/, '');
    out.push({ start, text: lineText, label: lineText.trim() ? labelLine(lineText) : null });
    start = nl + 1;
  }
  return out;
}

/**
 * Whether the text is shaped like a transcript: several lines open with a
 * speaker's label, a few labels recur, and labelled lines are a fair share of
 * the text. News articles, even ones with `Name: "…"` paragraphs, are not.
 */
export function looksLikeLabelledTranscript(text: string, from = 0): boolean {
  const all = lines(text, from);
  const nonEmpty = all.filter((l) => l.text.trim()).length;
  const strong = all.filter((l) => l.label && !l.label.weak && !/^\s*["“]/.test(l.text.slice(l.label.rest)));
  if (strong.length < 4) return false;
  const counts = new Map<string, number>();
  for (const l of strong) counts.set(l.label!.label, (counts.get(l.label!.label) ?? 0) + 1);
  const recurring = [...counts.values()].filter((n) => n >= 2).length;
  return counts.size >= 2 && recurring >= 1 && counts.size <= 24 && strong.length >= nonEmpty * 0.1;
}

/**
 * Reads speaker-labelled text from `from` (after any front matter). Mixed-case
 * `Name:` labels count when the file is declared a transcript, or when the
 * name recurs as a label, as in an interview exported with real names.
 */
export function parseLabelledTranscript(text: string, from = 0, declared = false): ParsedTranscript {
  const all = lines(text, from);
  const weakCounts = new Map<string, number>();
  for (const l of all) if (l.label?.weak) weakCounts.set(l.label.label, (weakCounts.get(l.label.label) ?? 0) + 1);
  const isLabel = (l: Line) => !!l.label && (!l.label.weak || declared || (weakCounts.get(l.label.label) ?? 0) >= 2);
  const out = new TranscriptBuilder();
  let lineNo = text.slice(0, from).split('\n').length - 1;
  // Otter puts the time on the label's own line: it belongs to the words on the next.
  let time: string | undefined;
  for (const l of all) {
    lineNo++;
    if (!l.text.trim()) continue;
    let wordsFrom = 0;
    if (isLabel(l)) {
      out.startTurn(l.label!.label);
      wordsFrom = l.label!.rest;
      time = l.label!.time;
    }
    if (out.words(l.text.slice(wordsFrom), l.start + wordsFrom, lineNo, '\n', time)) time = undefined;
  }
  return out.build();
}
