// The corpus a workspace uses, kept current: where it is (verbatim.json, the
// verbatim.corpus setting, or the bundled seeds), its index, and a watcher that
// reloads it when a source file changes. Only changed files are re-read.
import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { MatchCache } from '../check/checkDraft';
import { loadConfig, type Config } from '../check/config';
import { bundledSeedsDir } from '../corpus/bundledSeeds';
import { CorpusError, listCorpusFiles, loadCorpus, type CorpusLocation, type LoadStats, type PreparedCache } from '../corpus/loadCorpus';
import { buildCorpusIndex, type CorpusIndex } from '../index/corpusIndex';
import { QuoteSearch } from '../index/quoteSearch';
import type { CorpusStatus } from './protocol';

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
  private readonly cache: PreparedCache = new Map();
  private watcher: FSWatcher | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly workspaceRoot: string | undefined,
    private settingsGlobs: string[],
    private readonly events: CorpusEvents,
  ) {}

  setGlobs(globs: string[]): void {
    if (JSON.stringify(globs) === JSON.stringify(this.settingsGlobs)) return;
    this.settingsGlobs = globs;
    this.reload('the verbatim.corpus setting changed');
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

  private async locate(config: Config): Promise<{ location: CorpusLocation; description: string }> {
    if (this.workspaceRoot) {
      const globs = config.corpus?.length ? config.corpus : this.settingsGlobs;
      const location = { root: this.workspaceRoot, globs, ...(config.speakers ? { speakers: config.speakers } : {}) };
      try {
        if ((await listCorpusFiles(location)).length > 0) return { location, description: globs.join(', ') };
      } catch (err) {
        if (!(err instanceof CorpusError)) throw err;
      }
    }
    return { location: { root: bundledSeedsDir() }, description: 'bundled seeds' };
  }

  private async load(): Promise<void> {
    const { config, problems } = this.workspaceRoot ? loadConfig(this.workspaceRoot) : { config: {}, problems: [] };
    for (const p of problems) this.events.log(p);
    let where: { location: CorpusLocation; description: string };
    try {
      where = await this.locate(config);
    } catch (err) {
      this.fail(`cannot find the corpus: ${(err as Error).message}`);
      return;
    }
    this.events.onStatus({ state: 'indexing', sources: this.current?.index.model.sources.length ?? 0, quotes: this.current?.index.model.quotes.length ?? 0, people: 0, corpus: where.description });
    const progress = await this.events.progress('Verbatim: indexing sources');
    try {
      const t0 = performance.now();
      const stats: LoadStats = { files: 0, reread: 0 };
      progress.report(`reading ${where.description}`);
      const built = await loadCorpus(where.location, this.cache, stats);
      for (const s of built.model.skipped) this.events.log(`skipped ${s.path}: ${s.reason}`);
      for (const w of built.warnings) this.events.log(w);
      progress.report(`indexing ${built.model.sources.length} sources`);
      const index = buildCorpusIndex(built.model);
      const corpus: Corpus = { index, search: new QuoteSearch(built.model), matches: new MatchCache(index), description: where.description, location: where.location, config };
      this.current = corpus;
      this.events.log(`indexed ${built.model.sources.length} sources (${stats.reread} of ${stats.files} files read) in ${Math.round(performance.now() - t0)} ms from ${where.description}`);
      this.events.onStatus({ state: 'ready', sources: built.model.sources.length, quotes: built.model.quotes.length, people: built.model.people.length, corpus: where.description, skipped: built.model.skipped.length });
      this.watch(where.location);
      this.events.onReady(corpus);
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

  /** Watches the workspace (or the seeds) and reloads, debounced, when a source or verbatim.json changes. */
  private watch(location: CorpusLocation): void {
    const root = this.workspaceRoot ?? location.root;
    if (this.watcher) return;
    const matchers = () => {
      const globs = this.current?.location.globs ?? ['**/*.{txt,md,markdown,html,htm,pdf,docx,vtt,srt}'];
      return picomatch(globs, { dot: false });
    };
    try {
      this.watcher = watch(root, { recursive: true }, (_event, file) => {
        if (!file) return;
        const rel = file.toString().split(path.sep).join('/');
        if (rel !== 'verbatim.json' && !matchers()(path.relative(this.current?.location.root ?? root, path.join(root, rel)).split(path.sep).join('/'))) return;
        clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => void this.reload(`${rel} changed`), 200);
      });
      this.watcher.on('error', (err) => this.events.log(`file watcher: ${err.message}`));
    } catch (err) {
      this.events.log(`cannot watch ${root}: ${(err as Error).message}; use "Verbatim: Reindex Corpus" after changing sources`);
    }
  }

  /** A client told us a file changed (workspace/didChangeWatchedFiles). */
  fileChanged(file: string): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.reload(`${path.basename(file)} changed`), 200);
  }

  dispose(): void {
    this.watcher?.close();
    clearTimeout(this.reloadTimer);
  }
}
