// Assembles a transcript's body from the words of its turns: labels, stage
// notes and times are left out, every character still knows where it stood in
// the file, and each line of speech records its line (and time) for locators.
import type { TranscriptMark, TranscriptTurn } from '../../model/types';
import { MappedText } from '../../text/mappedText';

export interface ParsedTranscript {
  body: MappedText;
  turns: TranscriptTurn[];
  marks: TranscriptMark[];
}

/**
 * Nobody's words: `(APPLAUSE)`, `(CROSSTALK)`, `[LAUGHTER]`, `[inaudible]`,
 * `(BEGIN VIDEO CLIP)`, and times such as `[00:12:31]` written inside a line.
 */
const NOT_SPEECH =
  /[([](?:[A-Z][A-Z0-9 .,'’-]*|inaudible|unintelligible|crosstalk|cross-talk|overlapping|overlapping speech|laughs?|laughter|applause|music|silence|pause|sighs?|coughs?|indiscernible|blank_audio|foreign)[)\]]|[([]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[)\]]/g;

export class TranscriptBuilder {
  private readonly text = MappedText.builder();
  private readonly turns: TranscriptTurn[] = [];
  private readonly marks: TranscriptMark[] = [];
  private open: { label: string; textStart: number } | null = null;
  /** Whether anything was written since the last turn or paragraph opened. */
  private written = false;

  /** The next words belong to `label`, up to the next turn. */
  startTurn(label: string): void {
    this.endTurn();
    this.breakParagraph();
    this.open = { label, textStart: this.text.currentLength };
  }

  /** A subtitle cue names its speaker: a new turn only when the speaker changes. */
  speaker(label: string): void {
    if (this.open?.label !== label) this.startTurn(label);
  }

  /** Ends the current turn: what follows is nobody's (a heading, the end of the file). */
  endTurn(): void {
    if (this.open) {
      const end = this.trimmedEnd();
      if (end > this.open.textStart) this.turns.push({ label: this.open.label, textStart: this.open.textStart, textEnd: end });
      this.open = null;
    }
  }

  /**
   * Words at `fileStart` in the file, on file line `line` (1-based). `join` is
   * what separates them from the words before in the same turn: a new line of
   * speech, or a space (a subtitle cue that continues the sentence).
   */
  words(piece: string, fileStart: number, line: number, join: '\n' | ' ', time?: string): boolean {
    let at = 0;
    let first = true;
    const add = (from: number, to: number) => {
      const raw = piece.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) return;
      if (this.written) this.text.addSynthetic(first ? join : ' ');
      if (first) this.marks.push({ at: this.text.currentLength, line, ...(time ? { time } : {}) });
      first = false;
      this.text.add(trimmed, fileStart + from + lead);
      this.written = true;
    };
    NOT_SPEECH.lastIndex = 0;
    for (const m of piece.matchAll(NOT_SPEECH)) {
      add(at, m.index!);
      at = m.index! + m[0].length;
    }
    add(at, piece.length);
    return !first;
  }

  /** A blank line in the body: between turns, and around words that are nobody's. */
  breakParagraph(): void {
    if (this.written) this.text.addSynthetic('\n\n');
    this.written = false;
  }

  build(): ParsedTranscript {
    this.endTurn();
    return { body: this.text.build(), turns: this.turns, marks: this.marks };
  }

  private trimmedEnd(): number {
    return this.text.currentLength - (this.written ? 0 : 2);
  }
}

/** `00:12:31.500` → `00:12:31`; `0:02` stays. */
export function formatTime(raw: string): string {
  return raw.replace(/[.,]\d+$/, '');
}
