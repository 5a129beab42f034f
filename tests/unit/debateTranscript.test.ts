// The first two 2016 presidential debates (../shared/transcripts/) as sources:
// labels resolved from the moderators' introductions, a draft that quotes both
// candidates rightly and with planted errors, and a corpus that mixes the
// transcript with a news article reporting the same debate.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkDraft } from '../../server/src/check/checkDraft';
import { buildCorpus } from '../../server/src/corpus/buildCorpus';
import { renderReport } from '../../server/src/export/report';
import { buildCorpusIndex } from '../../server/src/index/corpusIndex';
import { QuoteSearch } from '../../server/src/index/quoteSearch';
import { completionsAt } from '../../server/src/services/completion';
import { hoverAt } from '../../server/src/services/hover';
import { definitionAt } from '../../server/src/services/navigation';
import { LineIndex } from '../../server/src/text/lineIndex';
import type { Location } from 'vscode-languageserver-types';
import { codesByLine } from '../helpers/check';
import { FIRST_DEBATE, missing, NEWS_DEV_TEXT, SECOND_DEBATE } from '../helpers/shared';

const KEY = '2016-09-26-first-presidential-debate';
const HUFFPOST = 'huff-post_2016-09-27_hillary-clinton-goes-after-donal';
const read = (p: string) => ({ path: p, text: readFileSync(p, 'utf8') });

test('the first debate: every turn is its speaker’s, labels resolved from the introductions', { skip: missing(FIRST_DEBATE) }, () => {
  const built = buildCorpus([read(FIRST_DEBATE)]);
  const source = built.model.sources[0];
  assert.deepEqual(built.warnings, []);
  const turns = built.model.quotes.filter((q) => q.sieve === 'transcript-turn');
  const bySpeaker = new Map<string, number>();
  for (const q of turns) bySpeaker.set(q.speaker!.name, (bySpeaker.get(q.speaker!.name) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(bySpeaker), { 'Lester Holt': 96, 'Hillary Clinton': 91, 'Donald Trump': 126 });
  // Stage notes are nobody's words; a turn continues after one ("HOLT: Good luck to you. (APPLAUSE) Well, I don’t expect…").
  assert.ok(!/\((?:APPLAUSE|CROSSTALK|LAUGHTER)\)/.test(source.text));
  const goodLuck = turns.find((q) => q.text.startsWith('Good luck to you.'))!;
  assert.equal(goodLuck.speaker!.name, 'Lester Holt');
  assert.match(goodLuck.text, /\nWell, I don’t expect us to cover all the issues/);
  // Trump quoting Clinton ("“We will take out ISIS.”") is not Trump's quote.
  const inner = built.model.quotes.find((q) => q.text.startsWith('We will take out ISIS'));
  assert.ok(inner, 'the quotation inside the turn is a quote of its own');
  assert.notEqual(inner.speaker?.name, 'Donald Trump');
  assert.notEqual(inner.sieve, 'transcript-turn');
});

test('the second debate: candidates resolved; moderators never introduced and the audience’s QUESTION are reported once each', { skip: missing(SECOND_DEBATE) }, () => {
  const built = buildCorpus([read(SECOND_DEBATE)]);
  const speakers = new Set(built.model.quotes.filter((q) => q.sieve === 'transcript-turn' && q.speaker).map((q) => q.speaker!.name));
  assert.deepEqual([...speakers].sort(), ['Donald Trump', 'Hillary Clinton']);
  assert.deepEqual(
    built.warnings.map((w) => /speaker “(\w+)” \((\d+) turns\)/.exec(w)?.slice(1).join(' ')),
    ['RADDATZ 60', 'COOPER 72', 'QUESTION 8'],
  );
  for (const w of built.warnings) assert.match(w, /front matter \(speakers: \{\w+: Full Name\}\) or in verbatim\.json/);
});

const DRAFT = `# Clinton and Trump clash at Hofstra

On climate, Hillary Clinton said: "I think science is real." [@${KEY}]

Donald Trump said of the trade deal: "He approved NAFTA, which is the single worst trade deal ever approved in this country." [@${KEY}]

Trump said, "He approved NAFTA, which is the single worst trade deal ever signed in this country." [@${KEY}]

Trump said, "Well, at least I have a plan to fight ISIS." [@${KEY}]

Trump told her: "You called it the gold standard of trade deals ... And then you heard what I said about it, and all of a sudden you were against it." [@${KEY}]

Clinton asked why Trump would not release his tax returns: "I think there may be a couple of reasons." [@${KEY}]

Clinton said, "We will take out ISIS." [@${KEY}]
`;

test('a draft about the first debate: right quotes verified, planted errors found exactly', { skip: missing(FIRST_DEBATE) }, () => {
  const index = buildCorpusIndex(buildCorpus([read(FIRST_DEBATE)]).model);
  const result = checkDraft(DRAFT, index);
  assert.deepEqual(codesByLine(DRAFT, result.findings), [
    'quote-mismatch@7', // "signed" for "approved"
    'wrong-speaker@9', // Clinton's words given to Trump
    'quote-mismatch@11', // an elision across two of Trump's turns, with Clinton's "No." between
  ]);
  const [changed, speaker, joined] = result.findings;
  assert.match(changed.message, /“signed” instead of “approved”/);
  // Only the changed word is rewritten; the rest of the draft's quote stays as typed.
  assert.deepEqual(changed.fixes[0].edits.map((e) => [DRAFT.slice(e.start, e.end), e.newText]), [['signed', 'approved']]);
  assert.match(speaker.message, /Hillary Clinton said this, not Donald Trump/);
  assert.equal(DRAFT.slice(speaker.start, speaker.end), 'Trump');
  assert.deepEqual(speaker.fixes[0].edits.map((e) => e.newText), ['Clinton']);
  assert.match(joined.message, /joins two turns of @2016-09-26-first-presidential-debate: TRUMP’s .* and TRUMP’s .*never join two/);
  assert.deepEqual(joined.fixes, []);
  // Verified: Clinton on science, Trump on NAFTA, Clinton on the tax returns; the words Trump quotes are not checked against him.
  assert.deepEqual(
    result.quotes.map((q) => q.status),
    ['verified', 'verified', 'mismatch', 'verified', 'mismatch', 'verified', 'verified'],
  );
  // Where the words were said: the transcript's line, in the evidence and in the copy desk's report.
  assert.equal(result.quotes[1].evidence!.locator, 'line 78');
  assert.match(renderReport(result, index, 'draft.md', DRAFT), /· line 78 · (?:[^<]* · )?2016-09-26 <cite>@2016-09-26-first-presidential-debate<\/cite>/);
});

test('hover shows where in the transcript; go to definition selects the words in the turn', { skip: missing(FIRST_DEBATE) }, () => {
  const index = buildCorpusIndex(buildCorpus([read(FIRST_DEBATE)]).model);
  const result = checkDraft(DRAFT, index);
  const doc = { uri: 'file:///draft.md', text: DRAFT, lines: new LineIndex(DRAFT), result };
  const at = DRAFT.indexOf('I think science is real');
  const card = hoverAt(doc, index, at)!;
  assert.match(card.contents.value, /✓ \*\*Verified\*\*/);
  assert.match(card.contents.value, /\*\*Hillary Clinton\*\*/);
  assert.match(card.contents.value, /line 59/);
  const fileText = readFileSync(FIRST_DEBATE, 'utf8');
  const lines = new LineIndex(fileText);
  const def = definitionAt(doc, index, { uri: (p) => p, position: (_p, o) => lines.position(o) }, at) as Location;
  assert.equal(fileText.slice(lines.offset(def.range.start), lines.offset(def.range.end)), 'I think science is real');
});

test('completion offers the transcript’s sentences, by speaker', { skip: missing(FIRST_DEBATE) }, () => {
  const model = buildCorpus([read(FIRST_DEBATE)]).model;
  const index = buildCorpusIndex(model);
  const draft = 'Clinton said: "science is re';
  const doc = { uri: 'file:///d.md', text: draft, lines: new LineIndex(draft), result: checkDraft(draft, index) };
  const items = completionsAt(doc, index, new QuoteSearch(model), draft.length);
  assert.equal(items[0].label, 'I think science is real.');
  assert.match(items[0].detail!, /^Hillary Clinton · @2016-09-26-first-presidential-debate/);
  assert.equal((items[0].textEdit as { newText: string }).newText, `"I think science is real." [@${KEY}]`, "the item runs from the opening mark: the editor filters by the whole typed phrase");
});

test('a corpus of the transcript and a news report of the debate: the transcript is the primary source', { skip: missing(FIRST_DEBATE) || missing(NEWS_DEV_TEXT) }, () => {
  const article = path.join(NEWS_DEV_TEXT, `${HUFFPOST}.txt`);
  // The article first, so that corpus order cannot be what puts the transcript first.
  const model = buildCorpus([read(article), read(FIRST_DEBATE)]).model;
  const index = buildCorpusIndex(model);
  // Both hold "That makes me smart." (Trump) and Clinton's "First, maybe he’s not as rich as he says he is."
  const draft = 'Trump replied, "That makes me smart."\n\nClinton said, "First, maybe he’s not as rich as he says he is."\n\nThe reply was "That makes me smart." [@' + HUFFPOST + ']\n';
  const result = checkDraft(draft, index);
  assert.deepEqual(result.quotes.map((q) => [q.status, q.source?.key]), [
    ['verified', KEY],
    ['verified', KEY],
    ['verified', HUFFPOST], // the writer's citation is respected
  ]);
  assert.deepEqual(codesByLine(draft, result.findings), ['missing-citation@1', 'missing-citation@3']);
  assert.deepEqual(result.findings.map((f) => f.fixes[0].title), [`Cite ${KEY}, 2016`, `Cite ${KEY}, 2016`]);
  // Completion: the transcript's words first.
  const typed = 'He said "That makes me sm';
  const doc = { uri: 'file:///d.md', text: typed, lines: new LineIndex(typed), result: checkDraft(typed, index) };
  const items = completionsAt(doc, index, new QuoteSearch(model), typed.length);
  assert.match(items[0].detail!, /@2016-09-26-first-presidential-debate/);
  assert.ok(items.some((i) => i.detail!.includes(`@${HUFFPOST}`)), 'the article is offered too');
});
