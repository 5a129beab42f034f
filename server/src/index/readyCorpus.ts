// Files → what a language server needs before it can answer: the model, the
// checker's index and the quote search. When the persistent index holds a
// snapshot made from exactly these files (same paths, same contents, same
// speaker settings, same engine), it is read back whole; otherwise the corpus
// is loaded as always (only files the prepared store does not know are
// attributed again), indexed, and kept as the next snapshot.
import { listCorpus, loadListedCorpus, type CorpusLocation, type LoadStats } from '../corpus/loadCorpus';
import { buildCorpusIndex } from './corpusIndex';
import type { ReadyCorpus } from './corpusSnapshot';
import { fingerprintFiles } from './fileFingerprints';
import type { PersistentIndex } from './persistentIndex';
import { QuoteSearch } from './quoteSearch';
import { sameOrigin } from './snapshotStore';

export interface ReadyStats extends LoadStats {
  /** The corpus was read back from the snapshot. */
  fromSnapshot: boolean;
}

export interface ReadyOptions {
  stats?: ReadyStats;
  /** Called between the long steps of a full load: a language server answers waiting requests there. */
  between?: (step: 'indexing' | 'search') => Promise<void>;
}

export async function loadReadyCorpus(location: CorpusLocation, store: PersistentIndex | undefined, options: ReadyOptions = {}): Promise<ReadyCorpus> {
  const listing = await listCorpus(location);
  const said = (corpus: ReadyCorpus): ReadyCorpus => ({ ...corpus, warnings: [...listing.warnings, ...corpus.warnings] });
  const settings = JSON.stringify(location.speakers ?? null);
  const kept = store?.snapshot.origin();
  const files = store ? fingerprintFiles(listing.files, new Map(kept?.files.map((f) => [f.path, f]))) : [];
  if (store && kept && sameOrigin({ files, settings }, kept)) {
    const corpus = store.snapshot.read();
    if (corpus) {
      if (options.stats) Object.assign(options.stats, { files: files.length, reread: 0, fromSnapshot: true });
      // Times or sizes changed without the contents (a checkout): kept so the next start need not hash those files again.
      if (files.some((f, i) => f !== kept.files[i])) store.snapshot.keep({ files, settings }, corpus);
      return said(corpus);
    }
  }
  const built = await loadListedCorpus(listing.files, location, store?.prepared, options.stats);
  if (options.stats) options.stats.fromSnapshot = false;
  await options.between?.('indexing');
  const index = buildCorpusIndex(built.model);
  await options.between?.('search');
  const search = new QuoteSearch(built.model);
  const corpus: ReadyCorpus = { model: built.model, index, search, warnings: built.warnings, fileMaps: built.fileMaps };
  store?.snapshot.keep({ files, settings }, corpus);
  return said(corpus);
}
