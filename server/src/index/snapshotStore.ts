// Where the whole built corpus is kept between starts (corpusSnapshot.ts), with
// the files it was made from. `CorpusSnapshotStore` is what the loader uses;
// `FileSnapshotStore` (one file a corpus and engine, beside the prepared
// sources' store) is the default, `MemorySnapshotStore` serves a server
// without storage. A damaged, foreign or other-engine file is discarded with a
// log line and removed, never trusted.
import { mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { engineVersion, removeOtherEngines } from '../corpus/preparedStore';
import { readCorpus, writeCorpus, type ReadyCorpus } from './corpusSnapshot';
import { sameFiles, type FileFingerprint } from './fileFingerprints';
import { SectionReader, SectionWriter, SnapshotRefused } from './snapshotFile';

/** What a snapshot was made from: the corpus files and the settings that change how they are read (verbatim.json's speakers). */
export interface SnapshotOrigin {
  files: FileFingerprint[];
  settings: string;
}

export interface CorpusSnapshotStore {
  /** What the kept snapshot was made from, if one is kept that this engine can read. */
  origin(): SnapshotOrigin | undefined;
  /** The kept corpus; undefined (said in the log, and the snapshot dropped) when it cannot be read whole. */
  read(): ReadyCorpus | undefined;
  /** Keeps a corpus made from `origin`; `save` writes it. */
  keep(origin: SnapshotOrigin, corpus: ReadyCorpus): void;
  save(): void;
}

export class MemorySnapshotStore implements CorpusSnapshotStore {
  private kept: { origin: SnapshotOrigin; corpus: ReadyCorpus } | undefined;

  origin(): SnapshotOrigin | undefined {
    return this.kept?.origin;
  }
  read(): ReadyCorpus | undefined {
    return this.kept?.corpus;
  }
  keep(origin: SnapshotOrigin, corpus: ReadyCorpus): void {
    this.kept = { origin, corpus };
  }
  save(): void {}
}

/** Raise when the sections or their meaning change. */
const FORMAT_VERSION = 1;
const MAGIC = 'verbatim-snapshot';

export class FileSnapshotStore implements CorpusSnapshotStore {
  /** The corpus last read or kept (it is the server's current one anyway), and whether the file lacks it. */
  private kept: { origin: SnapshotOrigin; corpus?: ReadyCorpus; unsaved: boolean; identity?: string } | undefined;

  constructor(
    readonly file: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  origin(): SnapshotOrigin | undefined {
    if (this.kept) return this.kept.origin;
    const r = this.open();
    if (!r) return undefined;
    try {
      const origin = originIn(r);
      this.kept = { origin, unsaved: false, identity: r.identity };
      return origin;
    } catch (err) {
      return this.discard(err, r);
    } finally {
      r.close();
    }
  }

  read(): ReadyCorpus | undefined {
    if (this.kept?.corpus) return this.kept.corpus;
    const told = this.origin();
    const r = told && this.open();
    if (!told || !r) return undefined;
    try {
      // Another start may have replaced the file since its origin was told: then it is not the corpus asked for.
      const origin = r.identity === this.kept?.identity ? told : originIn(r);
      if (!sameOrigin(origin, told)) return undefined;
      const corpus = readCorpus(r);
      this.kept = { origin, corpus, unsaved: false };
      return corpus;
    } catch (err) {
      return this.discard(err, r);
    } finally {
      r.close();
    }
  }

  keep(origin: SnapshotOrigin, corpus: ReadyCorpus): void {
    this.kept = { origin, corpus, unsaved: true };
  }

  save(): void {
    const kept = this.kept;
    if (!kept?.corpus || !kept.unsaved) return;
    kept.unsaved = false;
    try {
      const w = new SectionWriter();
      const { files } = kept.origin;
      w.strings('files.path', files.map((f) => f.path));
      w.f64('files.size', Float64Array.from(files, (f) => f.size));
      w.f64('files.mtimeMs', Float64Array.from(files, (f) => f.mtimeMs));
      w.f64('files.checkedAt', Float64Array.from(files, (f) => f.checkedAt));
      w.strings('files.key', files.map((f) => f.key));
      w.value('settings', kept.origin.settings);
      if (!writeCorpus(w, kept.corpus!)) {
        this.log(`corpus snapshot not written: this corpus has a shape the snapshot cannot keep exactly`);
        return;
      }
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      w.write(tmp, MAGIC, FORMAT_VERSION, engineVersion());
      renameSync(tmp, this.file);
      removeOtherEngines(this.file, 'snapshot');
    } catch (err) {
      this.log(`cannot write the corpus snapshot ${this.file}: ${(err as Error).message}`);
      try {
        unlinkSync(`${this.file}.${process.pid}.tmp`);
      } catch {
        // Never made.
      }
    }
  }

  private open(): SectionReader | undefined {
    try {
      if (!statSync(this.file).isFile()) return undefined;
    } catch {
      return undefined;
    }
    try {
      return SectionReader.open(this.file, MAGIC, FORMAT_VERSION, engineVersion());
    } catch (err) {
      return this.discard(err);
    }
  }

  private discard(err: unknown, reader?: SectionReader): undefined {
    const why = err instanceof SnapshotRefused ? err.message : `damaged (${(err as Error).message})`;
    this.log(`corpus snapshot ${this.file} discarded: ${why}; the corpus is indexed again`);
    reader?.close();
    this.kept = undefined;
    try {
      unlinkSync(this.file);
    } catch {
      // Another process may have replaced it already.
    }
    return undefined;
  }
}

function originIn(r: SectionReader): SnapshotOrigin {
  const paths = r.strings('files.path');
  const size = r.f64('files.size');
  const mtimeMs = r.f64('files.mtimeMs');
  const checkedAt = r.f64('files.checkedAt');
  const keys = r.strings('files.key');
  if (![size, mtimeMs, checkedAt, keys].every((a) => a.length === paths.length)) throw new SnapshotRefused('damaged (its file table is uneven)');
  return { files: paths.map((p, i) => ({ path: p, size: size[i], mtimeMs: mtimeMs[i], key: keys[i], checkedAt: checkedAt[i] })), settings: r.value<string>('settings') };
}

/** Made from the same files and settings. */
export function sameOrigin(a: SnapshotOrigin, b: SnapshotOrigin): boolean {
  return a.settings === b.settings && sameFiles(a.files, b.files);
}
