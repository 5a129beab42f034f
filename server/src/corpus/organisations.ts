// Organisations that speak: "Norvania's Foreign Ministry", "the Norvanian
// Foreign Ministry", "Kestria's Defence Ministry". Both spellings of one
// ministry get one canonical name, "<Country>'s <Name>".
import type { Countries } from './countries';
import { ORGANISATION_HEADS } from './vocabulary';

export interface OrganisationHit {
  name: string;
  start: number;
  end: number;
  /** Lower-case head noun, for "the ministry said": "ministry". */
  head: string;
}

const HEADS = ORGANISATION_HEADS.join('|');
const ORG = new RegExp(
  `(?:\\b(?:the|The)\\s+)?(?:(\\p{Lu}[\\p{L}]+)(?:['’]s)?\\s+)?((?:\\p{Lu}[\\p{L}]+\\s+){0,3}(?:${HEADS}))\\b(?:\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}]+))?`,
  'gu',
);

/** Cheap test first: most paragraphs name no organisation, and the full pattern is costly to try at every offset. */
const HEAD = new RegExp(`\\b(?:${HEADS})\\b`);

export function scanOrganisations(text: string, start: number, end: number, countries: Countries): OrganisationHit[] {
  const hits: OrganisationHit[] = [];
  if (!HEAD.test(text.slice(start, end))) return hits;
  ORG.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = ORG.exec(slice))) {
    const [whole, lead, body, ofCountry] = m;
    let country = ofCountry && (countries.countryOf(ofCountry) ?? (countries.isCountry(ofCountry) ? ofCountry : undefined));
    let name = body;
    if (lead) {
      const asCountry = countries.countryOf(lead) ?? (/['’]s\s/.test(whole) ? lead : undefined);
      if (asCountry) country = asCountry;
      else name = `${lead} ${body}`;
    }
    if (!country) continue; // "the Ministry" alone is a reference, not a name
    const head = body.split(/\s+/).pop()!.toLowerCase();
    hits.push({ name: `${country}'s ${name}`, start: m.index, end: m.index + whole.length, head });
  }
  return hits;
}
