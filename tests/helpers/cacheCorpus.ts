// A corpus folder in a temporary directory for the persistent-index tests: the
// real seeds, a Markdown copy of one (its offsets go through two maps), the
// first debate transcript and, if asked, news-train articles (when ../shared is there).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEEDS } from './corpus';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const DEBATE = path.join(SHARED, 'transcripts', '2016-09-26-first-presidential-debate.txt');
export const NEWS_TRAIN = path.join(SHARED, 'news-train', 'text');

/** The corpus folder; its parent is free for a cache beside it. */
export function cacheTestCorpus(newsTrain = 0): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-store-'));
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
  // A Markdown source with front matter and an entity: file offsets pass through the Markdown map and the boilerplate map.
  const seed = readFileSync(path.join(SEEDS, '001_d3d3f7e52c00361c.txt'), 'utf8');
  writeFileSync(path.join(corpus, 'seed-001.md'), `---\ntitle: Seed one &amp; more\n---\n\n${seed.replace(/ - /g, ' &mdash; ')}`);
  if (existsSync(DEBATE)) copyFileSync(DEBATE, path.join(corpus, path.basename(DEBATE)));
  if (newsTrain > 0 && existsSync(NEWS_TRAIN)) {
    for (const f of readdirSync(NEWS_TRAIN).sort().slice(0, newsTrain)) copyFileSync(path.join(NEWS_TRAIN, f), path.join(corpus, f));
  }
  return corpus;
}
