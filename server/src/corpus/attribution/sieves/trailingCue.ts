import { cueOf, trailingClause, type Clause } from '../clauses';
import { confidenceOf, type QuoteContext, type Sieve, type Verdict } from '../sieve';

export const trailingCue: Sieve = {
  name: 'trailing-cue',
  doc: 'The attribution right after the closing mark, the commonest form in news: `“…,” he said`, `“…,” Palmieri, a Clinton aide, said`, or inverted, `“…,” said Douglas Holtz-Eakin, an economist`. The clause must start at the mark and reach its reporting verb within a short subject; the subject is resolved in stage 2 (a name, a pronoun, a description).',
  fires: [
    { text: 'During his chat with Bayramov, Aliyev once again criticized the co-chairmen.\n\n“We are not going to hold negotiations and meaningless video conferences for the sake of parody,” he told Bayramov.', quote: 'We are not going', speaker: 'Aliyev', from: 'seeds/000' },
    { text: "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist who served as director of the Congressional Budget Office.", quote: "This isn't tax reform", speaker: 'Douglas Holtz-Eakin', from: 'news-dev nyt 2016-09-16 clinton-plan-for-taxes' },
    { text: '“Let them not forget about the second Karabakh war,” Aliyev said during a visit to Jebrail.', quote: 'Let them not forget', speaker: 'Aliyev', from: 'seeds/004' },
    { text: 'Mr. Obama chalks up the contradictions both to politics and to the amorphous, unseen nature of the threat.\n\n"It feels like, \'Meh, we can put this off a little bit,\'" he said.', quote: 'It feels like', speaker: 'Obama', from: 'news-dev nyt 2016-09-08 obama-on-climate-change (a quotation inside closes with it)' },
    { text: 'Derek Mitchell was the ambassador.\n\n"In my first meeting with him in 2011, he said, \'Our approach hasn\'t worked; we want to work with you,\'" Mitchell recalled in an interview.', quote: 'In my first meeting', speaker: 'Derek Mitchell', from: 'news-dev wash-post 2016-09-16 burma-leader' },
  ],
  doesNotFire: [
    { text: 'McCain, the GOP’s presidential nominee in 2008, issued a statement after Republican contender Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is “peanuts,” compared to what Islamic State militants are doing.', quote: 'peanuts', from: 'news-train breitbart 2016-02-08 the-latest-nh-towns (“compared to” after a quote is a preposition, no cue)' },
    { text: 'President Ilham Aliyev of Azerbaijan renewed his military threats against Armenia on Friday, warning Yerevan to “not forget about second Karabakh war” and “the anti-terror operation,” referring to Azerbaijan’s attack on Artsakh last year that forced its Armenian population to flee.', quote: 'the anti-terror', from: 'seeds/004 (after a possessive, “attack” is a noun, no cue)' },
    { text: "Holger Schmieding of Berenberg, Germany's largest private bank, warned that while ''logic would suggest that a terror attack strengthens the case for closer cooperation in Europe,'' the attacks ''may trigger a knee-jerk reaction to get further away from the European Continent and Brussels especially among those who are somewhat skeptical of what 'Brussels' stands for anyway. Sad as it is, there is some risk that the terror attacks may end up strengthening the 'leave the E.U.' camp.''", quote: 'logic would suggest', from: 'news-train nyt 2016-03-23 attacks-renew-bitter-debate (after an article, “attacks” is a noun)' },
    { text: 'Clinton says Trump’s “latest twitter meltdown is unhinged, even for him.” She says it underscores the point.', quote: 'latest twitter', from: 'news-dev breitbart 2016-09-30 (a quote ending its sentence has no trailing clause)' },
  ],
  apply(ctx) {
    const { span, view } = ctx;
    if (span.close < 0) return null;
    // News sets a quote off from its trailing attribution with a comma (or ?, !, a dash) at the mark:
    // “…,” he said. A quote run into the sentence (“unmistakably” suggests that …) has none.
    // A quotation inside the quotation may close with it (`… of what?’”`, `… super predator,’”`): look past its mark.
    const lastInside = view.text.slice(span.textStart, span.textEnd).trimEnd().replace(/['’‘]+$/u, '').slice(-1);
    const firstAfter = view.text.slice(span.close + 1, span.close + 3).trimStart().charAt(0);
    if (!/[,?!—–-]/.test(lastInside) && !/[,—–]/.test(firstAfter)) return null;
    const clause = trailingClause(view.text, span.close + 1, ctx.afterEnd);
    if (!clause) return null;
    return clauseVerdict(ctx, clause);
  },
};

/** The verdict of an attribution clause after a quote: its subject resolved, before the verb or (inverted) after it. */
export function clauseVerdict(ctx: QuoteContext, clause: Clause): Verdict {
  const { resolver, paragraph, view } = ctx;
  const speaker = clause.inverted ? resolver.subjectAfter(clause.subjectStart, clause.subjectEnd, paragraph) : resolver.subjectBefore(clause.subjectStart, clause.subjectEnd, paragraph);
  return { speaker, cue: cueOf(view.text, clause.verb), confidence: confidenceOf(speaker), reason: speaker ? undefined : `“${view.text.slice(clause.subjectStart, clause.subjectEnd)}” names no one this article introduces` };
}
