// Bundles the extension-host suite for @vscode/test-electron into out/vscode/.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', external: ['vscode', 'mocha', '@vscode/test-electron'] };
await Promise.all([
  build({ ...common, entryPoints: ['tests/vscode/runTests.ts'], outfile: 'out/vscode/runTests.js' }),
  build({ ...common, entryPoints: ['tests/vscode/suite/index.ts'], outfile: 'out/vscode/suite/index.js' }),
  build({ ...common, entryPoints: ['tests/vscode/suite/extension.test.ts'], outfile: 'out/vscode/suite/extension.test.js' }),
]);
