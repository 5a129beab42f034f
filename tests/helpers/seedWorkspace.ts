// A workspace with the seed articles as its sources, and the real server
// started on it: what the protocol tests share.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/check/applyEdits';
import { LineIndex } from '../../server/src/text/lineIndex';
import { SEEDS } from './corpus';
import { LspClient } from './lspClient';

/**
 * No live check gives up for time in a test: whether a check goes over budget
 * depends on the machine's load, and a test's outcome must not.
 */
export const NO_CHECK_BUDGET = { VERBATIM_CHECK_BUDGET_MS: String(10 * 60_000) };

/** A new folder holding `sources/` copied from `seeds` (the seed articles by default). */
export function seedWorkspace(prefix = 'verbatim-lsp-', seeds = SEEDS): string {
  const ws = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(seeds, path.join(ws, 'sources'), { recursive: true });
  return ws;
}

/** The server started and indexed on a new seed workspace. */
export async function startOnSeeds(prefix?: string, capabilities?: object): Promise<{ client: LspClient; ws: string }> {
  const ws = seedWorkspace(prefix);
  const client = new LspClient(['--stdio'], NO_CHECK_BUDGET);
  await client.initialize(ws, capabilities);
  return { client, ws };
}

/** LSP text edits applied to `text`. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText })));
}
