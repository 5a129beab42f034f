// Attributed sources kept on disk between runs, so that a start with unchanged
// files reads them back instead of attributing every text again. Each is kept
// under a hash of its file's path and content (`contentKey`), in a store of
// one engine version: a different engine, a damaged file or a foreign one is
// discarded with a log line, never trusted.
//
// `PreparedStore` is the interface the loader uses; `FilePreparedStore`, one
// file a corpus in the user's cache folder (the CLI) or the editor's workspace
// storage (the server), is the default. A larger archive can put another store
// behind the same interface.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { crc32 } from 'node:zlib';
import { MappedText } from '../text/mappedText';
import type { AttributedSource } from './buildCorpus';

export interface PreparedStore {
  /** The attributed source kept for this content key, if any. */
  get(key: string): AttributedSource | undefined;
  /** Keeps an attributed source under its content key. */
  put(key: string, attributed: AttributedSource): void;
  /** Writes what this load used (got or put) for the next one, and forgets the rest. */
  save(): void;
}

/** The key of a file's attributed source: its path and its content (text, or a PDF's or Word file's bytes). */
export function contentKey(filePath: string, content: string | Uint8Array): string {
  return createHash('sha256').update(filePath).update('\0').update(content).digest('base64url');
}

/** Raise when the shape of what is stored changes. */
const FORMAT_VERSION = 1;
const MAGIC = 'verbatim-prepared';
/** A store file no start has written for this long belongs to a corpus no longer used. */
const STALE_AFTER_MS = 30 * 24 * 3600 * 1000;

/** Where the CLI keeps its stores: $XDG_CACHE_HOME/verbatim, else ~/.cache/verbatim. */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'verbatim');
}

/**
 * The store file of one corpus (its folder and globs) for this engine, in a
 * cache folder: a new version of Verbatim starts a new file (and removes the
 * old one when it saves) rather than reading what another engine made.
 */
export function storeFile(folder: string, root: string, globs: string[] = [], kind: CacheKind = 'prepared'): string {
  return path.join(folder, `${corpusPrefix(kind, root, globs)}${engineVersion().replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}.bin`);
}

/** What a cache file holds: attributed sources (here), or the whole built corpus (index/snapshotStore.ts). */
export type CacheKind = 'prepared' | 'snapshot';

function corpusPrefix(kind: CacheKind, root: string, globs: string[]): string {
  return `${kind}-${createHash('sha256').update(path.resolve(root)).update('\0').update(globs.join('\0')).digest('hex').slice(0, 20)}-`;
}

/** Files of this corpus made by other versions of Verbatim are of no use any more; nor are other corpora's of the same kind unused for a month. */
export function removeOtherEngines(file: string, kind: CacheKind): void {
  const name = path.basename(file);
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  if (!prefix.startsWith(`${kind}-`)) return;
  const folder = path.dirname(file);
  const monthAgo = Date.now() - STALE_AFTER_MS;
  for (const other of readdirSync(folder)) {
    if (other === name || !other.startsWith(`${kind}-`) || !other.endsWith('.bin')) continue;
    try {
      const f = path.join(folder, other);
      if (other.startsWith(prefix) || statSync(f).mtimeMs < monthAgo) unlinkSync(f);
    } catch {
      // Gone already.
    }
  }
}

let engine: string | undefined;
/**
 * The engine that attributed what is stored: a hash of the code that runs (the
 * shipped bundle, or every server source file when run from TypeScript). Any
 * change to the code makes earlier stores foreign.
 */
export function engineVersion(): string {
  if (engine) return engine;
  const hash = createHash('sha256').update(`${MAGIC}/${FORMAT_VERSION}\0`);
  if (__filename.endsWith('.ts')) {
    const root = path.resolve(__dirname, '..');
    for (const file of tsFiles(root)) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file));
  } else hash.update(readFileSync(__filename));
  return (engine = hash.digest('base64url'));
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(p));
    else if (entry.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** An attributed source as stored: the source without its offset function, which `offsets` rebuild. */
type StoredSource = Omit<AttributedSource, 'source'> & { source: Omit<AttributedSource['source'], 'fileOffset'> };

interface Header {
  format: string;
  version: number;
  engine: string;
  /** CRC-32 of the payload: a damaged file is never read. */
  payload: number;
  entries: number;
}

export function toStored(a: AttributedSource): StoredSource {
  const { fileOffset: _, ...source } = a.source;
  void _;
  return { ...a, source };
}

export function fromStored(s: StoredSource): AttributedSource {
  const mapped = MappedText.fromSegments(s.source.text, s.offsets);
  return { ...s, source: { ...s.source, fileOffset: (offset) => mapped.fileOffset(offset) } };
}

/** Attributed sources kept in memory only: a server without a storage folder re-attributes only changed files on a reload. */
export class MemoryPreparedStore implements PreparedStore {
  private kept = new Map<string, AttributedSource>();
  private used = new Map<string, AttributedSource>();

  get(key: string): AttributedSource | undefined {
    const a = this.kept.get(key) ?? this.used.get(key);
    if (a) this.used.set(key, a);
    return a;
  }

  put(key: string, attributed: AttributedSource): void {
    this.used.set(key, attributed);
  }

  save(): void {
    this.kept = this.used;
    this.used = new Map();
  }
}

export class FilePreparedStore implements PreparedStore {
  /** Read on first use: a start that reads the corpus snapshot never needs the attributed sources. */
  private keptSources: Map<string, StoredSource> | undefined;
  private used = new Map<string, StoredSource>();
  private changed = false;

  constructor(
    readonly file: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  private get kept(): Map<string, StoredSource> {
    return (this.keptSources ??= this.read());
  }

  private set kept(sources: Map<string, StoredSource>) {
    this.keptSources = sources;
  }

  get(key: string): AttributedSource | undefined {
    const stored = this.kept.get(key) ?? this.used.get(key);
    if (!stored) return undefined;
    this.used.set(key, stored);
    return fromStored(stored);
  }

  put(key: string, attributed: AttributedSource): void {
    this.used.set(key, toStored(attributed));
    this.changed = true;
  }

  save(): void {
    // Not used by this load (the snapshot served it): the file is left as it is.
    if (!this.keptSources && !this.changed) return;
    // Nothing new and nothing dropped: the file already holds exactly this.
    if (!this.changed && this.used.size === this.kept.size) {
      this.used = new Map();
      return;
    }
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const payload = v8.serialize([...this.used]);
      const header: Header = { format: MAGIC, version: FORMAT_VERSION, engine: engineVersion(), payload: crc32(payload), entries: this.used.size };
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
      renameSync(tmp, this.file);
      removeOtherEngines(this.file, 'prepared');
      this.kept = this.used;
      this.used = new Map();
      this.changed = false;
    } catch (err) {
      this.log(`cannot write the index cache ${this.file}: ${(err as Error).message}`);
    }
  }

  /** The stored sources, or none when the file is missing, damaged, foreign or of another engine (said in the log). */
  private read(): Map<string, StoredSource> {
    let bytes: Buffer;
    try {
      if (!statSync(this.file).isFile()) return new Map();
      bytes = readFileSync(this.file);
    } catch {
      return new Map();
    }
    const discard = (why: string) => {
      this.log(`index cache ${this.file} discarded: ${why}; sources are read again`);
      try {
        unlinkSync(this.file);
      } catch {
        // Another process may have replaced it already.
      }
      return new Map<string, StoredSource>();
    };
    const newline = bytes.indexOf(10);
    if (newline < 0 || newline > 4096) return discard('not a Verbatim index cache');
    let header: Header;
    try {
      header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
    } catch {
      return discard('not a Verbatim index cache');
    }
    if (header?.format !== MAGIC) return discard('not a Verbatim index cache');
    if (header.version !== FORMAT_VERSION) return discard(`format ${header.version}, this version reads format ${FORMAT_VERSION}`);
    if (header.engine !== engineVersion()) return discard('made by another version of Verbatim');
    const payload = bytes.subarray(newline + 1);
    if (crc32(payload) !== header.payload) return discard('damaged (its checksum does not match)');
    try {
      const entries = v8.deserialize(payload) as Array<[string, StoredSource]>;
      if (!Array.isArray(entries) || entries.length !== header.entries || !entries.every(isStoredEntry)) return discard('damaged (unexpected contents)');
      return new Map(entries);
    } catch {
      return discard('damaged (cannot be decoded)');
    }
  }
}

function isStoredEntry(e: unknown): e is [string, StoredSource] {
  if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string') return false;
  const s = e[1] as StoredSource;
  return !!s && typeof s.source?.text === 'string' && typeof s.source.key === 'string' && Array.isArray(s.offsets) && s.offsets.every((o) => o instanceof Int32Array) && Array.isArray(s.quotes) && Array.isArray(s.mentions) && Array.isArray(s.otherNames) && Array.isArray(s.warnings);
}
