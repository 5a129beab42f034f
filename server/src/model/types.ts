// The corpus model: what the sources say, who said it, and where.
// Offsets are UTF-16 code-unit offsets into the source *file*, so a client can
// open the file at the passage without re-reading our stripped body.

export type QuoteKind = 'full' | 'partial' | 'scare';

/** How the speaker of a quote was decided. */
export type ResolvedBy =
  | 'name' // a name in the attribution clause ("Aliyev said")
  | 'pronoun' // "he told Bayramov": the last fitting named subject
  | 'role' // "the prime minister said": a role resolved to a person
  | 'organisation' // "the ministry said in a statement"
  | 'continuation' // a quote paragraph with no cue of its own
  | 'sentence-subject'; // a partial quote inside a sentence whose subject speaks

export interface Source {
  /** Citation key, `[@key]`: front matter `id:` or the file name without extension. */
  key: string;
  path: string;
  format: 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'vtt' | 'srt';
  title?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  outlet?: string;
  author?: string;
  url?: string;
  /** Body with boilerplate stripped. */
  text: string;
  /** Maps an offset in `text` to an offset in the file (for PDF and Word files, in the text extracted from it). */
  fileOffset(textOffset: number): number;
  /** PDF: the offset in `text` where each page starts, page 1 first. */
  pageStarts?: number[];
  /** Set when the source is a transcript: its speakers' turns. */
  transcript?: Transcript;
}

/** One speaker's turn in a transcript: it runs from the speaker's label to the next label. */
export interface TranscriptTurn {
  /** The label as the transcript writes it: TRUMP, Q, Speaker 1, SPEAKER_00, Jane Doe. */
  label: string;
  /** Offsets of the turn's words in the source body (labels, stage notes and times left out). */
  textStart: number;
  textEnd: number;
}

/** Where a body offset was said: the file's line and, when the transcript has times, the time. */
export interface TranscriptMark {
  at: number;
  line: number;
  time?: string;
}

export interface Transcript {
  turns: TranscriptTurn[];
  /** Label → name, from the file's front matter or verbatim.json. */
  speakers: Record<string, string>;
  /** In body order: one mark per line of speech (and per timed cue). */
  marks: TranscriptMark[];
}

export interface Speaker {
  name: string;
  type: 'person' | 'organisation';
}

export interface Quote {
  id: number;
  sourceKey: string;
  /** The exact text between the marks. */
  text: string;
  /** Offsets of `text` in the source body. */
  textStart: number;
  textEnd: number;
  /** Offsets of `text` in the source file. */
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** Why there is no speaker, when there is none. */
  noSpeakerReason?: string;
  /** The reporting verb or phrase that decided the speaker: said, told, according to… */
  cue?: string;
  resolvedBy?: ResolvedBy;
  /** The attribution rule (sieve) that decided the speaker, or decided to abstain. */
  sieve?: string;
  /** 'explicit': the quote's own sentence names the speaker (name, role or organisation in its cue clause); 'inferred': a pronoun, a description or a continuation decided it. */
  confidence?: 'explicit' | 'inferred';
  /** The quote ran to the end of its paragraph without a closing mark. */
  openEnded?: boolean;
}

export interface RoleMention {
  role: string;
  sourceKey: string;
  date?: string;
}

export interface Spelling {
  text: string;
  count: number;
  /** A rare near-duplicate of a frequent name: recorded, not made a new person. */
  probableMisspelling?: boolean;
}

export interface Mention {
  sourceKey: string;
  /** Offsets in the source body. */
  textStart: number;
  textEnd: number;
  text: string;
}

export interface Person {
  name: string;
  type: 'person' | 'organisation';
  /** Every way the corpus refers to this person, the canonical name included. */
  aliases: string[];
  spellings: Spelling[];
  roles: RoleMention[];
  mentions: Mention[];
  quoteIds: number[];
}

/** A file that could not be read into a source, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface CorpusModel {
  sources: Source[];
  quotes: Quote[];
  people: Person[];
  skipped: SkippedFile[];
  /** Country adjectives the corpus uses, to their country: Azerbaijani → Azerbaijan. */
  demonyms: Map<string, string>;
}
