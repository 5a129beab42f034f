// Verbatim in a real VS Code: the packaged .vsix in code-server, driven through
// Debian's Chromium by playwright-core, checked as a writer would see it.
// Every step saves a screenshot under test-results/; a failing step names its
// step and screenshot. Waits are explicit and bounded, never bare sleeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { cursorAt as cursorAtIn, openFile, openWorkbench, step as stepIn, WAIT, waitForProblems as waitForProblemsIn, type Workbench } from './workbench';
import { COMPLETION, DEFINITION, DRAFT_HEADING, EXPECTED_PROBLEMS, HOVER_QUOTE, makeWorkspace, SOURCE_EDIT, SPEAKER_FIX, STATUS_TEXT } from './scenario';

let wb: Workbench;
let page: Page;
let ws: { dir: string; draft: string };

const step = (name: string, body: () => Promise<void>) => stepIn(page, name, body);
const waitForProblems = (what: string, test: (rows: string[]) => boolean) => waitForProblemsIn(page, what, test);
const cursorAt = (draftText: string, text: string, offset = 1) => cursorAtIn(page, draftText, text, offset);

before(async () => {
  ws = makeWorkspace();
  wb = await openWorkbench(ws.dir);
  page = wb.page;
});

after(() => wb?.close());

test('Verbatim in code-server, as a writer sees it', { timeout: 240_000 }, async () => {
  await step('1-activates-status-bar', async () => {
    await openFile(page, 'draft.md', DRAFT_HEADING);
    const status = page.locator('.statusbar-item', { hasText: 'Verbatim:' });
    await status.filter({ hasText: STATUS_TEXT }).waitFor({ timeout: WAIT });
  });

  await step('2-problems-panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = await waitForProblems('the planted problems', (r) => EXPECTED_PROBLEMS.every((p) => r.some((row) => row.includes(p.code))));
    for (const p of EXPECTED_PROBLEMS) {
      const row = rows.find((r) => r.includes(p.code) && r.includes(`[Ln ${p.line},`)) ?? rows.find((r) => r.includes(p.code))!;
      assert.match(row, new RegExp(`\\[Ln ${p.line},`), `${p.code} on line ${p.line}: ${row}`);
    }
    // No false alarms on the correct quote (line 3) and nothing beyond the planted problems.
    assert.equal(rows.filter((r) => /verbatim/.test(r)).length, EXPECTED_PROBLEMS.length, JSON.stringify(rows));
  });

  let draftText = readFileSync(ws.draft, 'utf8');
  await step('3-hover-card', async () => {
    await cursorAt(draftText, HOVER_QUOTE.text);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible');
    for (const re of HOVER_QUOTE.expect) await hover.filter({ hasText: re }).first().waitFor({ timeout: WAIT });
  });

  await step('4-quick-fix-wrong-speaker', async () => {
    await page.keyboard.press('Escape'); // the hover card of the step before
    await cursorAt(draftText, SPEAKER_FIX.text, 2);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget', { hasText: SPEAKER_FIX.title }).waitFor({ timeout: WAIT });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: SPEAKER_FIX.after }).waitFor({ timeout: WAIT });
    await waitForProblems('wrong-speaker to go', (r) => !r.some((row) => row.includes('wrong-speaker')));
    draftText = draftText.replace(SPEAKER_FIX.before, SPEAKER_FIX.after);
  });

  await step('5-completion-after-citation', async () => {
    await cursorAt(draftText, COMPLETION.after, COMPLETION.after.length);
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget.visible');
    for (const key of COMPLETION.expect) await suggest.locator('.monaco-list-row', { hasText: key }).first().waitFor({ timeout: WAIT });
  });

  await step('6-source-edited-on-disk', async () => {
    await page.keyboard.press('Escape'); // the suggestions of the step before
    const file = path.join(ws.dir, 'sources', SOURCE_EDIT.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(SOURCE_EDIT.from, SOURCE_EDIT.to));
    await waitForProblems('the misquote to go after the source changed', (r) => !r.some((row) => row.includes('quote-mismatch')));
  });

  await step('7-go-to-definition', async () => {
    await cursorAt(draftText, DEFINITION.key, 3);
    await page.keyboard.press('F12');
    await page.locator('.tab.active', { hasText: DEFINITION.file }).waitFor({ timeout: WAIT });
    await page.locator('.monaco-editor .view-line', { hasText: DEFINITION.shows }).first().waitFor({ timeout: WAIT });
  });
});
