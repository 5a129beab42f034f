// Names for transcript labels from verbatim.json:
//   "speakers": { "SPEAKER_00": "Jane Doe" }                 every transcript
//   "speakers": { "interview-doe": { "Speaker 1": "Jane Doe" } }   one source, by key
// The file's own front matter wins over both; a source's own entry over the shared one.
import type { Source } from '../../model/types';
import { speakerMap } from './readTranscript';

export type SpeakerConfig = Record<string, string | Record<string, string>>;

export function withConfigSpeakers<T extends { source: Source }>(prepared: T, config: SpeakerConfig | undefined): T {
  const transcript = prepared.source.transcript;
  if (!config || !transcript) return prepared;
  const shared = speakerMap(Object.fromEntries(Object.entries(config).filter(([, v]) => typeof v === 'string')));
  const own = speakerMap(config[prepared.source.key]);
  const speakers = { ...shared, ...own, ...transcript.speakers };
  return { ...prepared, source: { ...prepared.source, transcript: { ...transcript, speakers } } };
}

/** Problems with a `speakers` value in verbatim.json, for the config reader. */
export function speakerConfigProblems(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return ['"speakers" must map labels to names: {"SPEAKER_00": "Jane Doe"}'];
  const problems: string[] = [];
  for (const [label, name] of Object.entries(value as Record<string, unknown>)) {
    if (typeof name === 'string') continue;
    if (name && typeof name === 'object' && !Array.isArray(name) && Object.values(name).every((n) => typeof n === 'string')) continue;
    problems.push(`"speakers"."${label}" must be a name, or a map of labels to names for the source with that key`);
  }
  return problems;
}
