// A file of named sections (typed arrays, string lists, small structured
// values) behind a one-line JSON header: the layout of the corpus snapshot.
// Typed arrays are kept as their raw bytes and read straight into the arrays
// that are used; strings are decoded from a small reused buffer. Memory touched
// for the first time is what a warm start pays most for (on the 2-core bench
// machine, about 5 ms a MiB), so nothing is read twice or held in a copy. The
// header names the format, its version and the engine, and each section carries
// a CRC-32, checked before the section is used: a damaged, foreign or
// other-engine file is refused with the reason, never read.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import * as v8 from 'node:v8';
import { crc32 } from 'node:zlib';

type Kind = 'u8' | 'i32' | 'u32' | 'f64' | 'strings' | 'v8';

interface SectionEntry {
  name: string;
  kind: Kind;
  /** Byte offset in the payload (8-aligned) and byte length. */
  at: number;
  bytes: number;
  /** CRC-32 of the section's bytes. */
  crc: number;
}

interface Header {
  format: string;
  version: number;
  engine: string;
  payloadBytes: number;
  sections: SectionEntry[];
}

/** Strings are decoded from a buffer of this size, reused (a longer string gets its own). */
const STRING_CHUNK = 1 << 20;
const MAX_HEADER = 1 << 20;
const CRC_PIECE = 256 * 1024;

export class SectionWriter {
  private readonly parts: Buffer[] = [];
  private readonly entries: SectionEntry[] = [];
  private at = 0;

  u8(name: string, a: Uint8Array): void {
    this.raw(name, 'u8', a);
  }
  i32(name: string, a: Int32Array): void {
    this.raw(name, 'i32', a);
  }
  u32(name: string, a: Uint32Array): void {
    this.raw(name, 'u32', a);
  }
  f64(name: string, a: Float64Array): void {
    this.raw(name, 'f64', a);
  }

  /** A list of strings, back to back in UTF-8 with their lengths in bytes and in characters: no JSON. */
  strings(name: string, list: readonly string[]): void {
    const lengths = new Uint32Array(list.length);
    const chars = new Uint32Array(list.length);
    const chunks: Buffer[] = [];
    for (let i = 0; i < list.length; i++) {
      const b = Buffer.from(list[i], 'utf8');
      lengths[i] = b.length;
      chars[i] = list[i].length;
      chunks.push(b);
    }
    this.raw(`${name}#lengths`, 'u32', lengths);
    this.raw(`${name}#chars`, 'u32', chars);
    this.push(name, 'strings', Buffer.concat(chunks));
  }

  /** Any structured-cloneable value: for the small, irregular parts (a source's metadata, roles). */
  value(name: string, v: unknown): void {
    this.push(name, 'v8', v8.serialize(v));
  }

  /** Writes the file: the header line (padded so the payload starts 8-aligned), then the sections one by one (never all in one more copy). */
  write(file: string, format: string, version: number, engine: string): void {
    const header: Header = { format, version, engine, payloadBytes: this.at, sections: this.entries };
    let line = JSON.stringify(header);
    line += ' '.repeat((8 - ((Buffer.byteLength(line) + 1) % 8)) % 8);
    const fd = openSync(file, 'w');
    try {
      writeAll(fd, Buffer.from(`${line}\n`));
      for (const part of this.parts) writeAll(fd, part);
    } finally {
      closeSync(fd);
    }
  }

  private raw(name: string, kind: Kind, a: ArrayBufferView): void {
    this.push(name, kind, Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }

  private push(name: string, kind: Kind, b: Buffer): void {
    this.entries.push({ name, kind, at: this.at, bytes: b.length, crc: crc32(b) });
    this.parts.push(b);
    this.at += b.length;
    const pad = (8 - (b.length % 8)) % 8;
    if (pad) {
      this.parts.push(Buffer.alloc(pad));
      this.at += pad;
    }
  }
}

function writeAll(fd: number, b: Uint8Array): void {
  for (let done = 0; done < b.length; ) done += writeSync(fd, b, done, b.length - done);
}

export class SnapshotRefused extends Error {}

export class SectionReader {
  private readonly byName = new Map<string, SectionEntry>();
  private scratch = Buffer.allocUnsafe(STRING_CHUNK);

  private constructor(
    private fd: number | undefined,
    /** Where the payload starts in the file. */
    private readonly base: number,
    sections: SectionEntry[],
    /** The file's device, inode, size and time: another file put in its place since has another. */
    readonly identity: string,
  ) {
    for (const s of sections) this.byName.set(s.name, s);
  }

  /** Opens a file and checks its header; throws `SnapshotRefused` with the reason when it is not one this engine wrote. Sections are checked as they are read. */
  static open(file: string, format: string, version: number, engine: string): SectionReader {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.allocUnsafe(MAX_HEADER);
      const got = readSync(fd, head, 0, MAX_HEADER, 0);
      const newline = head.subarray(0, got).indexOf(10);
      if (newline < 0) throw new SnapshotRefused('not a Verbatim corpus snapshot');
      let header: Header;
      try {
        header = JSON.parse(head.subarray(0, newline).toString('utf8'));
      } catch {
        throw new SnapshotRefused('not a Verbatim corpus snapshot');
      }
      if (header?.format !== format) throw new SnapshotRefused('not a Verbatim corpus snapshot');
      if (header.version !== version) throw new SnapshotRefused(`format ${header.version}, this version reads format ${version}`);
      if (header.engine !== engine) throw new SnapshotRefused('made by another version of Verbatim');
      const st = fstatSync(fd);
      const size = st.size;
      if (size !== newline + 1 + header.payloadBytes) throw new SnapshotRefused('damaged (it is not as long as its header says)');
      if (!Array.isArray(header.sections) || !header.sections.every((s) => typeof s?.name === 'string' && Number.isInteger(s.at) && Number.isInteger(s.bytes) && s.at >= 0 && s.at + s.bytes <= header.payloadBytes)) {
        throw new SnapshotRefused('damaged (its section table is out of bounds)');
      }
      return new SectionReader(fd, newline + 1, header.sections, `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.scratch = Buffer.alloc(0);
  }

  u8(name: string): Uint8Array {
    return this.array(name, 'u8', Uint8Array);
  }
  i32(name: string): Int32Array {
    return this.array(name, 'i32', Int32Array);
  }
  u32(name: string): Uint32Array {
    return this.array(name, 'u32', Uint32Array);
  }
  f64(name: string): Float64Array {
    return this.array(name, 'f64', Float64Array);
  }

  /**
   * The strings of a section. Each run of strings that fits the scratch buffer is decoded as one
   * string and cut into slices: a string that long lives outside the young generation, so the
   * garbage collector never copies the texts (a slice of 13 characters or more is a view on it).
   */
  strings(name: string): string[] {
    const lengths = this.u32(`${name}#lengths`);
    const chars = this.u32(`${name}#chars`);
    if (chars.length !== lengths.length) throw new SnapshotRefused(`damaged (strings ${name} and their lengths differ in number)`);
    const s = this.entry(name, 'strings');
    const out: string[] = new Array(lengths.length);
    let crc = 0;
    let at = 0;
    let i = 0;
    while (i < lengths.length) {
      // As many whole strings as fit the scratch buffer (at least one), read and decoded together.
      let end = i;
      let bytes = 0;
      while (end < lengths.length && (end === i || bytes + lengths[end] <= STRING_CHUNK)) bytes += lengths[end++];
      if (at + bytes > s.bytes) throw new SnapshotRefused(`damaged (strings ${name} run past their section)`);
      const buf = bytes <= this.scratch.length ? this.scratch : Buffer.allocUnsafe(bytes);
      this.readAt(buf, bytes, s.at + at);
      crc = crc32(buf.subarray(0, bytes), crc);
      const run = buf.toString('utf8', 0, bytes);
      let from = 0;
      for (; i < end; i++) {
        out[i] = end - i === 1 && from === 0 ? run : run.slice(from, from + chars[i]);
        from += chars[i];
      }
      if (from !== run.length) throw new SnapshotRefused(`damaged (strings ${name} are not as long as their section says)`);
      at += bytes;
    }
    if (at !== s.bytes || crc !== s.crc) throw new SnapshotRefused(`damaged (strings ${name} do not match their checksum)`);
    return out;
  }

  /** A strings section's raw UTF-8 bytes and each string's byte length, for strings decoded only when asked for. */
  utf8(name: string): { bytes: Buffer; lengths: Uint32Array } {
    const lengths = this.u32(`${name}#lengths`);
    const s = this.entry(name, 'strings');
    const bytes = Buffer.allocUnsafeSlow(s.bytes);
    this.readChecked(bytes, s);
    let total = 0;
    for (let i = 0; i < lengths.length; i++) total += lengths[i];
    if (total !== s.bytes) throw new SnapshotRefused(`damaged (strings ${name} are not as long as their section says)`);
    return { bytes, lengths };
  }

  value<T>(name: string): T {
    const s = this.entry(name, 'v8');
    const b = Buffer.allocUnsafe(s.bytes);
    this.readAt(b, s.bytes, s.at);
    if (crc32(b) !== s.crc) throw new SnapshotRefused(`damaged (section ${name} does not match its checksum)`);
    return v8.deserialize(b) as T;
  }

  private entry(name: string, kind: Kind): SectionEntry {
    const s = this.byName.get(name);
    if (!s || s.kind !== kind) throw new SnapshotRefused(`damaged (no ${kind} section ${name})`);
    return s;
  }

  /** A section read straight into a new typed array: its memory is touched once. */
  private array<T extends ArrayBufferView>(name: string, kind: Kind, Type: { new (length: number): T; BYTES_PER_ELEMENT: number }): T {
    const s = this.entry(name, kind);
    if (s.bytes % Type.BYTES_PER_ELEMENT !== 0) throw new SnapshotRefused(`damaged (section ${name} is not whole ${kind} values)`);
    const a = new Type(s.bytes / Type.BYTES_PER_ELEMENT);
    this.readChecked(Buffer.from(a.buffer, a.byteOffset, a.byteLength), s);
    return a;
  }

  /** Reads a whole section into `b`, checked a piece at a time while the piece just read is still in the processor's cache. */
  private readChecked(b: Buffer, s: SectionEntry): void {
    let crc = 0;
    for (let at = 0; at < s.bytes; at += CRC_PIECE) {
      const piece = b.subarray(at, Math.min(s.bytes, at + CRC_PIECE));
      this.readAt(piece, piece.length, s.at + at);
      crc = crc32(piece, crc);
    }
    if (crc !== s.crc) throw new SnapshotRefused(`damaged (section ${s.name} does not match its checksum)`);
  }

  private readAt(b: Buffer, bytes: number, at: number): void {
    if (this.fd === undefined) throw new Error('snapshot closed');
    let done = 0;
    while (done < bytes) {
      const n = readSync(this.fd, b, done, bytes - done, this.base + at + done);
      if (n === 0) throw new SnapshotRefused('damaged (it ends early)');
      done += n;
    }
  }
}
