// Applies fixes to a draft's text. Overlapping edits are skipped, not merged:
// two fixes that touch the same words need a writer's choice.
import type { Finding, TextEdit } from './findings';

export interface Applied {
  text: string;
  applied: number;
  skipped: number;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The fixes a machine may apply alone: findings with exactly one fix, none overlapping another. */
export function applyUnambiguousFixes(text: string, findings: Finding[]): Applied {
  const chosen: TextEdit[][] = [];
  let skipped = 0;
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);
  for (const f of findings) {
    if (f.fixes.length !== 1) {
      if (f.fixes.length > 1) skipped++;
      continue;
    }
    const edits = f.fixes[0].edits;
    if (chosen.some((c) => c.some((x) => edits.some((e) => overlaps(x, e))))) {
      skipped++;
      continue;
    }
    chosen.push(edits);
  }
  return { text: applyEdits(text, chosen.flat()), applied: chosen.length, skipped };
}
