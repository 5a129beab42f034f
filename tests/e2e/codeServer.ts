// Starts code-server (installed by tests/e2e/setup.sh) with a fresh profile and
// the packaged extension, on a free loopback port.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER = path.resolve(__dirname, '.code-server', 'node_modules', '.bin', 'code-server');

export interface RunningCodeServer {
  url: string;
  /** The profile's user data folder (settings, logs). */
  userData: string;
  stop(): void;
  log: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startCodeServer(vsix: string, workspace: string): Promise<RunningCodeServer> {
  const profile = mkdtempSync(path.join(tmpdir(), 'verbatim-cs-'));
  const userData = path.join(profile, 'user-data');
  const extensions = path.join(profile, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  // A quiet workbench: no welcome page, no tips, fast hovers.
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'editor.hover.delay': 150,
      'editor.quickSuggestions': { other: false, comments: false, strings: false },
      'chat.disableAIFeatures': true,
      'update.mode': 'none',
    }),
  );
  execFileSync(CODE_SERVER, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { stdio: 'pipe', timeout: 120_000 });
  const port = await freePort();
  const log: string[] = [];
  const child: ChildProcess = spawn(
    CODE_SERVER,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not start within 60 s:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url: `${url}/?folder=${encodeURIComponent(workspace)}`, userData, stop: () => child.kill(), log };
}
