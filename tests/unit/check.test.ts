// The checker: each finding in several phrasings, with its exact code and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/check/applyFixes';
import { check, codesByLine, problems } from '../helpers/check';

const lines = (...ls: string[]) => ls.join('\n') + '\n';

test('quote-not-found: words no source holds', async () => {
  assert.deepEqual(await problems(lines('# Draft', '', '"The moon is made of cheese and always was," Dovranov said [@000-border-clashes].')), ['quote-not-found@3']);
  assert.deepEqual(await problems(lines('Intro line.', '', 'Gasimli called the plan “a fine gift to all the farmers of the northern valleys” [@001-presidential-aide].')), ['quote-not-found@3']);
});

test('quote-not-found offers the closest passages', async () => {
  const r = await check('"Kestria has never blocked bread, only rockets and shells and tanks," Gasimli said [@001-presidential-aide].\n');
  const f = r.findings.find((x) => x.code === 'quote-not-found');
  assert.ok(f, JSON.stringify(r.findings.map((x) => x.code)));
  assert.match(f.message, /^No source holds these words\. Nearest: “Presidential aide: Norvania hides behind…”, 2023, “Kestria has never blocked/);
  assert.doesNotMatch(f.message, /@|\//, 'a title, not a key or a path');
});

test('quote-mismatch: a changed number, a dropped or added negation, a changed word', async () => {
  const draft = lines(
    '"About 80 percent of the families we spoke to want to leave," Melikyan said [@003-ombudswoman-warns].',
    '',
    '"We have intention of fighting again," Tevosyan said [@003-ombudswoman-warns].',
    '',
    '"The ball is not now in Ardashen\'s court," Gasimli said [@004-regional-summit].',
    '',
    '"You cannot talk about peace in the morning and buy tanks in the evening," Saylanov said [@002-lindholm-talks].',
  );
  assert.deepEqual(await problems(draft), ['quote-mismatch@1', 'quote-mismatch@3', 'quote-mismatch@5', 'quote-mismatch@7']);
  const r = await check(draft);
  assert.match(r.findings[0].message, /^“80” instead of “70”: the source \([^,]*Siranush Melikyan, in “Norvanian ombudswoman warns/);
  assert.match(r.findings[0].message, /reads “About 70 percent of the families we spoke to want to leave”/);
  assert.equal(r.findings[0].source?.key, '003-ombudswoman-warns');
});

test('wrong-speaker: "X said", "said X", "according to X", a surname, a role', async () => {
  const draft = lines(
    '"The ball is now in Ardashen\'s court," Saylanov said [@004-regional-summit].',
    '',
    '"Those who hold weapons in their hands will be neutralised," said Aram Tevosyan [@003-ombudswoman-warns].',
    '',
    'The region "is ready to continue the talks in any format that brings real results," according to Tofiq Gasimli [@002-lindholm-talks].',
    '',
    '"Norvania\'s leadership bears full responsibility for this provocation," the Norvanian prime minister said [@000-border-clashes].',
  );
  assert.deepEqual(await problems(draft), ['wrong-speaker@1', 'wrong-speaker@3', 'wrong-speaker@5', 'wrong-speaker@7']);
  const r = await check(draft);
  assert.match(r.findings[0].message, /credit these words to Tofiq Gasimli \(from “told”\), not Rauf Saylanov \(Presidential aide, in “Kestria and Norvania/);
  assert.equal(r.findings[0].severity, 'warning', 'the seeds engine does not yet say the source names the speaker explicitly');
  assert.deepEqual(r.findings[0].fixes[0].edits.map((e) => e.newText), ['Gasimli']);
  assert.deepEqual(r.findings[3].fixes[0].edits.map((e) => e.newText), ['Ilyas Dovranov']);
});

test('wrong-speaker in the colon form of a transcript: `Name: "…"`', async () => {
  const draft = lines('Saylanov: "Those who hold weapons in their hands will be neutralised." [@003-ombudswoman-warns]', '', 'Dovranov: "Those who hold weapons in their hands will be neutralised." [@003-ombudswoman-warns]');
  assert.deepEqual(await problems(draft), ['wrong-speaker@1']);
});

test('wrong-citation: the cited source lacks the quote, another has it', async () => {
  const draft = lines(
    '"We will not sign a document that leaves our people without guarantees," Vardanyan said [@000-border-clashes].',
    '',
    'As @003-ombudswoman-warns reports, Dovranov said: "Those who hold weapons in their hands will be neutralised." Or so @001-presidential-aide has it.',
  );
  const found = await problems(draft);
  assert.deepEqual(found, ['wrong-citation@1']);
  const r = await check(draft);
  assert.deepEqual(r.findings[0].fixes[0].edits.map((e) => e.newText), ['002-lindholm-talks']);
});

test('unknown-source: in brackets, with a locator, among several keys, in-text', async () => {
  const draft = lines('Intro [@no-such-key].', '', 'See [@002-lindholm-talk, p. 3].', '', 'Both [@000-border-clashes; @00-border-clash].', '', 'As @nonexistent notes, talks stalled.');
  assert.deepEqual(await problems(draft), ['unknown-source@1', 'unknown-source@3', 'unknown-source@5', 'unknown-source@7']);
  const r = await check(draft);
  assert.deepEqual(r.findings[1].fixes[0].edits.map((e) => e.newText), ['002-lindholm-talks']);
});

test('missing-citation: a verified quote with no citation, with the fix before the final stop', async () => {
  const draft = lines('"The ball is now in Ardashen\'s court," Gasimli said.', '', 'Tevosyan put it plainly: "We have no intention of fighting again."');
  const r = await check(draft);
  assert.deepEqual(codesByLine(draft, r.findings), ['missing-citation@1', 'missing-citation@3']);
  assert.equal(r.findings[0].severity, 'information');
  const fixed = applyEdits(draft, r.findings.flatMap((f) => f.fixes[0].edits));
  assert.match(fixed, /Gasimli said \[@004-regional-summit\]\./);
  assert.match(fixed, /again\." \[@003-ombudswoman-warns\]\n/);
});

test('name-misspelled: a full name, a surname, a misspelling the corpus recorded', async () => {
  const draft = lines('Siranush Melikian visited the camps.', '', 'Later, Tevosian spoke.', '', 'Saylnaov was cautious.');
  assert.deepEqual(await problems(draft), ['name-misspelled@1', 'name-misspelled@3', 'name-misspelled@5']);
  const r = await check(draft);
  assert.deepEqual(r.findings.map((f) => f.fixes[0].edits[0].newText), ['Siranush Melikyan', 'Tevosyan', 'Saylanov']);
});

test('a clean draft: curly or straight marks, fragments, elisions, insertions, split quotes, house style: no warnings or errors', async () => {
  const draft = lines(
    '---',
    'title: A clean draft',
    '---',
    '',
    '# Talks',
    '',
    '“Norvania’s leadership bears full responsibility for this provocation,” Dovranov said [@000-border-clashes].',
    '',
    '"We will defend," he added, "every metre of our land." [@000-border-clashes]',
    '',
    'Gasimli said Kestria "has never blocked food or medicine" [@001-presidential-aide].',
    '',
    '"Kestria has never blocked food … What we have stopped is the smuggling of mines," Gasimli said [@001-presidential-aide].',
    '',
    '"People are sleeping in basements. [...] There is no electricity, no water and no fuel," Melikyan explained [@003-ombudswoman-warns].',
    '',
    '"Those who hold weapons in [the valley] will be neutralised," Dovranov said [@003-ombudswoman-warns].',
    '',
    'Tevosyan said: "We have no intention of fighting again." [@003-ombudswoman-warns]',
    '',
    '"Our army is ready to respond to any provocation." Tevosyan wrote that on Facebook [@000-border-clashes].',
    '',
    "\"We will not sign a document that leaves our people without guarantees,\" Vardanyan told journalists, restating the so-called 'red lines' of his government [@002-lindholm-talks].",
  );
  const r = await check(draft);
  const serious = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(serious.map((f) => `${f.code}: ${f.message}`), []);
  assert.ok(r.quotes.filter((q) => q.status === 'verified').length >= 8, r.quotes.map((q) => `${q.status} ${q.quote.text}`).join('\n'));
});

test('code, HTML comments, front matter and link URLs are never checked', async () => {
  const draft = lines(
    '---',
    'quote: "The moon is made of cheese," said Nobody',
    '---',
    '',
    'Inline `"The moon is made of cheese," Dovranov said` code.',
    '',
    '```',
    '"The moon is made of cheese," Dovranov said [@nope].',
    '```',
    '',
    '<!-- "The moon is made of cheese," Dovranov said [@nope] -->',
    '',
    'A [link](https://example.org/"The-moon-is-made-of-cheese") and <https://example.org/@nope>.',
  );
  assert.deepEqual(await problems(draft), []);
});

test('every fix, applied, clears its finding and brings no new one', async () => {
  const draft = lines(
    '"About 80 percent of the families we spoke to want to leave," Melikyan said [@003-ombudswoman-warns].',
    '',
    '"The ball is now in Ardashen\'s court," Saylanov said [@004-regional-summit].',
    '',
    '"We will not sign a document that leaves our people without guarantees," Vardanyan said [@000-border-clashes].',
    '',
    'Background [@002-lindholm-talk].',
    '',
    '"Those who hold weapons in their hands will be neutralised," Dovranov said.',
    '',
    'Siranush Melikian visited the camps.',
  );
  const before = await check(draft);
  assert.equal(before.findings.length, 6);
  for (const finding of before.findings) {
    assert.ok(finding.fixes.length > 0, `${finding.code} has no fix`);
    const fixed = applyEdits(draft, finding.fixes[0].edits);
    const after = await check(fixed);
    const remaining = codesByLine(fixed, after.findings);
    const expected = codesByLine(draft, before.findings.filter((f) => f !== finding));
    assert.deepEqual(remaining.sort(), expected.sort(), `after fixing ${finding.code}`);
  }
});

test('<!-- verbatim-disable-next-line CODE --> mutes that code on the next line only', async () => {
  const draft = lines(
    '<!-- verbatim-disable-next-line quote-not-found -->',
    '"The moon is made of cheese," Dovranov said [@000-border-clashes].',
    '"The moon is made of cheese and stars," Dovranov said [@000-border-clashes].',
    '',
    '<!-- verbatim-disable-next-line -->',
    'Intro [@no-such-key].',
  );
  assert.deepEqual(await problems(draft), ['quote-not-found@3']);
});

test('config: severity overrides and disabled codes', async () => {
  const draft = lines('"The ball is now in Ardashen\'s court," Gasimli said.', '', 'Intro [@no-such-key].');
  const r = await check(draft, { severity: { 'missing-citation': 'warning' }, disable: ['unknown-source'] });
  assert.deepEqual(r.findings.map((f) => `${f.code}:${f.severity}`), ['missing-citation:warning']);
  const off = await check(draft, { severity: { 'missing-citation': 'off' } });
  assert.deepEqual(off.findings.map((f) => f.code), ['unknown-source']);
});

test('bad drafts get findings or nothing, never a crash or a hang', async () => {
  assert.deepEqual(await problems(''), []);
  assert.deepEqual(await problems('"An unclosed quote that runs to the end of the paragraph\n\nand a new paragraph.\n'), ['quote-not-found@1']);
  assert.deepEqual(await problems('Text with [@ and then [@000-border-clashes'), []);
  const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
  await check(junk);
  const big = 'Talks went on. '.repeat(350_000); // ~5 MB
  const t0 = performance.now();
  const r = await check(big + '\n\n"The ball is now in Ardashen\'s court," Gasimli said [@004-regional-summit].\n');
  assert.ok(performance.now() - t0 < 20_000);
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0].status, 'verified');
});
