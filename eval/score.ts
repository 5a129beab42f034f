// Scores extracted quotations against a gold file in the news-dev format
// (`file start end kind speaker via quote`, TAB-separated). The rules are those
// of ../shared/news-dev/score.py, and tests/eval/score.test.ts holds the two to
// the same figures: a gold quote is found when one extracted quote of its file
// covers ≥ 60% of its characters (the largest overlap is its match); the
// speaker is right when the names agree after normalising, or one's words hold
// the other's and the extracted name has the gold surname — first names too in
// files where two people share that surname.

export interface GoldRow {
  file: string;
  start: number;
  end: number;
  kind: string;
  speaker: string;
  via: string;
  quote: string;
}

export interface Extracted {
  file: string;
  start: number;
  end: number;
  speaker: string | null;
  /** The rule that decided the speaker (or abstained): breaks the figures down. */
  sieve?: string;
}

export interface ScoredRow {
  gold: GoldRow;
  match: Extracted | null;
  found: boolean;
  right: boolean;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'secretary', 'mayor', 'speaker', 'judge', 'gen', 'general', 'lt', 'col', 'rev', 'reverend', 'del', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** Undoes UTF-8 read as Latin-1 (once or twice), as in `FranÃ§ois`. */
function unmangle(s: string): string {
  s = s.normalize('NFC');
  for (let i = 0; i < 3 && /[\u0080-\u00ff]/.test(s); i++) {
    if ([...s].some((c) => c.charCodeAt(0) > 0xff)) break;
    const bytes = Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
    try {
      s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      break;
    }
  }
  return s;
}

export function normaliseName(name: string | null | undefined): string[] {
  if (!name) return [];
  let s = unmangle(name).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  s = s.replace(/\u2019/g, "'").replace(/'s\b/g, '').replace(/[^a-z0-9'-]+/g, ' ');
  let words = s.split(/\s+/).map((w) => w.replace(/^['-]+|['-]+$/g, '')).filter((w) => w.length > 1 && !TITLES.has(w));
  if (words[0] === 'the') words = words.slice(1);
  return words;
}

export function speakerRight(got: string | null, gold: string, sharedSurnames: Set<string>): boolean {
  const g = normaliseName(gold);
  const e = normaliseName(got);
  if (!g.length || !e.length) return false;
  if (g.join(' ') === e.join(' ')) return true;
  const last = g[g.length - 1];
  if (!e.includes(last)) return false;
  const gs = new Set(g);
  const es = new Set(e);
  if (!(e.every((w) => gs.has(w)) || g.every((w) => es.has(w)))) return false;
  if (sharedSurnames.has(last)) return g[0] === e[0] && g.length > 1 && e.length > 1;
  return true;
}

export function parseGold(tsv: string): GoldRow[] {
  const lines = tsv.split('\n').filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    return { file: row.file, start: Number(row.start), end: Number(row.end), kind: row.kind, speaker: row.speaker, via: row.via, quote: row.quote };
  });
}

/** `file surname people` rows → per file, the normalised surnames two people share. */
export function parseSharedSurnames(tsv: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of tsv.split('\n').slice(1)) {
    const [file, surname] = line.split('\t');
    if (!file || !surname) continue;
    const words = normaliseName(surname);
    if (!out.has(file)) out.set(file, new Set());
    out.get(file)!.add(words[words.length - 1]);
  }
  return out;
}

export function scoreRows(gold: GoldRow[], extracted: Extracted[], shared: Map<string, Set<string>>): ScoredRow[] {
  const byFile = new Map<string, Extracted[]>();
  for (const q of extracted) {
    const list = byFile.get(q.file);
    if (list) list.push(q);
    else byFile.set(q.file, [q]);
  }
  return gold.map((g) => {
    let best: Extracted | null = null;
    let bestOverlap = 0;
    for (const q of byFile.get(g.file) ?? []) {
      const overlap = Math.min(q.end, g.end) - Math.max(q.start, g.start);
      if (overlap > bestOverlap) {
        best = q;
        bestOverlap = overlap;
      }
    }
    const found = best !== null && bestOverlap >= 0.6 * (g.end - g.start);
    const right = found && speakerRight(best!.speaker, g.speaker, shared.get(g.file) ?? new Set());
    return { gold: g, match: found ? best : null, found, right };
  });
}

export interface Figures {
  gold: number;
  found: number;
  /** Found quotes to which the engine gave a speaker. */
  named: number;
  right: number;
}

export function figures(rows: ScoredRow[]): Figures {
  return {
    gold: rows.length,
    found: rows.filter((r) => r.found).length,
    named: rows.filter((r) => r.found && r.match!.speaker).length,
    right: rows.filter((r) => r.right).length,
  };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-').padStart(6);

/** One line: found, speaker accuracy (right / gold) and speaker precision (right / named). */
export function figuresLine(label: string, f: Figures): string {
  return `${label.padEnd(28)} ${String(f.gold).padStart(4)}  found ${pct(f.found, f.gold)}  accuracy ${pct(f.right, f.gold)}  precision ${pct(f.right, f.named)} (${f.right}/${f.named})`;
}

/** The whole report: overall, by kind, by via, by deciding sieve, then the misses. */
export function report(title: string, rows: ScoredRow[], misses = 30): string {
  const out = [`## ${title}`, figuresLine('overall', figures(rows))];
  const groups = (label: string, keyOf: (r: ScoredRow) => string) => {
    out.push(`by ${label}:`);
    const keys = [...new Set(rows.map(keyOf))].sort();
    for (const k of keys) out.push(figuresLine(`  ${k}`, figures(rows.filter((r) => keyOf(r) === k))));
  };
  groups('kind', (r) => r.gold.kind);
  groups('via', (r) => r.gold.via);
  groups('sieve', (r) => (r.found ? r.match!.sieve ?? '(none)' : '(not found)'));
  const wrong = rows.filter((r) => r.found && r.match!.speaker && !r.right);
  const notFound = rows.filter((r) => !r.found);
  const silent = rows.filter((r) => r.found && !r.match!.speaker);
  out.push(`wrong speaker ${wrong.length}, no speaker ${silent.length}, not found ${notFound.length}`);
  const show = (what: string, rs: ScoredRow[]) => {
    for (const r of rs.slice(0, misses)) {
      const q = r.gold.quote.length > 70 ? `${r.gold.quote.slice(0, 67)}...` : r.gold.quote;
      out.push(`  ${what} ${r.gold.file}:${r.gold.start} [${r.gold.kind}/${r.gold.via}] gold ${r.gold.speaker}, got ${r.match?.speaker ?? '-'} by ${r.match?.sieve ?? '-'} | ${q}`);
    }
  };
  show('WRONG', wrong);
  show('SILENT', silent);
  show('NOTFOUND', notFound);
  return out.join('\n');
}
