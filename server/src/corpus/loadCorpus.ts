// A corpus folder (or a set of globs) on disk → the model. Unreadable, binary,
// oversize and non-UTF-8 files are skipped with a reason; a missing folder is an error.
import { promises as fs } from 'node:fs';
import type { SkippedFile } from '../model/types';
import { attributeSource, buildFromAttributed, prepareSource, type AttributedSource, type BuiltCorpus } from './buildCorpus';
import { crawl, type CrawlLimits, type CrawlResult } from './crawl';
import { POOL_MIN_TEXTS, PreparePool } from './preparePool';
import { contentKey, type PreparedStore } from './preparedStore';
import { documentText, isDocumentFile, readDocumentBytes } from './readDocument';
import { readTextFile } from './readTextFile';
import { withConfigSpeakers, type SpeakerConfig } from './transcript/configSpeakers';
import { SOURCE_EXTENSIONS } from './sourceFromFile';

export class CorpusError extends Error {}

const YIELD_EVERY = 200;

export const DEFAULT_SOURCE_GLOB = `**/*.{${Object.keys(SOURCE_EXTENSIONS).map((e) => e.slice(1)).join(',')}}`;
/** Files in a corpus folder that are about the corpus, not part of it. */
const NOT_SOURCES = ['**/README*', '**/LICENSE*', '**/CHANGELOG*', '**/node_modules/**'];

export interface CorpusLocation {
  /** The folder the globs are relative to. */
  root: string;
  globs?: string[];
  /** Folders the corpus may be read from, by real path (the workspace folders); by default `root` itself. */
  confineTo?: string[];
  /** Folders outside `confineTo` that a setting names explicitly. */
  allowed?: string[];
  /** How a writer reads a folder outside, for the message when a glob leads there. */
  outsideHint?: string;
  limits?: CrawlLimits;
  /** verbatim.json's names for transcript labels. */
  speakers?: SpeakerConfig;
}

/** The source files of a corpus, with what the listing refused or where it stopped. */
export async function listCorpus(location: CorpusLocation): Promise<CrawlResult> {
  let stat;
  try {
    stat = await fs.stat(location.root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusError(code === 'ENOENT' ? `corpus folder not found: ${location.root}` : `cannot read corpus folder ${location.root}: ${code}`);
  }
  if (!stat.isDirectory()) throw new CorpusError(`corpus is not a folder: ${location.root}`);
  return crawl({
    root: location.root,
    globs: location.globs?.length ? location.globs : [DEFAULT_SOURCE_GLOB],
    confineTo: location.confineTo ?? [location.root],
    allowed: location.allowed,
    outsideHint: location.outsideHint,
    ignore: NOT_SOURCES,
    extensions: new Set(Object.keys(SOURCE_EXTENSIONS)),
    limits: location.limits,
  });
}

export async function listCorpusFiles(location: CorpusLocation): Promise<string[]> {
  return (await listCorpus(location)).files;
}

export interface LoadStats {
  files: number;
  /** Files read and attributed again: not in the store, or changed. */
  reread: number;
}

/**
 * The corpus model. With a store, a file whose path and content the store
 * knows is not attributed again (`preparedStore.ts`); call `store.save()`
 * after, when there is time, to keep what this load made.
 */
export async function loadCorpus(location: CorpusLocation, store?: PreparedStore, stats?: LoadStats): Promise<BuiltCorpus> {
  const listing = await listCorpus(location);
  const built = await loadListedCorpus(listing.files, location, store, stats);
  built.warnings.unshift(...listing.warnings);
  return built;
}

/** The model of files already listed (`listCorpus`); the listing's own warnings are the caller's to say. */
export async function loadListedCorpus(paths: string[], location: CorpusLocation, store?: PreparedStore, stats?: LoadStats): Promise<BuiltCorpus> {
  const slots: Array<AttributedSource | undefined> = new Array(paths.length);
  const skippedAt = new Map<number, string>();
  const settle = (at: number, key: string, one: ReturnType<typeof prepareOrReason>) => {
    if (one.ok) {
      slots[at] = one.prepared;
      store?.put(key, one.prepared);
    } else skippedAt.set(at, one.reason);
  };
  // Texts are attributed on every core once enough wait to repay starting the workers; the first few wait for that.
  const workers = PreparePool.size();
  let pool: PreparePool | undefined;
  const waiting: Array<{ at: number; key: string; text: string }> = [];
  const working: Promise<void>[] = [];
  const toPool = (t: { at: number; key: string; text: string }) =>
    working.push(pool!.prepare(paths[t.at], t.text).then((one) => settle(t.at, t.key, one), () => settle(t.at, t.key, prepareOrReason(paths[t.at], t.text))));
  let reread = 0;
  try {
    for (let i = 0; i < paths.length; i++) {
      // Let a language server answer requests between batches.
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      const p = paths[i];
      // PDF and Word files have their own readers; their bytes are not text, and are what is hashed.
      const bytes = isDocumentFile(p) ? await readDocumentBytes(p) : undefined;
      const read = bytes ? undefined : readTextFile(p);
      if (bytes && !bytes.ok) {
        skippedAt.set(i, bytes.reason);
        continue;
      }
      if (read && !read.ok) {
        skippedAt.set(i, read.reason);
        continue;
      }
      // What the store knows (this path with this content) is not attributed again.
      const key = store ? contentKey(p, bytes?.ok ? bytes.bytes : read!.ok ? read!.text : '') : '';
      const hit = store?.get(key);
      if (hit) {
        slots[i] = hit;
        continue;
      }
      reread++;
      const text = bytes?.ok ? await documentText(p, bytes.bytes) : read!;
      if (!text.ok) skippedAt.set(i, text.reason);
      else if (pool) {
        toPool({ at: i, key, text: text.text });
        await pool.whenQueueBelow(64);
      } else if (workers > 0 && paths.length - i >= POOL_MIN_TEXTS) {
        waiting.push({ at: i, key, text: text.text });
        if (waiting.length >= POOL_MIN_TEXTS) {
          pool = PreparePool.open();
          for (const t of waiting.splice(0)) toPool(t);
        }
      } else settle(i, key, prepareOrReason(p, text.text));
    }
    // Too few were left to start workers for: attributed here.
    for (const t of waiting.splice(0)) settle(t.at, t.key, prepareOrReason(paths[t.at], t.text));
    await Promise.all(working);
  } finally {
    pool?.close();
  }
  const prepared: AttributedSource[] = [];
  const skipped: SkippedFile[] = [];
  for (let i = 0; i < paths.length; i++) {
    const one = slots[i];
    if (one) prepared.push(withConfigSpeakers(one, location.speakers));
    else skipped.push({ path: paths[i], reason: skippedAt.get(i)! });
  }
  if (stats) Object.assign(stats, { files: paths.length, reread });
  return buildFromAttributed(prepared, skipped);
}

/**
 * Longer paragraphs are not prose a reporter quotes (the longest in the news
 * sets and debate transcripts is under 1 KB), and reading who said what in one
 * costs time that grows faster than its length: an 8 MB one-paragraph file
 * took minutes.
 */
export const MAX_PARAGRAPH_CHARS = 256 * 1024;

/** One source that cannot be prepared (a parser's limit, a bug, a paragraph of megabytes) is skipped with its reason; the rest load. */
export function prepareOrReason(p: string, text: string): { ok: true; prepared: AttributedSource } | { ok: false; reason: string } {
  try {
    const prepared = prepareSource({ path: p, text });
    const longest = prepared.paragraphs.reduce((m, r) => Math.max(m, r.end - r.start), 0);
    if (longest > MAX_PARAGRAPH_CHARS) return { ok: false, reason: `a paragraph of ${Math.round(longest / 1024)} KB, over the ${MAX_PARAGRAPH_CHARS / 1024} KB limit for one paragraph` };
    return { ok: true, prepared: attributeSource(prepared) };
  } catch (err) {
    return { ok: false, reason: `cannot be read as a source: ${err instanceof RangeError ? 'nested or repeated too deeply' : (err as Error).message}` };
  }
}
