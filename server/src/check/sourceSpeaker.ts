// Who a passage of a source belongs to: the speaker of the quotation that holds
// it, or, for narrative text, the person the sentence attributes it to
// ("Naghdalyan stressed that Armenia rejects the language of threats").
import type { CorpusIndex } from '../index/corpusIndex';
import type { Quote, Speaker } from '../model/types';
import { isCueAt } from '../corpus/attribution/cueVerbs';

export interface PassageOwner {
  speaker: Speaker | null;
  quote?: Quote;
}

export function passageOwner(index: CorpusIndex, source: number, bodyStart: number, bodyEnd: number): PassageOwner {
  // The narrowest quote that holds the passage: in a transcript, words the speaker quotes
  // from someone else belong to that quote, not to the turn around it.
  let quote: Quote | undefined;
  for (const q of index.quotesBySource[source]) {
    if (q.textStart > bodyStart) break;
    if (q.textEnd >= bodyEnd - 1 && (!quote || q.textEnd - q.textStart < quote.textEnd - quote.textStart)) quote = q;
  }
  if (quote) return { speaker: quote.speaker, quote };
  // Narrative: the sentence around the passage, and a known name before a reporting verb in it.
  const text = index.model.sources[source].text;
  const sentenceStart = Math.max(text.lastIndexOf('. ', bodyStart), text.lastIndexOf('\n', bodyStart)) + 1;
  const lead = text.slice(sentenceStart, bodyStart);
  // The first reporting verb (the sieves' cue verbs, with their particles: "pointed out").
  const found = [...lead.matchAll(/[\p{L}'’]+/gu)];
  const words = found.map((w) => w[0]);
  const verb = words.findIndex((_, i) => isCueAt(words, i));
  if (verb < 0) return { speaker: null };
  const subject = lead.slice(0, found[verb].index);
  for (const m of subject.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*/gu)) {
    const person = index.people.exact(m[0].replace(/['’]s$/, ''));
    if (person) return { speaker: { name: person.name, type: person.type } };
  }
  return { speaker: null };
}
