// Measures the engine's quotes against a hand-written gold file (tests/gold/seeds.json).
// A gold quote is found when one of the engine's quotes in the same source
// overlaps at least 60% of its characters (the rule of ../shared/news-dev's
// scorer); the one with the largest overlap is its match.
import type { CorpusModel, Quote } from '../../server/src/model/types';

export interface GoldQuote {
  source: string;
  /** The first words of `text`, for people reading the file. */
  starts: string;
  /** Exactly what stands between the marks. */
  text: string;
  /** Offsets of `text` in the source file. */
  start: number;
  end: number;
  speaker: string | null;
  kind: 'full' | 'partial' | 'scare';
  via: 'name' | 'pronoun' | 'nominal' | 'context' | null;
  note?: string;
}

export interface GoldFile {
  quotes: GoldQuote[];
  /** Spans the engine may report that the gold deliberately leaves out, with why. */
  notListed?: Array<{ source: string; text: string; reason: string }>;
}

export interface GoldScore {
  total: number;
  found: number;
  rightKind: number;
  /** Quotes whose speaker is right, an abstention on a speakerless gold quote included. */
  rightSpeaker: number;
  /** Found quotes the engine gave a speaker, and how many of those are right. */
  named: number;
  rightNamed: number;
  notFound: string[];
  wrongKind: string[];
  wrongSpeaker: string[];
  /** Engine quotes that match no gold quote. */
  spurious: string[];
}

/** Names compare without case, accents, and with one kind of apostrophe. */
const normalise = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function overlap(q: Quote, g: GoldQuote): number {
  return Math.max(0, Math.min(q.end, g.end) - Math.max(q.start, g.start));
}

/** The engine's quote for a gold quote, or undefined when none overlaps 60% of it. */
export function matchGold(model: CorpusModel, g: GoldQuote): Quote | undefined {
  let best: Quote | undefined;
  for (const q of model.quotes) if (q.sourceKey === g.source && overlap(q, g) > (best ? overlap(best, g) : 0)) best = q;
  return best && overlap(best, g) >= 0.6 * (g.end - g.start) ? best : undefined;
}

/** The engine's speaker is the gold one when its name, or one of that person's spellings, is the gold name. */
function sameSpeaker(model: CorpusModel, q: Quote, gold: string | null): boolean {
  if (!q.speaker || gold === null) return !q.speaker && gold === null;
  const want = normalise(gold);
  if (normalise(q.speaker.name) === want) return true;
  const person = model.people.find((p) => p.name === q.speaker!.name);
  return !!person?.spellings.some((s) => normalise(s.text) === want);
}

export function scoreAgainstGold(model: CorpusModel, gold: GoldFile): GoldScore {
  const s: GoldScore = { total: gold.quotes.length, found: 0, rightKind: 0, rightSpeaker: 0, named: 0, rightNamed: 0, notFound: [], wrongKind: [], wrongSpeaker: [], spurious: [] };
  const matched = new Set<Quote>();
  for (const g of gold.quotes) {
    const label = `${g.source} “${g.starts}…”`;
    const q = matchGold(model, g);
    if (!q) {
      s.notFound.push(label);
      continue;
    }
    matched.add(q);
    s.found++;
    if (q.kind === g.kind) s.rightKind++;
    else s.wrongKind.push(`${label} is ${q.kind}, gold ${g.kind}`);
    const right = sameSpeaker(model, q, g.speaker);
    if (right) s.rightSpeaker++;
    else s.wrongSpeaker.push(`${label} is ${q.speaker?.name ?? `nobody (${q.noSpeakerReason})`}, gold ${g.speaker ?? 'nobody'}${q.cue ? ` [cue: ${q.cue}]` : ''}`);
    if (q.speaker) {
      s.named++;
      if (right) s.rightNamed++;
    }
  }
  const left = gold.notListed ?? [];
  s.spurious = model.quotes
    .filter((q) => !matched.has(q) && !left.some((n) => n.source === q.sourceKey && n.text === q.text))
    .map((q) => `${q.sourceKey} “${q.text}”`);
  return s;
}

export function describeScore(name: string, s: GoldScore): string {
  const pct = (k: number, of: number) => `${of ? ((100 * k) / of).toFixed(1) : '0.0'}%`;
  return [
    `# ${name}: ${s.total} quotes; found ${s.found} (${pct(s.found, s.total)}), right kind ${s.rightKind} (${pct(s.rightKind, s.total)}), right speaker ${s.rightSpeaker} (${pct(s.rightSpeaker, s.total)}), named speakers right ${s.rightNamed}/${s.named} (${pct(s.rightNamed, s.named)}), spurious ${s.spurious.length}`,
    ...s.notFound.map((m) => `#   not found: ${m}`),
    ...s.wrongKind.map((m) => `#   kind: ${m}`),
    ...s.wrongSpeaker.map((m) => `#   speaker: ${m}`),
    ...s.spurious.map((m) => `#   spurious: ${m}`),
  ].join('\n');
}
