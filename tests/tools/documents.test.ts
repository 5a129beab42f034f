// PDF and Word sources, made by LibreOffice from real text (the seeds and the
// first 2016 debate's transcript): pages, running headers and footers and page
// numbers dropped, hyphenation undone, page locators checked (wrong-locator),
// transcripts inside Word and PDF files, and a scan with no text layer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { checkDraft } from '../../server/src/check/checkDraft';
import { loadCorpus } from '../../server/src/corpus/loadCorpus';
import { pdfText } from '../../server/src/corpus/pdfText';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/index/corpusIndex';
import type { CorpusModel } from '../../server/src/model/types';
import { codesByLine } from '../helpers/check';
import { makeDocuments, type MadeDocuments } from '../helpers/documents';
import { FIRST_DEBATE, missing, SHARED_SEEDS } from '../helpers/shared';
import { hasTool, verbatim } from '../helpers/tools';

const noTools = (!hasTool('soffice') && 'LibreOffice (soffice) is not installed: run tests/tools/setup.sh') || (!hasTool('chromium') && 'chromium is not installed: run tests/tools/setup.sh');
const noDebate = missing(FIRST_DEBATE);
const noSeeds = missing(SHARED_SEEDS);

// Captured before any PDF is read: pdf.js's core-js must not replace them (see keepNativeBuiltins.ts).
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

let made: MadeDocuments;
let model: CorpusModel;
let index: CorpusIndex;
before(async () => {
  if (noTools || noSeeds) return;
  made = makeDocuments(noDebate ? undefined : FIRST_DEBATE);
  const built = await loadCorpus({ root: made.dir });
  model = built.model;
  index = buildCorpusIndex(model);
});

const QUOTE = 'We achieved what we wanted without fearing anyone, without reckoning with anyone,';

test('a PDF of the seeds: pages, and no running header, footer, page number or typesetter’s hyphen in the text', { skip: noTools || noSeeds }, () => {
  const seeds = index.sourceByKey.get('seeds')!;
  assert.equal(seeds.format, 'pdf');
  assert.ok(seeds.pageStarts && seeds.pageStarts.length >= 5, `pages: ${seeds.pageStarts?.length}`);
  assert.doesNotMatch(seeds.text, /Karabakh coverage, collected for the desk/);
  assert.doesNotMatch(seeds.text, /^\s*Page \d+\s*$/m);
  // Words LibreOffice hyphenated at line ends are whole again; compounds keep their hyphen.
  for (const word of ['negotiated', 'refusing', 'language', 'particularly']) assert.ok(seeds.text.includes(word), word);
  for (const compound of ['newly-appointed', 'co-chairmen', 'so-called', 'post-war']) assert.ok(seeds.text.includes(compound), compound);
  // The seeds' quotes are found in the PDF as in the text files.
  const draft = `Aliyev said: "${QUOTE}" [@seeds]\n`;
  const result = checkDraft(draft, index);
  assert.equal(result.quotes[0].status, 'verified');
});

test('wrong-locator: a page locator that is not the words’ page is a warning, with a fix to the right page', { skip: noTools || noSeeds }, async () => {
  // Where pdf.js itself puts the words: the page whose text holds them.
  const raw = await pdfText(readFileSync(made.seedsPdf));
  assert.ok(raw.ok);
  const page = raw.text.split('\f').findIndex((p) => p.replace(/\s+/g, ' ').includes('We achieved what we wanted without fearing anyone')) + 1;
  assert.ok(page > 1, `the quote is on page ${page}`);
  const wrong = page - 1;
  const draft = `Aliyev said: "${QUOTE}" [@seeds, p. ${wrong}]\n\nAliyev said: "${QUOTE}" [@seeds, p. ${page}]\n\nAliyev said: "${QUOTE}" [@seeds, pp. ${wrong}-${page}]\n`;
  const result = checkDraft(draft, index);
  assert.deepEqual(codesByLine(draft, result.findings), ['wrong-locator@1']);
  const f = result.findings[0];
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, `@seeds has these words on page ${page}, not page ${wrong}.`);
  assert.equal(draft.slice(f.start, f.end), String(wrong));
  assert.deepEqual(f.fixes[0].edits.map(({ start, end, newText }) => ({ start, end, newText })), [{ start: f.start, end: f.end, newText: String(page) }]);
  assert.equal(result.quotes[0].evidence!.locator, `p. ${page}`);
});

test('a Word file of a seed article is a source like its text', { skip: noTools || noSeeds }, () => {
  const seed = index.sourceByKey.get('seed')!;
  assert.equal(seed.format, 'docx');
  const text = readFileSync(path.join(made.inputs, 'seed.txt'), 'utf8');
  const quote = /“([^”]{40,200}),”/.exec(text)![1];
  const result = checkDraft(`Aliyev said: "${quote}," [@seed]\n`, index);
  assert.equal(result.quotes[0].status, 'verified');
  assert.deepEqual(result.findings, []);
});

test('the debate transcript as a Word file and as a PDF: the same speakers’ turns; a misattribution is found', { skip: noTools || noSeeds || noDebate }, () => {
  for (const key of ['debate', 'debate-2']) {
    const source = index.sourceByKey.get(key)!;
    assert.ok(source.transcript, `${key} (${source.format}) is read as a transcript`);
    const speakers = new Map<string, number>();
    for (const q of model.quotes) if (q.sourceKey === key && q.sieve === 'transcript-turn') speakers.set(q.speaker?.name ?? '?', (speakers.get(q.speaker?.name ?? '?') ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(speakers), { 'Lester Holt': 96, 'Hillary Clinton': 91, 'Donald Trump': 126 }, key);
  }
  const draft = 'Trump said, "Well, at least I have a plan to fight ISIS." [@debate]\n';
  const result = checkDraft(draft, index);
  assert.deepEqual(codesByLine(draft, result.findings), ['wrong-speaker@1']);
  assert.match(result.findings[0].message, /Hillary Clinton said this, not Donald Trump/);
});

test('a scanned PDF, with no text layer, is skipped with one clear message', { skip: noTools || noSeeds }, () => {
  assert.deepEqual(
    model.skipped.map((s) => [path.basename(s.path), s.reason]),
    [['scan.pdf', 'no text layer: run OCR first (the PDF holds images of pages, not text)']],
  );
  // The same through the bundled CLI, which carries pdf.js and its worker.
  const r = verbatim(made.dir, 'sources', '--corpus', made.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped .*scan\.pdf: no text layer: run OCR first/);
  assert.match(r.stdout, /^seeds\t/m);
});

test('reading a PDF leaves the engine’s own JSON and Array.prototype.push in place (pdf.js’s core-js would slow every LSP message)', { skip: noTools || noSeeds }, () => {
  assert.equal(index.sourceByKey.get('seeds')?.format, 'pdf', 'a PDF was read in this process');
  assert.equal(JSON.stringify, NATIVE.stringify);
  assert.equal(JSON.parse, NATIVE.parse);
  assert.equal(Array.prototype.push, NATIVE.push);
});
