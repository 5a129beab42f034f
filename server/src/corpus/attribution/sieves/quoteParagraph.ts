import type { Sieve } from '../sieve';

export const quoteParagraph: Sieve = {
  name: 'quote-paragraph',
  doc: 'A paragraph that opens with a quotation and gives it no cue continues the last speaker of the paragraph before, in two cases only: that quotation was left open at the paragraph\'s end (a quote running over paragraphs), or it closed the paragraph with nobody else named after it.',
  fires: [
    { text: '“Let them not forget about the second Karabakh war,” Aliyev said during a visit to Jebrail.\n“We achieved what we wanted without fearing anyone, without reckoning with anyone.”', quote: 'We achieved', speaker: 'Aliyev', from: 'seeds/004 (cue removed from the second paragraph)' },
    { text: '“Karabakh is Azerbaijan. Everyone should know this, including those in charge of Armenia today,” Aliyev added.\n“Let those holding talks in Moscow know that it’s our territory and we won’t be making any concessions.”', quote: 'Let those holding', speaker: 'Aliyev', from: 'seeds/003' },
  ],
  doesNotFire: [
  ],
  apply(ctx) {
    const { done, paragraph, span, view, resolver } = ctx;
    const para = view.paragraphs[paragraph];
    if (view.text.slice(para.start, span.open).trim() !== '') return null;
    const prev = done[done.length - 1];
    if (!prev || prev.paragraph !== paragraph - 1 || !prev.entity) return null;
    const prevPara = view.paragraphs[paragraph - 1];
    if (prev.span.close >= 0) {
      // Closed: only the attribution may follow it ("…,” he said.), naming no one else.
      const tail = view.text.slice(prev.span.close + 1, prevPara.end);
      if (tail.length > 80 || resolver.someoneElseNamed(prev.span.close, prevPara.end, prev.entity)) return null;
    }
    return { speaker: { entity: prev.entity, via: 'name' }, via: 'continuation', cue: 'continuation', confidence: 'inferred' };
  },
};
