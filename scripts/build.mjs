// Bundles the entry points (client, server, CLI, and the server's worker thread). `vscode` is provided by the editor at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table marks Node 20 short of full Unicode property escapes, so it turns every /\p{Lu}/u literal into a
  // new RegExp(…) made each time the line runs, hot loops included (attribution was 18% slower). Node 20 has the
  // escapes the engine uses (\p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N}).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
  // Some ESM dependencies read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__importMetaUrl', VERBATIM_VERSION: JSON.stringify(version) },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const only = process.argv.slice(2);
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // Worker threads of the server and the CLI: they attribute corpus texts on every core (corpus/preparePool.ts).
  { entryPoints: ['server/src/corpus/prepareWorker.ts'], outfile: 'dist/prepareWorker.js' },
].filter((e) => only.length === 0 || only.includes(e.outfile.replace(/^dist\/|\.js$/g, '')));

await Promise.all(entries.map((e) => build({ ...common, ...e })));
