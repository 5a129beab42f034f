import { corpusOf } from './helpers/corpus';
const t = process.argv[2];
const m = corpusOf({ 'a.txt': t });
for (const q of m.quotes) console.log(JSON.stringify({ text: q.text.slice(0, 30), kind: q.kind, speaker: q.speaker, cue: q.cue, by: q.resolvedBy, why: q.noSpeakerReason }));
console.log(m.people.map(p => p.name).join(' | '));
