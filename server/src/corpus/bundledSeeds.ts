// Where the bundled seeds are: beside the bundle in dist/ (the CLI and the
// packaged extension), or at the repository root when running from source.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export function bundledSeedsDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'seeds'), path.resolve(__dirname, '..', '..', '..', 'seeds'), path.resolve('seeds')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}
