import { reportedSpeech } from './reportedSpeech';
import { wordCount } from '../../quoteKind';
import { previousWords, type QuoteContext, type Sieve, type Verdict } from '../sieve';

export const quoteParagraph: Sieve = {
  name: 'quote-paragraph',
  doc: 'A paragraph that opens with a quotation and gives it no cue continues the speaker of the paragraph before, unless the paragraph names someone else after the quotation, in three cases only: its last quotation was left open at the paragraph\'s end (a quote running over paragraphs); it closed that paragraph with nobody else named after it; or that paragraph, with no quotation, ends in reported speech (`Trump said the plan would work.` / `“…”`), whose subject speaks on.',
  fires: [
    { text: '“Let them not forget about the second Karabakh war,” Aliyev said during a visit to Jebrail.\n“We achieved what we wanted without fearing anyone, without reckoning with anyone.”', quote: 'We achieved', speaker: 'Aliyev', from: 'seeds/004 (cue removed from the second paragraph)' },
    { text: '“Karabakh is Azerbaijan. Everyone should know this, including those in charge of Armenia today,” Aliyev added.\n“Let those holding talks in Moscow know that it’s our territory and we won’t be making any concessions.”', quote: 'Let those holding', speaker: 'Aliyev', from: 'seeds/003' },
  ],
  doesNotFire: [
    { text: '“He is someone that no sane person would want as the POTUS. He does not answer to no one and respects no one.” ― Christina N Luis Olidem\n“As a young, Hispanic woman....I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte', quote: 'As a young', from: 'news-dev huff-post 2016-09-27 latinos-share (a signed quote ends its item; nested marks leave this one unsigned)' },
    { text: "For networks that own their old shows, the financial allure of a remake is even greater. ''It refreshes and regenerates the library,'' said Peter Rice, chairman of Fox Networks Group, noting that old episodes become newly valuable domestically and overseas.\n\n''Hawaii Five-0,'' the 1960s procedural that CBS revived in 2010, is considered a case study of that model. The show's revival prompted a windfall syndication deal with TNT, with CBS securing more than $2 million per episode. Peter Lenkov, who oversees the new ''Hawaii Five-0,'' was recently tapped by CBS to run its new version of ''MacGyver,'' which stars Lucas Till. And, yes, CBS renewed ''Hawaii Five-0'' for a seventh season.", quote: 'Hawaii Five-0', from: 'news-train nyt 2016-05-17 a-big-bet-on-nostalgia (a title opens the paragraph, and Peter Lenkov is named after it)' },
    { text: "Maddow asked, \"You don’t have to choose some Grizzly Adams mountain man in order to like comfort the people who would be so freaked out by the prospect of a woman president?\"\n\n\"Well, yes. I’m going to — I’m going to look at a lot of different people…\" Clinton said. \"Grizzly Adams?\" Maddow repeated.", quote: 'Well, yes', from: 'news-train politico 2016-01-14 clinton-says-she-won-t-rule-out (Clinton is named after the quote: not Maddow\'s)' },
  ],
  apply(ctx) {
    const { done, paragraph, span, view, resolver } = ctx;
    const para = view.paragraphs[paragraph];
    if (view.text.slice(para.start, span.open).trim() !== '') return null;
    // A word or two in marks that a sentence runs on from ("'Stoic' driver identified in horror on Las Vegas Strip.") is a
    // term the writer uses, not speech going on.
    if (span.close >= 0 && wordCount(view.text.slice(span.textStart, span.textEnd), 4) < 4 && /^\s*\p{Ll}/u.test(view.text.slice(span.close + 1, span.close + 4))) return null;
    const prev = previousWords(done);
    if (!prev || prev.paragraph !== paragraph - 1) return reportedBefore(ctx);
    // A signed quote (“…” ― Name) is an item of a list: the next line is the next item, not more of it.
    if (!prev.entity || prev.sieve === 'signature') return null;
    // The paragraph goes on to name someone else as a subject ("“…” Aliyev said that in Jebrail"): the quote may be theirs.
    if (resolver.someoneElseNamed(span.close < 0 ? span.textEnd : span.close, para.end, prev.entity)) return null;
    const prevPara = view.paragraphs[paragraph - 1];
    if (prev.span.close >= 0) {
      // Closed: only the attribution may follow it ("…,” he said.), naming no one else.
      const tail = view.text.slice(prev.span.close + 1, prevPara.end);
      // Its own trailing attribution may be long ("…,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus.).
      if ((tail.length > 80 && prev.sieve !== 'trailing-cue') || resolver.someoneElseNamed(prev.span.close, prevPara.end, prev.entity)) return null;
    }
    return { speaker: { entity: prev.entity, via: 'name' }, via: 'continuation', cue: 'continuation', confidence: 'inferred' };
  },
};

/** The paragraph before has no quotation and its last sentence reports speech: "Trump said the plan would work." */
function reportedBefore(ctx: QuoteContext): Verdict | null {
  const { view, paragraph } = ctx;
  if (paragraph === 0 || view.spans[paragraph - 1].length > 0 || view.titleCase[paragraph - 1]) return null;
  const sents = view.sentences[paragraph - 1];
  return reportedSpeech(ctx, sents[sents.length - 1], paragraph - 1);
}
