// The bundled seeds are the five real articles of ../shared/seeds, unedited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { SEEDS } from '../helpers/corpus';

const SHARED = path.resolve(SEEDS, '..', '..', 'shared', 'seeds');

test('seeds/ holds exactly the five files of ../shared/seeds, byte for byte, and its README', { skip: !existsSync(SHARED) && `../shared/seeds is not beside the project (${SHARED})` }, () => {
  const shared = readdirSync(SHARED).sort();
  assert.equal(shared.length, 5);
  assert.deepEqual(readdirSync(SEEDS).sort(), [...shared, 'README.md'].sort());
  for (const f of shared) assert.ok(readFileSync(path.join(SEEDS, f)).equals(readFileSync(path.join(SHARED, f))), `${f} differs from ../shared/seeds/${f}`);
});
