// One measured run on a folder holding one document (a transcript or a PDF),
// in a fresh process: reading (for a PDF, pdf.js's text extraction alone), and
// the whole load (read, turns or pages, names, attribution) plus the index.
// Prints one JSON line: {readMs, prepareMs, loadMs, indexMs, pages, turns, quotes}.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { prepareSource } from '../server/src/corpus/buildCorpus';
import { loadCorpus } from '../server/src/corpus/loadCorpus';
import { readDocumentFile, isDocumentFile } from '../server/src/corpus/readDocument';
import { readTextFile } from '../server/src/corpus/readTextFile';
import { buildCorpusIndex } from '../server/src/index/corpusIndex';

async function main() {
  const dir = process.argv[2];
  const file = path.join(dir, readdirSync(dir)[0]);
  const t0 = performance.now();
  const read = isDocumentFile(file) ? await readDocumentFile(file) : readTextFile(file);
  const readMs = performance.now() - t0;
  if (!read.ok) throw new Error(read.reason);
  // Reading the file's shape alone: turns, labels, stage notes (or a PDF's pages), the body.
  const tp = performance.now();
  prepareSource({ path: file, text: read.text });
  const prepareMs = performance.now() - tp;
  const t1 = performance.now();
  const { model } = await loadCorpus({ root: dir });
  const loadMs = performance.now() - t1;
  const t2 = performance.now();
  buildCorpusIndex(model);
  const indexMs = performance.now() - t2;
  const source = model.sources[0];
  console.log(JSON.stringify({ readMs, prepareMs, loadMs, indexMs, pages: source.pageStarts?.length ?? 0, turns: source.transcript?.turns.length ?? 0, quotes: model.quotes.length }));
}
main();
