// A corpus folder (or a set of globs) on disk → the model. Unreadable, binary,
// oversize and non-UTF-8 files are skipped with a reason; a missing folder is an error.
import { promises as fs } from 'node:fs';
import type { SkippedFile } from '../model/types';
import { attributeSource, buildFromAttributed, prepareSource, type AttributedSource, type BuiltCorpus } from './buildCorpus';
import { crawl, type CrawlLimits, type CrawlResult } from './crawl';
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
  const paths = listing.files;
  const prepared: AttributedSource[] = [];
  const skipped: SkippedFile[] = [];
  let reread = 0;
  for (let i = 0; i < paths.length; i++) {
    // Let a language server answer requests between batches.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
    const p = paths[i];
    // PDF and Word files have their own readers; their bytes are not text, and are what is hashed.
    const document = isDocumentFile(p);
    const bytes = document ? await readDocumentBytes(p) : undefined;
    const read = bytes ? undefined : readTextFile(p);
    if (bytes && !bytes.ok) {
      skipped.push({ path: p, reason: bytes.reason });
      continue;
    }
    if (read && !read.ok) {
      skipped.push({ path: p, reason: read.reason });
      continue;
    }
    const key = store ? contentKey(p, bytes?.ok ? bytes.bytes : read!.ok ? read!.text : '') : '';
    const hit = store?.get(key);
    if (hit) {
      prepared.push(withConfigSpeakers(hit, location.speakers));
      continue;
    }
    reread++;
    const text = bytes?.ok ? await documentText(p, bytes.bytes) : read!;
    // Prepared at once, so the file's raw text can be collected while the rest is read.
    const one = text.ok ? prepareOrReason(p, text.text) : text;
    if (one.ok) {
      prepared.push(withConfigSpeakers(one.prepared, location.speakers));
      store?.put(key, one.prepared);
    } else skipped.push({ path: p, reason: one.reason });
  }
  if (stats) Object.assign(stats, { files: paths.length, reread });
  const built = buildFromAttributed(prepared, skipped);
  built.warnings.unshift(...listing.warnings);
  return built;
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
