// `verbatim check`: formats, exit codes, --fix, and which corpus it uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { SEEDS, seedCorpus } from '../helpers/corpus';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'draft.md');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function inDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}

test('text: file:line:col: severity code message, and exit 1 on the example draft', async () => {
  const r = await runCli('check', EXAMPLE);
  assert.equal(r.code, 1);
  const rows = r.out.trim().split('\n');
  assert.match(rows[0], /^.*examples\/draft\.md:\d+:\d+: (error|warning|information) [a-z-]+ /);
  for (const code of ['wrong-speaker', 'quote-mismatch', 'unknown-source', 'wrong-citation', 'missing-citation', 'name-misspelled']) {
    assert.ok(rows.some((row) => row.includes(` ${code} `)), `${code} missing from\n${r.out}`);
  }
  assert.match(rows.at(-1)!, /^7 findings in 1 draft checked against 5 sources$/);
});

test('json: 1-based lines and columns, fixes as edits', async () => {
  const r = await runCli('check', EXAMPLE, '--format', 'json');
  const rows = JSON.parse(r.out);
  const speaker = rows.find((x: { code: string }) => x.code === 'wrong-speaker');
  const text = readFileSync(EXAMPLE, 'utf8').split('\n');
  assert.equal(text[speaker.line - 1].slice(speaker.column - 1, speaker.endColumn - 1), 'Saylanov');
  assert.deepEqual(speaker.fixes[0].edits[0], { line: speaker.line, column: speaker.column, endLine: speaker.line, endColumn: speaker.endColumn, newText: 'Dovranov' });
  // An error only when the source names its speaker explicitly (Quote.confidence); a missing confidence is inferred: a warning.
  const held = (await seedCorpus()).quotes.find((q) => q.sourceKey === speaker.source.key && q.text.includes(speaker.source.text));
  assert.equal(speaker.severity, held?.confidence === 'explicit' ? 'error' : 'warning');
  assert.equal(speaker.source.key, '000-border-clashes');
  for (const key of ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'fixes']) assert.ok(key in rows[0], key);
});

test('sarif: version 2.1.0, one rule a code, results with regions', async () => {
  const r = await runCli('check', EXAMPLE, '--format', 'sarif');
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'verbatim');
  assert.equal(run.tool.driver.rules.length, 8); // every code, wrong-locator included
  assert.equal(run.results.length, 7);
  assert.ok(run.results.every((x: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => x.locations[0].physicalLocation.region.startLine >= 1));
});

test('exit 0 on a clean draft; 2 on a missing draft, a binary draft, bad usage', async () => {
  const ws = workspace({ 'clean.md': '"The ball is now in Ardashen\'s court," Gasimli said [@004-regional-summit].\n', 'junk.md': '\u0000\u0001binary' });
  assert.equal((await runCli('check', path.join(ws, 'clean.md'), '--corpus', SEEDS)).code, 0);
  const missing = await runCli('check', path.join(ws, 'nope.md'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^verbatim: cannot read .*nope\.md: ENOENT\n$/);
  const binary = await runCli('check', path.join(ws, 'junk.md'));
  assert.equal(binary.code, 2);
  assert.match(binary.err, /binary file/);
  assert.equal((await runCli('check')).code, 2);
  assert.equal((await runCli('check', EXAMPLE, '--format', 'xml')).code, 2);
  assert.equal((await runCli('quotes', '--fix')).code, 2);
});

test('--fix applies the fixes that need no choice, atomically, and reports what is left', async () => {
  const ws = workspace({ 'draft.md': readFileSync(EXAMPLE, 'utf8') });
  const r = await runCli('check', path.join(ws, 'draft.md'), '--fix');
  assert.equal(r.code, 0, r.out);
  assert.match(r.err, /applied 7 fixes/);
  const fixed = readFileSync(path.join(ws, 'draft.md'), 'utf8');
  assert.match(fixed, /negotiations\?" Dovranov asked/);
  assert.match(fixed, /"About 70 percent of the families we spoke to want to leave," Melikyan said/);
  assert.deepEqual(readdirSync(ws), ['draft.md']); // no temp file left behind
});

test('the corpus: verbatim.json globs, then ./sources/, then the seeds', async () => {
  const quote = '"The road is open to cargo," Lena Ash said [@road].\n';
  const ws = workspace({ 'draft.md': quote, 'notes/road.txt': '"The road is open to cargo," Lena Ash said.\n', 'verbatim.json': JSON.stringify({ corpus: ['notes/**/*.txt'], severity: { 'quote-not-found': 'error' } }) });
  assert.equal((await inDir(ws, () => runCli('check', 'draft.md'))).code, 0);
  const ws2 = workspace({ 'draft.md': quote, 'sources/road.txt': '"The road is open to cargo," Lena Ash said.\n' });
  assert.equal((await inDir(ws2, () => runCli('check', 'draft.md'))).code, 0);
  const ws3 = workspace({ 'draft.md': quote });
  const seeds = await inDir(ws3, () => runCli('check', 'draft.md', '--format', 'json'));
  assert.deepEqual(JSON.parse(seeds.out).map((f: { code: string }) => f.code).sort(), ['quote-not-found', 'unknown-source']);
  const bad = workspace({ 'draft.md': quote, 'verbatim.json': '{ "severity": { "nope": "error" } }' });
  cpSync(SEEDS, path.join(bad, 'sources'), { recursive: true });
  const warned = await inDir(bad, () => runCli('check', 'draft.md'));
  assert.match(warned.err, /unknown code "nope"/);
});
