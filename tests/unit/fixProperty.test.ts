// Property (issue 11 §1): applying any fix the checker offers changes only
// the words it means to change. Drafts are generated from the seeds' real
// quotes, wrapped in entities, escapes, emphasis, links, code spans, block
// quotes, lists and tables, with wrong speakers, keys and wordings. For every
// fix that verifies, the draft's prose after the fix must equal the prose
// before with exactly the edited words replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/check/applyEdits';
import { verifyFix } from '../../server/src/check/applyFixes';
import { checkDraft } from '../../server/src/check/checkDraft';
import { buildCorpusIndex } from '../../server/src/index/corpusIndex';
import { rng } from '../../bench/rng';
import { seedCorpus } from '../helpers/corpus';
import { unintendedChange } from '../helpers/proseChange';

const PREFIXES = ['The aide&mdash;', 'A \\_note\\_ first: ', 'With *emphasis*, ', 'See [the report](http://example.com/a_b) and ', 'Using `co_de` spans, ', 'AT&amp;T noted that ', 'Meanwhile &ldquo;x&rdquo; aside, ', ''];
const CONTAINERS: Array<(p: string) => string> = [(p) => p, (p) => `> ${p}`, (p) => `- ${p}`, (p) => `| ${p} | note |\n|---|---|\n| a | b |`, (p) => `1. **Lead:** ${p}`];

test('every verified fix of 300 generated drafts changes exactly its intended words', async () => {
  const model = await seedCorpus();
  const index = buildCorpusIndex(model);
  const quotes = model.quotes.filter((q) => q.kind === 'full' && q.speaker && q.text.split(' ').length >= 5);
  const people = model.people.filter((p) => p.type === 'person');
  const keys = model.sources.map((s) => s.key);
  const rand = rng(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  let checkedFixes = 0;
  for (let n = 0; n < 300; n++) {
    const paras: string[] = [];
    for (let k = 0; k < 3; k++) {
      const q = pick(quotes);
      let words = q.text.replace(/[,.]$/, '');
      const roll = rand();
      if (roll < 0.3) words = words.replace(/\b(\w{4,})\b/, 'altered');
      if (rand() < 0.3) words = words.replace(/ (\w{3,}) (\w+)$/, ' *$1* $2');
      if (rand() < 0.2) words = words.replace(/'/g, '&rsquo;').replace(/ and /, ' &amp; ');
      if (rand() < 0.1) words = words.replace(/ (\w+) /, ' \\_$1 ');
      const speaker = rand() < 0.3 ? pick(people).name : q.speaker!.name;
      const spelled = rand() < 0.15 ? speaker.replace(/([aeiou])/, '$1$1') : speaker;
      const keyRoll = rand();
      const source = model.sources.find((s) => s.key === q.sourceKey)!;
      const key = keyRoll < 0.3 ? source.key : keyRoll < 0.5 ? pick(keys) : keyRoll < 0.7 ? source.key.slice(0, -2) : '';
      const cite = key ? ` [@${key}]` : '';
      paras.push(pick(CONTAINERS)(`${pick(PREFIXES)}${spelled} said “${words}”${cite}.`));
    }
    const draft = paras.join('\n\n') + '\n';
    for (const f of checkDraft(draft, index).findings) {
      for (const fix of f.fixes) {
        if (!verifyFix(draft, fix)) continue;
        checkedFixes++;
        assert.equal(unintendedChange(draft, fix.edits), null, `fix “${fix.title}” (${f.code}) on:\n${draft}\n→\n${applyEdits(draft, fix.edits)}`);
      }
    }
  }
  assert.ok(checkedFixes > 300, `only ${checkedFixes} fixes were exercised`);
});
