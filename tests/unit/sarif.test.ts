// `verbatim check --format sarif` against the official SARIF 2.1.0 schema, vendored
// from @microsoft/jest-sarif (tests/fixtures/sarif-2.1.0.schema.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { runCli } from '../helpers/cli';
import { EXAMPLE, KNOWN_FALSE_ALARMS, PLANTED } from '../helpers/example';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'fixtures', 'sarif-2.1.0.schema.json'), 'utf8'));

test('the SARIF output validates against the SARIF 2.1.0 schema', async () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema has a pattern that is valid only without the u flag;
  const validate = ajv.compile(schema);
  const r = await runCli('check', EXAMPLE, '--format', 'sarif');
  const sarif = JSON.parse(r.out) as { runs: Array<{ results: Array<{ level: string }> }> };
  assert.ok(validate(structuredClone(sarif)), JSON.stringify(validate.errors, null, 2));
  assert.equal(sarif.runs[0].results.length, PLANTED.length + KNOWN_FALSE_ALARMS.length);
  // And the validator does reject a broken log, so the check above means something.
  const broken = structuredClone(sarif);
  broken.runs[0].results[0].level = 'catastrophe';
  assert.equal(validate(broken), false);
});
