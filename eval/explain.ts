// `node --import tsx eval/explain.ts FILE OFFSET…`: how attribution read the quotes at these offsets of a text
// (its sentence, the sieve, the phrase, the entity and the reason), for studying a miss in `npm run eval`.
import { readFileSync } from 'node:fs';
import { prepareSource } from '../server/src/corpus/buildCorpus';
import { articleView } from '../server/src/corpus/attribution/article';
import { attributeArticle } from '../server/src/corpus/attribution/attribute';

const [file, ...offsets] = process.argv.slice(2);
const p = prepareSource({ path: file, text: readFileSync(file, 'utf8') });
const view = articleView(p.source.text, p.paragraphs, p.spans);
const { entities, quotes } = attributeArticle(view);
if (offsets.length === 0) for (const e of entities.entities) console.log(`${e.type} ${e.name} [${e.gender}] roles: ${e.roles.join(' | ')}`);
for (const o of offsets.map(Number)) {
  const q = quotes.find((x) => p.source.fileOffset(x.span.textStart) <= o && o <= p.source.fileOffset(x.span.textEnd));
  if (!q) {
    console.log(`${o}: no quote`);
    continue;
  }
  const s = view.text.slice(q.sentence.start, q.sentence.end);
  const before = entities.mentions.filter((m) => !m.inQuote && m.start < q.span.open && m.paragraph >= q.paragraph - 2).slice(-6);
  console.log(`   salient: ${before.map((m) => `${m.entity.name}[${m.entity.gender[0]}${m.subject ? ',S' : ''}]`).join(' · ')}`);
  console.log(`${o}: ${q.sieve ?? '-'} → ${q.entity?.name ?? '∅'} (${q.via ?? ''}, ${q.cue ?? ''}) ${q.reason ?? ''}\n   ${s.slice(0, 400)}`);
}
