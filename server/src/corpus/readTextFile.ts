// Reads one corpus file as text, or says clearly why it cannot be a source.
// Bad input never throws out of here: a skipped file is a normal outcome.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Larger files are skipped: no news article is this long, and one file must not stall indexing. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Synchronous on purpose: a corpus is thousands of small files, and a thread-pool
 * round trip per file costs more than the read. Callers yield between batches.
 */
export function readTextFile(path: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > MAX_SOURCE_BYTES) {
      return { ok: false, reason: `${formatMiB(stat.size)} is over the ${formatMiB(MAX_SOURCE_BYTES)} limit for one source` };
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeText(bytes.subarray(0, read));
  } catch (err) {
    return { ok: false, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, reason: `${formatMiB(bytes.length)} is over the ${formatMiB(MAX_SOURCE_BYTES)} limit for one source` };
  }
  // A NUL byte in the first 8 KiB is the classic sign of a binary file (git uses the same test).
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
