// The CLI as a writer installs it: `npm pack`, then `npm install -g ./verbatim-x.y.z.tgz`
// into a scratch prefix; the installed `verbatim` runs outside the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('the packed tarball installs globally and its verbatim command runs anywhere', { timeout: 180_000 }, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'verbatim-tarball-'));
  execFileSync(npm, ['pack', '--pack-destination', scratch], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((f) => /^verbatim-\d+\.\d+\.\d+\.tgz$/.test(f));
  assert.ok(tarball, readdirSync(scratch).join(', '));
  const prefix = path.join(scratch, 'prefix');
  execFileSync(npm, ['install', '-g', '--prefix', prefix, `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: scratch, stdio: 'pipe' });
  const elsewhere = path.join(scratch, 'elsewhere');
  mkdirSync(elsewhere);
  const out = execFileSync(path.join(prefix, 'bin', 'verbatim'), ['sources', '--format', 'json'], { cwd: elsewhere, encoding: 'utf8' });
  assert.equal(JSON.parse(out).length, 5, 'the bundled sample corpus, found from the installed package');
  assert.match(execFileSync(path.join(prefix, 'bin', 'verbatim'), ['--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+/);
});
