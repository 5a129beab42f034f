// `verbatim` on the command line: the same engine the language server uses.
import { parseArgs } from 'node:util';
import { CorpusError } from '../corpus/loadCorpus';
import { CheckError, corpusForCommand, runCheck } from './check';
import { runReport } from './report';
import { bibliography } from '../export/bibliography';
import { printable, stdio, type Io } from './io';
import { formatPeople, formatQuotes, formatSources } from './listings';
import { USAGE } from './usage';

class UsageError extends Error {}

declare const VERBATIM_VERSION: string | undefined;
const VERSION = typeof VERBATIM_VERSION === 'string' ? VERBATIM_VERSION : '0.0.0-dev';

export async function main(argv: string[], raw: Io = stdio): Promise<number> {
  const io = printable(raw);
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof CorpusError || err instanceof CheckError) {
      io.err(`verbatim: ${err.message}\n`);
      return 2;
    }
    io.err(`verbatim: internal error: ${(err as Error).stack ?? err}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        stdio: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}. See 'verbatim --help'.`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const format = values.format!;
  if (command === 'lsp') {
    // The language server, for editors other than VS Code: `verbatim lsp --stdio`.
    const { createServerConnection } = await import('../lsp/connection');
    const { startServer } = await import('../lsp/server');
    startServer(createServerConnection());
    return new Promise<number>(() => {}); // runs until the editor sends exit
  }
  if (command === 'check') {
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
    return runCheck({ files: rest, corpus: values.corpus, format, fix: values.fix!, cwd: process.cwd(), version: VERSION }, io);
  }
  if (command === 'report') return runReport(rest, values.corpus, values.output, process.cwd(), io);
  if (command === 'bib') {
    const bibFormat = parsed.values.format === 'text' ? 'csl-json' : parsed.values.format!;
    if (bibFormat !== 'csl-json' && bibFormat !== 'bibtex') throw new UsageError(`--format must be csl-json or bibtex, not "${bibFormat}"`);
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const { model } = await corpusForCommand(process.cwd(), values.corpus, io);
    io.out(bibliography(model.sources, bibFormat));
    return 0;
  }
  if (values.fix) throw new UsageError('--fix goes with check');
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const listing = { sources: formatSources, quotes: formatQuotes, people: formatPeople }[command];
  if (!listing) throw new UsageError(`unknown command "${command}". See 'verbatim --help'.`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);

  const { model } = await corpusForCommand(process.cwd(), values.corpus, io);
  io.out(listing(model, format));
  return 0;
}
