// Runs the built CLI and real external tools in a scratch folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const VERBATIM = path.join(ROOT, 'bin', 'verbatim.js');

export function scratchWithExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-tools-'));
  cpSync(path.join(ROOT, 'examples', 'draft.md'), path.join(dir, 'draft.md'));
  return dir;
}

export function verbatim(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [VERBATIM, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
