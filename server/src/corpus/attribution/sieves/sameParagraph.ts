import type { Sieve } from '../sieve';

export const sameParagraph: Sieve = {
  name: 'same-paragraph',
  doc: 'A quotation with no cue of its own continues the speaker of the quotation before it in the same paragraph: `“…,” he told Bayramov. “There has to be a meaning.”`. Only when nobody else is named between the two, outside the marks.',
  fires: [],
  doesNotFire: [],
  apply(ctx) {
    const { done, paragraph, span, resolver } = ctx;
    const prev = done[done.length - 1];
    if (!prev || prev.paragraph !== paragraph || !prev.entity) return null;
    if (resolver.someoneElseNamed(prev.span.close < 0 ? prev.span.textEnd : prev.span.close, span.open, prev.entity)) return null;
    return { speaker: { entity: prev.entity, via: prev.via === 'continuation' ? 'name' : (prev.via ?? 'name') }, via: 'continuation', cue: 'continuation', confidence: 'inferred' };
  },
};
