// A writer's day in code-server, on the five real seed articles as sources/:
// completing a quote by words from its middle, F12 onto the quoted words, the
// Markdown preview rendering a citation, a finding's page, checking every
// draft, saving with no re-index, and a folder with no sources saying so.
// Each step leaves a screenshot in test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { missing, SHARED_SEEDS } from '../helpers/shared';
import { cursorAt, openFile, openWorkbench, runCommand, step, verbatimLog, WAIT, waitForProblems, type Workbench } from './workbench';

const KEY = '000_64dc1e6c8dc30130';
const QUOTE = 'We are not going to hold negotiations and meaningless video conferences for the sake of parody,';
const DRAFT = [
  '# Aliyev threatens to quit the talks',
  '',
  'Aliyev told his new foreign minister: ',
  '',
  `“${QUOTE}” Aliyev told Bayramov [@${KEY}].`,
  '',
  '“We will never sit down with them again,” Aliyev said [@aliyev-speech].',
  '',
].join('\n');

let wb: Workbench;
let page: Page;
let dir: string;
const skip = missing(SHARED_SEEDS);

before(async () => {
  if (skip) return;
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-writer-'));
  mkdirSync(path.join(dir, 'sources'));
  cpSync(SHARED_SEEDS, path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'draft.md'), DRAFT);
  wb = await openWorkbench(dir);
  page = wb.page;
});

after(() => wb?.close());

/** The frame of the Markdown preview that shows `selector`, once it does. */
async function previewFrame(selector: string): Promise<Frame> {
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no preview shows ${selector}`);
}

test('a writer completes, checks and follows quotes in code-server', { skip, timeout: 300_000 }, async () => {
  let text = DRAFT;
  await step(page, 'w1-status-bar-sources', async () => {
    await openFile(page, 'draft.md', 'Aliyev threatens');
    await page.locator('.statusbar-item', { hasText: /Verbatim: 5 sources/ }).waitFor({ timeout: WAIT });
  });

  await step(page, 'w2-complete-quote-by-middle-words', async () => {
    const line = 'Aliyev told his new foreign minister: ';
    await cursorAt(page, text, line, line.length);
    await page.keyboard.type('“', { delay: 100 });
    // Words from the middle of the quote, a space between them: the list must survive the space.
    await page.keyboard.type('video conf', { delay: 120 });
    const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'We are not going to hold' }).first();
    await row.waitFor({ timeout: WAIT });
    assert.match(await row.innerText(), /Ilham Aliyev — /);
  });

  await step(page, 'w3-accept-inserts-words-and-citation', async () => {
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: `minister: “We are not going` }).first().waitFor({ timeout: WAIT });
    await page.locator('.monaco-editor .view-line', { hasText: `parody,” [@${KEY}]` }).first().waitFor({ timeout: WAIT });
    text = text.replace('minister: ', `minister: “${QUOTE}” [@${KEY}]`);
  });

  await step(page, 'w4-f12-selects-the-quoted-words', async () => {
    await cursorAt(page, text, 'meaningless video conferences for the sake of parody,” Aliyev told', 3);
    await page.keyboard.press('F12');
    await page.locator('.tab.active', { hasText: `${KEY}.txt` }).waitFor({ timeout: WAIT });
    // The status bar counts the selection: the quoted words, not a bare cursor.
    const selection = page.locator('.statusbar-item', { hasText: /\(\d+ selected\)/ });
    await selection.waitFor({ timeout: WAIT });
    const selected = Number(/\((\d+) selected\)/.exec(await selection.innerText())![1]);
    assert.ok(selected >= QUOTE.length - 2 && selected <= QUOTE.length, `selected ${selected} characters`);
  });

  await step(page, 'w5-preview-renders-citation', async () => {
    await openFile(page, 'draft.md', 'Aliyev threatens');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const frame = await previewFrame('.verbatim-citation a');
    const link = frame.locator('.verbatim-citation a').first();
    assert.match((await link.getAttribute('href')) ?? '', new RegExp(`${KEY}\\.txt$`));
    assert.doesNotMatch(await frame.locator('body').innerText(), /\[@000_/, 'no raw [@key] left');
    assert.match(await frame.locator('body').innerText(), /@aliyev-speech \(unknown source\)/);
  });

  await step(page, 'w6-finding-code-opens-its-page', async () => {
    await page.keyboard.press('Control+Shift+M');
    await waitForProblems(page, 'unknown-source', (rows) => rows.some((r) => r.includes('unknown-source')));
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'unknown-source' }).locator('a', { hasText: 'unknown-source' }).first().click();
    await page.locator('.tab', { hasText: /Preview unknown-source\.md/ }).waitFor({ timeout: WAIT });
    await previewFrame('h1:has-text("unknown-source")');
  });

  await step(page, 'w7-sources-view-marks-cited-sources', async () => {
    await openFile(page, 'draft.md', 'Aliyev threatens');
    await page.locator('.pane-header', { hasText: /^Sources$/i }).first().click();
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Sources$/i }) });
    // The source the draft cites is ticked; the others are not.
    await pane.locator('.monaco-list-row', { hasText: 'cited' }).first().waitFor({ timeout: WAIT });
    assert.equal(await pane.locator('.monaco-list-row', { hasText: 'cited' }).count(), 1);
  });

  await step(page, 'w7-check-workspace-drafts-summary', async () => {
    await runCommand(page, 'Verbatim: Check Workspace Drafts');
    await page.locator('.notification-toast', { hasText: /Verbatim: checked 1 draft: / }).waitFor({ timeout: WAIT });
  });
});

test('saving the draft does not re-read the corpus', { skip, timeout: 120_000 }, async () => {
  await step(page, 'w8-save-without-reindex', async () => {
    await openFile(page, 'draft.md', 'Aliyev threatens');
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await page.keyboard.press('Control+S');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT });
    // The absence of an event needs a window: longer than the watcher's delivery and the server's debounce.
    await page.waitForTimeout(3000);
    // Then a real source change, which must re-index: proof the log is live.
    appendFileSync(path.join(dir, 'sources', `${KEY}.txt`), '\n');
    const deadline = Date.now() + WAIT;
    while (!verbatimLog(wb.server.userData).includes(`reindexing: ${KEY}.txt changed`) && Date.now() < deadline) await page.waitForTimeout(250);
    const log = verbatimLog(wb.server.userData);
    assert.match(log, new RegExp(`reindexing: ${KEY}\\.txt changed`), 'a source change re-indexes');
    assert.doesNotMatch(log, /reindexing: draft\.md changed/, 'saving a draft must not re-index');
  });
});

test('a folder without sources says it uses the sample corpus, and offers to choose one', { timeout: 180_000 }, async () => {
  const bare = mkdtempSync(path.join(tmpdir(), 'verbatim-nosources-'));
  writeFileSync(path.join(bare, 'draft.md'), DRAFT);
  const other = await openWorkbench(bare);
  try {
    await step(other.page, 'w9-sample-corpus-status', async () => {
      await openFile(other.page, 'draft.md', 'Aliyev threatens');
      await other.page.locator('.statusbar-item', { hasText: 'Verbatim: sample corpus (5 articles)' }).waitFor({ timeout: WAIT });
      await other.page.locator('.notification-toast', { hasText: 'sample corpus' }).locator('.monaco-button', { hasText: 'Choose a sources folder…' }).waitFor({ timeout: WAIT });
    });
  } finally {
    await other.close();
  }
});
