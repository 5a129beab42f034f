// `verbatim check FILE… [--corpus DIR] [--format text|json|sarif] [--fix]`
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { applyUnambiguousFixes } from '../check/applyFixes';
import { checkDraft } from '../check/checkDraft';
import { loadConfig } from '../check/config';
import type { Finding } from '../check/findings';
import { userCacheFolder } from '../corpus/preparedStore';
import type { CorpusIndex } from '../index/corpusIndex';
import { fileIndex } from '../index/persistentIndex';
import { loadReadyCorpus } from '../index/readyCorpus';
import { LineIndex } from '../text/lineIndex';
import { corpusForCheck } from './corpusForCheck';
import type { Io } from './io';
import { toSarif, type FileFindings } from './sarif';
import { FileChangedError, writeFilePreservingIdentity } from './writeFile';

export class CheckError extends Error {}

/**
 * The corpus as every command finds it (check, report, bib, sources, quotes, people): --corpus, else
 * verbatim.json's globs, else ./sources, else the bundled seeds.
 */
export async function corpusForCommand(cwd: string, corpusFlag: string | undefined, io: Io) {
  const { config, root, problems } = loadConfig(cwd);
  for (const p of problems) io.err(`verbatim: ${p}\n`);
  const location = corpusForCheck(cwd, corpusFlag, config, root);
  // The persistent index is kept in the user's cache folder: the next run attributes only new or changed files,
  // and reads the whole corpus back when none changed.
  const store = process.env.VERBATIM_NO_CACHE ? undefined : fileIndex(userCacheFolder(), location, (m) => io.err(`verbatim: ${m}\n`));
  const ready = await loadReadyCorpus(location, store);
  store?.save();
  for (const s of ready.model.skipped) io.err(`verbatim: skipped ${s.path}: ${s.reason}\n`);
  // What the corpus could not settle, such as a transcript speaker no one is named for, with the fix.
  for (const w of ready.warnings) io.err(`verbatim: ${w}\n`);
  if (ready.model.sources.length === 0) throw new CheckError(`no readable sources in ${location.description}`);
  return { model: ready.model, index: ready.index, config };
}

/** The corpus and its index, as check and report find them. */
export async function indexForDrafts(cwd: string, corpusFlag: string | undefined, io: Io) {
  const { index, config } = await corpusForCommand(cwd, corpusFlag, io);
  return { index, config };
}

export interface CheckOptions {
  files: string[];
  corpus?: string;
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  cwd: string;
  version: string;
}

export async function runCheck(opts: CheckOptions, io: Io): Promise<number> {
  if (opts.files.length === 0) throw new CheckError('check needs at least one draft: verbatim check FILE…');
  const { index, config } = await indexForDrafts(opts.cwd, opts.corpus, io);

  const results: FileFindings[] = [];
  for (const file of opts.files) {
    const full = path.resolve(opts.cwd, file);
    let text = readDraftFile(full);
    let findings = checkDraft(text, index, config).findings;
    if (opts.fix) {
      const fixed = applyUnambiguousFixes(text, findings);
      if (fixed.applied > 0) writeAtomically(full, text, fixed.text);
      if (fixed.applied > 0 || fixed.dropped > 0) {
        io.err(`verbatim: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}${fixed.skipped ? `, left ${fixed.skipped} that need a choice` : ''}${fixed.dropped ? `, dropped ${fixed.dropped} whose words could not be placed exactly` : ''}\n`);
      }
      if (fixed.applied > 0) {
        text = fixed.text;
        findings = checkDraft(text, index, config).findings;
      }
    }
    results.push({ file: full, text, findings });
  }

  io.out(format(results, opts, index));
  return results.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}

export function readDraftFile(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new CheckError(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof CheckError) throw err;
    throw new CheckError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new CheckError(`${file} is a binary file, not a Markdown draft`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CheckError(`${file} is not valid UTF-8 text`);
  }
}

/** Writes a fixed draft or a report, keeping the file's identity; never when the file changed since it was read. */
export function writeAtomically(file: string, expected: string | null, text: string): void {
  try {
    writeFilePreservingIdentity(file, expected, text);
  } catch (err) {
    if (err instanceof FileChangedError) throw new CheckError(err.message);
    throw err;
  }
}

function format(results: FileFindings[], opts: CheckOptions, index: CorpusIndex): string {
  const rel = (f: string) => path.relative(opts.cwd, f) || f;
  if (opts.format === 'sarif') return JSON.stringify(toSarif(results, opts.version, opts.cwd), null, 2) + '\n';
  if (opts.format === 'json') {
    return (
      JSON.stringify(
        results.flatMap(({ file, text, findings }) => {
          const lines = new LineIndex(text);
          return findings.map((f) => toJson(rel(file), lines, f));
        }),
        null,
        2,
      ) + '\n'
    );
  }
  const out: string[] = [];
  let total = 0;
  for (const { file, text, findings } of results) {
    const lines = new LineIndex(text);
    for (const f of findings) {
      const p = lines.position(f.start);
      out.push(`${rel(file)}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${f.message.replace(/\s+/g, ' ')}`);
      total++;
    }
  }
  const checked = `${results.length} draft${results.length === 1 ? '' : 's'} checked against ${index.model.sources.length} sources`;
  out.push(total ? `${total} finding${total === 1 ? '' : 's'} in ${checked}` : `No findings: ${checked}.`);
  return out.join('\n') + '\n';
}

function toJson(file: string, lines: LineIndex, f: Finding) {
  const at = (offset: number) => {
    const p = lines.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const start = at(f.start);
  const end = at(f.end);
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity: f.severity,
    code: f.code,
    message: f.message,
    ...(f.source ? { source: f.source } : {}),
    fixes: f.fixes.map((x) => ({
      title: x.title,
      edits: x.edits.map((e) => {
        const s = at(e.start);
        const t = at(e.end);
        return { line: s.line, column: s.column, endLine: t.line, endColumn: t.column, newText: e.newText };
      }),
    })),
  };
}
