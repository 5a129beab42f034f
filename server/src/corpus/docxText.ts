// A Word file's text through mammoth: paragraphs separated by blank lines,
// which is the shape the rest of the reader (articles, transcripts) expects.
import type { ReadResult } from './readTextFile';

export async function docxText(bytes: Uint8Array): Promise<ReadResult> {
  const mammoth = await import('mammoth');
  try {
    const result = await (mammoth.default ?? mammoth).extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const text = result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    if (!text) return { ok: false, reason: 'the Word file holds no text' };
    return { ok: true, text };
  } catch (err) {
    return { ok: false, reason: `not a readable Word (.docx) file (${(err as Error).message.split('\n')[0]})` };
  }
}
