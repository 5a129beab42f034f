// The in-editor scenario both editor suites share (code-server here,
// @vscode/test-electron where VS Code can be downloaded): a workspace with a
// sources/ folder holding two seeds, and a draft with planted problems.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
export const SOURCE_FILES = ['000-border-clashes.txt', '003-ombudswoman-warns.txt'];

export const DRAFT = [
  '# Border talks',
  '',
  '"Norvania\'s leadership bears full responsibility for this provocation," Dovranov said [@000-border-clashes].',
  '',
  '"Where are the results of these negotiations?" Saylanov asked [@000-border-clashes].',
  '',
  '"About 80 percent of the families we spoke to want to leave," Melikyan said [@003-ombudswoman-warns].',
  '',
  '"We have no intention of fighting again," Tevosyan said [@004-missing-key].',
  '',
  'See also [@00',
  '',
].join('\n');

/** What a writer should see in the Problems panel: code and 1-based line. */
export const EXPECTED_PROBLEMS = [
  { code: 'wrong-speaker', line: 5, text: 'Saylanov' },
  { code: 'quote-mismatch', line: 7 },
  { code: 'unknown-source', line: 9, text: '004-missing-key' },
];

export const STATUS_TEXT = /Verbatim: 2 sources · 2[0-9] quotes/;
export const HOVER_QUOTE = { line: 3, text: 'leadership', expect: [/Kestria's Dovranov lashes out/, /Ilyas Dovranov/] };
export const SPEAKER_FIX = { line: 5, before: 'Saylanov asked', after: 'Dovranov asked', title: 'Attribute to Ilyas Dovranov' };
export const COMPLETION = { line: 11, after: 'See also [@00', expect: ['000-border-clashes', '003-ombudswoman-warns'] };
/** Editing a source on disk: after this, the Melikyan quote matches, so the misquote goes away. */
export const SOURCE_EDIT = { file: '003-ombudswoman-warns.txt', from: 'About 70 percent', to: 'About 80 percent' };

export function makeWorkspace(): { dir: string; draft: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-e2e-'));
  mkdirSync(path.join(dir, 'sources'));
  for (const f of SOURCE_FILES) cpSync(path.join(SEEDS, f), path.join(dir, 'sources', f));
  const draft = path.join(dir, 'draft.md');
  writeFileSync(draft, DRAFT);
  return { dir, draft };
}
