// A corpus folder (or a set of globs) on disk → the model. Unreadable, binary,
// oversize and non-UTF-8 files are skipped with a reason; a missing folder is an error.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import type { SkippedFile } from '../model/types';
import { buildCorpus, type BuiltCorpus, type CorpusFile } from './buildCorpus';
import { readTextFile } from './readTextFile';
import { SOURCE_EXTENSIONS } from './sourceFromFile';

export class CorpusError extends Error {}

export const DEFAULT_SOURCE_GLOB = `**/*.{${Object.keys(SOURCE_EXTENSIONS).map((e) => e.slice(1)).join(',')}}`;
/** Files in a corpus folder that are about the corpus, not part of it. */
const NOT_SOURCES = ['**/README*', '**/LICENSE*', '**/CHANGELOG*', '**/node_modules/**'];

export interface CorpusLocation {
  /** The folder the globs are relative to. */
  root: string;
  globs?: string[];
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

export async function loadCorpus(location: CorpusLocation): Promise<BuiltCorpus> {
  const paths = await listCorpusFiles(location);
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  // Bounded parallel reads: fast on many small files, without thousands of open handles.
  const queue = paths.slice();
  const worker = async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      const read = await readTextFile(p);
      if (read.ok) files.push({ path: p, text: read.text });
      else skipped.push({ path: p, reason: read.reason });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  files.sort((a, b) => a.path.localeCompare(b.path));
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  return buildCorpus(files, skipped);
}
