// The in-editor scenario both editor suites share (code-server here,
// @vscode/test-electron where VS Code can be downloaded): a workspace with a
// sources/ folder holding two of the real seeds, and a draft about them with
// three planted problems.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
export const SOURCE_FILES = ['000_64dc1e6c8dc30130.txt', '003_dad90ff8750c3564.txt'];

/** The draft's heading: the editor shows it once the draft is open. */
export const DRAFT_HEADING = "Aliyev's threats";

export const DRAFT = [
  `# ${DRAFT_HEADING}`,
  '',
  '"We are not going to hold negotiations and meaningless video conferences for the sake of parody," Aliyev told Bayramov [@000_64dc1e6c8dc30130].',
  '',
  '"There has to be a meaning," Naghdalyan said [@000_64dc1e6c8dc30130].',
  '',
  '"Any differences could be resolved amicably and we hope that this conflict also will be resolved amicably, without the loss of life from all of the parties," Tedros Adhanom Ghebreyesus said [@003_dad90ff8750c3564].',
  '',
  '"Karabakh is Azerbaijan," Aliyev said [@004-missing-key].',
  '',
  'See also [@00',
  '',
].join('\n');

/** What a writer should see in the Problems panel: code and 1-based line. */
export const EXPECTED_PROBLEMS = [
  { code: 'wrong-speaker', line: 5, text: 'Naghdalyan' },
  { code: 'quote-mismatch', line: 7 },
  { code: 'unknown-source', line: 9, text: '004-missing-key' },
  // The unfinished `See also [@00` is, as Pandoc reads it, an in-text citation of a key no source has.
  { code: 'unknown-source', line: 11, text: '00' },
];

/** 000 has 8 quotations, 003 has 4 (tests/gold/seeds.json). */
export const STATUS_TEXT = /Verbatim: 2 sources · 12 quotes/;
export const HOVER_QUOTE = { line: 3, text: 'meaningless video', expect: [/President Ilham Aliyev of Azerbaijan threatened/, /Ilham Aliyev/] };
export const SPEAKER_FIX = { line: 5, text: 'Naghdalyan', before: 'meaning," Naghdalyan said', after: 'meaning," Aliyev said', title: 'Attribute to Ilham Aliyev' };
export const COMPLETION = { line: 11, after: 'See also [@00', expect: ['000_64dc1e6c8dc30130', '003_dad90ff8750c3564'] };
/** Editing a source on disk (the workspace's copy of 003): after this, Tedros's quote matches, so the misquote goes away. */
export const SOURCE_EDIT = { file: '003_dad90ff8750c3564.txt', from: 'from any of the parties', to: 'from all of the parties' };
/** F12 on a citation key opens the source file, showing its text. */
export const DEFINITION = { key: '@000_64dc1e6c8dc30130', file: '000_64dc1e6c8dc30130.txt', shows: 'Jeyhun Bayramov' };

export function makeWorkspace(): { dir: string; draft: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-e2e-'));
  mkdirSync(path.join(dir, 'sources'));
  for (const f of SOURCE_FILES) cpSync(path.join(SEEDS, f), path.join(dir, 'sources', f));
  const draft = path.join(dir, 'draft.md');
  writeFileSync(draft, DRAFT);
  return { dir, draft };
}
