import type { Sieve } from '../sieve';

export const headline: Sieve = {
  name: 'headline',
  doc: 'A quotation in a headline or subhead (a short title-case line) is not attributed from that line: headlines compress, and a name beside a quote there is as often the subject as the speaker. The quote keeps no speaker unless a later sieve on its echo decides.',
  fires: [
    { text: 'Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues; It’s “in Their Heads.”\n\nIn offering analysis, longtime Democratic pollster Pat Caddell spoke on Thursday.', quote: 'in Their Heads', speaker: null, from: 'news-dev breitbart 2016-09-15 pat-caddell' },
    { text: 'Aliyev Threatens Military Action Against Armenia, Yerevan Accuses Baku of “Planning New Attacks”\nPresident Ilham Aliyev of Azerbaijan renewed his threats.', quote: 'Planning New Attacks', speaker: null, from: 'seeds/004 (headline form)' },
  ],
  doesNotFire: [
  ],
  apply(ctx) {
    return ctx.view.titleCase[ctx.paragraph] ? { speaker: null, cue: 'headline', confidence: 'inferred', reason: 'in a headline' } : null;
  },
};
