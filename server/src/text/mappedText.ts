// Text assembled from pieces of a file (boilerplate dropped, HTML text nodes,
// front matter skipped, Markdown entities decoded) that still knows where each
// character came from.

/**
 * Pieces as flat quadruples (textStart, fileStart, textLength, fileLength): one
 * typed array a text, not an object a line. A piece whose lengths differ is one
 * decoded unit (`&mdash;` → `—`): it maps as a whole, never into its middle.
 */
type Segments = Int32Array;
const WIDTH = 4;

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly toFile: (textOffset: number) => number,
    private readonly toFileEnd: (textOffset: number) => number,
    private readonly fromFile: (fileStart: number, fileEnd: number) => string,
    private readonly afterText: (fileOffset: number) => boolean = () => false,
    /** The segment tables of each layer, the file's first: plain data that rebuilds this map (`fromSegments`). */
    readonly segments: readonly Segments[] = [],
  ) {}

  /** Whether `fileOffset` is just after a character of `text` in the file (not inside an entity, not in markup that is not text): a place text may be inserted. */
  followsText(fileOffset: number): boolean {
    return this.afterText(fileOffset);
  }

  /** Maps an offset in `text` to the file, as the start of a range. Offsets past a piece's end map to that piece's end. */
  fileOffset(textOffset: number): number {
    return this.toFile(textOffset);
  }

  /** Maps an offset in `text` to the file, as the end of a range: just after the file characters of `text[textOffset - 1]`. */
  fileEnd(textOffset: number): number {
    return this.toFileEnd(textOffset);
  }

  /** The characters of `text` that came from file offsets [fileStart, fileEnd), whole decoded units only. */
  textIn(fileStart: number, fileEnd: number): string {
    return this.fromFile(fileStart, fileEnd);
  }

  /** `inner` was cut from `outer.text`; the result maps `inner.text` straight to `outer`'s file. */
  static compose(outer: MappedText, inner: MappedText): MappedText {
    return new MappedText(
      inner.text,
      (offset) => outer.fileOffset(inner.fileOffset(offset)),
      (offset) => outer.fileEnd(inner.fileEnd(offset)),
      // Rarely asked (sources are never edited): a scan, character by character.
      (start, end) => {
        let out = '';
        for (let i = 0; i < inner.text.length; i++) {
          const at = outer.fileOffset(inner.fileOffset(i));
          if (at >= start && outer.fileEnd(inner.fileEnd(i + 1)) <= end) out += inner.text[i];
        }
        return out;
      },
      undefined,
      [...outer.segments, ...inner.segments],
    );
  }

  static builder(): MappedTextBuilder {
    return new MappedTextBuilder((text, segments) => MappedText.layer(text, segments));
  }

  private static layer(text: string, segments: Segments): MappedText {
    return new MappedText(
      text,
      (offset) => segmentOffset(segments, offset, false),
      (offset) => segmentOffset(segments, offset, true),
      (start, end) => textInFile(text, segments, start, end),
      (at) => followsSegmentText(segments, at),
      [segments],
    );
  }

  /** The map `segments` (a MappedText's own `segments`) describe, over `text`: how a text kept on disk finds its file offsets again. */
  static fromSegments(text: string, segments: readonly Segments[]): MappedText {
    if (segments.length === 0) return MappedText.layer(text, new Int32Array(0));
    // Only the innermost layer's text is read; outer layers map offsets.
    let mapped = MappedText.layer(segments.length === 1 ? text : '', segments[0]);
    for (let i = 1; i < segments.length; i++) mapped = MappedText.compose(mapped, MappedText.layer(i === segments.length - 1 ? text : '', segments[i]));
    return mapped;
  }
}

/** The last segment starting at or before `textOffset`, or -1. */
function segmentAt(segs: Segments, textOffset: number): number {
  const count = segs.length / WIDTH;
  let lo = 0;
  let hi = count - 1;
  if (count === 0 || segs[0] > textOffset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid * WIDTH] <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function segmentOffset(segs: Segments, textOffset: number, asEnd: boolean): number {
  if (segs.length === 0) return textOffset;
  // An end maps after the character before it: the segment holding textOffset - 1.
  const probe = asEnd && textOffset > 0 ? textOffset - 1 : textOffset;
  const i = Math.max(segmentAt(segs, probe), 0);
  const textStart = segs[i * WIDTH];
  const fileStart = segs[i * WIDTH + 1];
  const textLength = segs[i * WIDTH + 2];
  const fileLength = segs[i * WIDTH + 3];
  const d = textOffset - textStart;
  if (d <= 0) return fileStart;
  if (d >= textLength) return fileStart + fileLength;
  return textLength === fileLength ? fileStart + d : asEnd ? fileStart + fileLength : fileStart;
}

function followsSegmentText(segs: Segments, at: number): boolean {
  // Segments run forward in the file: the last one starting before `at` is the only candidate.
  let lo = 0;
  let hi = segs.length / WIDTH - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid * WIDTH + 1] < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return false;
  const fileStart = segs[found * WIDTH + 1];
  const same = segs[found * WIDTH + 2] === segs[found * WIDTH + 3];
  const fileEnd = fileStart + segs[found * WIDTH + 3];
  return same ? at <= fileEnd : at === fileEnd;
}

function textInFile(text: string, segs: Segments, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = 0; i < segs.length; i += WIDTH) {
    const textStart = segs[i];
    const fileStart = segs[i + 1];
    const textLength = segs[i + 2];
    const fileLength = segs[i + 3];
    const fileEnd = fileStart + fileLength;
    if (fileEnd <= start || fileStart >= end) continue;
    if (textLength === fileLength) {
      const from = Math.max(start, fileStart) - fileStart;
      const to = Math.min(end, fileEnd) - fileStart;
      parts.push(text.slice(textStart + from, textStart + to));
    } else if (fileStart >= start && fileEnd <= end) {
      parts.push(text.slice(textStart, textStart + textLength));
    }
  }
  return parts.join('');
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private segments: number[] = [];
  private length = 0;

  constructor(private readonly make: (text: string, segments: Segments) => MappedText) {}

  /** Appends `piece`, which stood at `fileStart` in the file, character for character. */
  add(piece: string, fileStart: number): this {
    return this.addDecoded(piece, fileStart, piece.length);
  }

  /** Appends `piece`, decoded from `fileLength` characters at `fileStart` (an entity or an escape). */
  addDecoded(piece: string, fileStart: number, fileLength: number): this {
    if (piece.length === 0) return this;
    const n = this.segments.length;
    // Extend the last piece when this one continues it in both the text and the file.
    if (
      piece.length === fileLength &&
      n > 0 &&
      this.segments[n - 2] === this.segments[n - 1] &&
      this.segments[n - 4] + this.segments[n - 2] === this.length &&
      this.segments[n - 3] + this.segments[n - 1] === fileStart
    ) {
      this.segments[n - 2] += piece.length;
      this.segments[n - 1] += piece.length;
    } else {
      this.segments.push(this.length, fileStart, piece.length, fileLength);
    }
    this.parts.push(piece);
    this.length += piece.length;
    return this;
  }

  /** Appends text that is not in the file (a paragraph break between HTML blocks). */
  addSynthetic(piece: string): this {
    this.parts.push(piece);
    this.length += piece.length;
    return this;
  }

  get currentLength(): number {
    return this.length;
  }

  build(): MappedText {
    return this.make(this.parts.join(''), Int32Array.from(this.segments));
  }
}
