// The corpus a workspace uses, kept current: where it is (verbatim.json, the
// verbatim.corpus setting, or the bundled seeds), its index, and a watcher that
// reloads it when a source file changes. Only files the corpus globs match (and
// verbatim.json) trigger a reload, only the corpus folders are watched, and
// only changed files are re-read. Until a reload is done, every request is
// served from the last index. Corpus paths stay inside the workspace folders
// (by real path) unless the verbatim.allowedCorpusPaths setting names them;
// in an untrusted workspace (VS Code's Restricted Mode) they stay inside, always.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { MatchCache } from '../check/checkDraft';
import { loadConfig, type Config } from '../check/config';
import { bundledSeedsDir } from '../corpus/bundledSeeds';
import { isInside } from '../corpus/crawl';
import { CorpusError, listCorpusFiles, type CorpusLocation } from '../corpus/loadCorpus';
import type { CorpusIndex } from '../index/corpusIndex';
import { fileIndex, memoryIndex, type PersistentIndex } from '../index/persistentIndex';
import type { QuoteSearch } from '../index/quoteSearch';
import { loadReadyCorpus, type ReadyStats } from '../index/readyCorpus';
import type { CorpusStatus } from './protocol';

/** How long after ready the store is written. */
const SAVE_AFTER_READY_MS = 2000;

export const DEFAULT_CORPUS_GLOBS = ['sources/**/*.{txt,md,html,pdf,docx,vtt,srt}'];

export interface Corpus {
  index: CorpusIndex;
  search: QuoteSearch;
  matches: MatchCache;
  description: string;
  location: CorpusLocation;
  /** verbatim.json of the workspace, merged under the editor settings. */
  config: Config;
}


export interface CorpusEvents {
  onStatus(status: CorpusStatus): void;
  onReady(corpus: Corpus): void;
  log(message: string): void;
  progress(title: string): Promise<{ report(message: string): void; done(): void }>;
}

export class CorpusState {
  current: Corpus | undefined;
  /** The persistent index of the corpus (attributed sources and the corpus snapshot), on disk in the workspace storage when the editor gives one, else in memory. */
  private store: PersistentIndex | undefined;
  /** Loads started: a load's store is saved only if no later one began. */
  private generation = 0;
  private watchers: FSWatcher[] = [];
  private watchedBases = '';
  private reloadTimer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  private pending = false;
  private readonly reported = new Set<string>();

  constructor(
    private readonly workspaceRoot: string | undefined,
    private settingsGlobs: string[],
    private readonly events: CorpusEvents,
    /** Every workspace folder: corpus paths must stay inside them. */
    private readonly workspaceFolders: string[] = workspaceRoot ? [workspaceRoot] : [],
    private allowed: string[] = [],
    /**
     * Whether the editor trusts the workspace. If not, its verbatim.json may
     * point nowhere outside it, not even at a folder the user allowed.
     */
    private readonly trusted = true,
    /** A folder this workspace may keep files in (the editor's workspace storage): attributed sources are kept there between starts. */
    private readonly storageFolder?: string,
  ) {}

  private storeFor(location: CorpusLocation): PersistentIndex {
    const log = (m: string) => this.events.log(m);
    const store = this.storageFolder ? fileIndex(this.storageFolder, location, log) : memoryIndex();
    if (this.store?.where !== store.where) this.store = store;
    return this.store;
  }

  setGlobs(globs: string[]): void {
    if (JSON.stringify(globs) === JSON.stringify(this.settingsGlobs)) return;
    this.settingsGlobs = globs;
    void this.reload('the verbatim.corpus setting changed');
  }

  setAllowed(paths: string[]): void {
    if (JSON.stringify(paths) === JSON.stringify(this.allowed)) return;
    this.allowed = paths;
    void this.reload('the verbatim.allowedCorpusPaths setting changed');
  }

  /** A re-read is under way; until it is done, requests are served from `current`. */
  get indexing(): boolean {
    return this.loading !== undefined;
  }

  /** Reloads now, or once more after the load under way. */
  reload(why: string): Promise<void> {
    this.events.log(`reindexing: ${why}`);
    if (this.loading) {
      this.pending = true;
      return this.loading;
    }
    this.loading = this.load().finally(() => {
      this.loading = undefined;
      if (this.pending) {
        this.pending = false;
        void this.reload('changes during the last load');
      }
    });
    return this.loading;
  }

  /** The globs the workspace asks for: verbatim.json's, else the setting's. */
  private workspaceGlobs(): string[] {
    const { config } = this.workspaceRoot ? loadConfig(this.workspaceRoot) : { config: {} as Config };
    return config.corpus?.length ? config.corpus : this.settingsGlobs;
  }

  /** Whether a change to `file` can change the corpus: a file the corpus globs match, or verbatim.json. */
  affectsCorpus(file: string): boolean {
    if (!this.workspaceRoot) return false;
    const abs = path.resolve(file);
    if (abs === path.join(this.workspaceRoot, 'verbatim.json')) return true;
    const globs = this.workspaceGlobs();
    for (const glob of globs) {
      const scan = picomatch.scan(glob);
      const base = path.resolve(this.workspaceRoot, scan.base || '.');
      if (!isInside(abs, base)) continue;
      if (!scan.isGlob) return true;
      const rel = path.relative(base, abs).split(path.sep).join('/');
      // A deleted folder under a base may have held sources.
      if (picomatch(scan.glob, { dot: false })(rel) || !path.extname(abs)) return true;
    }
    return false;
  }

  private async locate(config: Config): Promise<{ location: CorpusLocation; description: string; sample?: boolean }> {
    if (this.workspaceRoot) {
      const globs = config.corpus?.length ? config.corpus : this.settingsGlobs;
      const location: CorpusLocation = {
        root: this.workspaceRoot,
        globs,
        confineTo: this.workspaceFolders,
        ...(this.trusted ? { allowed: this.allowed } : { allowed: [], outsideHint: 'Restricted Mode: a workspace you have not trusted is read only inside its folders' }),
        ...(config.speakers ? { speakers: config.speakers } : {}),
      };
      try {
        if ((await listCorpusFiles(location)).length > 0) return { location, description: globs.join(', ') };
      } catch (err) {
        if (!(err instanceof CorpusError)) throw err;
      }
    }
    return { location: { root: bundledSeedsDir() }, description: 'bundled seeds', sample: true };
  }

  private async load(): Promise<void> {
    const { config, problems } = this.workspaceRoot ? loadConfig(this.workspaceRoot) : { config: {}, problems: [] };
    for (const p of problems) this.events.log(p);
    let where: { location: CorpusLocation; description: string; sample?: boolean };
    try {
      where = await this.locate(config);
    } catch (err) {
      this.fail(`cannot find the corpus: ${(err as Error).message}`);
      return;
    }
    // Watching starts before reading: a change made while the corpus is read is seen, and read again after.
    this.watch(where.location);
    this.events.onStatus({ state: 'indexing', sources: this.current?.index.model.sources.length ?? 0, quotes: this.current?.index.model.quotes.length ?? 0, people: 0, corpus: where.description, sample: where.sample });
    const progress = await this.events.progress('Verbatim: indexing sources');
    try {
      const t0 = performance.now();
      const stats: ReadyStats = { files: 0, reread: 0, fromSnapshot: false };
      progress.report(`reading ${where.description}`);
      const store = this.storeFor(where.location);
      this.generation++;
      // Between the long steps of a full load, requests waiting are answered from the last index.
      const ready = await loadReadyCorpus(where.location, store, {
        stats,
        between: async (step) => {
          if (step === 'indexing') progress.report(`indexing ${stats.files} sources`);
          await yieldToRequests();
        },
      });
      const { model } = ready;
      for (const s of model.skipped) this.events.log(`skipped ${s.path}: ${s.reason}`);
      for (const w of ready.warnings) {
        // Said once, not on every reload.
        if (this.reported.has(w)) continue;
        this.reported.add(w);
        this.events.log(w);
      }
      const { index, search } = ready;
      const corpus: Corpus = { index, search, matches: new MatchCache(index), description: where.description, location: where.location, config };
      if (HOLD_INDEX_MS > 0) await new Promise((resolve) => setTimeout(resolve, HOLD_INDEX_MS));
      this.current = corpus;
      const how = stats.fromSnapshot ? 'the corpus snapshot, no file changed' : `${stats.reread} of ${stats.files} files read`;
      this.events.log(`indexed ${model.sources.length} sources (${how}) in ${Math.round(performance.now() - t0)} ms from ${where.description}`);
      this.events.onStatus({ state: 'ready', sources: model.sources.length, quotes: model.quotes.length, people: model.people.length, corpus: where.description, sample: where.sample, skipped: model.skipped.length });
      this.events.onReady(corpus);
      // Kept for the next start once the editor has what it needs (the first checks after ready go first:
      // writing 10,000 articles takes seconds and blocks this thread).
      // A load started since then saves instead: the store holds what that load used.
      const generation = this.generation;
      setTimeout(() => generation === this.generation && store.save(), SAVE_AFTER_READY_MS);
    } catch (err) {
      // The corpus folder vanished, or something else went wrong: say so and keep the last good index.
      this.fail(err instanceof CorpusError ? err.message : `indexing failed: ${(err as Error).stack ?? err}`);
    } finally {
      progress.done();
    }
  }

  private fail(message: string): void {
    this.events.log(message);
    const m = this.current?.index.model;
    this.events.onStatus({ state: 'error', sources: m?.sources.length ?? 0, quotes: m?.quotes.length ?? 0, people: m?.people.length ?? 0, corpus: this.current?.description ?? '', message });
  }

  /**
   * Watches the corpus folders (each glob's base) and the workspace root's own
   * entries (verbatim.json, a sources/ folder appearing), never the whole
   * workspace: a 16,000-file workspace would use up the kernel's inotify watches.
   */
  private watch(location: CorpusLocation): void {
    const bases = new Set<string>();
    for (const glob of location.globs?.length ? location.globs : ['**']) {
      const scan = picomatch.scan(glob);
      const base = path.resolve(location.root, scan.base || '.');
      if (existsSync(base)) bases.add(base);
    }
    if (this.workspaceRoot) for (const g of this.workspaceGlobs()) {
      const base = path.resolve(this.workspaceRoot, picomatch.scan(g).base || '.');
      if (isInside(base, this.workspaceRoot) && existsSync(base)) bases.add(base);
    }
    const key = [...bases].sort().join('\n');
    if (key === this.watchedBases) return;
    this.closeWatchers();
    this.watchedBases = key;
    const add = (dir: string, recursive: boolean) => {
      try {
        const w = watch(dir, { recursive }, (_event, file) => {
          this.fileChanged(file ? path.join(dir, file.toString()) : dir);
        });
        w.on('error', (err) => this.events.log(`file watcher: ${err.message}`));
        this.watchers.push(w);
      } catch (err) {
        this.events.log(`cannot watch ${dir}: ${(err as Error).message}; use "Verbatim: Reindex Corpus" after changing sources`);
      }
    };
    if (this.workspaceRoot && !bases.has(this.workspaceRoot)) add(this.workspaceRoot, false);
    for (const base of bases) add(base, true);
  }

  private closeWatchers(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    this.watchedBases = '';
  }

  /** A file changed (the watcher, or workspace/didChangeWatchedFiles): reload, debounced, if the corpus globs match it. */
  fileChanged(file: string): void {
    if (this.workspaceRoot && !this.affectsCorpus(file)) return;
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.reload(`${path.basename(file)} changed`), 200);
  }

  dispose(): void {
    this.closeWatchers();
    clearTimeout(this.reloadTimer);
  }
}

/**
 * For protocol tests: a finished re-read waits this long before it is used, so
 * a test can see every request served from the last index meanwhile.
 */
const HOLD_INDEX_MS = Number(process.env.VERBATIM_TEST_HOLD_INDEX_MS ?? 0);

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
