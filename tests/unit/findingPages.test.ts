// Each finding code's page (docs/findings/<code>.md, shipped in the extension and
// opened from a problem's code) says what fires and what does not: every example
// under "Fires" must raise its code against the real seeds, and none under
// "Does not fire" may.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../server/src/check/checkDraft';
import { FINDING_CODES } from '../../server/src/check/findings';
import { loadCorpus } from '../../server/src/corpus/loadCorpus';
import { buildCorpusIndex } from '../../server/src/index/corpusIndex';
import { missing, SHARED_SEEDS } from '../helpers/shared';

const PAGES = path.resolve(__dirname, '..', '..', 'docs', 'findings');

/**
 * The examples of a page, by the section they sit in. ```markdown examples run against the real seeds;
 * ```text ones need a source the seeds lack (a PDF's pages) and are shown, not run (the code's own
 * module tests them).
 */
function examples(page: string, fence = 'markdown|text'): { fires: string[]; silent: string[] } {
  const out = { fires: [] as string[], silent: [] as string[] };
  for (const section of page.split(/^## /m).slice(1)) {
    const title = section.slice(0, section.indexOf('\n'));
    const blocks = [...section.matchAll(new RegExp(`\`\`\`(?:${fence})\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]);
    if (/^Fires/.test(title)) out.fires.push(...blocks);
    if (/^Does not fire/.test(title)) out.silent.push(...blocks);
  }
  return out;
}

test('every finding code has a page, with examples that fire and examples that do not', () => {
  for (const code of Object.keys(FINDING_CODES)) {
    const file = path.join(PAGES, `${code}.md`);
    assert.ok(existsSync(file), `docs/findings/${code}.md is missing`);
    const page = readFileSync(file, 'utf8');
    assert.match(page, new RegExp(`^# ${code}\\n`), `${code}: the page starts with its code`);
    const { fires, silent } = examples(page);
    assert.ok(fires.length > 0 && silent.length > 0, `${code}: needs both kinds of example`);
  }
});

test('the pages’ examples do what they say, against the real seeds', { skip: missing(SHARED_SEEDS) }, async () => {
  const index = buildCorpusIndex((await loadCorpus({ root: SHARED_SEEDS })).model);
  for (const code of Object.keys(FINDING_CODES)) {
    const { fires, silent } = examples(readFileSync(path.join(PAGES, `${code}.md`), 'utf8'), 'markdown');
    for (const draft of fires) assert.ok(checkDraft(draft, index).findings.some((f) => f.code === code), `${code} should fire on: ${draft}`);
    for (const draft of silent) {
      const raised = checkDraft(draft, index).findings.filter((f) => f.code === code);
      assert.deepEqual(raised.map((f) => f.message), [], `${code} should not fire on: ${draft}`);
    }
  }
});
