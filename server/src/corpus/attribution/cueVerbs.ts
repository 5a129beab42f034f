// The verbs news writing uses to attribute speech. The list was drawn from the
// cue spans of ../shared/news-train (840 real articles: every cue verb used three
// times or more that reports speech or writing), not from any one article; a few
// rarer ones (likened, proclaimed) are cues in both news-train and news-dev, and
// "ruled out", "believed", "pondered" state a view in the seeds and in news-train
// (where "ruled out" and "believe(s/d)" are annotated cues).

const VERBS = `said says say saying told tells tell telling wrote writes write writing added adds adding asked asks asking
noted notes noting explained explains explaining declared declares declaring argued argues arguing insisted insists insisting
stated states stating warned warns warning tweeted tweets tweeting posted posts continued continues recalled recalls recalling
responded responds replied replies answered answers announced announces announcing acknowledged acknowledges conceded concedes
admitted admits claimed claims claiming suggested suggests predicted predicts promised promises pledged pledges vowed vows
stressed stresses emphasized emphasised emphasizes insisted urged urges urging mocked mocks joked jokes quipped quips shouted
yelled exclaimed remarked remarks reiterated reiterates repeated repeats recounted recounts lamented laments complained complains
asserted asserts boasted boasts cautioned cautions testified observed countered counters retorted charged charges alleged
alleges accused accuses accusing criticized criticised criticizes blasted blasts slammed slams railed scoffed fumed gushed
implored pleaded begged demanded demands challenged challenges questioned wondered wonders concluded concludes confirmed confirms
denied denies mentioned mentions described describes describing called calls calling dubbed labeled labelled branded termed
reported reports told emailed texted messaged chanted sang read reads quoted cited cites echoed echoes thundered declined
yells yelled shouts screams screamed cries cried whispered muttered murmured sighed snapped barked growled
attacked attacks attacking characterized characterizes characterizing characterised praised praises praising hailed hails
derided derides ridiculed lambasted touted touts decried decries denounced denounces condemned condemns blamed blames blaming
exhorted scolded chided pleaded begged conveyed conveys threatened threatens lashed
accuse describe claim argue warn insist attack blame praise criticize denounce dismiss mock declare explain announce admit
pointed summed chimed went put shot
dismissed dismisses dismissing likened likens compared compares comparing proclaimed
portrayed portrays portraying
ruled believed believes pondered ponders`;

/** Verbs that need a particle to report speech: "pointed out", "went on", "summed up", "chimed in", "as X put it". */
const NEEDS_PARTICLE: Record<string, string> = { pointed: 'out', summed: 'up', chimed: 'in', went: 'on', lashed: 'out', put: 'it', ruled: 'out', shot: 'back' };

/** Reporting verbs, lower-case, single words. */
export const CUE_VERBS: ReadonlySet<string> = new Set(VERBS.split(/\s+/).filter(Boolean));

/**
 * The -ing forms of the list's past forms that the list lacks (promised → promising, stressed → stressing, questioned →
 * questioning). They report speech only in a progressive ("Trump is promising lower taxes and “jobs, jobs, jobs”",
 * "is stressing the need … under “constant attack”"): alone, a participle such as "chanting" or "citing" as often
 * belongs to someone other than the sentence's subject. Not those that need a particle ("a court ruling").
 */
export const PROGRESSIVE_CUES: ReadonlySet<string> = new Set(
  [...CUE_VERBS].filter((v) => v.endsWith('ed') && v.length > 4 && !v.endsWith('ied') && !v.endsWith('eed') && !(v in NEEDS_PARTICLE)).map((v) => `${v.slice(0, -2)}ing`).filter((v) => !CUE_VERBS.has(v)),
);


/** Verbs that name rather than report: after them a short quote is a term the subject used ("called it “rigged”"). */
export const NAMING_CUES: ReadonlySet<string> = new Set(['called', 'calls', 'calling', 'dubbed', 'labeled', 'labelled', 'branded', 'termed', 'described', 'describes', 'describing']);

/** The particle a cue verb needs ("out" of "pointed out"), if any. */
export function particleOf(verb: string): string | undefined {
  return NEEDS_PARTICLE[verb.toLowerCase()];
}

/**
 * Verbs that report speech only when they characterise something with the
 * quote: "dismissed the kerfuffle as “absurd”", "likened the rules to
 * "burning the Constitution"". The word that must stand between verb and quote.
 * After a quote they report nothing ("“peanuts,” compared to what …").
 */
const CHARACTERISING: Record<string, string> = {
  dismissed: 'as', dismisses: 'as', dismissing: 'as', likened: 'to', likens: 'to', compared: 'to', compares: 'to', comparing: 'to',
  portrayed: 'as', portrays: 'as', portraying: 'as',
};

/** Whether `words[i]` is a characterising verb whose preposition comes after its object, among the words up to the quote, or no characterising verb. */
export function characterisesQuote(words: readonly string[], i: number): boolean {
  const needs = CHARACTERISING[words[i].toLowerCase()];
  // An object stands between: "compared Trump to"; "Talk compared to 'working the referees'" is a headline's passive.
  return !needs || words.slice(i + 2).some((w) => w.toLowerCase() === needs);
}

/** Whether the word is a verb that reports speech only before a quote it characterises. */
export function isCharacterising(word: string): boolean {
  return CHARACTERISING[word.toLowerCase()] !== undefined;
}

/** Whether the word at `words[i]` is a cue verb, with its particle when it needs one. */
/** An adverb between subject and verb: a listed one, or any -ly word ("Gingrich cynically dismissed"). */
export function isAdverb(word: string): boolean {
  const w = word.toLowerCase();
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w));
}

const NOT_ADVERBS = new Set(['family', 'italy', 'july', 'only', 'rally', 'ally', 'supply', 'reply', 'apply', 'assembly', 'anomaly', 'monopoly', 'bully', 'kelly', 'reilly', 'emily', 'holly', 'molly', 'sally', 'billy', 'willy', 'beverly', 'kimberly', 'shelly', 'butterfly', 'belly', 'jelly', 'lily']);

export function isCueAt(words: readonly string[], i: number): boolean {
  return isCueWord(words[i], words[i + 1]);
}

/** Whether `word` is a cue verb, given the word after it (its particle, when it needs one). */
export function isCueWord(word: string, next: string | undefined): boolean {
  const w = word.toLowerCase();
  if (!CUE_VERBS.has(w)) return false;
  const particle = NEEDS_PARTICLE[w];
  return !particle || next?.toLowerCase() === particle;
}

/** Words that stand between a subject and its verb without changing who speaks: "he also said", "Trump has repeatedly said". */
export const ADVERBS: ReadonlySet<string> = new Set(
  `also later then again further previously earlier once simply had has have was is were are would will 'd later recently
  reportedly repeatedly separately angrily bluntly flatly quickly often frequently never even still already just first
  initially finally publicly privately openly pointedly defiantly famously memorably sarcastically jokingly`.split(/\s+/),
);

/** Whether `cue` is a plural noun after a name that `determiner` opens: "the Paris attacks", "his Benghazi remarks". */
export function nounTwinAfterName(determiner: string, cue: string): boolean {
  return PLURAL_NOUN_CUES.has(cue.toLowerCase()) && /^(?:the|a|an|these|those|his|her|its|their|our)$/i.test(determiner);
}

/** Cue verbs whose -s form is as often a plural noun ("earlier remarks", "terrorist attacks", "phone calls", "the Paris attacks"). */
export const PLURAL_NOUN_CUES: ReadonlySet<string> = new Set(['remarks', 'attacks', 'calls', 'claims', 'reports', 'charges', 'promises', 'pledges', 'demands', 'questions', 'answers', 'tweets', 'posts', 'jokes', 'quips', 'cries', 'shouts', 'mentions', 'comments', 'warnings', 'threatens']);
