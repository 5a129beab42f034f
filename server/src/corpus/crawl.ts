// Lists the files a corpus's globs name, reading only what the user pointed
// at. Each glob is crawled from its own base folder; a base outside the
// workspace (`../elsewhere`, `/etc`) is read only when an explicit setting
// names it, and is reported once otherwise. Symlinks are followed only while
// they stay inside those folders (by real path), every file is listed once
// however many links lead to it, and the crawl is bounded in entries, depth
// and time, with a message when a bound is hit.
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export interface CrawlLimits {
  /** Folder entries looked at, over all globs. */
  maxEntries: number;
  /** Folders below a glob's base. */
  maxDepth: number;
  maxMs: number;
}

export const CRAWL_LIMITS: CrawlLimits = { maxEntries: 200_000, maxDepth: 24, maxMs: 20_000 };

export interface CrawlOptions {
  /** The folder relative globs start from. */
  root: string;
  globs: string[];
  /** Folders (real paths or not) the crawl may read; undefined: anywhere (a folder named on the command line). */
  confineTo?: string[];
  /** Folders outside `confineTo` that a setting names explicitly. */
  allowed?: string[];
  /** How to read a folder outside, said when a glob leads there. */
  outsideHint?: string;
  /** Globs of paths, relative to a glob's base, that are never sources. */
  ignore?: string[];
  /** File extensions a source may have (with the dot, lower case). */
  extensions: Set<string>;
  limits?: CrawlLimits;
}

export interface CrawlResult {
  files: string[];
  /** Bounds hit, paths refused: each said once. */
  warnings: string[];
}

/** Whether `p` is `dir` or inside it. Both absolute and normalised. */
export function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

export async function crawl(opts: CrawlOptions): Promise<CrawlResult> {
  const limits = opts.limits ?? CRAWL_LIMITS;
  const warnings: string[] = [];
  const warnOnce = (m: string) => {
    if (!warnings.includes(m)) warnings.push(m);
  };
  const readable = opts.confineTo
    ? (await Promise.all([...opts.confineTo, ...(opts.allowed ?? [])].map(async (d) => [path.resolve(d), await realOrNull(path.resolve(d))]))).flat().filter((d): d is string => !!d)
    : undefined;
  const mayRead = (real: string) => !readable || readable.some((d) => isInside(real, d));
  const ignored = picomatch(opts.ignore ?? [], { dot: true });
  const started = performance.now();
  let entries = 0;
  let stopped = false;
  const files: string[] = [];
  const seenFiles = new Set<string>();

  for (const glob of opts.globs) {
    if (stopped) break;
    const scan = picomatch.scan(glob);
    const base = path.resolve(opts.root, scan.base || '.');
    const realBase = await realOrNull(base);
    if (!realBase) continue;
    if (!mayRead(realBase)) {
      warnOnce(`corpus path outside the workspace not read: ${glob} (${realBase}); ${opts.outsideHint ?? 'name the folder in the verbatim.allowedCorpusPaths setting to read it'}`);
      continue;
    }
    let matches: (rel: string) => boolean;
    if (scan.isGlob) {
      const m = picomatch(scan.glob, { dot: false });
      matches = (rel) => m(rel);
    } else {
      // A plain path: one file, or every source in a folder.
      const st = await fs.stat(realBase).catch(() => null);
      if (st?.isFile()) {
        if (opts.extensions.has(path.extname(base).toLowerCase()) && !seenFiles.has(realBase)) {
          seenFiles.add(realBase);
          files.push(base);
        }
        continue;
      }
      matches = () => true;
    }
    const visitedDirs = new Set<string>([realBase]);
    const stack: Array<{ dir: string; realDir: string; rel: string; depth: number }> = [{ dir: base, realDir: realBase, rel: '', depth: 0 }];
    while (stack.length > 0) {
      if (entries >= limits.maxEntries) {
        warnOnce(`stopped listing the corpus after ${limits.maxEntries} folder entries; point the corpus globs at the sources folder`);
        stopped = true;
        break;
      }
      if (performance.now() - started > limits.maxMs) {
        warnOnce(`stopped listing the corpus after ${Math.round(limits.maxMs / 1000)} s; point the corpus globs at the sources folder`);
        stopped = true;
        break;
      }
      const { dir, realDir, rel, depth } = stack.pop()!;
      let list: Dirent[];
      try {
        list = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries += list.length;
      for (const e of list) {
        if (e.name.startsWith('.')) continue;
        const full = path.join(dir, e.name);
        const relPath = rel ? `${rel}/${e.name}` : e.name;
        if (ignored(relPath)) continue;
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        // Below a real folder, a plain entry's real path is known without asking the disk.
        let real = path.join(realDir, e.name);
        if (e.isSymbolicLink()) {
          const target = await realOrNull(full);
          if (!target) continue;
          if (!mayRead(target)) {
            warnOnce(`not following ${full}: it leads outside the workspace (${target})`);
            continue;
          }
          const st = await fs.stat(target).catch(() => null);
          if (!st) continue;
          isDir = st.isDirectory();
          isFile = st.isFile();
          real = target;
        }
        if (isDir) {
          if (depth + 1 > limits.maxDepth) {
            warnOnce(`not listing folders more than ${limits.maxDepth} deep under ${base}`);
            continue;
          }
          // A real path seen before is a symlink loop or a second way in: list it once.
          if (visitedDirs.has(real)) continue;
          visitedDirs.add(real);
          stack.push({ dir: full, realDir: real, rel: relPath, depth: depth + 1 });
        } else if (isFile && opts.extensions.has(path.extname(e.name).toLowerCase()) && matches(relPath)) {
          if (seenFiles.has(real)) continue;
          seenFiles.add(real);
          files.push(full);
        }
      }
    }
  }
  return { files: files.sort(), warnings };
}
