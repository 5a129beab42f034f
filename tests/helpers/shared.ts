// The real data beside the project (`../shared/`): tests that need it skip, saying why, when it is absent.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const REAL_SEEDS = path.join(SHARED, 'seeds');

/** `false` when the real seeds are here, else the reason to skip (for `test(name, { skip }, …)`). */
export const withoutRealSeeds: false | string = existsSync(REAL_SEEDS) ? false : `skipped: ${REAL_SEEDS} (the five real seed articles) is absent`;
