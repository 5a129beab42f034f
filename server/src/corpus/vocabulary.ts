// Word lists the attribution rules lean on. Kept in one place so that the
// source reader and the draft reader agree on what counts as a reporting verb.

/** Verbs (and verb phrases) that attribute speech, in the forms news uses. */
export const REPORTING_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'explained', 'explains', 'noted', 'notes',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'underlined', 'underscored', 'warned', 'warns', 'threatened',
  'lashed out', 'declared', 'declares', 'insisted', 'insists', 'wrote', 'writes', 'tweeted', 'posted', 'claimed', 'claims',
  'argued', 'argues', 'asserted', 'continued', 'remarked', 'replied', 'responded', 'urged', 'vowed', 'announced',
  'pointed out', 'recalled', 'accused', 'complained', 'admitted', 'acknowledged', 'observed', 'concluded', 'suggested',
  'conceded', 'reiterated', 'affirmed', 'maintained', 'cautioned', 'predicted', 'promised', 'pledged', 'boasted',
  'joked', 'quipped', 'shouted', 'mentioned', 'commented', 'highlighted', 'clarified', 'confirmed', 'denied',
  'dismissed', 'rejected', 'demanded', 'asked', 'answered', 'announces', 'called', 'calling', 'described',
  'describing', 'saying', 'telling', 'adding', 'noting', 'stressing', 'warning', 'explaining', 'insisting', 'arguing',
  'urging', 'accusing', 'dubbed', 'termed', 'labelled', 'labeled', 'branded',
];

/** Verbs that name something, after which a short quote is a speaker's word, not a scare quote. */
export const NAMING_VERBS = ['called', 'calling', 'call', 'calls', 'described', 'describing', 'describes', 'dubbed', 'dubbing', 'termed', 'terming', 'labelled', 'labeled', 'branded', 'as'];

/** Words that open a title or role before a name: "Prime Minister", "Human Rights Defender". */
export const TITLE_WORDS = new Set([
  'president', 'presidential', 'prime', 'minister', 'foreign', 'secretary', 'state', 'deputy', 'vice', 'assistant',
  'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'general', 'gen', 'mr', 'mrs', 'ms', 'dr', 'defence',
  'defense', 'chief', 'head', 'chairman', 'chairwoman', 'chair', 'speaker', 'senator', 'sen', 'governor', 'mayor', 'king',
  'queen', 'prince', 'princess', 'pope', 'sheikh', 'colonel', 'col', 'major', 'lieutenant', 'captain', 'commander',
  'interior', 'finance', 'justice', 'economy', 'human', 'rights', 'defender', 'ombudsman', 'ombudswoman', 'envoy',
  'special', 'representative', 'adviser', 'advisor', 'aide', 'director', 'executive', 'officer', 'analyst',
  'professor', 'prof', 'judge', 'attorney', 'rev', 'leader', 'lawmaker', 'councillor', 'councilor', 'alderman', 'mp', 'counterpart',
  'commissioner', 'chancellor', 'premier', 'emir', 'sultan', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'official',
]);

/** Lower-case nouns that make a phrase a role: "regional analyst", "presidential aide". */
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'aide', 'adviser',
  'advisor', 'analyst', 'counterpart', 'envoy', 'official', 'leader', 'head', 'chief', 'director', 'defender',
  'ombudsman', 'ombudswoman', 'representative', 'assistant', 'commander', 'general', 'governor', 'mayor', 'lawmaker',
  'senator', 'deputy', 'chairman', 'chairwoman', 'chair', 'speaker', 'researcher', 'professor', 'expert', 'diplomat',
  'journalist', 'editor', 'correspondent', 'negotiator', 'mediator', 'commissioner', 'chancellor', 'premier', 'councillor', 'councilor',
  'politician', 'activist', 'lawyer', 'judge', 'prosecutor', 'officer', 'soldier', 'resident', 'founder', 'ceo',
]);

/** Capitalised words that are never part of a person's name. */
export const NON_NAME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'ministry', 'institute', 'department', 'administration', 'office', 'agency', 'council', 'union', 'nations', 'republic',
  'government', 'parliament', 'assembly', 'committee', 'commission', 'court', 'army', 'forces', 'today', 'news', 'press',
  'times', 'post', 'road', 'region', 'upper', 'lower', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'university', 'bank', 'party', 'group', 'center', 'centre', 'foundation',
  'association', 'society', 'company', 'corporation', 'inc', 'ltd', 'facebook', 'twitter', 'telegram', 'instagram',
  'youtube', 'tiktok', 'god', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'as', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while', 'after', 'before',
  'since', 'according', 'speaking', 'analysts', 'officials', 'published', 'last', 'update', 'follow', 'us', 'by',
  'with', 'from', 'to', 'of', 'our', 'his', 'her', 'their', 'its', 'what', 'where', 'why', 'how', 'who', 'let',
  'meanwhile', 'however', 'also', 'both', 'neither', 'either', 'every', 'all', 'some', 'many', 'most', 'such',
  'institute', 'policy', 'affairs', 'square', 'street', 'avenue', 'city', 'province', 'district', 'village', 'treaty',
  'agreement', 'summit', 'conference', 'war', 'ceasefire', 'european', 'world', 'international', 'national', 'federal',
  'security', 'cabinet', 'state', 'states', 'united', 'kingdom', 'airport', 'station', 'hospital', 'school', 'media',
  'newsroom', 'logo', 'update', 'read', 'more', 'related', 'share', 'advertisement', 'ad',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Heads of noun phrases that name an organisation, so "the ministry said" is an organisation speaking. */
export const ORGANISATION_HEADS = ['Ministry', 'Government', 'Office', 'Administration', 'Department', 'Agency', 'Embassy', 'Service', 'Committee', 'Council', 'Parliament', 'Army', 'Presidency', 'Kremlin', 'Pentagon'];
