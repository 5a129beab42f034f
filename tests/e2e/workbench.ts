// Driving code-server's workbench through playwright-core, as a writer would:
// screenshots per step, the Problems panel, the cursor, the Output channel.
// Waits are explicit and bounded, never bare sleeps.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CODE_SERVER, startCodeServer, type RunningCodeServer } from './codeServer';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS = path.join(ROOT, 'test-results');
export const VSIX = path.join(ROOT, 'verbatim.vsix');
export const WAIT = 45_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs one step; leaves `test-results/<name>.png` either way, and names it when the step fails. */
export async function step(page: Page, name: string, body: () => Promise<void>): Promise<void> {
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
export function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

export async function waitForProblems(page: Page, what: string, test: (rows: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + WAIT;
  let rows: string[] = [];
  while (Date.now() < deadline) {
    rows = await problemRows(page);
    if (test(rows)) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}; Problems: ${JSON.stringify(rows)}`);
}

/** Opens a file of the workspace by name (Ctrl+P) and waits for a line of it. */
export async function openFile(page: Page, name: string, line: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  // Click the row: Enter could open the row that was focused before the list caught up with the typing.
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: WAIT });
  await row.click();
  await page.locator('.monaco-editor .view-line', { hasText: line }).first().waitFor({ timeout: WAIT });
}

/** Puts the cursor at the first occurrence of `text` in the draft, `offset` characters in (Ctrl+G line:column). */
export async function cursorAt(page: Page, draftText: string, text: string, offset = 1): Promise<void> {
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

/** Runs a command from the palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
}

/** What the Verbatim Output channel has logged so far (code-server writes it under the profile's logs). */
export function verbatimLog(userData: string): string {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/Verbatim\.log$/.test(name)) found.push(readFileSync(full, 'utf8'));
    }
  };
  try {
    walk(path.join(userData, 'logs'));
  } catch {
    // no logs yet
  }
  return found.join('\n');
}

export interface Workbench {
  server: RunningCodeServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** code-server with the packaged extension on `folder`, and Debian's Chromium showing its workbench. */
export async function openWorkbench(folder: string): Promise<Workbench> {
  assert.ok(existsSync(CODE_SERVER), 'code-server is not installed: run tests/e2e/setup.sh (npm run test:e2e does)');
  assert.ok(existsSync(VSIX), 'verbatim.vsix is missing: npm run package (npm run test:e2e does)');
  mkdirSync(RESULTS, { recursive: true });
  const server = await startCodeServer(VSIX, folder);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // A loaded machine can take long to serve the workbench the first time.
  await page.goto(server.url, { timeout: 120_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      server.stop();
    },
  };
}
