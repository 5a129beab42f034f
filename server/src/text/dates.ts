// Dates as news pages print them, to ISO `YYYY-MM-DD`.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, (m) => [+m[1], +m[2], +m[3]]],
  [/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, (m) => [+m[3], +m[2], +m[1]]],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), (m) => [+m[3], monthNumber(m[1]), +m[2]]],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), (m) => [+m[3], monthNumber(m[2]), +m[1]]],
];

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

/** The first date in `text`, as ISO, or undefined. */
export function findDate(text: string): string | undefined {
  let best: { index: number; iso: string } | undefined;
  for (const [re, parts] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    if (!best || m.index < best.index) best = { index: m.index, iso: `${y}-${pad(mo)}-${pad(d)}` };
  }
  return best?.iso;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
