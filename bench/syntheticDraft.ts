// A seeded 3,000-word draft with 40 quotations taken from a corpus model: most
// exact, some with a changed word or number, some put in the wrong mouth,
// some invented. Narrative filler between them.
import { rng } from './rng';
import type { CorpusModel } from '../server/src/model/types';


// Filler from a real seed sentence (000).
const FILLER = 'Aliyev accused those diplomats of receiving money and instructions from the special services of the countries they live in'.split(' ');

export function syntheticDraft(model: CorpusModel, quotes = 40, words = 3000, seed = 7): string {
  const rand = rng(seed);
  const full = model.quotes.filter((q) => q.kind === 'full' && q.speaker && q.text.split(' ').length >= 6);
  const paragraphs: string[] = ['# A long draft', ''];
  let count = 0;
  for (let i = 0; i < quotes; i++) {
    const q = full[Math.floor(rand() * full.length)];
    let text = q.text.replace(/[,.]$/, '');
    const roll = rand();
    let speaker = q.speaker!.name.split(' ').pop()!;
    if (roll < 0.1) text = text.replace(/\b(\w+)$/, 'tomorrow'); // a changed word
    else if (roll < 0.15) speaker = full[Math.floor(rand() * full.length)].speaker!.name.split(' ').pop()!; // perhaps the wrong person
    else if (roll < 0.2) text = 'We never promised anything of the kind to anyone at any time';
    const fill = Array.from({ length: 60 }, () => FILLER[Math.floor(rand() * FILLER.length)]).join(' ');
    paragraphs.push(`${fill[0].toUpperCase()}${fill.slice(1)}. "${text}," ${speaker} said [@${q.sourceKey}].`, '');
    count += 60 + text.split(' ').length + 3;
  }
  while (count < words) {
    const fill = Array.from({ length: 80 }, () => FILLER[Math.floor(rand() * FILLER.length)]).join(' ');
    paragraphs.push(`${fill[0].toUpperCase()}${fill.slice(1)}.`, '');
    count += 80;
  }
  return paragraphs.join('\n');
}
