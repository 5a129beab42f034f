// The persistent index a load reads and keeps: attributed sources per file
// (a changed file is attributed again alone) and the whole built corpus (people
// after the merge, the checker's postings, the quote search) for a start where
// nothing changed. On disk, one pair of files a corpus and engine in a cache
// folder; in memory for a server without storage. A store on another engine
// (an archive's) can slot in behind the same two interfaces.
import type { CorpusLocation } from '../corpus/loadCorpus';
import { FilePreparedStore, MemoryPreparedStore, storeFile, type PreparedStore } from '../corpus/preparedStore';
import { FileSnapshotStore, MemorySnapshotStore, type CorpusSnapshotStore } from './snapshotStore';

export interface PersistentIndex {
  /** Where the index is kept ('' in memory): a new location opens a new index. */
  readonly where: string;
  readonly prepared: PreparedStore;
  readonly snapshot: CorpusSnapshotStore;
  /** Writes what the last load made, for the next start. */
  save(): void;
}

/** The index of one corpus in a cache folder (the editor's workspace storage, or the user's cache folder for the CLI). */
export function fileIndex(folder: string, location: CorpusLocation, log: (message: string) => void): PersistentIndex {
  const prepared = new FilePreparedStore(storeFile(folder, location.root, location.globs), log);
  const snapshot = new FileSnapshotStore(storeFile(folder, location.root, location.globs, 'snapshot'), log);
  return { where: prepared.file, prepared, snapshot, save: () => (prepared.save(), snapshot.save()) };
}

export function memoryIndex(): PersistentIndex {
  const prepared = new MemoryPreparedStore();
  const snapshot = new MemorySnapshotStore();
  return { where: '', prepared, snapshot, save: () => (prepared.save(), snapshot.save()) };
}
