import type { Sieve } from '../sieve';

const LABEL = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)?):\s/u;

export const transcriptLabel: Sieve = {
  name: 'transcript-label',
  doc: 'A quotation that opens with a speaker\'s label in capitals and a colon, as news quotes a transcript: `"PENCE: Well, the question …`. The label is a surname of someone the article names, or is taken as it stands.',
  fires: [
    { text: '"WALLACE: Do you really see those two as equivalent, Mark Cuban and Gennifer Flowers?\n\n"PENCE: Well, look, you know, Mark Cuban has been out there saying some pretty tough stuff about my running mate.', quote: 'PENCE', speaker: 'Pence', from: 'news-dev breitbart 2016-09-25 pence-gennifer-flowers' },
    { text: '"WALLACE: Do you really see those two as equivalent, Mark Cuban and Gennifer Flowers?', quote: 'WALLACE', speaker: 'Wallace', from: 'news-dev breitbart 2016-09-25 pence-gennifer-flowers' },
  ],
  doesNotFire: [
    { text: 'Trump said the system is “rigged.”', quote: 'rigged', from: 'a term, not a label' },
  ],
  apply(ctx) {
    const { view, span, resolver, paragraph } = ctx;
    const m = LABEL.exec(view.text.slice(span.textStart, span.textStart + 40));
    if (!m || m[1].length < 3) return null;
    const start = span.textStart + m.index + m[0].indexOf(m[1]);
    const label = m[1].charAt(0) + m[1].slice(1).toLowerCase();
    const speaker = resolver.label(label, start, start + m[1].length, paragraph);
    return speaker ? { speaker, cue: 'transcript label', confidence: 'explicit' } : null;
  },
};
