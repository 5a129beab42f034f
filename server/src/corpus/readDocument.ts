// PDF and Word sources: binary files, read by their own readers into text.
// Like readTextFile, a file that cannot be a source says why; nothing throws.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { docxText } from './docxText';
import { pdfText } from './pdfText';
import type { ReadResult } from './readTextFile';

/** Reports and statements run long: a PDF may be far larger than any text article. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const READERS: Record<string, (bytes: Uint8Array) => Promise<ReadResult>> = { '.pdf': pdfText, '.docx': docxText };

export function isDocumentFile(filePath: string): boolean {
  return Object.hasOwn(READERS, path.extname(filePath).toLowerCase());
}

export async function readDocumentFile(filePath: string): Promise<ReadResult> {
  const read = READERS[path.extname(filePath).toLowerCase()];
  if (!read) return { ok: false, reason: 'not a PDF or Word file' };
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > MAX_DOCUMENT_BYTES) return { ok: false, reason: `${(stat.size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB limit for one document` };
    bytes = await fs.readFile(filePath);
  } catch (err) {
    return { ok: false, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  return read(bytes);
}
