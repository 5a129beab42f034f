// verbatim.json at the workspace root: corpus globs, severity overrides and
// disabled codes. The CLI and the language server read the same file.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES, isFindingCode, type FindingCode, type Severity } from './findings';
import { speakerConfigProblems, type SpeakerConfig } from '../corpus/transcript/configSpeakers';

export interface Config {
  /** Globs of source files, relative to the folder that holds verbatim.json. */
  corpus?: string[];
  severity?: Partial<Record<FindingCode, Severity | 'off'>>;
  disable?: FindingCode[];
  /** Names for transcript labels: {"SPEAKER_00": "Jane Doe"}, or per source key. */
  speakers?: SpeakerConfig;
}

export interface LoadedConfig {
  config: Config;
  /** The folder of verbatim.json, when there is one. */
  root?: string;
  problems: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function loadConfig(folder: string): LoadedConfig {
  const file = path.join(folder, 'verbatim.json');
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return { config: {}, problems: [] };
  }
  return { ...parseConfig(raw, file), root: folder };
}

export function parseConfig(raw: string, file = 'verbatim.json'): { config: Config; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { config: {}, problems: [`${file}: not valid JSON (${(err as Error).message})`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { config: {}, problems: [`${file}: expected an object`] };
  const d = data as Record<string, unknown>;
  const config: Config = {};
  if (d.corpus !== undefined) {
    const globs = typeof d.corpus === 'string' ? [d.corpus] : d.corpus;
    if (Array.isArray(globs) && globs.every((g) => typeof g === 'string')) config.corpus = globs;
    else problems.push(`${file}: "corpus" must be a glob or a list of globs`);
  }
  if (d.severity !== undefined) {
    config.severity = {};
    for (const [code, level] of Object.entries(d.severity as Record<string, unknown>)) {
      if (!isFindingCode(code)) problems.push(`${file}: unknown code "${code}" in "severity" (codes: ${Object.keys(FINDING_CODES).join(', ')})`);
      else if (typeof level !== 'string' || !SEVERITIES.has(level)) problems.push(`${file}: severity of ${code} must be error, warning, information, hint or off`);
      else config.severity[code] = level as Severity | 'off';
    }
  }
  if (d.disable !== undefined) {
    if (!Array.isArray(d.disable)) problems.push(`${file}: "disable" must be a list of codes`);
    else {
      config.disable = [];
      for (const code of d.disable) {
        if (typeof code === 'string' && isFindingCode(code)) config.disable.push(code);
        else problems.push(`${file}: unknown code "${code}" in "disable"`);
      }
    }
  }
  if (d.speakers !== undefined) {
    const bad = speakerConfigProblems(d.speakers);
    problems.push(...bad.map((p) => `${file}: ${p}`));
    if (!bad.length) config.speakers = d.speakers as SpeakerConfig;
  }
  return { config, problems };
}
