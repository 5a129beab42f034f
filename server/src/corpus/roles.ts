// Roles as the corpus records them: "Azerbaijani President" and "President of
// Azerbaijan" are one role. (Roles are read from the text in attribution/entities.ts.)
import type { Countries } from './countries';

/** "Azerbaijani President" → "President of Azerbaijan", when the corpus knows Azerbaijan. */
export function normaliseRole(role: string, countries: Countries): string {
  const m = /^(\p{Lu}[\p{L}]+)\s+(.+)$/u.exec(role);
  if (m) {
    const country = countries.countryOf(m[1]);
    if (country && !/\bof\b/.test(m[2])) return `${m[2]} of ${country}`;
  }
  return role;
}
