// Which files a corpus snapshot was made from (index/fileFingerprints.ts): an
// unchanged file is not read again; a file changed to the same size with its
// time put back is caught while it was written too shortly before it was
// hashed (the time stamp cannot tell), and a touched file is hashed again.
import assert from 'node:assert/strict';
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fingerprintFiles, sameFiles } from '../../server/src/index/fileFingerprints';

const known = (fs: ReturnType<typeof fingerprintFiles>) => new Map(fs.map((f) => [f.path, f]));

test('a file written long before it was hashed is trusted by size and time; a touched one is hashed again', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-fp-'));
  const file = path.join(dir, 'a.txt');
  writeFileSync(file, '“We are not going to hold negotiations,” he told Bayramov.');
  const old = new Date(Date.now() - 60_000);
  utimesSync(file, old, old);
  const first = fingerprintFiles([file]);
  const again = fingerprintFiles([file], known(first));
  assert.equal(again[0], first[0], 'not read again');
  // Same bytes, new time: hashed again, the same content.
  utimesSync(file, new Date(), new Date(Date.now() - 30_000));
  const touched = fingerprintFiles([file], known(first));
  assert.notEqual(touched[0], first[0]);
  assert.ok(sameFiles(touched, first));
});

test('a file changed within its time stamp and size is caught while it was written just before it was hashed', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-fp-'));
  const file = path.join(dir, 'a.txt');
  writeFileSync(file, '“There has to be a meaning.”');
  // A time in whole milliseconds, so that putting it back gives exactly the same time.
  const written = new Date(Date.now() - 500);
  utimesSync(file, written, written);
  const first = fingerprintFiles([file]);
  // Rewritten to the same length, its time put back: size and time say nothing changed.
  writeFileSync(file, '“There has to be a reading.”');
  utimesSync(file, written, written);
  assert.equal(statSync(file).size, first[0].size);
  assert.equal(statSync(file).mtimeMs, first[0].mtimeMs);
  const after = fingerprintFiles([file], known(first));
  assert.ok(!sameFiles(after, first), 'written just before it was hashed: hashed again, and the change is seen');
});

test('a file that cannot be read matches nothing', () => {
  const missing = path.join(tmpdir(), 'verbatim-no-such-file.txt');
  const fp = fingerprintFiles([missing]);
  assert.equal(fp[0].key, '');
  assert.ok(!sameFiles(fp, fp));
});
