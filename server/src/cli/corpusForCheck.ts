// Which corpus a check uses: --corpus, else verbatim.json's globs, else a
// sources/ folder beside the drafts, else the bundled seeds. The language
// server follows the same order.
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { CorpusLocation } from '../corpus/loadCorpus';
import type { Config } from '../check/config';
import { bundledSeedsDir } from '../corpus/bundledSeeds';

export function corpusForCheck(cwd: string, corpusFlag: string | undefined, config: Config, configRoot?: string): CorpusLocation & { description: string } {
  return { ...corpusFolder(cwd, corpusFlag, config, configRoot), ...(config.speakers ? { speakers: config.speakers } : {}) };
}

function corpusFolder(cwd: string, corpusFlag: string | undefined, config: Config, configRoot?: string): CorpusLocation & { description: string } {
  if (corpusFlag) return { root: path.resolve(cwd, corpusFlag), description: corpusFlag };
  if (config.corpus?.length) {
    // verbatim.json comes with the folder (a cloned repository, say): its globs read only inside that folder.
    return { root: configRoot ?? cwd, globs: config.corpus, description: `verbatim.json: ${config.corpus.join(', ')}`, outsideHint: 'to check against it, name it with --corpus' };
  }
  const sources = path.join(cwd, 'sources');
  if (existsSync(sources) && statSync(sources).isDirectory()) return { root: sources, description: 'sources/' };
  return { root: bundledSeedsDir(), description: 'the bundled seeds' };
}
