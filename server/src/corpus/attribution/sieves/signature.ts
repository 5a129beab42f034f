import { confidenceOf, type Sieve } from '../sieve';

// After the closing mark: a dash (—, ―, –, or --), then a name of capitalised words and initials, then at most
// a place after a comma, then the end of the line. The name must end the line: "…” — Democrats said" is prose.
// Spaces include the no-break space real pages put around the dash.
const SIGNATURE = /^[^\S\n]*\n?[^\S\n]*(?:[―—–]|--)[^\S\n]*(\p{Lu}[\p{L}'’-]*\.?(?:[^\S\n]+\p{Lu}[\p{L}'’-]*\.?){1,4})(?:,[^\S\n]*\p{Lu}[\p{L} .,'’-]{0,40})?[^\S\n]*\.?[^\S\n]*(?:\n|$)/u;

export const signature: Sieve = {
  name: 'signature',
  doc: 'A quotation that stands as a line of its own and is signed after the closing mark with a dash and a name, as news prints readers\' comments, letters and epigraphs: `“Mr. Trump embodies …” ― Sonya Herridge`, or `“Our Congress wants …”` / `— Pete Seville, Greencastle, Pa.` (Herald-Mail, "Feedback", 2019-10-23). The line must hold nothing before the quote, so a reporter\'s byline after a quoted sentence (`Rajoy said … “still the No. 1 force in Spain.”--Kim Hjelmgaard.`) is not read as a signature.',
  fires: [
    { text: '”Mr. Trump embodies the lasting legacy of racism in the United States. He represents our greatest shame.” ― Sonya Herridge\n“During the debate Trump said Hispanics live in hell.”― Pamela Padilla ', quote: 'Mr. Trump embodies', speaker: 'Sonya Herridge', from: 'news-dev huff-post 2016-09-27 latinos-share (a dash and a space)' },
    { text: '”Mr. Trump embodies the lasting legacy of racism in the United States.” ― Sonya Herridge\n“During the debate Trump said Hispanics live in hell.”― Pamela Padilla\u00a0\n', quote: 'During the debate', speaker: 'Pamela Padilla', from: 'news-dev huff-post 2016-09-27 latinos-share (the dash right after the mark)' },
    { text: '“Fear. I am truly afraid that Donald Trump will win.” ― Edwin G. Monroy\n', quote: 'Fear.', speaker: 'Edwin G. Monroy', from: 'news-dev huff-post 2016-09-27 latinos-share (an initial)' },
  ],
  doesNotFire: [
    { text: 'Rajoy said Monday that he will "try to form a stable government" and insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.', quote: 'still the No. 1', from: 'news-train usa-today 2015-12-22 in-brief (a byline after a quoted sentence)' },
    { text: 'And although former Maryland governor Martin O\'Malley lamented her tendency to commit gaffes - "does she have to keep giving them so much" - Democrats at the event were enthusiastic.', quote: 'does she have', from: 'news-train wash-post 2015-11-16 (a dash in prose)' },
  ],
  apply(ctx) {
    const { view, span, resolver, paragraph } = ctx;
    if (span.close < 0) return null;
    const text = view.text;
    const lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
    if (text.slice(lineStart, span.open).trim() !== '') return null;
    const m = SIGNATURE.exec(text.slice(span.close + 1, span.close + 200));
    if (!m) return null;
    const start = span.close + 1 + m.index + m[0].indexOf(m[1]);
    const speaker = resolver.subjectAfter(start, start + m[1].length, paragraph);
    if (!speaker || speaker.via !== 'name') return null;
    return { speaker, cue: 'signature', confidence: confidenceOf(speaker) };
  },
};
