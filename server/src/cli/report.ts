// `verbatim report DRAFT [--corpus DIR] -o report.html`
import * as path from 'node:path';
import { checkDraft } from '../check/checkDraft';
import { renderReport } from '../export/report';
import { CheckError, indexForDrafts, readDraftFile, writeAtomically } from './check';
import type { Io } from './io';

export async function runReport(files: string[], corpus: string | undefined, output: string | undefined, cwd: string, io: Io): Promise<number> {
  if (files.length !== 1) throw new CheckError('report takes one draft: verbatim report DRAFT -o report.html');
  const file = path.resolve(cwd, files[0]);
  const text = readDraftFile(file);
  const { index, config } = await indexForDrafts(cwd, corpus, io);
  const html = renderReport(checkDraft(text, index, config), index, path.basename(file), text);
  if (!output || output === '-') io.out(html);
  else {
    writeAtomically(path.resolve(cwd, output), null, html);
    io.err(`verbatim: wrote ${output}\n`);
  }
  return 0;
}
