// Text assembled from pieces of a file (boilerplate dropped, HTML text nodes,
// front matter skipped) that still knows where each character came from.

/** Pieces as flat triples (textStart, fileStart, length): one typed array a text, not an object a line. */
type Segments = Int32Array;

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly toFile: (textOffset: number) => number,
  ) {}

  /** Maps an offset in `text` to the file. Offsets past a piece's end map to that piece's end. */
  fileOffset(textOffset: number): number {
    return this.toFile(textOffset);
  }

  /** `inner` was cut from `outer.text`; the result maps `inner.text` straight to `outer`'s file. */
  static compose(outer: MappedText, inner: MappedText): MappedText {
    return new MappedText(inner.text, (offset) => outer.fileOffset(inner.fileOffset(offset)));
  }

  static builder(): MappedTextBuilder {
    return new MappedTextBuilder((text, segments) => new MappedText(text, (offset) => segmentOffset(segments, offset)));
  }
}

function segmentOffset(segs: Segments, textOffset: number): number {
  const count = segs.length / 3;
  if (count === 0) return textOffset;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid * 3] <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const textStart = segs[lo * 3];
  const fileStart = segs[lo * 3 + 1];
  const length = segs[lo * 3 + 2];
  return fileStart + Math.min(Math.max(textOffset - textStart, 0), length);
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private segments: number[] = [];
  private length = 0;

  constructor(private readonly make: (text: string, segments: Segments) => MappedText) {}

  /** Appends `piece`, which stood at `fileStart` in the file. */
  add(piece: string, fileStart: number): this {
    if (piece.length === 0) return this;
    this.segments.push(this.length, fileStart, piece.length);
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
