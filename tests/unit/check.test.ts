// The checker: each finding in several phrasings, with its exact code and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/check/applyEdits';
import { blockAt, disableCommentEdit } from '../../server/src/check/disableComments';
import { MAX_NEAR_WORDS } from '../../server/src/check/matchQuote';
import { sentences } from '../../server/src/text/paragraphs';
import { check, codesByLine, problems } from '../helpers/check';
import { misplacedDismissal } from '../helpers/proseChange';

const lines = (...ls: string[]) => ls.join('\n') + '\n';

test('quote-not-found: words no source holds', async () => {
  assert.deepEqual(await problems(lines('# Draft', '', '"We will never again sit at the same table as the Armenian leadership," Aliyev said [@004_3008ca76504e7be7].')), ['quote-not-found@3']);
  assert.deepEqual(await problems(lines('Intro line.', '', 'Hajiyev called the plan “a fine gift to all the farmers of the northern valleys” [@001_d3d3f7e52c00361c].')), ['quote-not-found@3']);
});

test('quote-not-found offers the closest passages', async () => {
  const r = await check('"We will take back our lands with tanks, rockets and drones by winter," Aliyev said [@003_dad90ff8750c3564].\n');
  const f = r.findings.find((x) => x.code === 'quote-not-found');
  assert.ok(f, JSON.stringify(r.findings.map((x) => x.code)));
  assert.match(f.message, /^No source holds these words\. Nearest: “The first direct talks aimed at halting the…”, “We will take back our lands – peacefully or through war”/);
  assert.doesNotMatch(f.message, /@|\//, 'a title, not a key or a path');
});

test('quote-mismatch: a changed number, a dropped or added negation, a changed word', async () => {
  const draft = lines(
    '"Almost 80 percent of the document had been cleared," Hajiyev said [@001_d3d3f7e52c00361c].',
    '',
    '"We are going to hold negotiations and meaningless video conferences for the sake of parody," Aliyev said [@000_64dc1e6c8dc30130].',
    '',
    '"We will not take back our lands – peacefully or through war," Aliyev said [@003_dad90ff8750c3564].',
    '',
    '"We achieved what we wanted without fearing anyone, without consulting anyone," Aliyev said [@004_3008ca76504e7be7].',
  );
  assert.deepEqual(await problems(draft), ['quote-mismatch@1', 'quote-mismatch@3', 'quote-mismatch@5', 'quote-mismatch@7']);
  const r = await check(draft);
  assert.match(r.findings[0].message, /^“80” instead of “70”: the source \(Hikmet Hajiyev, in “Azerbaijan Says Anybody Willing/);
  assert.match(r.findings[0].message, /reads “Almost 70 percent of the document had been cleared”/);
  assert.equal(r.findings[0].source?.key, '001_d3d3f7e52c00361c');
});

test('wrong-speaker: "X said", "said X", "according to X", a surname, a role', async () => {
  const draft = lines(
    '"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Bayramov said [@001_d3d3f7e52c00361c].',
    '',
    '"This is a pandemic which is affecting the whole world," said Sergei Lavrov [@003_dad90ff8750c3564].',
    '',
    'Yerevan "has no territorial claims," according to Anna Naghdalyan [@004_3008ca76504e7be7].',
  );
  assert.deepEqual(await problems(draft), ['wrong-speaker@1', 'wrong-speaker@3', 'wrong-speaker@5']);
  const r = await check(draft);
  assert.match(r.findings[0].message, /^Hikmet Hajiyev said this, not Jeyhun Bayramov \(in “Azerbaijan Says Anybody Willing/);
  assert.deepEqual(r.findings[0].fixes[0].edits.map((e) => e.newText), ['Hajiyev']);
});

test('wrong-speaker by role: "the prime minister said"', { todo: 'the draft’s reading resolves no role when the draft names no one (server/src/check/draft.ts)' }, async () => {
  const draft = lines('"Let them not forget about the second Karabakh war," the prime minister said [@004_3008ca76504e7be7].');
  assert.deepEqual(await problems(draft), ['wrong-speaker@1']);
  const r = await check(draft);
  assert.deepEqual(r.findings[0].fixes[0].edits.map((e) => e.newText), ['Ilham Aliyev']);
});

test('wrong-speaker in the colon form of a transcript: `Name: "…"`', { todo: 'the draft’s reading takes no speaker from `Pashinyan: "…"` (server/src/check/draft.ts)' }, async () => {
  const draft = lines('Pashinyan: "Let them not forget about the second Karabakh war." [@004_3008ca76504e7be7]', '', 'Aliyev: "Let them not forget about the second Karabakh war." [@004_3008ca76504e7be7]');
  assert.deepEqual(await problems(draft), ['wrong-speaker@1']);
});

test('wrong-citation: the cited source lacks the quote, another has it', async () => {
  const draft = lines(
    '"This is a pandemic which is affecting the whole world," Tedros Adhanom Ghebreyesus said [@004_3008ca76504e7be7].',
    '',
    'As @003_dad90ff8750c3564 reports, Aliyev said: "Karabakh is Azerbaijan." Or so @001_d3d3f7e52c00361c has it.',
  );
  const found = await problems(draft);
  assert.deepEqual(found, ['wrong-citation@1']);
  const r = await check(draft);
  assert.deepEqual(r.findings[0].fixes[0].edits.map((e) => e.newText), ['003_dad90ff8750c3564']);
});

test('unknown-source: in brackets, with a locator, among several keys, in-text', async () => {
  const draft = lines('Intro [@no-such-key].', '', 'See [@002_0ed3d3604d76e39, p. 3].', '', 'Both [@000_64dc1e6c8dc30130; @00_64dc1e6c8dc30130].', '', 'As @nonexistent notes, talks stalled.');
  assert.deepEqual(await problems(draft), ['unknown-source@1', 'unknown-source@3', 'unknown-source@5', 'unknown-source@7']);
  const r = await check(draft);
  assert.deepEqual(r.findings[1].fixes[0].edits.map((e) => e.newText), ['002_0ed3d3604d76e39f']);
});

test('missing-citation: a verified quote with no citation, with the fix before the final stop', async () => {
  const draft = lines('"There has to be a meaning," Aliyev said.', '', 'Tedros Adhanom Ghebreyesus put it plainly: "This is a pandemic which is affecting the whole world."');
  const r = await check(draft);
  assert.deepEqual(codesByLine(draft, r.findings), ['missing-citation@1', 'missing-citation@3']);
  assert.equal(r.findings[0].severity, 'information');
  const fixed = applyEdits(draft, r.findings.flatMap((f) => f.fixes[0].edits));
  assert.match(fixed, /Aliyev said \[@000_64dc1e6c8dc30130\]\./);
  assert.match(fixed, /world\." \[@003_dad90ff8750c3564\]\n/);
});

test('name-misspelled: a full name', async () => {
  const draft = lines('Nikol Pashinian addressed the nation.');
  assert.deepEqual(await problems(draft), ['name-misspelled@1']);
  const r = await check(draft);
  assert.deepEqual(r.findings.map((f) => f.fixes[0].edits[0].newText), ['Nikol Pashinyan']);
});

test('name-misspelled: a surname, and a misspelling the corpus recorded (000’s Bayrmaov)', { todo: 'a lone surname near miss is not flagged since the sieve attribution merge' }, async () => {
  const draft = lines('Later, Badalian spoke.', '', 'Bayrmaov was cautious.');
  assert.deepEqual(await problems(draft), ['name-misspelled@1', 'name-misspelled@3']);
  const r = await check(draft);
  assert.deepEqual(r.findings.map((f) => f.fixes[0].edits[0].newText), ['Badalyan', 'Bayramov']);
});

test('a clean draft: curly or straight marks, fragments, elisions, insertions, split quotes, house style: no warnings or errors', async () => {
  const draft = lines(
    '---',
    'title: A clean draft',
    '---',
    '',
    '# Talks',
    '',
    '“We are not going to hold negotiations and meaningless video conferences for the sake of parody,” Aliyev told Bayramov [@000_64dc1e6c8dc30130].',
    '',
    '"Our approach is," Hajiyev said, "that anybody who is willing to contribute to real peace on the ground, they are most welcome." [@001_d3d3f7e52c00361c]',
    '',
    'Badalyan said Yerevan "has no territorial claims" [@004_3008ca76504e7be7].',
    '',
    '"Karabakh is Azerbaijan … I tell them again that if they commit fraud again after the Moscow talks, they will regret it," Aliyev said [@003_dad90ff8750c3564].',
    '',
    '"On the one hand, they talk about peace, on the other hand, they arm themselves heavily. [...] No matter how hard they try, they will not achieve anything," Aliyev said [@004_3008ca76504e7be7].',
    '',
    '"Some of our diplomats in [Western] countries have become the Ambassadors of those countries where they work," Aliyev said [@000_64dc1e6c8dc30130].',
    '',
    'Tedros Adhanom Ghebreyesus said: "This is a pandemic which is affecting the whole world." [@003_dad90ff8750c3564]',
    '',
    '"Let those holding talks in Moscow know that it\'s our territory," Aliyev said [@003_dad90ff8750c3564].',
    '',
    "\"We believe that instead of aggressive rhetoric, we should focus on resolving the issue of signing the peace treaty as soon as possible,\" Badalyan told journalists, restating the so-called 'peace agenda' of her government [@004_3008ca76504e7be7].",
  );
  const r = await check(draft);
  const serious = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(serious.map((f) => `${f.code}: ${f.message}`), []);
  assert.ok(r.quotes.filter((q) => q.status === 'verified').length >= 8, r.quotes.map((q) => `${q.status} ${q.quote.text}`).join('\n'));
});

test('a clean draft: the speaker named in the sentence after the quote', async () => {
  const draft = lines(
    'Tedros Adhanom Ghebreyesus said: "This is a pandemic which is affecting the whole world." [@003_dad90ff8750c3564]',
    '',
    '"We achieved what we wanted without fearing anyone." Aliyev said that in Jebrail [@004_3008ca76504e7be7].',
  );
  assert.deepEqual(await problems(draft), []);
});

test('code, HTML comments, front matter and link URLs are never checked', async () => {
  const draft = lines(
    '---',
    'quote: "The moon is made of cheese," said Nobody',
    '---',
    '',
    'Inline `"The moon is made of cheese," Aliyev said` code.',
    '',
    '```',
    '"The moon is made of cheese," Aliyev said [@nope].',
    '```',
    '',
    '<!-- "The moon is made of cheese," Aliyev said [@nope] -->',
    '',
    'A [link](https://example.org/"The-moon-is-made-of-cheese") and <https://example.org/@nope>.',
  );
  assert.deepEqual(await problems(draft), []);
});

test('every fix, applied, clears its finding and brings no new one', async () => {
  const draft = lines(
    '"Almost 80 percent of the document had been cleared," Hajiyev said [@001_d3d3f7e52c00361c].',
    '',
    '"Our approach is that anybody who is willing to contribute to real peace on the ground, they are most welcome," Bayramov said [@001_d3d3f7e52c00361c].',
    '',
    '"This is a pandemic which is affecting the whole world," Tedros Adhanom Ghebreyesus said [@004_3008ca76504e7be7].',
    '',
    'Background [@002_0ed3d3604d76e39].',
    '',
    '"There has to be a meaning," Aliyev said.',
    '',
    'Nikol Pashinian addressed the nation.',
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

test('<!-- verbatim-disable-next-line CODE --> mutes that code on the next line and in the paragraph that starts there', async () => {
  const draft = lines(
    '<!-- verbatim-disable-next-line quote-not-found -->',
    '"The moon is made of cheese," Aliyev said [@000_64dc1e6c8dc30130].',
    '"The moon is made of cheese and stars," Aliyev said [@000_64dc1e6c8dc30130].',
    '',
    '"The moon is made of green cheese," Aliyev said [@000_64dc1e6c8dc30130].',
    '',
    '<!-- verbatim-disable-next-line -->',
    'Intro [@no-such-key].',
    '',
    '<!-- verbatim-disable-next-line unknown-source -->',
    '',
    'Outro [@no-such-key].',
  );
  // Lines 2–3 are one paragraph; line 5 is the next one; a blank line after the comment leaves line 12 unmuted.
  assert.deepEqual(await problems(draft), ['quote-not-found@5', 'unknown-source@12']);
});

test('<!-- verbatim-disable-next-line --> inside a blockquote and before a list item mutes that block', async () => {
  const draft = lines(
    '> <!-- verbatim-disable-next-line quote-not-found -->',
    '> "The moon is made of cheese," Aliyev said',
    '> [@000_64dc1e6c8dc30130], and "the stars are made of tin," he added.',
    '',
    '<!-- verbatim-disable-next-line unknown-source -->',
    '- A list item that cites',
    '  [@no-such-key].',
    '- Another [@no-such-key].',
  );
  assert.deepEqual(await problems(draft), ['unknown-source@8']);
});

test('"Ignore this finding here" writes the comment before the paragraph, never inside it, and mutes only that finding', async () => {
  const draft = lines(
    '# Talks',
    '',
    'The talks went on.',
    '> Hajiyev spoke first. "The moon is made of cheese," Aliyev said',
    '> [@000_64dc1e6c8dc30130]. Then "the stars are made of tin," Aliyev added',
    '> [@no-such-key].',
    '',
    '- "Almost 80 percent of the document had been cleared," Hajiyev said',
    '  [@001_d3d3f7e52c00361c].',
    '',
    '"We will take back our lands with rockets by winter," Aliyev said [@003_dad90ff8750c3564].',
  );
  const before = await check(draft);
  assert.deepEqual(codesByLine(draft, before.findings), ['quote-not-found@4', 'quote-not-found@5', 'unknown-source@6', 'quote-mismatch@8', 'quote-mismatch@11']);
  for (const finding of before.findings) {
    const edit = disableCommentEdit(before.draft, draft, finding.start, finding.code);
    const muted = applyEdits(draft, [edit]);
    // Inserted at the first line of the finding's own paragraph, in its container: the prose is the same paragraphs as before.
    assert.equal(misplacedDismissal(draft, [edit]), null, finding.code);
    assert.equal(edit.start, draft.lastIndexOf('\n', blockAt(before.draft.blocks, finding.start)!.start) + 1, 'on the first line of the finding’s paragraph');
    const after = await check(muted);
    const expected = codesByLine(draft, before.findings.filter((f) => f !== finding && !(f.code === finding.code && blockAt(before.draft.blocks, f.start) === blockAt(before.draft.blocks, finding.start))));
    assert.deepEqual(codesByLine(draft, after.findings.map((f) => ({ ...f, start: f.start >= edit.start ? f.start - edit.newText.length : f.start }))).sort(), expected.sort(), `after ignoring ${finding.code}`);
  }
});

test('config: severity overrides and disabled codes', async () => {
  const draft = lines('"There has to be a meaning," Aliyev said.', '', 'Intro [@no-such-key].');
  const r = await check(draft, { severity: { 'missing-citation': 'warning' }, disable: ['unknown-source'] });
  assert.deepEqual(r.findings.map((f) => `${f.code}:${f.severity}`), ['missing-citation:warning']);
  const off = await check(draft, { severity: { 'missing-citation': 'off' } });
  assert.deepEqual(off.findings.map((f) => f.code), ['unknown-source']);
});

test('bad drafts get findings or nothing, never a crash or a hang', async () => {
  assert.deepEqual(await problems(''), []);
  assert.deepEqual(await problems('"An unclosed quote that runs to the end of the paragraph\n\nand a new paragraph.\n'), ['quote-not-found@1']);
  assert.deepEqual(await problems('Text with [@ and then [@000_64dc1e6c8dc30130'), []);
  const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
  await check(junk);
  const big = 'Talks went on. '.repeat(350_000); // ~5 MB
  const t0 = performance.now();
  const r = await check(big + '\n\n"There has to be a meaning," Aliyev said [@000_64dc1e6c8dc30130].\n');
  assert.ok(performance.now() - t0 < 20_000);
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0].status, 'verified');
});

test('a “quote” of thousands of words is placed exactly or not at all, never word-diffed (fuzz: 7 s a keystroke)', async () => {
  const long = 'We will take back our lands '.repeat(2000).trim();
  assert.ok(long.split(' ').length > MAX_NEAR_WORDS);
  const r = await check(`Aliyev said “${long}” [@003_dad90ff8750c3564].\n`);
  assert.deepEqual(r.quotes.map((q) => [q.status, q.diff]), [['not-found', undefined]]);
});

test('a run of terminal marks ends a sentence like one mark, however long (it was scanned again from each mark)', () => {
  for (const dots of ['...', '.'.repeat(6000)]) {
    const text = `He paused${dots} Then he spoke. And left.`;
    assert.deepEqual(sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)), [`He paused${dots}`, 'Then he spoke.', 'And left.']);
  }
});
