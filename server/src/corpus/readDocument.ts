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
  const bytes = await readDocumentBytes(filePath);
  return bytes.ok ? documentText(filePath, bytes.bytes) : bytes;
}

/** A PDF's or Word file's bytes, within the size limit. */
export async function readDocumentBytes(filePath: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  if (!READERS[path.extname(filePath).toLowerCase()]) return { ok: false, reason: 'not a PDF or Word file' };
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > MAX_DOCUMENT_BYTES) return { ok: false, reason: `${(stat.size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB limit for one document` };
    return { ok: true, bytes: await fs.readFile(filePath) };
  } catch (err) {
    return { ok: false, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
}

/** The text of a PDF or Word file's bytes. */
export function documentText(filePath: string, bytes: Uint8Array): Promise<ReadResult> {
  const read = READERS[path.extname(filePath).toLowerCase()];
  return read ? read(bytes) : Promise.resolve({ ok: false, reason: 'not a PDF or Word file' });
}
