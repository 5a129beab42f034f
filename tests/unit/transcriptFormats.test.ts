// Transcript formats, on small format fixtures (invented people, as the issue
// allows for format only): speaker-labelled text, Otter, Rev-style times,
// WebVTT voice tags and `Name:` cues, SRT with `[SPEAKER_00]`, and the
// speakers map of front matter and verbatim.json.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCorpus, prepareSource } from '../../server/src/corpus/buildCorpus';
import { passageLocator } from '../../server/src/corpus/passageLocator';
import { withConfigSpeakers } from '../../server/src/corpus/transcript/configSpeakers';
import { looksLikeLabelledTranscript } from '../../server/src/corpus/transcript/labelledText';
import type { CorpusModel, Source } from '../../server/src/model/types';

function build(name: string, text: string): { model: CorpusModel; warnings: string[]; source: Source } {
  const built = buildCorpus([{ path: `/corpus/${name}`, text }]);
  return { ...built, source: built.model.sources[0] };
}

function turns(source: Source): Array<[string, string]> {
  return source.transcript!.turns.map((t) => [t.label, source.text.slice(t.textStart, t.textEnd)]);
}

test('speaker-labelled text: a turn runs across lines to the next label; stage notes and labels are nobody’s words', () => {
  const { source, model } = build(
    'hearing.txt',
    [
      'CHAIR: The committee will come to order. As chair, Maria Okafor welcomes you.',
      'Our witness today is Dr. Tomas Lindqvist.',
      '(APPLAUSE)',
      'LINDQVIST: Thank you, Madam Chair. (CROSSTALK) The harbour is silting up.',
      'It will close by 2030 unless we dredge.',
      'OKAFOR: You said last year, “The harbour is safe.” Was that wrong?',
      'LINDQVIST: It was.',
    ].join('\n'),
  );
  assert.deepEqual(turns(source), [
    ['CHAIR', 'The committee will come to order. As chair, Maria Okafor welcomes you.\nOur witness today is Dr. Tomas Lindqvist.'],
    ['LINDQVIST', 'Thank you, Madam Chair. The harbour is silting up.\nIt will close by 2030 unless we dredge.'],
    ['OKAFOR', 'You said last year, “The harbour is safe.” Was that wrong?'],
    ['LINDQVIST', 'It was.'],
  ]);
  assert.ok(!/APPLAUSE|CROSSTALK|LINDQVIST:/.test(source.text));
  const turnQuotes = model.quotes.filter((q) => q.sieve === 'transcript-turn');
  assert.deepEqual(
    turnQuotes.map((q) => q.speaker?.name ?? null),
    [null, 'Tomas Lindqvist', 'Maria Okafor', 'Tomas Lindqvist'],
    'CHAIR is no name; LINDQVIST and OKAFOR are named in the transcript itself',
  );
  for (const q of turnQuotes.filter((x) => x.speaker)) {
    assert.equal(q.cue, 'transcript');
    assert.equal(q.confidence, 'explicit');
    assert.equal(q.kind, 'full');
  }
  // The quoted words inside Okafor's turn are a quote of their own, not Okafor's.
  const inner = model.quotes.find((q) => q.text === 'The harbour is safe.');
  assert.ok(inner && inner.sieve !== 'transcript-turn');
  // The line of the words, for hover and report.
  const dredge = source.text.indexOf('dredge');
  assert.equal(passageLocator(source, dredge), 'line 5');
});

test('an unresolved label is reported once, with the fix; no name is invented', () => {
  const { warnings, model } = build('q-and-a.txt', ['Q: Where were you that night?', 'A: At home.', 'Q: Alone?', 'A: With my sister.', 'Q: Thank you.'].join('\n'));
  assert.equal(model.quotes.filter((q) => q.sieve === 'transcript-turn').length, 5);
  assert.ok(model.quotes.every((q) => q.speaker === null));
  assert.equal(warnings.length, 2, warnings.join('\n'));
  assert.match(warnings[0], /transcript speaker “Q” \(3 turns\) is not a name.*speakers: \{Q: Full Name\}.*verbatim\.json \("speakers": \{"Q": "Full Name"\}\)/);
});

test('Otter export: `Name  0:02` alone on a line, the words below; times locate the words', () => {
  const { source } = build(
    'otter.txt',
    ['Interview with a ferry captain', '', 'Jane Doe  0:02', 'So how long have you run this route?', '', 'Sam Rivera  0:05', 'Twenty-two years. Every winter it gets worse.', '', 'Jane Doe  0:11', 'Worse how?', '', 'Sam Rivera  0:13', 'The ice.'].join('\n'),
  );
  assert.deepEqual(turns(source), [
    ['Jane Doe', 'So how long have you run this route?'],
    ['Sam Rivera', 'Twenty-two years. Every winter it gets worse.'],
    ['Jane Doe', 'Worse how?'],
    ['Sam Rivera', 'The ice.'],
  ]);
  assert.equal(passageLocator(source, source.text.indexOf('Every winter')), '0:05');
  assert.equal(source.title, 'Interview with a ferry captain');
});

test('Rev/Descript style `Speaker 1 (00:12:31):` with names from front matter', () => {
  const text = ['---', 'title: Ferry interview', 'speakers:', '  Speaker 1: Jane Doe', '  Speaker 2: Sam Rivera', '---', 'Speaker 1 (00:00:02): How long have you run this route?', 'Speaker 2 (00:00:05): Twenty-two years.', 'Speaker 1 (00:00:09): And the ice?', 'Speaker 2 (00:00:11): Worse every winter.'].join('\n');
  const { source, model, warnings } = build('ferry.txt', text);
  assert.deepEqual(warnings, []);
  assert.equal(source.title, 'Ferry interview');
  const said = model.quotes.filter((q) => q.sieve === 'transcript-turn').map((q) => `${q.speaker?.name}: ${q.text}`);
  assert.deepEqual(said, ['Jane Doe: How long have you run this route?', 'Sam Rivera: Twenty-two years.', 'Jane Doe: And the ice?', 'Sam Rivera: Worse every winter.']);
  assert.equal(passageLocator(source, source.text.indexOf('Worse')), '00:00:11');
  assert.ok(model.people.some((p) => p.name === 'Sam Rivera' && p.quoteIds.length === 2));
});

test('WebVTT: voice tags and `Name:` cues; a cue without a speaker continues the turn', () => {
  const vtt = [
    'WEBVTT',
    '',
    'NOTE exported from a meeting recorder',
    '',
    '1',
    '00:00:01.000 --> 00:00:04.000',
    '<v Jane Doe>How long have you run</v>',
    '',
    '2',
    '00:00:04.000 --> 00:00:06.500',
    '<v Jane Doe>this route?</v>',
    '',
    '3',
    '00:00:07.000 --> 00:00:09.000',
    '<v.loud Sam Rivera>Twenty-two <i>long</i> years.</v>',
    '',
    '00:00:09.000 --> 00:00:12.000',
    'And every winter is worse.',
    '',
    '00:00:12.500 --> 00:00:14.000',
    'Jane Doe: Worse how?',
  ].join('\n');
  const { source } = build('meeting.vtt', vtt);
  assert.equal(source.format, 'vtt');
  assert.deepEqual(turns(source), [
    ['Jane Doe', 'How long have you run this route?'],
    ['Sam Rivera', 'Twenty-two long years. And every winter is worse.'],
    ['Jane Doe', 'Worse how?'],
  ]);
  assert.equal(passageLocator(source, source.text.indexOf('every winter')), '00:00:09');
  // Offsets map back into the file: the words stand there.
  const at = source.text.indexOf('Twenty-two');
  assert.equal(vtt.slice(source.fileOffset(at), source.fileOffset(at) + 10), 'Twenty-two');
});

test('SRT with `[SPEAKER_00]` labels, named through verbatim.json', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:03,000',
    '[SPEAKER_00]: How long have you',
    'run this route?',
    '',
    '2',
    '00:00:03,500 --> 00:00:06,000',
    '[SPEAKER_01]: Twenty-two years.',
    '',
    '3',
    '00:00:06,000 --> 00:00:08,000',
    'Every winter is worse.',
  ].join('\n');
  const prepared = withConfigSpeakers(prepareSource({ path: '/corpus/ferry.srt', text: srt }), { ferry: { SPEAKER_01: 'Sam Rivera' }, SPEAKER_00: 'Jane Doe' });
  assert.deepEqual(prepared.source.transcript!.speakers, { SPEAKER_00: 'Jane Doe', SPEAKER_01: 'Sam Rivera' });
  assert.deepEqual(turns(prepared.source), [
    ['SPEAKER_00', 'How long have you run this route?'],
    ['SPEAKER_01', 'Twenty-two years. Every winter is worse.'],
  ]);
});

test('news articles are not transcripts, even with `Name: “…”` paragraphs and datelines', () => {
  const article = [
    'WASHINGTON: The senator spoke on Tuesday.',
    'Okafor: “We will not wait.”',
    'Lindqvist said the harbour was silting up. “It will close,” he said.',
    'UPDATE: This story has been updated.',
    'Okafor: “The vote is next week.”',
  ].join('\n');
  assert.equal(looksLikeLabelledTranscript(article), false);
  assert.equal(build('article.txt', article).source.transcript, undefined);
});

test('verbatim check says once which transcript speaker is unresolved, and how to name them; verbatim.json names them', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { runCli } = await import('../helpers/cli');
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-transcript-'));
  mkdirSync(path.join(dir, 'sources'));
  writeFileSync(
    path.join(dir, 'sources', 'ferry.srt'),
    ['1', '00:00:01,000 --> 00:00:03,000', '[SPEAKER_00]: How long have you run this route?', '', '2', '00:00:03,500 --> 00:00:06,000', '[SPEAKER_01]: Twenty-two years.', '', '3', '00:00:06,500 --> 00:00:08,000', '[SPEAKER_00]: And the ice?', '', '4', '00:00:08,500 --> 00:00:10,000', '[SPEAKER_01]: Worse every winter.'].join('\n'),
  );
  writeFileSync(path.join(dir, 'draft.md'), 'Jane Doe said: "Worse every winter." [@ferry]\n');
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const before = await runCli('check', 'draft.md');
    const lines = before.err.split('\n').filter((l) => l.includes('transcript speaker'));
    assert.equal(lines.length, 2, before.err);
    assert.match(lines[1], /“SPEAKER_01” \(2 turns\) is not a name.*"speakers": \{"SPEAKER_01": "Full Name"\}/);
    writeFileSync(path.join(dir, 'verbatim.json'), JSON.stringify({ speakers: { SPEAKER_00: 'Jane Doe', SPEAKER_01: 'Dan Okoro' } }));
    const after = await runCli('check', 'draft.md', '--format', 'json');
    assert.doesNotMatch(after.err, /transcript speaker/);
    const findings = JSON.parse(after.out) as Array<{ code: string; message: string; source?: { locator?: string } }>;
    assert.deepEqual(findings.map((f) => f.code), ['wrong-speaker']);
    assert.match(findings[0].message, /Dan Okoro said this, not Jane Doe/);
    assert.equal(findings[0].source!.locator, '00:00:08');
  } finally {
    process.chdir(cwd);
  }
});

test('a Markdown transcript declared in front matter, with bold labels', () => {
  const md = ['---', 'type: transcript', 'title: Harbour board meeting', 'date: 2024-03-05', '---', '', '**Jane Doe:** Shall we begin?', '', '**Sam Rivera:** Yes. The dredging bid came in late.', '', 'It is still the lowest.'].join('\n');
  const { source, model } = build('board.md', md);
  assert.equal(source.title, 'Harbour board meeting');
  assert.equal(source.date, '2024-03-05');
  assert.deepEqual(turns(source), [
    ['Jane Doe', 'Shall we begin?'],
    ['Sam Rivera', 'Yes. The dredging bid came in late.\nIt is still the lowest.'],
  ]);
  // A label that is a full name is the transcript naming its speaker.
  assert.deepEqual(model.quotes.filter((q) => q.sieve === 'transcript-turn').map((q) => q.speaker?.name), ['Jane Doe', 'Sam Rivera']);
});
