#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled by `npm run build` into dist/cli.js.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('verbatim: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
