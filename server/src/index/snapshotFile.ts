// A file of named sections (typed arrays, string lists, small structured
// values) behind a one-line JSON header: the layout of the corpus snapshot.
// Typed arrays are kept as their raw bytes, so reading one is a view on the
// file's buffer, not a decode; that is what makes a warm start fast. The
// header names the format, its version and the engine, and carries a CRC-32 of
// the payload: a damaged, foreign or other-engine file is refused with the
// reason, never read.
import { readFileSync } from 'node:fs';
import * as v8 from 'node:v8';
import { crc32 } from 'node:zlib';

type Kind = 'u8' | 'i32' | 'u32' | 'f64' | 'strings' | 'v8';

interface SectionEntry {
  name: string;
  kind: Kind;
  /** Byte offset in the payload (8-aligned) and byte length. */
  at: number;
  bytes: number;
}

interface Header {
  format: string;
  version: number;
  engine: string;
  /** CRC-32 of the payload. */
  payload: number;
  payloadBytes: number;
  sections: SectionEntry[];
  /** Small plain values the reader needs before the sections (what the file was made from). */
  meta: unknown;
}

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

  /** A list of strings, back to back in UTF-8 with their byte lengths: one decode each, no JSON. */
  strings(name: string, list: readonly string[]): void {
    const lengths = new Uint32Array(list.length);
    const chunks: Buffer[] = [];
    for (let i = 0; i < list.length; i++) {
      const b = Buffer.from(list[i], 'utf8');
      lengths[i] = b.length;
      chunks.push(b);
    }
    this.raw(`${name}#lengths`, 'u32', lengths);
    this.push(name, 'strings', Buffer.concat(chunks));
  }

  /** Any structured-cloneable value: for the small, irregular parts (a source's metadata, roles). */
  value(name: string, v: unknown): void {
    this.push(name, 'v8', v8.serialize(v));
  }

  /** The file's bytes: the header line (padded so the payload starts 8-aligned), then the sections. */
  bytes(format: string, version: number, engine: string, meta: unknown): Buffer {
    const payload = Buffer.concat(this.parts);
    const header: Header = { format, version, engine, payload: crc32(payload), payloadBytes: payload.length, sections: this.entries, meta };
    let line = JSON.stringify(header);
    line += ' '.repeat((8 - ((Buffer.byteLength(line) + 1) % 8)) % 8);
    return Buffer.concat([Buffer.from(`${line}\n`), payload]);
  }

  private raw(name: string, kind: Kind, a: ArrayBufferView): void {
    this.push(name, kind, Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }

  private push(name: string, kind: Kind, b: Buffer): void {
    this.entries.push({ name, kind, at: this.at, bytes: b.length });
    this.parts.push(b);
    this.at += b.length;
    const pad = (8 - (b.length % 8)) % 8;
    if (pad) {
      this.parts.push(Buffer.alloc(pad));
      this.at += pad;
    }
  }
}

export class SnapshotRefused extends Error {}

export class SectionReader {
  private readonly byName = new Map<string, SectionEntry>();

  private constructor(
    private readonly payload: Buffer,
    sections: SectionEntry[],
    readonly meta: unknown,
  ) {
    for (const s of sections) this.byName.set(s.name, s);
  }

  /** Reads and checks a file; throws `SnapshotRefused` with the reason when it is not one this engine wrote, whole. */
  static open(file: string, format: string, version: number, engine: string): SectionReader {
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(10);
    if (newline < 0 || newline > 1 << 20) throw new SnapshotRefused('not a Verbatim corpus snapshot');
    let header: Header;
    try {
      header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
    } catch {
      throw new SnapshotRefused('not a Verbatim corpus snapshot');
    }
    if (header?.format !== format) throw new SnapshotRefused('not a Verbatim corpus snapshot');
    if (header.version !== version) throw new SnapshotRefused(`format ${header.version}, this version reads format ${version}`);
    if (header.engine !== engine) throw new SnapshotRefused('made by another version of Verbatim');
    const payload = bytes.subarray(newline + 1);
    if (payload.length !== header.payloadBytes || crc32(payload) !== header.payload) throw new SnapshotRefused('damaged (its checksum does not match)');
    if (!Array.isArray(header.sections) || !header.sections.every((s) => typeof s?.name === 'string' && Number.isInteger(s.at) && Number.isInteger(s.bytes) && s.at >= 0 && s.at + s.bytes <= payload.length)) {
      throw new SnapshotRefused('damaged (its section table is out of bounds)');
    }
    return new SectionReader(payload, header.sections, header.meta);
  }

  /** Only the header's small values, without reading or checking the payload (which files it was made from). */
  static peekMeta(file: string, format: string, version: number, engine: string): unknown {
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(10);
    if (newline < 0 || newline > 1 << 20) return undefined;
    try {
      const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header;
      return header.format === format && header.version === version && header.engine === engine ? header.meta : undefined;
    } catch {
      return undefined;
    }
  }

  u8(name: string): Uint8Array {
    const b = this.section(name, 'u8');
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  i32(name: string): Int32Array {
    return this.aligned(name, 'i32', Int32Array, 4);
  }
  u32(name: string): Uint32Array {
    return this.aligned(name, 'u32', Uint32Array, 4);
  }
  f64(name: string): Float64Array {
    return this.aligned(name, 'f64', Float64Array, 8);
  }

  strings(name: string): string[] {
    const lengths = this.u32(`${name}#lengths`);
    const b = this.section(name, 'strings');
    const out: string[] = new Array(lengths.length);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const end = at + lengths[i];
      if (end > b.length) throw new SnapshotRefused(`damaged (strings ${name} run past their section)`);
      out[i] = b.toString('utf8', at, end);
      at = end;
    }
    return out;
  }

  value<T>(name: string): T {
    return v8.deserialize(this.section(name, 'v8')) as T;
  }

  private section(name: string, kind: Kind): Buffer {
    const s = this.byName.get(name);
    if (!s || s.kind !== kind) throw new SnapshotRefused(`damaged (no ${kind} section ${name})`);
    return this.payload.subarray(s.at, s.at + s.bytes);
  }

  private aligned<T>(name: string, kind: Kind, Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number }, size: number): T {
    const b = this.section(name, kind);
    if (b.length % size !== 0) throw new SnapshotRefused(`damaged (section ${name} is not whole ${kind} values)`);
    // A view when the bytes are aligned (readFileSync's own buffer: always), else a copy.
    if (b.byteOffset % size === 0) return new Type(b.buffer, b.byteOffset, b.length / size);
    const copy = new Type(b.length / size);
    new Uint8Array((copy as unknown as Uint8Array).buffer).set(b);
    return copy;
  }
}
