// `verbatim check`: formats, exit codes, --fix, and which corpus it uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { SEEDS } from '../helpers/corpus';
import { EXAMPLE, KNOWN_FALSE_ALARMS, PLANTED, label } from '../helpers/example';

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

interface JsonFinding {
  code: string;
  line: number;
  column: number;
  endColumn: number;
  severity: string;
  fixes: Array<{ edits: unknown[] }>;
  source?: { key: string };
}

async function exampleFindings(): Promise<JsonFinding[]> {
  return JSON.parse((await runCli('check', EXAMPLE, '--format', 'json')).out);
}

test('text: file:line:col: severity code message, and exit 1 on the example draft', async () => {
  const r = await runCli('check', EXAMPLE);
  assert.equal(r.code, 1);
  const rows = r.out.trim().split('\n');
  assert.match(rows[0], /^.*examples\/draft\.md:\d+:\d+: (error|warning|information) [a-z-]+ /);
  for (const p of PLANTED) assert.ok(rows.some((row) => row.includes(`draft.md:${p.line}:`) && row.includes(` ${p.code} `)), `${label(p)} (${p.why}) missing from\n${r.out}`);
  assert.match(rows.at(-1)!, /^\d+ findings in 1 draft checked against 5 sources$/);
});

test('the example draft: its seven planted problems, one per code, and nothing else but the known false alarms', async () => {
  const found = (await exampleFindings()).map(label);
  assert.deepEqual(new Set(PLANTED.map((p) => p.code)).size, 7);
  for (const p of PLANTED) assert.ok(found.includes(label(p)), `${label(p)} (${p.why}) not reported; got ${found.join(', ')}`);
  const expected = new Set([...PLANTED, ...KNOWN_FALSE_ALARMS].map(label));
  assert.deepEqual(found.filter((f) => !expected.has(f)), [], 'findings that are neither planted nor known false alarms');
});

for (const alarm of KNOWN_FALSE_ALARMS) {
  test(`the example draft: no false ${label(alarm)}`, { todo: `known false alarm: ${alarm.why}` }, async () => {
    assert.ok(!(await exampleFindings()).map(label).includes(label(alarm)));
  });
}

test('json: 1-based lines and columns, fixes as edits', async () => {
  const rows = await exampleFindings();
  const speaker = rows.find((x) => x.code === 'wrong-speaker' && x.line === PLANTED.find((p) => p.code === 'wrong-speaker')!.line)!;
  const text = readFileSync(EXAMPLE, 'utf8').split('\n');
  assert.equal(text[speaker.line - 1].slice(speaker.column - 1, speaker.endColumn - 1), 'Anna Naghdalyan');
  assert.deepEqual(speaker.fixes[0].edits[0], { line: speaker.line, column: speaker.column, endLine: speaker.line, endColumn: speaker.endColumn, newText: 'Ani Badalyan' });
  assert.equal(speaker.severity, 'error');
  assert.equal(speaker.source!.key, '004_3008ca76504e7be7');
  for (const key of ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'fixes']) assert.ok(key in rows[0], key);
});

test('sarif: version 2.1.0, one rule a code, results with regions', async () => {
  const r = await runCli('check', EXAMPLE, '--format', 'sarif');
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'verbatim');
  assert.equal(run.tool.driver.rules.length, 8); // every code, wrong-locator included
  assert.equal(run.results.length, (await exampleFindings()).length);
  assert.deepEqual(new Set(run.results.map((x: { ruleId: string }) => x.ruleId)), new Set(PLANTED.map((p) => p.code)));
  assert.ok(run.results.every((x: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => x.locations[0].physicalLocation.region.startLine >= 1));
});

test('exit 0 on a clean draft; 2 on a missing draft, a binary draft, bad usage', async () => {
  const ws = workspace({ 'clean.md': '"There has to be a meaning," Aliyev said [@000_64dc1e6c8dc30130].\n', 'junk.md': '\u0000\u0001binary' });
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
  const before = await exampleFindings();
  const r = await runCli('check', path.join(ws, 'draft.md'), '--fix');
  assert.match(r.err, /applied \d+ fixes/);
  const fixed = readFileSync(path.join(ws, 'draft.md'), 'utf8');
  // The planted problems with one fix each are fixed…
  assert.match(fixed, /toward any neighbor," said\nAni Badalyan/);
  assert.match(fixed, /Almost 70 percent of the document had been cleared,"/);
  assert.match(fixed, /Prime Minister Nikol Pashinyan told Armenians/);
  assert.match(fixed, /"Karabakh is\nAzerbaijan," Aliyev added \[@003_dad90ff8750c3564\]/);
  assert.match(fixed, /by military means" \[@004_3008ca76504e7be7\]/);
  assert.match(fixed, /"Victory or defeat, and nothing else," \w+ said \[@002_0ed3d3604d76e39f\]\./);
  // …and what is left is the quote nobody said (no fix) and the known false alarms.
  const left = JSON.parse((await runCli('check', path.join(ws, 'draft.md'), '--format', 'json')).out) as JsonFinding[];
  assert.ok(left.some((f) => f.code === 'quote-not-found'));
  assert.ok(left.length < before.length);
  assert.equal(r.code, left.some((f) => f.severity !== 'information') ? 1 : 0);
  assert.deepEqual(readdirSync(ws), ['draft.md']); // no temp file left behind
});

test('--fix leaves the draft’s correct speakers alone (a false alarm once turned “Pashinyan said” into “Hajiyev said”)', async () => {
  const ws = workspace({ 'draft.md': readFileSync(EXAMPLE, 'utf8') });
  await runCli('check', path.join(ws, 'draft.md'), '--fix');
  const fixed = readFileSync(path.join(ws, 'draft.md'), 'utf8');
  assert.match(fixed, /"Victory or defeat, and nothing else," Pashinyan said/);
  assert.match(fixed, /said the ministry's spokesperson, Anna Naghdalyan/);
});

test('--fix of a misquote replaces only the quoted words (001: “…which we very much appreciate. We had achieved…”)', async () => {
  const ws = workspace({ 'draft.md': readFileSync(EXAMPLE, 'utf8') });
  await runCli('check', path.join(ws, 'draft.md'), '--fix');
  const fixed = readFileSync(path.join(ws, 'draft.md'), 'utf8');
  // The evidence once started at the source's earlier “we”, and --fix wrote “we very much appreciate. We had achieved…”.
  assert.match(fixed, /deal\. "We had achieved very\s+important progress\. Almost 70 percent/);
  assert.doesNotMatch(fixed, /appreciate/);
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
