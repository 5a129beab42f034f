// Roles as the text gives them, next to a name: "Prime Minister Nikol Pashinyan",
// "Hikmet Hajiyev, Assistant to the President of Azerbaijan, …", "his foreign
// minister, Jeyhun Bayramov", "President Ilham Aliyev of Azerbaijan".
import type { Countries } from './countries';
import { ROLE_NOUNS, TITLE_WORDS } from './vocabulary';

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to']);
const DETERMINERS = /^(?:the|a|an|his|her|its|their|our|own)$/i;

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower);
}

/** Whether `phrase` reads as a role: it has a title or role noun among its first words. */
export function looksLikeRole(phrase: string): boolean {
  return phrase.split(/\s+/).slice(0, 4).some(isRoleWord);
}

/** The title chain right before a name that starts at `nameStart`. */
export function roleBefore(text: string, nameStart: number, lowerBound: number): string | undefined {
  const before = text.slice(Math.max(lowerBound, nameStart - 160), nameStart);
  const words = before.split(/(\s+)/);
  const chain: string[] = [];
  // Walk back over words that can belong to a title: capitalised, connectors, role nouns.
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/^\s+$/.test(w) || w === '') {
      if (/\n/.test(w)) break;
      continue;
    }
    if (/[,;:.!?()"“”–—]$/.test(w) || /^[,;:.!?()"“”–—]/.test(w)) break;
    if (/^\p{Lu}/u.test(w) || CONNECTORS.has(w) || isRoleWord(w)) {
      chain.unshift(w);
      continue;
    }
    break;
  }
  while (chain.length && (CONNECTORS.has(chain[0]) || DETERMINERS.test(chain[0]))) chain.shift();
  const role = chain.join(' ');
  if (role && looksLikeRole(role)) return role;
  // "his newly-appointed foreign minister, Jeyhun Bayramov"
  const apposed = /\b(?:his|her|its|their|the|a|an)\s+(?:own\s+)?((?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}]+)\s*,\s*$/u.exec(before);
  if (apposed && isRoleWord(apposed[1].split(/\s+/).pop()!)) return apposed[1];
  return undefined;
}

/** A role in apposition after a name ending at `nameEnd`: ", Assistant to the President of Azerbaijan,". */
export function rolesAfter(text: string, nameEnd: number, upperBound: number): string[] {
  const after = text.slice(nameEnd, Math.min(upperBound, nameEnd + 240));
  const ofCountry = /^ of (\p{Lu}[\p{L}]+)\b/u.exec(after);
  if (ofCountry) return [`of ${ofCountry[1]}`];
  const m = /^\s*,\s*(?:the\s+|a\s+|an\s+)?([^,.;:"“”()]{3,200}?)\s*(?=[,.;:]|$)/.exec(after);
  if (!m || !looksLikeRole(m[1])) return [];
  return m[1].split(/\s+and\s+(?=(?:the\s+)?\p{L}+\s+(?:of|to|at|for)\b)/u).map((r) => r.replace(/^the\s+/, '').trim()).filter(Boolean);
}

/** "Azerbaijani President" → "President of Azerbaijan", when the corpus knows Azerbaijan. */
export function normaliseRole(role: string, countries: Countries): string {
  const m = /^(\p{Lu}[\p{L}]+)\s+(.+)$/u.exec(role);
  if (m) {
    const country = countries.countryOf(m[1]);
    if (country && !/\bof\b/.test(m[2])) return `${m[2]} of ${country}`;
  }
  return role;
}
