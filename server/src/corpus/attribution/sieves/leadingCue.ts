import { cueOf, leadingClauses, particleAfter, type Clause } from '../clauses';
import { NAMING_CUES } from '../cueVerbs';
import type { Resolution } from '../resolve';
import { confidenceOf, type QuoteContext, type Sieve } from '../sieve';
import { sentenceSubject } from './sentenceSubject';

export const leadingCue: Sieve = {
  name: 'leading-cue',
  doc: 'A reporting verb before the opening mark in the same sentence governs the quote: `Naghdalyan said: “…”`, `He added that “…”`, `Obama said he is “surprised and troubled”`, `what Trump called “rigged”`. The last such verb before the mark wins; its subject is read back to the start of its clause. A participle with no subject of its own (`…, saying it “neither surprises us”`) takes the sentence\'s subject.',
  fires: [
    { text: "Trump's gloomy tone was a jarring contrast to the sunny introduction by his daughter Ivanka Trump, who portrayed him as a generous, magnanimous business executive who would be \"the people's champion\" and \"a fighter\" who delivers results.", quote: "the people's champion", speaker: 'Ivanka Trump', from: 'news-train wash-post 2016-07-22 republican-assails-elites (a characterising verb: “portrayed … as”; also wash-post 2016-02-09 “Clinton … portraying Sanders as hypocritical because he had accepted “about $200,000””)' },
    { text: 'On Wednesday, Armenia ruled out any “diplomatic solution” to the conflict in Nagorno Karabakh with Azerbaijan, thus undermining existing international efforts to negotiate a long armistice.', quote: 'diplomatic solution', speaker: 'Armenia', from: 'seeds/002 (“ruled out”: a cue in news-train’s own annotations, e.g. politico 2016-07-14 “Mitch Daniels ruled out making a bid”)' },
    { text: 'The jaw-dropping scene played out on live television in August, when White House hopeful Donald Trump threw famous Mexican-American reporter Jorge Ramos out of a news conference.\n\nHorrified at the prospect of Trump becoming president, Ramos believes in journalism that “takes sides.”', quote: 'takes sides', speaker: 'Jorge Ramos', from: 'news-train breitbart 2016-04-12 mexican-anchor (a verb of belief reports a stated view; seeds/002 “He believed that Azerbaijan was putting its “last resources””)' },
    { text: 'Badalyan also pondered whether official Azerbaijan is abandoning the so-called “peace agenda.”', quote: 'peace agenda', speaker: 'Badalyan', from: 'seeds/004 (and news-train breitbart 2016-06-05 “Dr. Muhammad Babar pondered who, without Ali, might “testify for our innocence …””)' },
    { text: 'Armenia’s Foreign Ministry responded to Aliyev’s latest threat to withdraw from the talks, saying it “neither surprises us or fazes us.”', quote: 'neither surprises', speaker: 'Armenia’s Foreign Ministry', from: 'seeds/000' },
    { text: 'On July 7, in a nationally-televised interview, Aliyev called the OSCE Minsk Group co-chairmen efforts “meaningless” and took offense.', quote: 'meaningless', speaker: 'Aliyev', from: 'seeds/000' },
    { text: 'With 50 days until the election, Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama\'s remarks on Saturday "a true wake-up call" to his coalition of supporters.', quote: 'a true wake-up call', speaker: 'Minyon Moore', from: 'news-dev nyt 2016-09-19 obama-sees-personal-insult (whose remarks are named is not who names them)' },
    { text: 'Now, Republicans believe they have a new round of ammunition. Party Chairman Reince Priebus called Clinton\'s remarks on 9/11 a "new low" and a "bizarre attempt to deflect attention from her ties to her wealthy donors."', quote: 'new low', speaker: 'Reince Priebus', from: 'news-train 2016' },
    { text: 'Ivanka Trump, the Republican presidential nominee\'s eldest daughter, spoke.\n\nA document on the Trump campaign\'s website states that same-sex couples would receive the six weeks of paid leave under the policy only if their marriage is "recognized under state law," language that could effectively bar any unmarried parent.', quote: 'recognized under state law', speaker: null, from: 'news-dev wash-post 2016-09-21 (a document on a campaign\'s website is no Trump of the text)' },
    { text: 'David Kamin, an outside adviser to the campaign on tax and budget issues and an associate professor at New York University School of Law, said that the campaign was \'\'taking a close look\'\' at provisions benefiting people like Mr. Trump, and that her proposals did not purport to cover every loophole she might seek to close or change as president.', quote: 'taking a close look', speaker: 'David Kamin', from: 'news-dev nyt 2016-09-16 clinton-plan-for-taxes (an appositive closed by a comma: its "and" joins nouns)' },
    { text: 'Steve Elmendorf, a top Clinton fundraiser and veteran D.C. lobbyist close to the Clinton campaign brass in Brooklyn, says the main goal of the effort is “to disqualify Trump,” but conceded that the imperative of shoring up Clinton’s sagging approval numbers was a growing consideration.', quote: 'to disqualify Trump', speaker: 'Steve Elmendorf', from: 'news-train politico 2016-09-01 debating-clinton-s-character' },
    { text: 'Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting former Miss Universe Alicia Machado was “unhinged, even for him.”', quote: 'unhinged', speaker: 'Hillary Clinton', from: 'news-dev breitbart 2016-09-30 the-latest' },
    { text: 'David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump for accusing him of being a cocaine user.\n\nDean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone through television.', quote: 'never', speaker: 'Howard Dean', from: 'news-dev politico 2016-09-28 axelrod-calls-on-dean (a participle after "by" has the sentence\'s subject)' },
    { text: 'TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary Clinton as a "work horse, not a show horse."', quote: 'work horse', speaker: 'Gwen Graham', from: 'news-train politico 2016-07-22 rep-gwen-graham-slams-trump' },
    { text: 'As Steven M. Rosenthal, a tax lawyer and senior fellow at the Urban-Brookings Tax Policy Center, recently put it, \'\'Did Trump lower his taxes through legal tax avoidance, or illegal tax evasion?\'\'', quote: 'Did Trump lower', speaker: 'Steven M. Rosenthal', from: 'news-dev nyt 2016-09-30 keep-the-returns ("as X put it")' },
    { text: 'As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed. So there\'s no reason going through some motions and pretending like it\'s going to happen, because it\'s not going to happen."', quote: 'This person will not', speaker: 'John Cornyn', from: 'news-train wash-post 2016-03-18 why-obama-s-high-court-pick' },
    { text: 'Another critic, Laurence H. Tribe, likened the rules to "burning the Constitution" - a charge that might have stung, since Mr. Tribe, a liberal constitutional scholar, was a mentor to Mr. Obama at Harvard Law School.', quote: 'burning the Constitution', speaker: 'Laurence H. Tribe', from: 'news-dev nyt 2016-09-08 obama-on-climate-change (a characterising verb: likened … to)' },
    { text: 'Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.”', quote: 'absurd', speaker: 'Paul Manafort', from: 'news-train breitbart 2016-07-19 republicans-begin-roll-call-vote (dismissed … as)' },
    { text: 'Earlier this week, Hillary Clinton, who served as secretary of state when the decision was made to intervene in the Libya civil war, conceded the current situation in the country is “deeply regrettable.”', quote: 'deeply regrettable', speaker: 'Hillary Clinton', from: 'news-train west-journal 2016-03-10 obama-just-let-something-slip (a relative clause set off by commas holds its own "as", "when")' },
    { text: 'Stuart Stevens, who served as Mitt Romney\'s chief strategist during the 2012 campaign, called Trump\'s statements and actions on Sunday "childish."', quote: 'childish', speaker: 'Stuart Stevens', from: 'news-train wash-post 2016-06-13 responses-are-in-keeping' },
    { text: "To solve this quandary, they turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city between January 1 and September 18.", quote: '2,521 shooting', speaker: 'Chicago Police Department', from: 'news-dev breitbart 2016-09-29 politifact-donald-trump-is-right (a relative "which" is the subject: the body named before it)' },
    { text: "The council voted 6-1 for the resolution which said the city “condemns anti-Muslim, anti-refugee, and anti-immigrant speech from presidential candidate Donald Trump and others.”", quote: 'condemns anti-Muslim', speaker: null, from: 'news-train huff-post 2015-12-17 st-paul-votes-to-condemn (the resolution "which said" it is no one named)' },
    { text: "Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but said \"the question is the timing.\" Gov. Pat McCrory (R) said it would be \"improper\" for him to speak on whether the video should be released while the investigation is ongoing. Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, called Friday for releasing the police videos, as well, saying that transparency \"breaks down barriers and brings progress.\"", quote: 'improper', speaker: 'Pat McCrory', from: 'news-dev wash-post 2016-09-25 phone-video (a bare party tag "(R)" describes; read on to the name)' },
    { text: "Gov. Phil Bryant (R) said he expects an \"aggressive appeal\" of Reeves's ruling. \"Like I said when I signed House Bill 1523, the law simply provides religious accommodations granted by many other states and federal law. I am disappointed Judge Reeves did not recognize that reality. I look forward to an aggressive appeal,\" he said in a statement  Friday morning.", quote: 'aggressive appeal', speaker: 'Phil Bryant', from: 'news-train wash-post 2016-07-02 judge-blocks-mississippi' },
    { text: "The International Atomic Energy Agency said North Korea had displayed \"complete disregard of the repeated demands of the international community.\"", quote: 'complete disregard', speaker: 'The International Atomic Energy Agency', from: 'news-dev wash-post 2016-09-10 outrage-but-few-options, from the sentence on (a body named whole, its capital "The" opening the sentence)' },
    { text: "The State Department acknowledged for the first time Friday that \"top secret\" information has been found in emails that passed through the private email server Hillary Clinton used while leading the agency, elevating the issue in the presidential campaign three days before the hotly contested Iowa caucuses.", quote: 'top secret', speaker: 'The State Department', from: 'news-train wash-post 2016-01-31 state-calls-emails-of-clinton' },
  ],
  doesNotFire: [
    { text: 'The interview set off a panic within GOP circles this week, and Republican National Committee Chairman Reince Priebus was said to be “furious” with Trump for further dividing the already fractured GOP.', quote: 'furious', from: 'news-train huff-post 2016-08-05 donald-trump-finally-endorses (a passive: others said it of him)' },
    { text: 'Trump questions the fairness of moderators ahead of debate; \nTalk compared to \'working the referees\' at a basketball game.', quote: 'working the referees', from: 'news-dev usa-today 2016-09-23 (a characterising verb with no object is a passive: nobody compares)' },
  ],
  apply(ctx) {
    const { view, span, resolver, paragraph } = ctx;
    const clauses = leadingClauses(view.text, ctx.beforeStart, span.open);
    if (clauses.length === 0) return null;
    // The last verb first; when its subject names no one ("anybody who complains", "the tweets"), an earlier verb may.
    let adjunct: string | undefined;
    for (const clause of clauses) {
      const verb = clause.verb.text.toLowerCase();
      // "by calling out Trump for his “lies”": a participle after a preposition may have some other subject; read on to an earlier verb.
      const preposition = /ing$/.test(verb) ? /\b(by|for|of|about|from|with|without|after|before|in|on|upon|while)\s+$/i.exec(view.text.slice(clause.verb.start - 12, clause.verb.start)) : null;
      if (preposition) {
        if (ADJUNCT.test(preposition[1])) adjunct ??= verb;
        continue;
      }
      // "Moore … called Mr. Obama's remarks “a true wake-up call”": the remarks are what is named; the one naming them speaks.
      if (clause.possessive && namedByVerb(view.text.slice(Math.max(ctx.beforeStart, clause.subjectStart - 40), clause.subjectStart))) continue;
      let speaker: Resolution | null;
      if (clause.possessive) speaker = resolver.possessor(clause.subjectStart, clause.subjectEnd);
      else if (/ing$/.test(verb)) speaker = participleSubject(ctx, clause);
      else if (clause.subjectStart === clause.verb.start) {
        // Inverted: "said Douglas Holtz-Eakin, an economist. ''…''", "Said Ellis: “…”".
        // The particle of "put it", "pointed out" is no subject.
        const from = clause.verb.end + particleAfter(view.text, clause.verb).length;
        speaker = resolver.subjectAfter(from, clauseStop(view.text, from, span.open), paragraph);
      } else if (/^(?:and|but)$/i.test(view.text.slice(clause.subjectStart, clause.subjectEnd))) {
        // "Trump … bemoaned the unrest and said he thought": a second verb of the sentence's subject;
        // "… after she attacked officers and blamed shootings on": of the clause's subject.
        speaker = clauseSubject(ctx, clause) ?? earlierCueSubject(ctx, clause) ?? sentenceSubject(ctx);
      } else speaker = resolver.subjectBefore(clause.subjectStart, clause.subjectEnd, paragraph);
      if (speaker) return { speaker, cue: cueOf(view.text, clause.verb), confidence: confidenceOf(speaker) };
    }
    // No earlier verb speaks: "Blige sings to Clinton before asking her, “…”", "Dean … began by saying he would “never”":
    // an adverbial participle with no subject of its own has the sentence's. Not after another quote of the sentence
    // ("an account of Clinton telling one agent to “…,” while telling another …"): that one's speaker may be its subject.
    const subject = adjunct && ctx.beforeStart <= ctx.sentence.start ? sentenceSubject(ctx) : null;
    if (subject) return { speaker: subject, cue: adjunct!, confidence: confidenceOf(subject) };
    return { speaker: null, cue: cueOf(view.text, clauses[0].verb), confidence: 'inferred' };
  },
};

/** Prepositions whose participle modifies the whole clause, so takes its subject (`by saying`, `before asking`); `for calling` may be the object's. */
const ADJUNCT = /^(?:by|without|after|before|upon|while|in)$/i;

/** The subject pronoun of the subordinate clause a coordinated verb belongs to: "after she attacked … and blamed". */
function clauseSubject(ctx: QuoteContext, clause: Clause): Resolution | null {
  const before = ctx.view.text.slice(ctx.sentence.start, clause.subjectStart);
  const m = /\b(?:after|when|while|because|as|since|before|if|though|although|that)\s+(he|she|they)\s+[^,;]*$/i.exec(before);
  if (!m) return null;
  return ctx.resolver.pronoun(m[1], ctx.sentence.start + m.index, ctx.paragraph);
}

/**
 * "Lindsey Graham said that Carson is a “good, decent man,” and said that Trump “melted down”": a second reporting verb
 * joined by "and" has the subject of the reporting verb before it in the sentence, not of the clause between.
 */
function earlierCueSubject(ctx: QuoteContext, clause: Clause): Resolution | null {
  const earlier = leadingClauses(ctx.view.text, ctx.sentence.start, clause.subjectStart, 3).find((c) => !c.possessive && c.subjectStart < c.verb.start && !/ing$/.test(c.verb.text));
  if (!earlier || /^(?:and|but)$/i.test(ctx.view.text.slice(earlier.subjectStart, earlier.subjectEnd))) return null;
  const speaker = ctx.resolver.subjectBefore(earlier.subjectStart, earlier.subjectEnd, ctx.paragraph);
  return speaker && speaker.via !== 'pronoun' ? speaker : null;
}

/** The words before a possessor end with a naming verb, an honorific allowed: "called Mr. Obama's remarks". */
function namedByVerb(before: string): boolean {
  const words = before.trim().split(/\s+/);
  if (/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.$/.test(words[words.length - 1] ?? '')) words.pop();
  return NAMING_CUES.has((words[words.length - 1] ?? '').toLowerCase());
}

/** Where an inverted subject ends: the first sentence end or colon after it, else `limit`. */
function clauseStop(text: string, from: number, limit: number): number {
  const m = /[.;:!?](?:\s|$)/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

/** "footage of Hillary Clinton asking": the name right before the participle; "…, saying": the sentence's subject. */
function participleSubject(ctx: QuoteContext, clause: Clause): Resolution | null {
  const before = ctx.view.text.slice(Math.max(ctx.sentence.start, clause.verb.start - 60), clause.verb.start);
  const named = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+$/u.exec(before);
  if (named) {
    const end = clause.verb.start - (before.length - named.index - named[1].length);
    const r = ctx.resolver.subjectBefore(end - named[1].length, end, ctx.paragraph);
    if (r) return r;
  }
  return sentenceSubject(ctx);
}

export type { QuoteContext };
