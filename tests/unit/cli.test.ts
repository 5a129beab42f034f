// `verbatim sources|quotes|people`: output shapes and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');

test('quotes --format json: {source, file, speaker, kind, cue, text, start, end} for the seeds', async () => {
  const { code, out } = await runCli('quotes', '--format', 'json');
  assert.equal(code, 0);
  const rows = JSON.parse(out);
  assert.ok(rows.length >= 40);
  for (const key of ['source', 'file', 'speaker', 'kind', 'cue', 'text', 'start', 'end']) assert.ok(key in rows[0], key);
  // 000: “We are not going to hold negotiations …,” he told Bayramov.
  const told = rows.find((r: { text: string }) => r.text.startsWith('We are not going to hold negotiations'));
  assert.equal(told.speaker, 'Ilham Aliyev');
  assert.equal(told.cue, 'told');
  assert.equal(told.file, path.join('seeds', '000_64dc1e6c8dc30130.txt'));
});

test('people --format json: {name, aliases, roles, mentions, quotes}', async () => {
  const { code, out } = await runCli('people', '--format', 'json');
  assert.equal(code, 0);
  const rows = JSON.parse(out);
  const hajiyev = rows.find((r: { name: string }) => r.name === 'Hikmet Hajiyev');
  assert.ok(hajiyev.aliases.includes('Hikmat Hajiyev'));
  assert.ok(hajiyev.quotes > 0); // 7 in tests/gold/seeds.json
  assert.ok(hajiyev.mentions > 0);
  const aliyev = rows.find((r: { name: string }) => r.name === 'Ilham Aliyev');
  assert.ok(aliyev.roles.length > 0);
});

test('sources as text: one line a source', async () => {
  const { code, out } = await runCli('sources');
  assert.equal(code, 0);
  assert.equal(out.trim().split('\n').length, 5);
  assert.match(out, /^000_64dc1e6c8dc30130\t2020-07-17\t-\tPresident Ilham Aliyev of Azerbaijan threatened/m);
  assert.match(out, /^001_d3d3f7e52c00361c\t2023-09-06\t-\tAzerbaijan Says Anybody Willing to Contribute to Peace Talks is Welcome$/m);
  assert.match(out, /^002_0ed3d3604d76e39f\t\?{4}-\?\?-\?\?\tAFP\tArmenia excludes any political solution in Nagorno Karabakh$/m);
});

test('exit 2 with a one-line message: bad usage, unknown command, missing corpus', async () => {
  for (const argv of [['quotes', '--format', 'xml'], ['frobnicate'], ['quotes', '--corpus', '/no/such/dir'], ['quotes', '--bogus'], []]) {
    const r = await runCli(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.out, '');
    if (argv.length) assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('the installed bin runs from the repository root (npx verbatim)', { skip: !existsSync(path.join(ROOT, 'dist', 'cli.js')) && 'run `npm run build` first' }, () => {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'verbatim.js'), 'sources', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(JSON.parse(out).length, 5);
  const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'verbatim.js'), 'quotes', '--corpus', '/nope'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^verbatim: corpus folder not found: \/nope\n$/);
});

test('sources, quotes, people and bib find the corpus as check does: ./sources, then verbatim.json', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-cli-corpus-'));
  mkdirSync(path.join(dir, 'sources'));
  cpSync(path.join(ROOT, 'seeds', readdirSync(path.join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!), path.join(dir, 'sources', 'only.txt'));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    for (const command of ['sources', 'quotes', 'people', 'bib']) {
      const r = await runCli(command, '--format', command === 'bib' ? 'csl-json' : 'json');
      assert.equal(r.code, 0, `${command}: ${r.err}`);
    }
    const sources = JSON.parse((await runCli('sources', '--format', 'json')).out);
    assert.deepEqual(sources.map((s: { key: string }) => s.key), ['only'], 'the folder’s sources/, not the bundled seeds');
    assert.ok(JSON.parse((await runCli('quotes', '--format', 'json')).out).every((q: { source: string }) => q.source === 'only'));
    assert.deepEqual(JSON.parse((await runCli('bib')).out).map((e: { id: string }) => e.id), ['only']);
    // verbatim.json's globs come before ./sources, as for check.
    mkdirSync(path.join(dir, 'other'));
    cpSync(path.join(dir, 'sources', 'only.txt'), path.join(dir, 'other', 'elsewhere.txt'));
    writeFileSync(path.join(dir, 'verbatim.json'), JSON.stringify({ corpus: ['other/*.txt'] }));
    assert.deepEqual(JSON.parse((await runCli('sources', '--format', 'json')).out).map((s: { key: string }) => s.key), ['elsewhere']);
  } finally {
    process.chdir(cwd);
  }
});
