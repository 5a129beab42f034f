// Guards the stdio stream of LSP messages. A client that breaks the framing
// (a Content-Length that lies, a header without a colon, garbage) would leave
// the JSON-RPC reader waiting forever for a message that never ends: a live
// server that never answers. This check ends the process instead, non-zero,
// so the editor restarts it.
import { Transform, type TransformCallback } from 'node:stream';

/** No header block is this long: a client that sends more is not speaking LSP. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Larger than any draft a writer edits (a 64 MB didOpen); a bigger length is a lie. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

export class FramingError extends Error {}

/** Passes well-framed messages through unchanged; raises FramingError on the first bad one. */
export class FramingGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of body still expected, or -1 while reading a header. */
  private bodyLeft = -1;
  private body: Buffer[] = [];

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
      this.drain();
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    // A stream that ends mid-message ended anyway: the reader closes on 'end'.
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLeft < 0) {
        const end = this.pending.indexOf(HEADER_END);
        if (end < 0) {
          if (this.pending.length > MAX_HEADER_BYTES) throw new FramingError(`no end of header after ${this.pending.length} bytes`);
          return;
        }
        if (end > MAX_HEADER_BYTES) throw new FramingError(`a header of ${end} bytes`);
        const header = this.pending.subarray(0, end + HEADER_END.length);
        this.bodyLeft = contentLength(header.subarray(0, end).toString('ascii'));
        this.push(header);
        this.pending = this.pending.subarray(end + HEADER_END.length);
        this.body = [];
      }
      const take = Math.min(this.bodyLeft, this.pending.length);
      if (take > 0) {
        this.body.push(this.pending.subarray(0, take));
        this.pending = this.pending.subarray(take);
        this.bodyLeft -= take;
      }
      if (this.bodyLeft > 0) return;
      const body = Buffer.concat(this.body);
      // A length that is short cuts the JSON; one that is long swallows the next header: either way, not JSON.
      try {
        JSON.parse(body.toString('utf8'));
      } catch {
        throw new FramingError(`a message body of ${body.length} bytes that is not JSON (does Content-Length match the body?)`);
      }
      this.push(body);
      this.bodyLeft = -1;
      this.body = [];
      if (this.pending.length === 0) return;
    }
  }
}

function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new FramingError(`a header line without a colon: ${JSON.stringify(line.slice(0, 80))}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d{1,10}$/.test(value)) throw new FramingError(`Content-Length is not a length: ${JSON.stringify(value.slice(0, 40))}`);
      length = Number(value);
      if (length > MAX_MESSAGE_BYTES) throw new FramingError(`Content-Length ${length} is over the ${MAX_MESSAGE_BYTES} byte limit`);
    }
  }
  if (length === undefined) throw new FramingError('a header without Content-Length');
  return length;
}
