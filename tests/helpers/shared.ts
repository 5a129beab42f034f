// The real data beside the project (`../shared/`, present in CI). Tests that
// need it skip with a message that says what is missing.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
/** The five real Armenia–Azerbaijan articles the project was founded on. */
export const SHARED_SEEDS = path.join(SHARED, 'seeds');
export const TRANSCRIPTS = path.join(SHARED, 'transcripts');
export const FIRST_DEBATE = path.join(TRANSCRIPTS, '2016-09-26-first-presidential-debate.txt');
export const SECOND_DEBATE = path.join(TRANSCRIPTS, '2016-10-09-second-presidential-debate.txt');
export const NEWS_DEV_TEXT = path.join(SHARED, 'news-dev', 'text');

/** `false` when the file or folder is there; else the skip message. */
export function missing(p: string): string | false {
  return existsSync(p) ? false : `${p} is absent: the real data in ../shared/ is needed for this test`;
}
