// Fixture drafts written as a reporter would, against real articles of
// ../shared/news-dev/text: every finding expected is marked on its line
// (`<!-- expect: wrong-speaker -->`); the runner asserts that every mark is
// reported there and that nothing unmarked is. The corpus is the articles the
// drafts cite, read from ../shared (never copied into the project).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft, type CheckResult } from '../../server/src/check/checkDraft';
import { loadCorpus } from '../../server/src/corpus/loadCorpus';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/index/corpusIndex';
import { LineIndex } from '../../server/src/text/lineIndex';

const HERE = __dirname;
const NEWS = path.resolve(HERE, '..', '..', '..', 'shared', 'news-dev', 'text');
const present = existsSync(NEWS);
const skip = present ? false : `../shared/news-dev/text is absent (${NEWS}): the fixture drafts cite its real articles`;

/**
 * Known false alarms that come from the SOURCE side's attribution (the lead's
 * engine), by draft and a phrase of the line: they stay visible as todo, never
 * hidden by editing the draft. Remove an entry when the engine is fixed.
 */
const KNOWN_ENGINE_FALSE_ALARMS: Record<string, Array<{ line: string; cause: string }>> = {
  // The sieve rewrite on main fixed the seven listed here before (the clean draft's "Retired Lt", "Florida Rep",
  // O'Neill credited to Bill Bratton, Dean's tweet credited to Axelrod; three on the errors draft).
  // Fixed since: “Steadiness…” (the sentence subject, Clinton, now speaks).
  'clean-september-2016.md': [],
};

const drafts = readdirSync(HERE).filter((f) => f.endsWith('.md'));
const textOf = (name: string) => readFileSync(path.join(HERE, name), 'utf8');

let index: Promise<CorpusIndex> | undefined;
function corpus(): Promise<CorpusIndex> {
  const keys = new Set(drafts.flatMap((d) => [...textOf(d).matchAll(/@\{?([\w.-]+?)\}?[\],;\s]/g)].map((m) => m[1])));
  const globs = [...keys].filter((k) => existsSync(path.join(NEWS, `${k}.txt`))).map((k) => `${k}.txt`);
  index ??= loadCorpus({ root: NEWS, globs }).then((b) => buildCorpusIndex(b.model));
  return index;
}

const checked = new Map<string, Promise<CheckResult>>();
function check(name: string): Promise<CheckResult> {
  let r = checked.get(name);
  if (!r) checked.set(name, (r = corpus().then((i) => checkDraft(textOf(name), i))));
  return r;
}

/** `code` per 1-based line, as marked and as reported. */
async function linesOf(name: string) {
  const text = textOf(name);
  const lines = text.split('\n');
  const expected = new Map<number, string[]>();
  lines.forEach((l, i) => {
    const m = /<!-- expect: ([\w\s,-]+?) -->/.exec(l);
    if (m) expected.set(i + 1, m[1].split(/[\s,]+/).sort());
  });
  const r = await check(name);
  const at = new LineIndex(text);
  const reported = new Map<number, string[]>();
  for (const f of r.findings) {
    const line = at.position(f.start).line + 1;
    reported.set(line, [...(reported.get(line) ?? []), f.code].sort());
  }
  const known = (KNOWN_ENGINE_FALSE_ALARMS[name] ?? []).map((k) => ({ ...k, at: lines.findIndex((l) => l.includes(k.line)) + 1 }));
  return { lines, expected, reported, known, result: r };
}

for (const name of drafts) {
  test(`${name}: every marked finding is reported on its line`, { skip }, async () => {
    const { expected, reported, lines } = await linesOf(name);
    const missed = [...expected].filter(([line, codes]) => !codes.every((c) => reported.get(line)?.includes(c)));
    assert.deepEqual(missed.map(([line, codes]) => `${line}: ${codes.join(',')} expected, got ${reported.get(line)?.join(',') ?? 'nothing'} — ${lines[line - 1].slice(0, 80)}`), []);
  });

  test(`${name}: nothing unmarked is reported`, { skip }, async () => {
    const { expected, reported, known, result, lines } = await linesOf(name);
    const at = new LineIndex(textOf(name));
    const extra = result.findings.filter((f) => {
      const line = at.position(f.start).line + 1;
      if (known.some((k) => k.at === line)) return false; // reported below, as todo
      const marks = expected.get(line) ?? [];
      return !marks.includes(f.code) || reported.get(line)!.filter((c) => c === f.code).length > marks.filter((c) => c === f.code).length;
    });
    assert.deepEqual(extra.map((f) => `${at.position(f.start).line + 1}: ${f.code} (${f.severity}) ${f.message} — ${lines[at.position(f.start).line].slice(0, 60)}`), []);
  });

  for (const k of KNOWN_ENGINE_FALSE_ALARMS[name] ?? []) {
    test(`${name}: no false alarm on “${k.line}”`, { skip, todo: skip ? false : k.cause }, async () => {
      const { expected, reported, known } = await linesOf(name);
      const line = known.find((x) => x.line === k.line)!.at;
      assert.ok(line > 0, `the line “${k.line}” is in the draft`);
      assert.deepEqual(reported.get(line) ?? [], expected.get(line) ?? []);
    });
  }
}

test('the clean draft: at least 60 quotes verified, in 25 paragraphs or more, and no warning or error beyond the known engine todos', { skip }, async () => {
  const name = 'clean-september-2016.md';
  const { result, known } = await linesOf(name);
  const verified = result.quotes.filter((q) => q.status === 'verified').length;
  assert.ok(verified >= 60, `${verified} verified quotes`);
  const paragraphs = textOf(name).split(/\n\s*\n/).filter((p) => /"|“/.test(p)).length;
  assert.ok(paragraphs >= 25, `${paragraphs} paragraphs with quotes`);
  const at = new LineIndex(textOf(name));
  const serious = result.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !known.some((k) => k.at === at.position(f.start).line + 1));
  assert.deepEqual(serious.map((f) => f.message), []);
  // A quote with a finding is never "verified" alone: it carries the finding.
  for (const q of result.quotes) for (const f of q.findings) assert.ok(result.findings.includes(f));
});

test('the errors draft: at least 25 planted problems, several of each code, and 10 correct quotes', { skip }, async () => {
  const name = 'errors-september-2016.md';
  const { expected, result } = await linesOf(name);
  const codes = [...expected.values()].flat();
  assert.ok(codes.length >= 25, `${codes.length} planted`);
  for (const code of ['quote-not-found', 'quote-mismatch', 'wrong-speaker', 'wrong-citation', 'unknown-source', 'missing-citation', 'name-misspelled']) {
    assert.ok(codes.filter((c) => c === code).length >= 3, `${code}: ${codes.filter((c) => c === code).length} planted`);
  }
  const at = new LineIndex(textOf(name));
  const clean = result.quotes.filter((q) => q.status === 'verified' && !expected.has(at.position(q.start).line + 1) && q.findings.length === 0);
  assert.ok(clean.length >= 10, `${clean.length} correct quotes with no finding`);
});
