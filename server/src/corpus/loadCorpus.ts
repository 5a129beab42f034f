// A corpus folder (or a set of globs) on disk → the model. Unreadable, binary,
// oversize and non-UTF-8 files are skipped with a reason; a missing folder is an error.
import { promises as fs, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import type { SkippedFile } from '../model/types';
import { buildFromPrepared, prepareSource, type BuiltCorpus, type PreparedSource } from './buildCorpus';
import { isDocumentFile, readDocumentFile } from './readDocument';
import { readTextFile } from './readTextFile';
import { withConfigSpeakers, type SpeakerConfig } from './transcript/configSpeakers';
import { SOURCE_EXTENSIONS } from './sourceFromFile';

export class CorpusError extends Error {}

const YIELD_EVERY = 200;

function statOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

export const DEFAULT_SOURCE_GLOB = `**/*.{${Object.keys(SOURCE_EXTENSIONS).map((e) => e.slice(1)).join(',')}}`;
/** Files in a corpus folder that are about the corpus, not part of it. */
const NOT_SOURCES = ['**/README*', '**/LICENSE*', '**/CHANGELOG*', '**/node_modules/**'];

export interface CorpusLocation {
  /** The folder the globs are relative to. */
  root: string;
  globs?: string[];
  /** verbatim.json's names for transcript labels. */
  speakers?: SpeakerConfig;
}

export async function listCorpusFiles(location: CorpusLocation): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(location.root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusError(code === 'ENOENT' ? `corpus folder not found: ${location.root}` : `cannot read corpus folder ${location.root}: ${code}`);
  }
  if (!stat.isDirectory()) throw new CorpusError(`corpus is not a folder: ${location.root}`);
  const files = await glob(location.globs?.length ? location.globs : [DEFAULT_SOURCE_GLOB], {
    cwd: location.root,
    absolute: true,
    dot: false,
    ignore: NOT_SOURCES,
  });
  return files.filter((f) => path.extname(f).toLowerCase() in SOURCE_EXTENSIONS).sort();
}

/**
 * Prepared sources by path, with the size and time of the file they came from:
 * a reload re-reads only the files that changed.
 */
export type PreparedCache = Map<string, { size: number; mtimeMs: number; prepared: PreparedSource }>;

export interface LoadStats {
  files: number;
  reread: number;
}

export async function loadCorpus(location: CorpusLocation, cache?: PreparedCache, stats?: LoadStats): Promise<BuiltCorpus> {
  const paths = await listCorpusFiles(location);
  const prepared: PreparedSource[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  let reread = 0;
  for (let i = 0; i < paths.length; i++) {
    // Let a language server answer requests between batches.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
    const p = paths[i];
    seen.add(p);
    const stat = cache ? statOrNull(p) : null;
    const hit = stat && cache!.get(p);
    if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) {
      prepared.push(withConfigSpeakers(hit.prepared, location.speakers));
      continue;
    }
    reread++;
    // PDF and Word files have their own readers; their bytes are not text.
    const read = isDocumentFile(p) ? await readDocumentFile(p) : readTextFile(p);
    // Prepared at once, so the file's raw text can be collected while the rest is read.
    if (read.ok) {
      const one = prepareSource({ path: p, text: read.text });
      prepared.push(withConfigSpeakers(one, location.speakers));
      if (cache && stat) cache.set(p, { size: stat.size, mtimeMs: stat.mtimeMs, prepared: one });
    } else {
      skipped.push({ path: p, reason: read.reason });
      cache?.delete(p);
    }
  }
  if (cache) for (const p of [...cache.keys()]) if (!seen.has(p)) cache.delete(p);
  if (stats) Object.assign(stats, { files: paths.length, reread });
  return buildFromPrepared(prepared, skipped);
}
