// A seeded generator of news articles in the seeds' style: headers, [ad_1]
// markers, names with roles, reporting verbs, pronouns, continuation
// paragraphs, partial and scare quotes. Same seed, same corpus.
import { rng } from './rng';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';


const FIRST = ['Ilyas', 'Rauf', 'Tofiq', 'Aram', 'Lusine', 'Siranush', 'Armen', 'Daniel', 'Thomas', 'Petra', 'Jonas', 'Ingrid', 'Maja', 'Anders', 'Karin', 'Nils', 'Leyla', 'Samir', 'Gohar', 'Vahe', 'Elnur', 'Narine', 'Farid', 'Ani', 'Orkhan', 'Tigran', 'Sevda', 'Hayk', 'Zaur', 'Mariam'];
const LAST = ['Dovranov', 'Saylanov', 'Gasimli', 'Tevosyan', 'Martirosyan', 'Melikyan', 'Vardanyan', 'Whitcombe', 'Reinholt', 'Halvorsen', 'Ekdahl', 'Solberg', 'Berg', 'Lindqvist', 'Moberg', 'Aronsson', 'Guliyev', 'Sargsyan', 'Mammadov', 'Hakobyan', 'Huseynov', 'Petrosyan', 'Aliyeva', 'Grigoryan', 'Rustamov', 'Karapetyan', 'Ismayilov', 'Avetisyan', 'Jafarov', 'Harutyunyan'];
const ROLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Presidential aide', 'Human Rights Defender', 'Foreign Ministry spokesperson', 'opposition leader', 'regional analyst', 'Deputy Speaker'];
const COUNTRIES = [['Kestria', 'Kestrian'], ['Norvania', 'Norvanian'], ['Selvia', 'Selvian'], ['Marovia', 'Marovian']];
const VERBS = ['said', 'added', 'stated', 'explained', 'warned', 'insisted', 'stressed', 'noted'];
const WORDS = 'border talks peace treaty region people government army ceasefire road cargo village city region future history agreement commission observers guarantees negotiations dialogue security troops sovereignty proposal offer partners community neighbours elections reform economy energy pipeline water school children families residents winter fuel flour market trade sanctions vote council parliament mandate delegation mission summit capital provinces valley river mountains'.split(' ');
const SCARE = ['rights', 'independence', 'peace agenda', 'humanitarian', 'liberation', 'reality'];

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  bytes: number;
}

/** Writes `count` articles under bench/.corpus/<count>-<seed>/ once and reuses them after. */
export function syntheticCorpus(count: number, seed = 42): GeneratedCorpus {
  const dir = path.join(__dirname, '.corpus', `${count}-${seed}`);
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8'));
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sentence = (n: number) => {
    const ws = Array.from({ length: n }, () => pick(WORDS));
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(' ');
  };
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // Three people an article: about 4 KB and 19 quotes (scare quotes included), a dense news article.
    const people = Array.from({ length: 3 }, () => {
      const [country, demonym] = pick(COUNTRIES);
      return { first: pick(FIRST), last: pick(LAST), role: pick(ROLES), country, demonym };
    });
    const day = 1 + Math.floor(rand() * 28);
    const lines: string[] = [];
    const header = rand();
    if (header < 0.4) lines.push(` date 20${10 + Math.floor(rand() * 14)}-0${1 + Math.floor(rand() * 9)}-${String(day).padStart(2, '0')}`);
    else if (header < 0.7) lines.push(`Last update: ${String(day).padStart(2, '0')}.09.2023 14:02 Newsroom logo Valgrad Today`);
    else lines.push(`Published in: Politics Last update: ${day} October 2023 09:15`);
    lines.push(`${sentence(8)} "${pick(SCARE)}" ${sentence(3).toLowerCase()}`);
    if (rand() < 0.5) lines.push(`By ${pick(FIRST)} ${pick(LAST)} September ${day}, 2023`);
    lines.push('[ad_1]');
    // Per person: an introduction with a role, a split quote, a pronoun quote to
    // someone else, a continuation paragraph, a scare and a partial quote, narrative.
    for (const p of people) {
      const other = pick(people);
      lines.push(`${p.demonym} ${p.role} ${p.first} ${p.last} ${pick(['spoke', 'met reporters', 'appeared'])} in ${pick(COUNTRIES)[0]} on ${pick(['Monday', 'Tuesday', 'Friday'])}, as ${sentence(10).toLowerCase()}.`, '');
      lines.push(`"${sentence(12)}, ${sentence(6).toLowerCase()}," ${p.last} ${pick(VERBS)}. "${sentence(9)}."`, '');
      lines.push(`"${sentence(9)}?" he told ${other.last} at a meeting in the ${pick(WORDS)} ministry.`, '');
      lines.push(`"${sentence(12)}."`, '');
      lines.push(`${sentence(18)}. ${sentence(14)}.`, '');
      lines.push(`${p.last} also dismissed the so-called "${pick(SCARE)}", calling it "${sentence(3).toLowerCase()}".`, '');
      lines.push(`${sentence(20)}, ${sentence(10).toLowerCase()}. ${sentence(15)}.`, '');
    }
    lines.push('[ad_2]');
    lines.push('Follow us on: Facebook Twitter Telegram');
    const text = lines.join('\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
  const info: GeneratedCorpus = { dir, articles: count, bytes };
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}
