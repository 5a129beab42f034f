// Verbatim in a real VS Code: the packaged .vsix in code-server, driven through
// Debian's Chromium by playwright-core, checked as a writer would see it.
// Every step saves a screenshot under test-results/; a failing step names its
// step and screenshot. Waits are explicit and bounded, never bare sleeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startCodeServer, CODE_SERVER, type RunningCodeServer } from './codeServer';
import { COMPLETION, DEFINITION, DRAFT_HEADING, EXPECTED_PROBLEMS, HOVER_QUOTE, makeWorkspace, SOURCE_EDIT, SPEAKER_FIX, STATUS_TEXT } from './scenario';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'test-results');
const VSIX = path.join(ROOT, 'verbatim.vsix');
const WAIT = 45_000;

let server: RunningCodeServer;
let browser: Browser;
let page: Page;
let ws: { dir: string; draft: string };

async function step(name: string, body: () => Promise<void>): Promise<void> {
  const shot = path.join(RESULTS, `${name}.png`);
  try {
    await body();
  } catch (err) {
    await page.screenshot({ path: shot }).catch(() => {});
    throw new Error(`step "${name}" failed (screenshot: ${path.relative(ROOT, shot)}): ${(err as Error).message}`);
  }
  await page.screenshot({ path: shot });
}

/** The Problems panel's rows, as text. */
async function problemRows(): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

async function waitForProblems(what: string, test: (rows: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + WAIT;
  let rows: string[] = [];
  while (Date.now() < deadline) {
    rows = await problemRows();
    if (test(rows)) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}; Problems: ${JSON.stringify(rows)}`);
}

/** Puts the cursor at the first occurrence of `text` in the draft, `offset` characters in (Ctrl+G line:column). */
async function cursorAt(draftText: string, text: string, offset = 1): Promise<void> {
  const lines = draftText.split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  assert.ok(line >= 0, `"${text}" is not in the draft`);
  const column = lines[line].indexOf(text) + offset + 1;
  await page.locator('.monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(`:${line + 1}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

before(async () => {
  assert.ok(existsSync(CODE_SERVER), 'code-server is not installed: run tests/e2e/setup.sh (npm run test:e2e does)');
  assert.ok(existsSync(VSIX), 'verbatim.vsix is missing: npm run package (npm run test:e2e does)');
  mkdirSync(RESULTS, { recursive: true });
  ws = makeWorkspace();
  server = await startCodeServer(VSIX, ws.dir);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  await page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('Verbatim in code-server, as a writer sees it', { timeout: 240_000 }, async () => {
  await step('1-activates-status-bar', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('draft.md');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'draft.md' }).first().waitFor({ timeout: WAIT });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: DRAFT_HEADING }).waitFor({ timeout: WAIT });
    const status = page.locator('.statusbar-item', { hasText: 'Verbatim:' });
    await status.filter({ hasText: STATUS_TEXT }).waitFor({ timeout: WAIT });
  });

  await step('2-problems-panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = await waitForProblems('the planted problems', (r) => EXPECTED_PROBLEMS.every((p) => r.some((row) => row.includes(p.code))));
    for (const p of EXPECTED_PROBLEMS) {
      const row = rows.find((r) => r.includes(p.code))!;
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
