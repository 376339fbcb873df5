import { defineRule, type ScanItem } from '../rule';
import type { ChunkEntry, DocBlock, DraftDocument } from '../document';
import type { Fix, TextEdit } from '../types';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../data/given-names';
import {
  BARE_SETTING_KINDS,
  CITED_AUTHORITIES,
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  ROLE_WORDS,
  RELATIONSHIP_WORDS,
  GENERIC_SETTING_WORDS,
  INSTITUTION_WORDS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NAME_TITLES,
  NEVER_IN_A_NAME,
  NOT_A_STREET_NAME,
  NOT_A_SURNAME,
  NUMBERED_THINGS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  PSEUDONYM_HEADS,
  PLACES_LIKE_NAMES,
  PUBLISHED_CASES,
  SETTING_KINDS,
  STREET_KINDS,
  STREET_KINDS_FIRST,
  ROLE_TITLES,
  NAME_PARTICLES,
  FAMILY_NAMES_FIRST,
  BRACKET_NOT_A_NAME,
  GENERIC_COMMUNITY_WORDS,
  MEASURE_NOUNS,
  ATTRIBUTIVE_NOUNS,
  SURNAME_LIKE_INSTITUTION_WORDS,
} from '../data/anonymisation';
import { escapeRegExp, type SentenceSpan } from '../text/index';
import { blockSentences, blockWords } from '../text/block-text';
import type { TextBlock } from '../parse/markdown';
import { lastIndexWhere } from '../text/search';
import { BoundedMap } from '../text/text-memo';

type LifeStage = 'adult' | 'child';
type DetailKind =
  | 'name'
  | 'date-of-birth'
  | 'dated-age'
  | 'address'
  | 'postcode'
  | 'nhs-number'
  | 'reference-number'
  | 'setting'
  | 'community-setting'
  | 'handle'
  | 'email'
  | 'phone'
  | 'vehicle'
  | 'village'
  | 'employer';

interface DetailItem extends ScanItem {
  /** `pseudonym` items are never reported: they are the replacements a name finding suggests. */
  kind: DetailKind | 'pseudonym' | 'cell-date';
  text: string;
  /** For a name that opens with a given name, that name as written ("Kerry"), to find later bare mentions. */
  given?: string;
  /** Whether the context says the person is an adult ("Mother's partner, …", "Mr …", ", 34,") or a child. */
  stage?: LifeStage;
  /** Whether the item opens a sentence (a role that replaces it then needs a capital). */
  sentenceStart?: boolean;
  /** A name only if its given name is in allowNames ("Ruby Carter" where "Ruby" is an agreed pseudonym). */
  ifDeclared?: boolean;
}

const alternation = (list: readonly string[]) => list.map(escapeRegExp).join('|');

// A full month name, or an abbreviation with an optional full stop ("3 Mar. 2012"); the sentence's
// full stop after "March." is not part of a date.
const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
const ORDINAL = '(?:st|nd|rd|th)?';
// "the fourth of May", "the twenty-first of March".
const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
// A year after a worded date: four digits, or two ("DoB 04 May 21") when no word or time follows.
const WORDED_YEAR = String.raw`(?:,?\s+(?:\d{4}|\d{2}(?![\p{N}:]|\s+\p{L})))`;
// Ages a birthday gives ("turned sixteen on …").
const AGE_WORD = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
// "02/11/2007", "2007-11-02", "3 March 2012", "the 3rd of March 2012", "March 3, 2012"; after an
// explicit date-of-birth cue the year may be missing ("DOB: 3 March").
const NUMERIC_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}`;
const WORDED_DATE = String.raw`(?:the\s+)?(?:\d{1,2}${ORDINAL}(?:\s+of)?|${ORDINAL_WORD}\s+of)\s+${MONTH}${WORDED_YEAR}?|${MONTH}\s+\d{1,2}${ORDINAL}(?:,?\s+\d{4})?`;
// Up to six words may sit between "born" and the date ("born at home on 3 March 2019", "born in
// Leeds General Infirmary on 3.3.19"); words have no digits, so a year between stops the match.
const DATE_OF_BIRTH = new RegExp(
  String.raw`(?<![\p{L}])(?:born(?:\s+(?:[\p{L}'’,-]+|\d{1,2}(?::\d{2})?[ap]m|\d{1,2}:\d{2})){0,6}?\s+(?:on\s+)?|(?:date\s+of\s+birth|d\.?o\.?b\.?)[\s:,(–-]{0,4}(?:(?:is|was|on)\s+)?|(?<=\()b\.\s*|(?:turned|became)\s+${AGE_WORD}(?:\s+years?\s+old)?\s+on\s+|birthday(?:\s+(?:is|was|on|falls\s+on))?[\s,:]+(?:on\s+)?)(?:${NUMERIC_DATE}|${WORDED_DATE})(?![\p{L}\p{N}])`,
  'giu',
);
// Every date of birth holds one of these (matched with the pattern's own flags) and a digit.
const DATE_OF_BIRTH_CUE = /born|date|d\.?o\.?b|\(b\.|turned|became|birthday/iu;
// A table cell that holds only a date: a date of birth when its column's header says so.
const CELL_DATE = new RegExp(String.raw`^\s*(?:${NUMERIC_DATE}|${WORDED_DATE})\s*$`, 'iu');
const BIRTH_HEADER = /\b(?:date\s+of\s+birth|d\.?o\.?b\b|born|birth\s*date|birthday)/i;
const DIGIT = /\d/;
const DATE_IN_ITEM = new RegExp(String.raw`(?<![\p{L}])(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:${NUMERIC_DATE}|${WORDED_DATE})$`, 'iu');
const POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z0-9])/g;
const NHS_NUMBER = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g;
const NHS_CONTEXT = /\bNHS\b|\bnumber\b/i;
// "12 Elm Road", "4a Mill Lane", "Flat 3, 27 St John's Close".
const ADDRESS = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,4})[A-Za-z]?,?[ \t]+((?:(?:St\.?|\p{Lu}[\p{Ll}'’]+)[ \t]+){1,3})(?:${alternation(STREET_KINDS)})\.?(?![\p{L}])`, 'gu');
// Welsh street names put the kind first: "18 Heol y Felin", "3 Ffordd Las".
const WELSH_ADDRESS = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,4}[A-Za-z]?,?[ \t]+(?:${alternation(STREET_KINDS_FIRST)})(?:[ \t]+(?:y|yr|\p{Lu}[\p{Ll}'’-]*)){1,3}(?![\p{L}])`, 'gu');
const WELSH_STREET_PRESENT = new RegExp(`(?:${alternation(STREET_KINDS_FIRST)})[ \t]`);
// "Brookfield Academy", "St Mary's Primary School". "College of Policing" is an organisation.
const SETTING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:St\.?|Saint)[ \t]+)?(?:\p{Lu}[\p{L}'’]+[ \t-]){1,4})(?:(?:${alternation(SETTING_KINDS)})(?![\p{L}])(?![ \t]+of\b)|(?:${alternation(BARE_SETTING_KINDS)})(?![\p{L}])(?![ \t]*\p{Lu}))`,
  'gu',
);
const SETTING_KIND_PRESENT = new RegExp(`(?:${alternation([...SETTING_KINDS, ...BARE_SETTING_KINDS])})(?![\\p{L}])`, 'u');
// "@jayden_m2007", "@mia.k_2016" (a full stop inside a handle, never at its end).
const HANDLE = /(?<![\p{L}\p{N}@.])@[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){2,29}(?![\p{L}\p{N}@]|\.[A-Za-z0-9_])/gu;
// "sharon.t1984@hotmail.co.uk". Bounded parts; the look-behind makes each address start once.
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}(?![\w-])/g;
// An organisation's mailbox ("safeguarding.partnership@example.gov.uk") is published with the report.
const ORGANISATION_MAIL_DOMAIN = /\.(?:gov|nhs|police|sch|ac|org)\.uk$|\bnhs\.net$/i;
// A handle with no "@", named by its platform: "the Snapchat account lilmaz.2008", "on Discord as DarkKnight_99".
const PLATFORM_HANDLE =
  /(?<![\p{L}\p{N}])(?:Snapchat|Instagram|TikTok|Discord|Facebook|Twitter|Xbox|PlayStation|PSN|Roblox|Twitch|Telegram|Kik|YouTube|Threads|Steam|WhatsApp)(?:[ \t]+(?:account|username|user[ \t]+name|handle|name|profile|tag|ID|gamertag|channel))?(?:[ \t]+(?:as|called|named))?[ \t]*[:,]?[ \t]+["'‘“]?([A-Za-z0-9][A-Za-z0-9_.]{2,29})/giu;
// A UK phone number: 0 or +44, then ten digits with spaces or hyphens; only geographic (01, 02) and
// mobile (07) numbers: 03, 08 and 09 numbers are organisations' lines ("Childline (0800 1111)").
// (Each look-behind stands after the first character, so V8 skips to a "+", "(" or "0".)
const PHONE = /(?:\+(?<![\w+]\+)44[ \t]?(?:\(0\)[ \t]?)?|\((?<![\w+]\()0|0(?<![\w+(]0))([127])(?:\)?[ \t-]?\d){9}(?![\d])/g;
const ORGANISATION_LINE_BEFORE = /\b(?:office|switchboard|helpline|advice|duty|reception|team|service|partnership|council|surgery|practice|school|line|desk|hub|unit|contact[ \t]+us)\b[^.!?\n]*$|(?:^|\n)[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?:tel|telephone|phone|contact)\.?(?:\*\*)?[ \t]*:?(?:\*\*)?[ \t]*$/i;
// "01942 404 404 (Safeguarding Partnership Business Unit)": the line's owner named after it.
const ORGANISATION_LINE_AFTER = /^[ \t]*\([^)\n]{0,40}?\b(?:office|switchboard|helpline|partnership|unit|team|service|council|surgery|practice|school|hub)\b/i;
// A UK registration of the current style: two letters, the age identifier, three letters ("KX19 LMO").
// Registrations and National Insurance numbers both hold two capitals and two digits: one test spares most blocks both.
const TWO_CAPITALS_TWO_DIGITS = /[A-Z]{2}[ \t]?\d\d/;
const VEHICLE = /[A-Z]{2}(?<![\p{L}\p{N}][A-Z]{2})(?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ \t]?[A-Z]{3}(?![\p{L}\p{N}])/gu;
// A reference number after the word that says so: "crime reference CR/0412876/22", "LCS ID 1189345".
const REFERENCE_NUMBER =
  /(?<![\p{L}])(?:reference|ref\.?|crime[ \t]+(?:number|no\.?)|case[ \t]+(?:number|no\.?|ID)|log[ \t]+(?:number|no\.?)|incident[ \t]+(?:number|no\.?)|ID|URN|CRN)(?![\p{L}])(?:[ \t]+(?:number|no\.?))?[ \t]*[:(#]?[ \t]*([A-Za-z]{0,4}[/-]?\d[\d/-]{3,20}[A-Za-z0-9]{0,3})(?![\p{L}\p{N}])/giu;
// A National Insurance number: "QQ 12 34 56 C".
const WHOLE_NUMERIC_DATE = new RegExp(`^(?:${NUMERIC_DATE})$`);
const NI_NUMBER = /[A-Z]{2}(?<![\p{L}\p{N}][A-Z]{2})[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\p{L}\p{N}])/gu;
const VALID_NI_PREFIX = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]/;
const NI_CONTEXT = /National[ \t]+Insurance|\bNI(?:NO)?\b/i;
// A place of worship or a club, named: only where someone attended it is it reported (see the rule).
const COMMUNITY_SETTING = /(?<![\p{L}\p{N}])((?:(?:St\.?|Saint)[ \t]+)?(?:\p{Lu}[\p{L}'’]*[ \t-]){1,4})(?:Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|Madrasa|Madrassa|Club|A?FC)(?![\p{L}])(?![ \t]+of\b)/gu;
const ATTENDED_BEFORE = /(?:\battend(?:s|ed|ing)?|\bwent[ \t]+to|\bgo(?:es)?[ \t]+to|\bgoing[ \t]+to|\bat|\bwith|\bfor|\bmember[ \t]+of|\bjoined|\bjoin)[ \t]+(?:the[ \t]+)?$/i;
// "the village of Lower Brackenthwaite", "in Fellside Green, a village of about 300 people".
const VILLAGE_AFTER = /\b(?:village|hamlet)[ \t]+(?:of|called|named)[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)/gu;
// (The name before ", a village" is read backwards from the comma: a pattern that found it forwards
// would try every capital of a long capitalised run.)
const VILLAGE_AFTER_COMMA = /,[ \t]+an?[ \t]+(?:(?:small|tiny|rural|remote|little|quiet)[ \t]+)?(?:village|hamlet)\b/g;
// A family member's work and a named employer: "Father worked nights as a porter at St Mary’s Hospital".
const EMPLOYER = /\b(?:worked|works|working|employed|drove|drives|driving|job)\b[^.!?\n]{0,60}?\b(?:at|for|by)[ \t]+(?:the[ \t]+)?((?:(?:St\.?|Saint)[ \t]+)?(?:\p{Lu}[\p{L}'’&-]*[ \t]+){0,3}\p{Lu}[\p{L}'’&-]*)/gu;
// "Father was a cleaner at Westgate Leisure Centre": the job is the word before "at" or "for".
const EMPLOYER_AS =
  /\b(?:was|is|had[ \t]+been|became)[ \t]+an?[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?([\p{Ll}-]+)[ \t]+(?:at|for)[ \t]+(?:the[ \t]+)?((?:(?:St\.?|Saint)[ \t]+)?(?:\p{Lu}[\p{L}'’&-]*[ \t]+){0,3}\p{Lu}[\p{L}'’&-]*)/gu;
// Words in that place that are no job: where a person is treated, taught or visits.
const NOT_A_JOB = new Set(['patient', 'inpatient', 'outpatient', 'pupil', 'student', 'visitor', 'guest', 'client', 'customer', 'user', 'regular', 'resident', 'tenant', 'member', 'referral', 'concern', 'risk', 'factor', 'priority', 'problem', 'issue', 'worry', 'presence', 'victim']);
const FAMILY_SUBJECT = /\b(?:Mother|Father|Mum|Dad|Stepfather|Stepmother|Grandmother|Grandfather|Aunt|Uncle|partner|parents?|brother|sister)\b/i;
// An exact date beside an age in days or weeks ("On 14 March 2023 Baby T, then 19 days old").
const AGE_IN_DAYS = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t-]+(?:days?|weeks?)[ \t-]+old\b|\baged[ \t]+\d{1,2}[ \t]+(?:days?|weeks?)\b/i;
const FULL_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:on[ \t]+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:the\s+)?\d{1,2}${ORDINAL}(?:\s+of)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}${ORDINAL},?\s+\d{4})(?![\p{L}\p{N}])`, 'giu');
const FIVE_DIGITS = /\d{5}/;
// The words that make a block worth the patterns for handles named by platform, places of worship and
// clubs, villages, employers and ages in days: read from the block's shared words in one pass (a
// pattern or a substring test per kind over every block cost more than all the rest of the rule).
const CUE_PLATFORM = 1;
const CUE_COMMUNITY = 2;
const CUE_VILLAGE = 4;
const CUE_WORK = 8;
const CUE_DAYS = 16;
const CUE_OLD = 32;
const CUE_FAMILY = 64;
const CUE_WORDS = new Map<string, number>([
  ...`Snapchat snapchat SnapChat Instagram instagram TikTok Tiktok tiktok Discord discord Facebook facebook Twitter twitter
  Xbox XBox xbox PlayStation Playstation PSN Roblox roblox Twitch twitch Telegram telegram Kik YouTube Youtube youtube Threads
  Steam WhatsApp Whatsapp whatsapp`.split(/\s+/).map((word) => [word, CUE_PLATFORM] as [string, number]),
  ...'Church Chapel Mosque Masjid Gurdwara Mandir Temple Synagogue Madrasa Madrassa Club FC AFC'.split(' ').map((word) => [word, CUE_COMMUNITY] as [string, number]),
  ...'village hamlet'.split(' ').map((word) => [word, CUE_VILLAGE] as [string, number]),
  ...'worked works working employed drove drives driving job'.split(' ').map((word) => [word, CUE_WORK] as [string, number]),
  ...'days day weeks week'.split(' ').map((word) => [word, CUE_DAYS] as [string, number]),
  ...'old aged'.split(' ').map((word) => [word, CUE_OLD] as [string, number]),
  ...'Mother Father Mum Dad Stepfather Stepmother Grandmother Grandfather Aunt Uncle partner'.split(' ').map((word) => [word, CUE_FAMILY] as [string, number]),
]);

function cuesOf(block: TextBlock): number {
  let cues = 0;
  for (const word of blockWords(block)) cues |= CUE_WORDS.get(word.raw) ?? 0;
  return cues;
}
const PSEUDONYM_WORD = new RegExp(`^(?:${alternation(PSEUDONYM_HEADS)})$`);
const PSEUDONYM_TAIL = /^[A-Z]{1,2}(?:['’]s)?$/;
const PREVIOUS_WORD = /([\p{L}]+)[ \t]*$/u;

// ---- Names -------------------------------------------------------------------------------------

// A capitalised word: "Okafor", "Marsh-Okafor", "O'Brien", "McDonald", "Climbié", "ROSIE-MAE".
// Written with its first capital ahead of the look-behind (and the "O'"/"D'" prefix read after that
// capital): the same matches as `(?<![…])(?:[OD]['’])?\p{Lu}…`, but V8 skips to each capital.
const CAPITALISED = /\p{Lu}(?<![\p{L}\p{N}_@/'’-]\p{Lu})(?:(?<=[OD])['’]\p{Lu})?\p{L}*(?:-(?:[OD]['’])?\p{Lu}\p{L}*)*(?![\p{N}_@])/uy;
// After an apostrophe that follows no letter or digit, a capital opens a quoted word ("called him 'Lil
// Skip'"); after a letter the apostrophe is part of a word ("O'Brien"). Tried only where CAPITALISED
// refused a capital after an apostrophe.
const QUOTED_CAPITALISED = /\p{Lu}(?<=(?:^|[^\p{L}\p{N}_@/-])['’]\p{Lu})\p{L}*(?:-(?:[OD]['’])?\p{Lu}\p{L}*)*(?![\p{N}_@])/uy;
// Where a capital may stand: A–Z or any code unit outside ASCII (a superset of \p{Lu}'s first units).
const CAPITAL_START = /[A-Z\u0080-\uffff]/g;
// Between two words of one name: spaces (a no-break space pasted from Word too), or a soft line break;
// a title may carry a full stop ("Dr. Patel").
// `/^\.?[ \t\u00a0\u202f]*(?:\r?\n)?[ \t]*$/` on text[from, to) (the full stop only after a title), read in place.
const isGapSpace = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
function nameGap(text: string, from: number, to: number, afterTitle: boolean): boolean {
  let i = from;
  if (afterTitle && i < to && text.charCodeAt(i) === 46) i++;
  while (i < to && isGapSpace(text.charCodeAt(i))) i++;
  if (i < to && text.charCodeAt(i) === 13) {
    i++;
    if (i >= to || text.charCodeAt(i) !== 10) return false;
    i++;
  } else if (i < to && text.charCodeAt(i) === 10) i++;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i === to;
}
// Titles never shortened, so never followed by their own full stop: "his Father. Child R said" is two sentences.
const WHOLE_WORD_TITLES: ReadonlySet<string> = new Set([...ROLE_TITLES, 'Pastor', 'Imam', 'Rabbi', 'Canon']);
// "van der", "de la", "bin", "ap" between two capitalised words of one name.
const PARTICLE_GAP = new RegExp(`^[ \t]+(?:(?:${[...NAME_PARTICLES].join('|')})[ \t]+){1,3}$`);
function particleGap(text: string, from: number, to: number): boolean {
  if (to - from > 20 || to - from < 4) return false;
  // Most gaps hold ordinary words ("and", "told"): read the first word before asking the pattern.
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let end = i;
  while (end < to && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  return end > i && NAME_PARTICLES.has(text.slice(i, end)) && PARTICLE_GAP.test(text.slice(from, to));
}
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/g;
const FAMILY_PSEUDONYM =
  /^(?:(?:Maternal|Paternal)[ \t]+)?(?:Mother|Father|Mum|Dad|Stepfather|Stepmother|Stepdad|Stepmum|Grandmother|Grandfather|Grandma|Grandad|Nan|Aunt|Auntie|Uncle|Brother|Sister|Cousin|Partner)$/;
const PSEUDONYM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${alternation(PSEUDONYM_HEADS)})[ \t]+(?:[A-Z]{1,2}|\d{1,2})|(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z])(?![\p{L}\p{N}])`,
  'uy',
);
// Where a pseudonym can start: its head word as written. PSEUDONYM is tried only there.
const PSEUDONYM_START = new RegExp(`(?:${alternation(PSEUDONYM_HEADS)}|Mr|Mrs|Ms|Miss|Mx)`, 'g');

/** Every match of PSEUDONYM as a global scan finds them (leftmost, one after another), trying it only where a head word stands. */
function pseudonymsIn(text: string): { index: number; end: number }[] {
  const found: { index: number; end: number }[] = [];
  PSEUDONYM_START.lastIndex = 0;
  for (let start = PSEUDONYM_START.exec(text); start; start = PSEUDONYM_START.exec(text)) {
    PSEUDONYM.lastIndex = start.index;
    const match = PSEUDONYM.exec(text);
    if (!match) {
      // Another head may start inside this one ("Young Person", "Person"): look again one further on.
      PSEUDONYM_START.lastIndex = start.index + 1;
      continue;
    }
    found.push({ index: match.index, end: match.index + match[0].length });
    PSEUDONYM_START.lastIndex = match.index + match[0].length;
  }
  return found;
}

// Cues after a candidate (the cues before it are read by `preceding`).
const APPOSITIVE_CLOSE = /^(?:['’]s\b|[ \t]*[,;.)]|[ \t]*$|[ \t]+\()/;
// "Grace Okonjo, the children’s aunt," / "Callum Reid (father)".
const APPOSITIVE_AFTER = /^[ \t]*[,(][ \t]*(?:[\p{L}'’-]+[ \t]+){0,4}?(\p{Ll}[\p{Ll}-]*)[ \t]*[,);]/u;
// "Liam Doyle, 34," / "Liam Doyle (34)" / "Liam Doyle, aged 34,".
const AGE_AFTER = /^[ \t]*(?:,[ \t]*(?:aged[ \t]+)?|\([ \t]*(?:aged[ \t]+)?)\d{1,2}(?:[ \t]+(?:years?|yrs?)(?:[ \t]+old)?)?[ \t]*[,)]/;
// A person acting: speaking, telling, a relative clause about them.
const PERSON_VERB_AFTER =
  /^(?:[ \t]*,[ \t]*(?:who|whose)\b|[ \t]+(?:(?:later|then|also|had|has|was|repeatedly|consistently|initially)[ \t]+)?(?:said|says|told|tells|reported|explained|stated|described|recalled|disclosed|asked|agreed|admitted|denied|confirmed|rang|phoned|texted|messaged|wrote|shouted|cried|remembered|felt|wanted|attended|visited|moved|arrived|left|returned|refused|declined|answered|took|hit|kicked|punched|slapped|smacked|grabbed|hurt|threatened|pushed)\b)/;
// A cited author: "Ferguson (2011)", "Brandon et al.", "Sidebotham and colleagues (2016)", "(Munro, 2011)".
const CITATION_AFTER = /^(?:['’]s)?[ \t]*(?:et[ \t]+al\b|\([ \t]*(?:\d{4}|n\.d\.)|,[ \t]*\d{4}\b|and[ \t]+colleagues\b)/;
// The name is a published case cited for learning when the sentence points at a national review,
// an inquiry, an inquest or a death that is a matter of record.
const REFERENCE_CUE = /\b(?:review|reviews|inquiry|inquest|report|case|cases|murders?|deaths?|killings?|died|killed|panel|national|published|lessons|learning|trial|convicted|sentenced)\b/i;
const NATIONAL_REFERENCE_BEFORE =
  /\b(?:national[ \t]+(?:review|panel|report|inquiry)|review[ \t]+panel|serious[ \t]+case[ \t]+reviews?|public[ \t]+inquiry|inquiry[ \t]+into|inquest[ \t]+into|(?:murders?|deaths?|killings?)[ \t]+of|the[ \t]+case[ \t]+of)\b/i;
const REFERENCE_AFTER = /^(?:['’]s)?[ \t]+(?:review|inquiry|inquest|case|report)\b/i;
// Sentences about what a child watches, plays, listens to or likes, or about a pet.
const CHARACTER_CONTEXT =
  /\b(?:watch(?:es|ed|ing)?|cartoons?|films?|movies?|characters?|games?|gaming|console|played|plays|playing|toys?|costume|dressed[ \t]+(?:up[ \t]+)?as|favourite|fan[ \t]+of|songs?|music|singer|band|posters?|tablet|TV|television|books|novels?|authors?|dogs?|puppy|puppies|pets?|breed|cats?|kitten|kennel)\b/i;
const STREET_KIND_SET: ReadonlySet<string> = new Set(STREET_KINDS);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'his', 'her', 'their', 'our', 'my', 'your', 'its']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'into', 'via', 'towards', 'around']);
const COPULAS = new Set(['was', 'is', 'were', 'are']);
const KINSHIP_TITLES = new Set(['Uncle', 'Aunt', 'Aunty', 'Auntie', 'Nan', 'Nana', 'Nanna', 'Grandma', 'Grandad', 'Grandpa', 'Cousin']);

interface Preceding {
  /** "," or "(" right before the name (an appositive), else "". */
  mark: string;
  /** The name opens a quotation ("known as ‘Deano’"). */
  quoted: boolean;
  /** Up to three words before the name (six after "as" or "by"), nearest first, lower-case, joined by spaces only. */
  words: string[];
  /** The nearest word is written with a capital: part of a Title Case run ("the Youth Club"), not "her brother Kacper". */
  capitalNearest?: boolean;
}

const QUOTE_OPENERS = '‘“\'"';
// Adverbs between "known" and "as": "known locally as", "also known as" reads "as" then these.
const KNOWN_ADVERBS = new Set(['locally', 'widely', 'commonly', 'generally', 'mainly', 'only', 'usually']);
const LOWER_FUNCTION_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS].map((word) => word.toLowerCase()));
const PRONOUNS = new Set(['he', 'she', 'they', 'who', 'her', 'his', 'their', 'person', 'people', 'someone', 'somebody']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me']);
const CALLING_VERBS = new Set(['called', 'calls', 'call', 'named', 'nicknamed']);
const ROLE_WORD_SET: ReadonlySet<string> = new Set([...ROLE_WORDS].map((word) => word.toLowerCase()));
const GOING_BY = new Set(['went', 'goes', 'go', 'going', 'gone']);
const isWordChar = (code: number, char: string) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 0x2019 || code === 45 || (code > 127 && /\p{L}/u.test(char));
const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** The words just before a name, read backwards: cheaper than an end-anchored pattern at every name. */
function preceding(text: string, index: number): Preceding {
  let i = index - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  let mark = '';
  const quoted = i >= 0 && QUOTE_OPENERS.includes(text[i]);
  if (quoted) {
    i--;
    while (i >= 0 && isSpace(text[i])) i--;
  }
  if (i >= 0 && (text[i] === ',' || text[i] === '(')) {
    mark = text[i--];
    while (i >= 0 && isSpace(text[i])) i--;
  }
  const words: string[] = [];
  let capitalNearest = false;
  // More words only after "as …" or "by …": "Mother's partner known locally as", "known on the estate as", "he went by".
  while ((words.length < 3 || (words.length < 6 && (words[0] === 'as' || words[0] === 'by'))) && i >= 0) {
    const end = i + 1;
    while (i >= 0 && isWordChar(text.charCodeAt(i), text[i])) i--;
    if (end === i + 1) break;
    if (words.length === 0) capitalNearest = /\p{Lu}/u.test(text[i + 1]);
    words.push(text.slice(i + 1, end).toLowerCase());
    if (i < 0 || !isSpace(text[i])) break;
    while (i >= 0 && isSpace(text[i])) i--;
  }
  return { mark, quoted, words, capitalNearest };
}

/**
 * "a girl called", "known as", "his name was": whether such a cue ends right before the name, and the
 * noun before it when it names a person ("girl", "his").
 */
function namedCue({ mark, quoted, words }: Preceding): { person: boolean } | undefined {
  if (mark !== '' || words.length === 0) return undefined;
  let rest: string[];
  if (words[0] === 'named' || words[0] === 'called' || words[0] === 'nicknamed' || words[0] === 'aka') rest = words.slice(1);
  else if (words[0] === 'as' && words[1] === 'known') rest = words.slice(2);
  // "known locally as ‘Deano’"
  else if (words[0] === 'as' && KNOWN_ADVERBS.has(words[1]) && words[2] === 'known') rest = words.slice(3);
  // "known on the estate as ‘Tank’", "known to police as ‘Dread’": a short phrase of where or to whom
  // between "known" and "as"; a nickname, so only in quotes.
  else if (quoted && words[0] === 'as' && words.indexOf('known') > 1 && words.slice(1, words.indexOf('known')).every((word) => word.length > 0 && !COPULAS.has(word))) rest = words.slice(words.indexOf('known') + 1);
  // "he went by ‘Bones’", "goes by ‘Lil T’": a name someone goes by, in quotes.
  else if (quoted && words[0] === 'by' && GOING_BY.has(words[1])) rest = words.slice(2);
  else if ((words[0] === 'is' || words[0] === 'was') && words[1] === 'name') rest = words.slice(2);
  // "called him Jojo": a person is the one called.
  else if (OBJECT_PRONOUNS.has(words[0]) && CALLING_VERBS.has(words[1])) return { person: true };
  else return undefined;
  if (rest.length > 0 && COPULAS.has(rest[0])) rest = rest.slice(1);
  // A nickname in quotes after "known as" with nothing read before it is one given to the person the
  // clause is about ("Mother's partner, known locally as ‘Deano’"); "an area known as ‘…’" is not.
  return { person: rest.length > 0 ? PERSON_NOUNS.has(rest[0]) : quoted };
}

/** "her brother Kacper", "Mother's partner Dave": a person noun after a possessive or an article, right before the name. */
function kinBefore({ mark, words, capitalNearest }: Preceding): boolean {
  if (mark !== '' || words.length < 2 || !PERSON_NOUNS.has(words[0]) || PRONOUNS.has(words[0])) return false;
  // "the Youth Club", "the Family Hub": a Title Case name of a body, not a person noun before a name.
  if (capitalNearest && ROLE_WORD_SET.has(words[0])) return false;
  return DETERMINERS.has(words[1]) || words[1].endsWith("'s") || words[1].endsWith('’s');
}

/** "Baby T (Ellie-Mae)", "Mother (Kelly)": the name in brackets right after a pseudonym or a relationship. */
function bracketAfterPseudonym({ mark, words }: Preceding): boolean {
  if (mark !== '(' || words.length === 0) return false;
  if (PERSON_NOUNS.has(words[0]) && !PRONOUNS.has(words[0])) return true;
  return words.length > 1 && /^(?:[a-z]{1,2}|\d{1,2})$/.test(words[0]) && PSEUDONYM_WORD.test(words[1][0].toUpperCase() + words[1].slice(1));
}

// "Sibling 2 (", "Child B (", "Practitioner 3 (", "the youngest sibling (", "Maternal Aunt [": a role label,
// a pseudonym or a person noun right before an opening bracket.
const LABEL_BEFORE_BRACKET = /(?:^|[^\p{L}\p{N}])(\p{L}+)(?:[ \t]+([A-Z]{1,2}|\d{1,2}))?[ \t]*[(\[][ \t]*$/u;
const ADJECTIVE_ENDING = /(?:al|ic|ed|ive|ous|ful|less|able|ible|ary|ory|ing)$/;
// What may follow a name in that bracket: its end, or an age or a comma ("(Amelia, aged 4)").
const BRACKET_NAME_END = /^[ \t]*(?:[)\]]|,[ \t]*(?:aged[ \t]+)?\d)/;

/**
 * "Sibling 2 (Oliwia)", "Child B (Amelia, aged 4)", "Mother's partner (Dean)", "Maternal Aunt [Shannon]":
 * one capitalised word alone in brackets right after a pseudonym, a role or a relationship is the
 * person's real name (a label's bracket otherwise holds an age, a role or another pseudonym).
 */
function bracketAfterLabel(text: string, token: Token): boolean {
  const next = text[nextNonSpace(text, token.end)];
  if (next !== ')' && next !== ']' && next !== ',') return false;
  if (!BRACKET_NAME_END.test(text.slice(token.end, token.end + 12)) || BRACKET_NOT_A_NAME.has(token.key)) return false;
  const label = LABEL_BEFORE_BRACKET.exec(text.slice(Math.max(0, token.start - 40), token.start));
  if (!label) return false;
  const word = label[1];
  if (label[2] !== undefined) return PSEUDONYM_WORD.test(word[0].toUpperCase() + word.slice(1).toLowerCase());
  const lower = word.toLowerCase();
  return PERSON_NOUNS.has(lower) && !PRONOUNS.has(lower) && !NOT_A_STAGE.has(lower);
}

/** The person noun of an appositive before the name ("the health visitor, Dana Whitfield"). */
function appositiveNoun({ mark, words }: Preceding): string | undefined {
  return mark !== '' && words.length > 0 && PERSON_NOUNS.has(words[0]) ? words[0] : undefined;
}

interface Token {
  start: number;
  end: number;
  /** Title case whatever the writing ("KERRY" → "Kerry", "ROSIE-MAE" → "Rosie-Mae"), for look-ups. */
  key: string;
  caps: boolean;
  /** Followed by "'s": a name ends here. */
  possessive: boolean;
  title: boolean;
  given: boolean;
  /** Never part of a person's name, whatever the context (pseudonym words, brands, nationalities…). */
  never: boolean;
  /** A relationship, role, organisation, place or calendar word: not a surname without a cue. */
  notSurname: boolean;
  /** An institution, organisation, place or street word. */
  institution: boolean;
  /** An institution word that is never a surname ("Ambulance", "Hospice"): a name holding one names a body. */
  body: boolean;
  /** A single capital followed by a full stop: an initial ("J. K. Mensah", "Dr S. Rahman"). */
  initial: boolean;
}

function titleCase(word: string): string {
  return word.replace(/\p{L}+/gu, (part) => part[0] + part.slice(1).toLowerCase());
}

/** What the lists say of a word as written: the same for every occurrence. */
interface WordFacts {
  key: string;
  caps: boolean;
  title: boolean;
  given: boolean;
  never: boolean;
  notSurname: boolean;
  /** An institution, organisation, place or street word: a name running on into one names no person. */
  institution: boolean;
  body: boolean;
}

// Words seen before, by their writing: a draft uses a few thousand capitalised words many times
// over. Bounded, and emptied when full.
const WORD_FACTS = new BoundedMap<string, WordFacts>(50_000);

function wordFacts(word: string): WordFacts {
  let facts = WORD_FACTS.get(word);
  if (facts) return facts;
  const caps = word.length > 1 && word === word.toUpperCase();
  const key = caps ? titleCase(word) : word;
  const hyphen = key.indexOf('-');
  const first = hyphen > 0 ? key.slice(0, hyphen) : key;
  // "Siobhán", "Zoë": a name written with its accents is the same name as without.
  const plain = /[\u0080-\uffff]/.test(first) ? first.normalize('NFD').replace(/\p{M}/gu, '') : first;
  const institution = INSTITUTION_WORDS.has(key) || ORGANISATION_WORDS.has(key) || PLACE_WORDS.has(key) || STREET_KIND_SET.has(key);
  facts = {
    key,
    caps,
    title: NAME_TITLES.has(word) || NAME_TITLES.has(key),
    // "Rosie-Mae", "Jean-Luc", "Summer-Rose": a hyphenated given name opens with one. A family name
    // written first ("Zhang Xiuying") opens a name as a given name does.
    given: GIVEN_NAMES.has(key) || (hyphen > 0 && GIVEN_NAMES.has(first)) || (plain !== first && GIVEN_NAMES.has(plain)) || FAMILY_NAMES_FIRST.has(key),
    never: NEVER_IN_A_NAME.has(key) || NEVER_IN_A_NAME.has(first) || PSEUDONYM_WORD.test(key) || FUNCTION_WORDS.has(key) || key.length < 2,
    // "Young People said": a person noun is not a surname ("the boy", "People").
    notSurname: NOT_A_SURNAME.has(key) || NOT_A_SURNAME.has(first) || PERSON_NOUNS.has(key.toLowerCase()),
    institution,
    body: institution && !SURNAME_LIKE_INSTITUTION_WORDS.has(key),
  };
  WORD_FACTS.set(word, facts);
  return facts;
}

/** Classifies a word once, however many candidates it takes part in. */
function makeToken(text: string, start: number, word: string): Token {
  const end = start + word.length;
  const facts = wordFacts(word);
  const apostrophe = text.charCodeAt(end);
  return {
    start,
    end,
    key: facts.key,
    caps: facts.caps,
    possessive: (apostrophe === 39 || apostrophe === 0x2019) && text[end + 1] === 's' && !/\p{L}/u.test(text[end + 2] ?? ''),
    title: facts.title,
    given: facts.given,
    never: facts.never,
    notSurname: facts.notSurname,
    institution: facts.institution,
    body: facts.body,
    initial: word.length === 1 && text.charCodeAt(end) === 46 && word >= 'A' && word <= 'Z',
  };
}

function isAmbiguousGiven(key: string): boolean {
  const hyphen = key.indexOf('-');
  const first = hyphen > 0 ? key.slice(0, hyphen) : key;
  return AMBIGUOUS_GIVEN_NAMES.has(first) || NOT_A_SURNAME.has(first) || NEVER_IN_A_NAME.has(first);
}

/** Common words that are also surnames ("Lane", "Park", "Bell"): a surname only when the context says person. */
function isCommonWordSurname(key: string): boolean {
  return PLACE_WORDS.has(key) || CALENDAR_WORDS.has(key);
}

function surnameLike(token: Token, runCaps: boolean): boolean {
  if (token.never || token.notSurname || token.title) return false;
  // Capitals in running text are acronyms ("MASH", "CAMHS") unless the whole name is in capitals.
  return !token.caps || runCaps || token.key.length >= 4;
}

/** Whether the text before `index` ends a sentence, a heading, a list marker, a quotation or a label. */
export function opensSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i < 0 || /[.!?:;"“‘(\[–—•*]/.test(text[i]);
}

interface SentenceFacts {
  start: number;
  /** It points at a review, an inquiry or a death on record. */
  reference: boolean;
  /** It is about what a child watches, plays or owns, or about a pet. */
  characters: boolean;
}

interface Candidate {
  start: number;
  end: number;
  /** Index in the run of the first name word (after any title). */
  given?: Token;
  title: boolean;
  /** Whether a cue that only people carry surrounds it (title, "called", an appositive, an age, a verb of speech). */
  strongCue: boolean;
  /** A given name alone, made a person by standing in quoted speech. */
  quoted?: boolean;
}

/** Finds people's names in a block's text, each reported through `add`. */
function scanNames(
  text: string,
  sentencesOf: () => readonly SentenceSpan[],
  add: (start: number, end: number, extra: Partial<DetailItem>) => void,
  pseudonym: (start: number, end: number) => void,
): void {
  const urls: [number, number][] = [];
  if (text.includes('www.') || text.includes('http')) for (const match of text.matchAll(URL)) urls.push([match.index, match.index + match[0].length]);
  const inUrl = (index: number) => urls.some(([from, to]) => from <= index && index < to);

  const tokens: Token[] = [];
  // Every match of CAPITALISED, found by trying it only where a capital can start one: the same
  // matches as scanning with it, in half the time (the pattern is slow to step over lower case).
  CAPITAL_START.lastIndex = 0;
  for (let start = CAPITAL_START.exec(text); start; start = CAPITAL_START.exec(text)) {
    CAPITALISED.lastIndex = start.index;
    let match = CAPITALISED.exec(text);
    if (!match) {
      const before = text.charCodeAt(start.index - 1);
      if (before !== 39 && before !== 0x2019) continue;
      QUOTED_CAPITALISED.lastIndex = start.index;
      match = QUOTED_CAPITALISED.exec(text);
      if (!match) continue;
    }
    CAPITAL_START.lastIndex = match.index + match[0].length;
    if (urls.length > 0 && inUrl(match.index)) continue;
    tokens.push(makeToken(text, match.index, match[0]));
  }

  // What a sentence says about the names in it, worked out once per sentence however many names it holds.
  let sentences: readonly SentenceSpan[] | undefined;
  const facts = new Map<number, SentenceFacts>();
  const sentenceAt = (index: number): SentenceFacts => {
    const spans = (sentences ??= sentencesOf());
    const span = spans[Math.max(0, lastIndexWhere(spans.length, (at) => spans[at].start <= index))] ?? { start: 0, end: text.length };
    let found = facts.get(span.start);
    if (!found) {
      const sentence = text.slice(span.start, span.end);
      found = { start: span.start, reference: REFERENCE_CUE.test(sentence), characters: CHARACTER_CONTEXT.test(sentence) };
      facts.set(span.start, found);
    }
    return found;
  };

  let runStart = 0;
  while (runStart < tokens.length) {
    let runEnd = runStart + 1;
    while (runEnd < tokens.length && !tokens[runEnd - 1].possessive) {
      const previous = tokens[runEnd - 1];
      // An initial's full stop joins only initials that open a run or follow a title or an initial
      // ("J. K. Mensah", "Dr S. Rahman"); after "Child J." a new sentence starts.
      const initial = previous.initial && (runEnd - 1 === runStart || tokens[runEnd - 2].title || tokens[runEnd - 2].initial);
      if (!nameGap(text, previous.end, tokens[runEnd].start, (previous.title && !WHOLE_WORD_TITLES.has(previous.key)) || initial) && !particleGap(text, previous.end, tokens[runEnd].start)) break;
      runEnd++;
    }
    // A capitalised word alone in its run that is a title or never part of a name (most of them:
    // "The", "She" opening a sentence) gives no candidate in `scanRun`; unless it may be a family
    // pseudonym ("Mother"), which that records, it is passed over without the run's work.
    const lone = runEnd === runStart + 1 ? tokens[runStart] : undefined;
    if (lone && (lone.title || lone.never) && !FAMILY_PSEUDONYM.test(text.slice(lone.start, lone.end))) {
      runStart = runEnd;
      continue;
    }
    scanRun(text, tokens.slice(runStart, runEnd), sentenceAt, add, pseudonym);
    runStart = runEnd;
  }
}

function scanRun(
  text: string,
  run: Token[],
  sentenceAt: (index: number) => SentenceFacts,
  add: (start: number, end: number, extra: Partial<DetailItem>) => void,
  pseudonym: (start: number, end: number) => void,
): void {
  const runCaps = run.length > 1 && run.every((token) => token.caps);
  // A name that runs on into an institution word names an organisation, a service or a place
  // ("Grace Community Church", "Bradford Teaching Hospitals", "Kerry Mason Road").
  const institutionFrom = new Uint8Array(run.length + 1);
  for (let j = run.length - 1; j >= 0; j--) institutionFrom[j] = institutionFrom[j + 1] || run[j].institution ? 1 : 0;
  // A relationship in running text, alone in its run, is the review's own pseudonym ("Mother", "Maternal Grandmother").
  if (run.length <= 2 && !run[0].caps && FAMILY_PSEUDONYM.test(text.slice(run[0].start, run[run.length - 1].end)) && !opensSentence(text, run[0].start)) {
    pseudonym(run[0].start, run[run.length - 1].end);
  }
  let i = 0;
  while (i < run.length) {
    const candidate = candidateAt(text, run, i, runCaps);
    if (!candidate) {
      i++;
      continue;
    }
    const from = i;
    i = candidate.endIndex;
    if (institutionFrom[i]) continue;
    // "St John Ambulance", "Marie Curie Hospice": a word that only ends a body's name, inside the name.
    let body = false;
    for (let j = from + 1; j < i; j++) if (run[j].body) body = true;
    if (body) continue;
    const judged = judgedPerson(text, candidate, sentenceAt);
    if (judged) {
      const extra: Partial<DetailItem> = { given: candidate.given && text.slice(candidate.given.start, candidate.given.end), stage: lifeStage(text, candidate) };
      if (judged === 'if-declared') extra.ifDeclared = true;
      add(candidate.start, candidate.end, extra);
    }
  }
}

// First names of the published cases ("the deaths of Arthur and Star"): not read as a person from quotes alone.
const PUBLISHED_FIRST_NAMES: ReadonlySet<string> = new Set([...PUBLISHED_CASES].map((name) => titleCase(name.split(' ')[0])));
// How far back a quotation's opening mark is looked for.
const QUOTE_REACH = 400;

/**
 * Whether `index` stands inside a quotation: after an opening “ or ‘ (or a straight quote that opens
 * one, after a space or a bracket) with no closing mark between. Apostrophes inside words ("Darren's",
 * "didn't") close nothing.
 */
function insideQuotation(text: string, index: number): boolean {
  const from = Math.max(0, index - QUOTE_REACH);
  for (let i = index - 1; i >= from; i--) {
    const char = text[i];
    if (char === '\n' && text[i - 1] === '\n') return false;
    if (char === '“') return true;
    if (char === '”') return false;
    if (char === '‘' || char === "'" || char === '’' || char === '"') {
      const before = i === 0 ? ' ' : text[i - 1];
      const after = text[i + 1] ?? ' ';
      const letterBefore = /[\p{L}\p{N}]/u.test(before);
      const letterAfter = /[\p{L}\p{N}]/u.test(after);
      // Inside a word: an apostrophe.
      if (letterBefore && letterAfter) continue;
      // Opens: after a space, a bracket or the start, before a word.
      if (!letterBefore && letterAfter && char !== '’') return char !== '"' || countBefore(text, from, i, '"') % 2 === 0;
      // Closes (or a plural possessive: "the lads' car" reads as a close, and the name is then not quoted).
      return false;
    }
  }
  return false;
}

function countBefore(text: string, from: number, to: number, char: string): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text[i] === char) count++;
  return count;
}

/**
 * The starts of up to `most` capitalised words that end right at `end` (spaces between them; with
 * `spaced`, spaces also before `end`), first word first: read backwards, so linear however long a run of capitals.
 */
function capitalisedWordsBefore(text: string, end: number, most: number, spaced = false): number[] {
  const starts: number[] = [];
  let i = end;
  if (spaced) {
    const before = i;
    while (i > 0 && isGapSpace(text.charCodeAt(i - 1))) i--;
    if (i === before) return starts;
  }
  while (starts.length < most) {
    let start = i;
    while (start > 0 && (/[\p{L}'’-]/u.test(text[start - 1]))) start--;
    if (start === i || !/\p{Lu}/u.test(text[start])) break;
    starts.unshift(start);
    let gap = start;
    while (gap > 0 && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
    if (gap === start) break;
    i = gap;
  }
  return starts;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

// "Darren, he was there": a name taken up by a pronoun is a person.
const PRONOUN_AFTER = /^[ \t]*,[ \t]*(?:he|she)[ \t]+(?:was|is|had|has|knows|knew|said|says|did|does|will|would|could|can|never|always)\b/;

function candidateAt(text: string, run: Token[], i: number, runCaps: boolean): (Candidate & { endIndex: number }) | undefined {
  const token = run[i];
  const surnamesFrom = (from: number, most: number) => {
    let k = from;
    while (k < run.length && k < from + most && surnameLike(run[k], runCaps)) k++;
    return k;
  };
  const afterEnd = (index: number) => text.slice(run[index - 1].end, run[index - 1].end + 60);
  // A person noun in an appositive after the name: ", the neighbour,", "(maternal grandmother)".
  // One opening with a preposition ("(about the child)") is not an appositive.
  const appositiveAfter = (after: string) => {
    const appositive = APPOSITIVE_AFTER.exec(after);
    if (appositive === null || !PERSON_NOUNS.has(appositive[1]) || PRONOUNS.has(appositive[1])) return false;
    const first = /^[ \t]*[,(][ \t]*([\p{L}]+)/u.exec(after)?.[1].toLowerCase();
    return first === undefined || DETERMINERS.has(first) || !LOWER_FUNCTION_WORDS.has(first);
  };
  // "Uncle Dave", "Aunty Bisi", "Nana Pat": a kinship word used as a title before a given name; the
  // name is the person (the kinship word says so, even of a name that is also a word).
  if (KINSHIP_TITLES.has(token.key) && i + 1 < run.length && run[i + 1].given && !run[i + 1].never && !run[i + 1].notSurname) {
    const k = surnamesFrom(i + 2, 2);
    return { start: run[i + 1].start, end: run[k - 1].end, given: run[i + 1], title: false, strongCue: true, endIndex: k };
  }
  if (token.title) {
    let j = i + 1;
    while (j < run.length && run[j].title) j++;
    // "Dr S. Rahman", "Mrs P. Walsh": initials after the title.
    let initials = 0;
    while (j + initials < run.length && run[j + initials].initial) initials++;
    const k = surnamesFrom(j + initials, 3);
    if (k === j + initials) return undefined;
    // "…spoke to Mr E. Contact moved to a weekend slot", "…spoke to Mr A. Kerry said": after one
    // initial the full stop may end the sentence. It cannot where the title opens the sentence or
    // follows an article ("Dr S. Rahman reviewed", "a Mrs P. Walsh phoned": "Dr S." is no
    // sentence), nor where the name closes or a cue follows it ("Mr T. Adebayo, the landlord,").
    if (initials === 1 && j === i + 1 && /^\.[ \t]/.test(text.slice(run[j].end, run[j].end + 2))) {
      const before = preceding(text, token.start);
      const opens = opensSentence(text, token.start) || (before.mark === '' && (before.words[0] === 'a' || before.words[0] === 'an' || before.words[0] === 'the'));
      const after = afterEnd(k);
      if (!opens && !/^(?:['’]s\b|[ \t]*[,;)]|[ \t]*$)/.test(after) && !appositiveAfter(after) && !AGE_AFTER.test(after)) return undefined;
    } else if (initials > 0 && k === j + initials + 1 && run[k - 1].given) {
      // After initials a given name alone most likely opens the next sentence.
      return undefined;
    }
    // "Father O'Connor", "Sister Okeke": a role that is also a title, only before a surname a
    // sentence would not capitalise for another reason.
    if (ROLE_TITLES.has(token.key) && j === i + 1 && initials === 0 && (isAmbiguousGiven(run[j].key) || isCommonWordSurname(run[j].key) || run[j].caps)) return undefined;
    const given = initials === 0 && run[j].given && k - j >= 2 ? run[j] : undefined;
    return { start: token.start, end: run[k - 1].end, given, title: true, strongCue: true, endIndex: k };
  }
  // "J. K. Mensah": initials before a surname. Two initials, or one with a cue that a person is meant.
  if (token.initial) {
    let initials = 1;
    while (i + initials < run.length && run[i + initials].initial) initials++;
    // "Child J. Kerry said", "Appendix A. Terms": a letter that ends a pseudonym or a label.
    if (i > 0) return undefined;
    const k = surnamesFrom(i + initials, 2);
    if (k === i + initials || (initials === 1 && run[k - 1].given)) return undefined;
    const before = preceding(text, token.start);
    const after = afterEnd(k);
    const cue = namedCue(before) !== undefined || appositiveNoun(before) !== undefined || appositiveAfter(after) || AGE_AFTER.test(after);
    // One initial's full stop may end a sentence ("…known as B. Contact moved …"): a verb after is no cue.
    if (initials === 1 && !cue) return undefined;
    return { start: token.start, end: run[k - 1].end, title: false, strongCue: cue, endIndex: k };
  }
  if (token.never) return undefined;
  const before = preceding(text, token.start);
  const named = namedCue(before);
  const appositive = appositiveNoun(before);
  const cueBefore = named !== undefined || appositive !== undefined;
  if (token.given) {
    let k = surnamesFrom(i + 1, 2);
    const verbAfter = (index: number) => {
      const after = afterEnd(index);
      const appositive = APPOSITIVE_AFTER.exec(after);
      return PERSON_VERB_AFTER.test(after) || AGE_AFTER.test(after) || (appositive !== null && PERSON_NOUNS.has(appositive[1]));
    };
    // "Ruth Lane said", "Emma Park, 29,": a common word is a surname when the person acts.
    if (k === i + 1 && i + 1 < run.length && isCommonWordSurname(run[i + 1].key) && (cueBefore || verbAfter(i + 2))) k = i + 2;
    if (k > i + 1) {
      return { start: token.start, end: run[k - 1].end, given: token, title: false, strongCue: cueBefore || verbAfter(k), endIndex: k };
    }
    if (i + 1 !== run.length) return undefined;
    // A given name alone after "called" ("a girl called Maisie"), after a person noun ("her brother
    // Kacper"), in brackets after a pseudonym ("Baby T (Ellie-Mae)"), before an appositive ("Brandon,
    // the neighbour, said") or taken up by a pronoun ("Ask Darren, he was there").
    if (token.notSurname) return undefined;
    const ambiguous = isAmbiguousGiven(token.key);
    if ((named?.person && !ambiguous) || kinBefore(before)) return { start: token.start, end: token.end, given: token, title: false, strongCue: true, endIndex: i + 1 };
    // In someone's quoted words a given name is a person ("“Our Jayden was never any trouble”", "'Me
    // and Darren were together'"), unless it is a word too or the first name of a published case.
    if (!ambiguous && !PUBLISHED_FIRST_NAMES.has(token.key) && insideQuotation(text, token.start)) {
      return { start: token.start, end: token.end, given: token, title: false, strongCue: true, quoted: true, endIndex: i + 1 };
    }
    // The cues after the name all open with a comma or a bracket.
    const next = text.charCodeAt(nextNonSpace(text, token.end));
    if (next !== 44 && next !== 41 && next !== 40 && next !== 93) return undefined;
    const after = afterEnd(i + 1);
    if (
      (bracketAfterPseudonym(before) && /^[ \t]*\)/.test(after)) ||
      bracketAfterLabel(text, token) ||
      (!ambiguous && (appositiveAfter(after) || PRONOUN_AFTER.test(after))) ||
      // "Her older brother, Callum, was 14": a given name between commas after a person noun.
      (!ambiguous && next === 44 && before.mark === ',' && appositive !== undefined && !PRONOUNS.has(appositive))
    ) {
      return { start: token.start, end: token.end, given: token, title: false, strongCue: true, endIndex: i + 1 };
    }
    return undefined;
  }
  // A name no list holds, given away by its context.
  if (!surnameLike(token, runCaps) || isCommonWordSurname(token.key)) return undefined;
  // "Sibling 2 (Oliwia)": one word no list holds, alone in brackets after a role label; not a word
  // shaped like an adjective that describes the person ("Child D (Nonverbal)", "Child B (Adopted)").
  if (i + 1 === run.length && !token.caps && !ADJECTIVE_ENDING.test(token.key) && bracketAfterLabel(text, token)) return { start: token.start, end: token.end, title: false, strongCue: true, endIndex: i + 1 };
  // Alone, with no cue before it, only an appositive after it (which opens with "," or "(") can make it a name.
  if ((i + 1 === run.length || !surnameLike(run[i + 1], runCaps)) && named === undefined && appositive === undefined && !kinBefore(before)) {
    const next = text.charCodeAt(nextNonSpace(text, token.end));
    if (next !== 44 && next !== 40) return undefined;
  }
  const k = surnamesFrom(i, 3);
  const after = afterEnd(k);
  const closes = APPOSITIVE_CLOSE.test(after);
  if (
    (k - i >= 2 && (((named !== undefined || appositive !== undefined) && closes) || AGE_AFTER.test(after) || appositiveAfter(after) || PERSON_VERB_AFTER.test(after))) ||
    named?.person ||
    // One word: "her brother Kacper", "Okonkwo, the neighbour, said".
    (k - i === 1 && !token.caps && (kinBefore(before) || appositiveAfter(after)))
  ) {
    return { start: token.start, end: run[k - 1].end, title: false, strongCue: true, endIndex: k };
  }
  return undefined;
}

const CHILD_NOUNS = new Set(['child', 'children', 'son', 'daughter', 'baby', 'boy', 'girl', 'sibling', 'brother', 'sister', 'infant', 'toddler', 'teenager', 'pupil', 'student']);
const NOT_A_STAGE = new Set(['he', 'she', 'they', 'who', 'her', 'his', 'their', 'person', 'people', 'someone', 'somebody', 'friend', 'friends', 'cousin']);

/** What the words around a name say about the person's age: a title or an adult's role, a child's, or an age. */
function lifeStage(text: string, candidate: Candidate): LifeStage | undefined {
  if (candidate.title) return 'adult';
  const before = appositiveNoun(preceding(text, candidate.start));
  const afterText = text.slice(candidate.end, candidate.end + 60);
  const after = APPOSITIVE_AFTER.exec(afterText)?.[1];
  for (const noun of [before, after]) {
    if (noun === undefined || !PERSON_NOUNS.has(noun) || NOT_A_STAGE.has(noun)) continue;
    return CHILD_NOUNS.has(noun) ? 'child' : 'adult';
  }
  const age = AGE_AFTER.exec(afterText)?.[0].match(/\d+/)?.[0];
  if (age !== undefined) return Number(age) < 18 ? 'child' : 'adult';
  return undefined;
}

/**
 * Whether the candidate is a person's name: true, false, or "if-declared" for a name opening with a
 * given name that is also a word ("Ruby Carter", "Hope Lewis") at the start of a sentence, which is
 * a name when the draft's config declares that given name one (allowNames: ["Ruby"]).
 */
function judgedPerson(text: string, candidate: Candidate, sentenceAt: (index: number) => SentenceFacts): boolean | 'if-declared' {
  const after = text.slice(candidate.end, candidate.end + 60);
  if (CITATION_AFTER.test(after)) return false;
  const sentence = sentenceAt(candidate.start);
  const before = text.slice(Math.max(sentence.start, candidate.start - 160), candidate.start);
  const name = text.slice(candidate.start, candidate.end).replace(/\s+/g, ' ');
  const withoutTitle = candidate.title && candidate.given ? text.slice(candidate.given.start, candidate.end).replace(/\s+/g, ' ') : name;
  // A published case cited for learning; the same words as a person acting in this draft are reported.
  if (REFERENCE_AFTER.test(after)) return false;
  const lower = [name.toLowerCase(), withoutTitle.toLowerCase()];
  if (lower.some((form) => PLACES_LIKE_NAMES.has(form))) return false;
  // A cited authority, unless an appositive or an age makes the same words a person in this draft.
  if (lower.some((form) => CITED_AUTHORITIES.has(form)) && lifeStage(text, { ...candidate, title: false }) === undefined) return false;
  if (lower.some((form) => PUBLISHED_CASES.has(form))) {
    // Cited, or held up for comparison ("Like Daniel Pelka, Child M …").
    const previous = preceding(text, candidate.start);
    const wordBefore = previous.mark === '' ? previous.words[0] : undefined;
    if ((sentence.reference || wordBefore === 'like' || wordBefore === 'unlike') && !PERSON_VERB_AFTER.test(after)) return false;
  } else if (sentence.reference && NATIONAL_REFERENCE_BEFORE.test(before) && !PERSON_VERB_AFTER.test(after)) return false;
  if (candidate.title) return true;
  const previous = preceding(text, candidate.start);
  const wordBefore = previous.mark === '' ? previous.words[0] : undefined;
  // "Marie Curie nurses", "Macmillan staff": a service named after a person, before the plural it qualifies.
  const nextWord = /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1];
  if (nextWord !== undefined && ATTRIBUTIVE_NOUNS.has(nextWord)) return false;
  // "a bottle of Jack Daniel's", "a course of Sertraline": a product.
  if (wordBefore === 'of' && previous.words[1] !== undefined && MEASURE_NOUNS.has(previous.words[1]) && !candidate.strongCue) return false;
  // "a Jack Russell", "her Harry Potter books", "the Amber Risk": an object, not a person.
  if (wordBefore !== undefined && DETERMINERS.has(wordBefore) && !candidate.strongCue) return false;
  if ((!candidate.strongCue || candidate.quoted) && sentence.characters) return false;
  if (candidate.given && isAmbiguousGiven(candidate.given.key) && !candidate.strongCue) {
    if (wordBefore !== undefined && PLACE_PREPOSITIONS.has(wordBefore)) return false;
    if (opensSentence(text, candidate.start)) return candidate.end > candidate.given.end ? 'if-declared' : false;
  }
  return true;
}

// ---- Other details -----------------------------------------------------------------------------

/** NHS numbers carry a modulus-11 check digit; most ten-digit numbers fail it. */
function validNhsNumber(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

function isYear(number: string): boolean {
  return number.length === 4 && /^(?:19|20)/.test(number);
}

// ---- Suggestions -------------------------------------------------------------------------------

/** Roles offered for any name, after the draft's own pseudonyms. */
const ROLE_REPLACEMENTS = ['the mother', 'the father', 'the social worker', 'the health visitor'];
const MOST_PSEUDONYMS = 4;
const MOST_SUGGESTION_EDITS = 20_000;

interface MonthYear {
  year: number;
  /** 1–12. */
  month: number;
}

interface ParsedDate {
  day: number;
  month: number;
  year?: number;
}

const MONTH_INDEX = new Map<string, number>([
  ...MONTH_NAMES.map((name, index) => [name.toLowerCase(), index + 1] as [string, number]),
  ...MONTH_ABBREVIATIONS.map((name) => [name.toLowerCase(), MONTH_NAMES.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1] as [string, number]),
]);

function fullYear(digits: string): number {
  const value = Number(digits);
  if (digits.length === 4) return value;
  return value <= 40 ? 2000 + value : 1900 + value;
}

/** Day, month and year of a date as a review writes it (day first, as in the UK). */
function parseDate(text: string): ParsedDate | undefined {
  let match = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return { day: Number(match[3]), month: Number(match[2]), year: Number(match[1]) };
  match = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(text);
  if (match) return Number(match[2]) >= 1 && Number(match[2]) <= 12 ? { day: Number(match[1]), month: Number(match[2]), year: fullYear(match[3]) } : undefined;
  const monthWord = /\p{L}+/gu;
  for (const word of text.matchAll(monthWord)) {
    const month = MONTH_INDEX.get(word[0].toLowerCase());
    if (!month || /^born$/i.test(word[0])) continue;
    const day = /(\d{1,2})/.exec(text.replace(/\d{4}/g, ''));
    const year = /(\d{4})/.exec(text);
    // "04 May 21": two digits right after the month.
    const shortYear = year ? undefined : /^\s+(\d{2})(?!\d)/.exec(text.slice(word.index + word[0].length));
    return { day: day ? Number(day[1]) : 1, month, year: year ? Number(year[1]) : shortYear ? fullYear(shortYear[1]) : undefined };
  }
  return undefined;
}

function monthYear(date: { month: number; year?: number }): string {
  return date.year === undefined ? MONTH_NAMES[date.month - 1] : `${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

// The look-behind stands at the head of each alternative rather than before the group: the same
// matches, but V8 can then skip ahead by the alternatives' first characters (five times faster).
const REFERENCE_DATE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(${alternation(MONTH_NAMES)})[ \t]+((?:19|20)\d{2})|(?<![\p{L}\p{N}])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2}))(?![\p{N}])`,
  'gu',
);

/** The latest month the draft mentions outside dates of birth: the time the review looks at. */
function latestDate(doc: DraftDocument, exclude: readonly DetailItem[]): MonthYear | undefined {
  let latest: MonthYear | undefined;
  // The dates come in document order, so one pass along the excluded ranges (by start) finds any
  // that holds a date: the range that starts last at or before it.
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  const excluded = (start: number) => {
    while (next < ranges.length && ranges[next].start <= start) reach = Math.max(reach, ranges[next++].end);
    return start < reach;
  };
  doc.chunkEntries.forEach((entry, chunkIndex) => {
    const base = doc.chunks[chunkIndex].start;
    for (const { index, date } of datesIn(entry)) {
      const start = base + index;
      if (excluded(start)) continue;
      if (!latest || date.year > latest.year || (date.year === latest.year && date.month > latest.month)) latest = date;
    }
  });
  return latest;
}

// The dates of a chunk, kept with its cache entry: reading the whole draft for them on every
// keystroke was most of the rule's time. Chunks begin at a line start and a date never spans a
// line, so a chunk's dates are exactly those the whole text has there.
const DATES_BY_CHUNK = new WeakMap<ChunkEntry, { index: number; date: MonthYear }[]>();

function datesIn(entry: ChunkEntry): { index: number; date: MonthYear }[] {
  let dates = DATES_BY_CHUNK.get(entry);
  if (!dates) {
    dates = [];
    for (const match of entry.text.matchAll(REFERENCE_DATE)) {
      const date = match[1] ? { month: MONTH_INDEX.get(match[1].toLowerCase())!, year: Number(match[2]) } : { month: Number(match[4]), year: Number(match[5]) };
      if (date.month < 1 || date.month > 12) continue;
      dates.push({ index: match.index, date });
    }
    DATES_BY_CHUNK.set(entry, dates);
  }
  return dates;
}

function ageAt(born: ParsedDate & { year: number }, at: MonthYear): string | undefined {
  const months = (at.year - born.year) * 12 + (at.month - born.month);
  if (months < 1) return undefined;
  if (months < 24) return `aged ${months} month${months === 1 ? '' : 's'}`;
  return `aged ${Math.floor(months / 12)}`;
}

function dateOfBirthSuggestions(doc: DraftDocument, item: DetailItem, reference: MonthYear | undefined): Fix[] {
  const date = parseDate(item.text.replace(/^\s*(?:born|date\s+of\s+birth|d\.?o\.?b\.?)/i, ''));
  if (!date) return [];
  const suggestions: Fix[] = [];
  const dateMatch = DATE_IN_ITEM.exec(item.text);
  // "born on 3 March 2019" → "born in March 2019", and so "turned sixteen in April 2023".
  const isBorn = /^(?:born|turned|became)/i.test(item.text);
  if (dateMatch) {
    // "born on 3 March 2019" → "born in March 2019"; "DOB: 03/03/2019" → "DOB: March 2019".
    const replacement = isBorn ? `in ${monthYear(date)}` : monthYear(date);
    const start = item.start + dateMatch.index;
    suggestions.push({ title: `Replace with the month and year: "${item.text.slice(0, dateMatch.index)}${replacement}"`, edits: [{ start, end: item.end, text: replacement }] });
  }
  // An age needs a year of birth and a later date in the draft to count from, and a place where
  // "aged 4 in June 2023" reads as the original did: "born [on] <date>" alone, or a label in brackets or after a comma.
  const before = doc.text.slice(Math.max(0, item.start - 2), item.start);
  const bareBorn = /^born\s+(?:on\s+)?(?:the\s+)?\d/i.test(item.text);
  const bracketedLabel = !isBorn && /[(,]\s*$/.test(before);
  if (date.year !== undefined && reference && (bareBorn || bracketedLabel)) {
    const age = ageAt({ ...date, year: date.year }, reference);
    if (age) {
      const text = `${age} in ${monthYear(reference)}`;
      suggestions.push({ title: `Replace with the age at the time: "${text}"`, edits: [{ start: item.start, end: item.end, text }] });
    }
  }
  return suggestions;
}

/** "On 14 March 2023" (beside "19 days old") → "In March 2023": the month and year give no date of birth away. */
function datedAgeSuggestions(item: DetailItem): Fix[] {
  const on = /^(on)\s+/i.exec(item.text);
  const date = parseDate(on ? item.text.slice(on[0].length) : item.text);
  if (!date || date.year === undefined) return [];
  const text = `${on ? `${on[1][0] === 'O' ? 'In' : 'in'} ` : ''}${monthYear(date)}`;
  return [{ title: `Replace with the month and year: "${text}"`, edits: [{ start: item.start, end: item.end, text }] }];
}

const CHILD_PSEUDONYM = /^(?:Child|Baby|Infant|Sibling|Young Person|Half-sibling)\b/;
const CHILD_ROLES = ['the child'];
// After a child's name these words make the wording national guidance asks reviewers to avoid ("did not attend").
const ATTENDANCE_AFTER = /^[^.!?\n]{0,40}\b(?:attend|attended|DNA)\b/;

/**
 * The draft's own pseudonyms (most used first) and common roles that could stand for this person:
 * a child's pseudonym only for someone who may be a child and never where the sentence would then
 * say a child "did not attend"; a parent's or a practitioner's only for someone who may be an adult.
 */
function replacementsFor(text: string, person: Person, pseudonyms: readonly string[]): string[] {
  const childAttendance = person.occurrences.some((occurrence) => ATTENDANCE_AFTER.test(text.slice(occurrence.end, occurrence.end + 60)));
  // "Mother’s partner, Kerry Mason," is not Mother: a pseudonym right before a mention names someone else.
  const nearby = person.occurrences
    .map((occurrence) => {
      const before = text.slice(Math.max(0, occurrence.start - 30), occurrence.start).toLowerCase();
      return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    })
    .join(' | ');
  const fits = (candidate: string) => {
    if (nearby.includes(candidate.replace(/^the /, '').toLowerCase())) return false;
    const child = CHILD_PSEUDONYM.test(candidate) || CHILD_ROLES.includes(candidate);
    if (child) return person.stage !== 'adult' && !childAttendance;
    return person.stage !== 'child';
  };
  const chosen = pseudonyms.filter(fits).slice(0, MOST_PSEUDONYMS);
  const taken = new Set(chosen.map((candidate) => candidate.toLowerCase()));
  for (const role of [...ROLE_REPLACEMENTS, ...CHILD_ROLES]) {
    if (fits(role) && !taken.has(role.replace(/^the /, ''))) chosen.push(role);
  }
  return chosen;
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

function nameSuggestions(name: string, occurrences: readonly { start: number; end: number; sentenceStart: boolean }[], replacements: readonly string[]): Fix[] {
  return replacements.map((replacement) => ({
    title: `Replace every occurrence of ${name} with ${replacement}`,
    edits: occurrences.map(({ start, end, sentenceStart }): TextEdit => ({ start, end, text: sentenceStart ? capitalise(replacement) : replacement })),
  }));
}

const MESSAGES: Record<DetailKind, (text: string, childName: string) => string> = {
  name: (text, child) =>
    `"${text}" looks like a real person's name: replace it with the report's pseudonym (e.g. ${child === 'the child' ? 'Child A' : child}), a relationship ("Mother") or a role ("the allocated social worker"). If it is an agreed pseudonym, add it to "allowNames" in .cspr-lint.json.`,
  'date-of-birth': (text) => `"${text}" is an exact date of birth: give the child's age at the time ("aged 16") or at most a month and year.`,
  address: (text) => `"${text}" is a street address: describe the home generically ("the family home", "a flat in the town centre").`,
  postcode: (text) => `"${text}" looks like a postcode: remove it; say at most "in the partnership area".`,
  'nhs-number': (text) => `"${text}" looks like an NHS or case number: remove it; a published report never needs one.`,
  setting: (text) => `"${text}" names a school, nursery or surgery: use a generic setting ("the secondary school", "School 1", "the GP practice").`,
  handle: (text) => `"${text}" looks like a social media handle: remove it or describe the platform generically ("a social media account").`,
  'community-setting': (text) => `"${text}" names a place of worship or a club the family attended: describe it generically ("a local church", "a junior football club").`,
  'dated-age': (text) => `"${text}" with an age in days or weeks gives away the date of birth: give the month and year only ("in March 2023"), or the age without the exact date.`,
  'reference-number': (text) => `"${text}" looks like a case, crime or other reference number: remove it; a published report never needs one.`,
  email: (text) => `"${text}" is an e-mail address that identifies a person: remove it ("an e-mail from Mother").`,
  phone: (text) => `"${text}" is a phone number: remove it ("a mobile number Mother had not given the school").`,
  vehicle: (text) => `"${text}" looks like a vehicle registration: remove it ("a silver car").`,
  village: (text) => `"${text}" names a small place that could identify the family: say "a rural village" or name the county at most.`,
  employer: (text) => `"${text}" names a family member's employer: describe the work generically ("worked nights at a local hospital").`,
};

/** A person met in the draft: every place the name stands, full or as a bare first name. */
interface Person {
  name: string;
  stage?: LifeStage;
  /** The surname words after the given name, with any spacing ("Mason", "Marsh-Okafor"). */
  restPattern: RegExp;
  occurrences: { start: number; end: number; sentenceStart: boolean }[];
  findings: { start: number; end: number; text: string; bare?: 'given' | 'surname' }[];
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

function blockOffset(doc: DraftDocument, block: DocBlock, from: number, to: number) {
  return doc.rangeInBlock(block, from, to);
}

export const identifyingDetail = defineRule<Record<string, never>, DetailItem>({
  meta: {
    id: 'identifying-detail',
    defaultSeverity: 'error',
    category: 'publication',
    fixable: false,
    description:
      'No text could identify the child or family in a published report: real names and nicknames, exact dates of birth, addresses, postcodes, NHS and reference numbers, phone numbers, e-mail addresses, handles, vehicle registrations, named schools, settings, places of worship, clubs, villages and employers.',
  },
  scanBlock(block, { offsetOf }) {
    const text = block.text;
    const items: DetailItem[] = [];
    const cellDates: DetailItem[] = [];
    // Characters already reported, so one stretch of text gets one finding (a date of birth is
    // not also a name). A mask keeps this linear however many items a block has.
    // (Made at the first item: most blocks have none.)
    let claimed: Uint8Array | undefined;
    const add = (kind: DetailKind, index: number, length: number, extra: Partial<DetailItem> = {}) => {
      claimed ??= new Uint8Array(text.length);
      for (let i = index; i < index + length; i++) if (claimed[i]) return;
      claimed.fill(1, index, index + length);
      items.push({ kind, start: offsetOf(block, index), end: offsetOf(block, index + length - 1) + 1, text: text.slice(index, index + length), ...extra });
    };
    // Unambiguous shapes first, so a name heuristic never claims part of one. Dates of birth,
    // postcodes, NHS numbers and street addresses all hold a digit, handles an "@": most blocks
    // have neither and skip those patterns.
    const digits = DIGIT.test(text);
    const cues = cuesOf(block);
    if (digits && DATE_OF_BIRTH_CUE.test(text)) for (const match of text.matchAll(DATE_OF_BIRTH)) add('date-of-birth', match.index, match[0].length);
    // A date alone in a table cell: a date of birth if its column's header says so (the check reads the header).
    if (digits && block.kind === 'tableCell' && block.table !== undefined && block.table.row > 0 && CELL_DATE.test(text)) {
      const from = text.length - text.trimStart().length;
      cellDates.push({ kind: 'cell-date', start: offsetOf(block, from), end: offsetOf(block, text.trimEnd().length - 1) + 1, text: text.trim() });
    }
    if (digits) {
      for (const match of text.matchAll(POSTCODE)) add('postcode', match.index, match[0].length);
      for (const match of text.matchAll(NHS_NUMBER)) {
        const digits = match[1] + match[2] + match[3];
        const context = NHS_CONTEXT.test(text.slice(Math.max(0, match.index - 30), match.index));
        if (context || validNhsNumber(digits)) add('nhs-number', match.index, match[0].length);
      }
    }
    if (text.includes('@')) {
      for (const match of text.matchAll(EMAIL)) {
        const at = match[0].indexOf('@');
        const local = match[0].slice(0, at);
        // An organisation's mailbox: a public body's domain and no person's name or number in it.
        const personal = /\d/.test(local) || local.split(/[._-]+/).some((part) => part.length > 1 && GIVEN_NAMES.has(titleCase(part)));
        if (!personal && ORGANISATION_MAIL_DOMAIN.test(match[0].slice(at + 1))) continue;
        add('email', match.index, match[0].length);
      }
      for (const match of text.matchAll(HANDLE)) add('handle', match.index, match[0].length);
    }
    if (digits) {
      for (const match of text.matchAll(PHONE)) {
        // A landline introduced as an office's, a service's or a helpline is published with the report.
        if (match[1] !== '7' && (ORGANISATION_LINE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) || ORGANISATION_LINE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60)))) continue;
        add('phone', match.index, match[0].length);
      }
      const capitalsDigits = TWO_CAPITALS_TWO_DIGITS.test(text);
      for (const match of capitalsDigits ? text.matchAll(NI_NUMBER) : []) {
        // Prefixes never issued ("QQ", HMRC's own example) count only when the text says what the number is.
        if (!VALID_NI_PREFIX.test(match[0]) && !NI_CONTEXT.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
        add('reference-number', match.index, match[0].length);
      }
      for (const match of capitalsDigits ? text.matchAll(VEHICLE) : []) add('vehicle', match.index, match[0].length);
      // (A reference holds five digits together: most blocks have none and skip the pattern.)
      for (const match of FIVE_DIGITS.test(text) ? text.matchAll(REFERENCE_NUMBER) : []) {
        const code = match[1];
        const count = code.replace(/\D/g, '').length;
        // A year, a financial year or a date is no reference ("ref. 2019/20").
        if (count < 5 || /^\d{4}[/-]\d{2,4}$/.test(code) || WHOLE_NUMERIC_DATE.test(code)) continue;
        add('reference-number', match.index + match[0].length - code.length, code.length);
      }
      // A handle named by its platform holds a digit, an underscore or a full stop inside it.
      for (const match of cues & CUE_PLATFORM ? text.matchAll(PLATFORM_HANDLE) : []) {
        const handle = match[1].replace(/\.+$/, '');
        if (!/\p{L}/u.test(handle) || !/[\d_]|\.(?=\w)/.test(handle)) continue;
        add('handle', match.index + match[0].length - match[1].length, handle.length);
      }
      if (cues & CUE_DAYS && cues & CUE_OLD && AGE_IN_DAYS.test(text)) {
        const sentences = blockSentences(block);
        for (const match of text.matchAll(FULL_DATE)) {
          const sentence = sentences.find((span) => span.start <= match.index && match.index < span.end);
          if (sentence && AGE_IN_DAYS.test(text.slice(sentence.start, sentence.end))) add('dated-age', match.index, match[0].length);
        }
      }
    } else if (text.includes('_')) {
      for (const match of cues & CUE_PLATFORM ? text.matchAll(PLATFORM_HANDLE) : []) {
        const handle = match[1].replace(/\.+$/, '');
        if (!/\p{L}/u.test(handle) || !/_/.test(handle)) continue;
        add('handle', match.index + match[0].length - match[1].length, handle.length);
      }
    }
    // Headings are usually in Title Case ("Leaving School", "The Way Forward", "What Went Well"), where
    // capitalised pairs say nothing about names, schools or streets.
    if (block.kind === 'heading') return items.sort((a, b) => a.start - b.start);
    if (cellDates.length > 0 && !claimed?.[text.length - text.trimStart().length]) items.push(...cellDates);

    for (const match of digits ? text.matchAll(ADDRESS) : []) {
      const [, number, streetWords] = match;
      const previousWord = PREVIOUS_WORD.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1] ?? '';
      // "in 2023 Crown Court", "Year 10 Drive", "Finding 3 Close": a year, a numbered thing or a court.
      if (isYear(number) || NUMBERED_THINGS.has(previousWord) || streetWords.trim().split(/[ \t]+/).some((word) => NOT_A_STREET_NAME.has(word))) continue;
      add('address', match.index, match[0].length);
    }
    // (Rare: one cheap test for the street word spares most blocks the pattern.)
    for (const match of digits && WELSH_STREET_PRESENT.test(text) ? text.matchAll(WELSH_ADDRESS) : []) {
      const previousWord = PREVIOUS_WORD.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1] ?? '';
      if (!NUMBERED_THINGS.has(previousWord)) add('address', match.index, match[0].length);
    }
    // Most blocks name no setting at all; one cheap test spares them the setting pattern.
    for (const match of SETTING_KIND_PRESENT.test(text) ? text.matchAll(SETTING) : []) {
      const words = [...match[1].matchAll(/[^ \t-]+/g)];
      // "Child J's School" (Title Case in a table) is the pseudonym's school, not a named one.
      if (words.some((word, i) => PSEUDONYM_WORD.test(word[0]) && PSEUDONYM_TAIL.test(words[i + 1]?.[0] ?? ''))) continue;
      // Sentence words before the name are not part of it: "At Brookfield Academy".
      let first = 0;
      while (first < words.length && FUNCTION_WORDS.has(words[first][0])) first++;
      const nameWords = words.slice(first).map((word) => word[0]).filter((word) => !/^(?:St\.?|Saint)$/.test(word));
      if (nameWords.length === 0 || nameWords.every((word) => GENERIC_SETTING_WORDS.has(word))) continue;
      const leading = words[first].index;
      add('setting', match.index + leading, match[0].length - leading);
    }
    // A place of worship or a club the child or family attended ("attended St Aidan’s Church", "classes
    // at the Al-Noor Mosque", "trained with Ashton Athletic Juniors FC"); one acting as an agency ("The
    // Al-Noor Mosque offered food parcels", "Grace Community Church ran a food bank") is not reported.
    for (const match of cues & CUE_COMMUNITY ? text.matchAll(COMMUNITY_SETTING) : []) {
      const words = [...match[1].matchAll(/[^ \t-]+/g)];
      let first = 0;
      while (first < words.length && FUNCTION_WORDS.has(words[first][0])) first++;
      const nameWords = words.slice(first).map((word) => word[0]).filter((word) => !/^(?:St\.?|Saint)$/.test(word));
      if (nameWords.length === 0 || nameWords.every((word) => GENERIC_COMMUNITY_WORDS.has(word) || GENERIC_SETTING_WORDS.has(word))) continue;
      if (words.some((word, i) => PSEUDONYM_WORD.test(word[0]) && PSEUDONYM_TAIL.test(words[i + 1]?.[0] ?? ''))) continue;
      const leading = words[first].index;
      const start = match.index + leading;
      if (first === 0 && !ATTENDED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      if (first > 0 && !ATTENDED_BEFORE.test(text.slice(Math.max(0, match.index - 30), start).replace(/\b(?:At|With|For)\b/, (word) => word.toLowerCase()))) continue;
      add('community-setting', start, match[0].length - leading);
    }
    if (cues & CUE_VILLAGE) {
      for (const match of text.matchAll(VILLAGE_AFTER)) {
        // "the village of Child K's grandmother": a person, not a place.
        const first = match[1].split(/[ \t]/)[0].replace(/['’]s$/, '');
        if (PSEUDONYM_WORD.test(first) || NOT_A_SURNAME.has(first)) continue;
        add('village', match.index + match[0].length - match[1].length, match[1].length);
      }
      for (const match of text.matchAll(VILLAGE_AFTER_COMMA)) {
        // Up to three capitalised words before the comma, less any that open the sentence ("In").
        const starts = capitalisedWordsBefore(text, match.index, 3);
        const wordAt = (start: number) => /^\p{L}+/u.exec(text.slice(start, start + 20))?.[0] ?? '';
        while (starts.length > 0 && (FUNCTION_WORDS.has(wordAt(starts[0])) || CALENDAR_WORDS.has(wordAt(starts[0])))) starts.shift();
        const firstWord = starts.length > 0 ? wordAt(starts[0]).replace(/['’]s$/, '') : '';
        if (starts.length > 0 && !PSEUDONYM_WORD.test(firstWord) && !NOT_A_SURNAME.has(firstWord)) add('village', starts[0], match.index - starts[0]);
      }
    }
    // A family member's named employer: the sentence's subject, before the verb, is a relative. With a
    // verb of work ("worked nights as a porter at …"), or a job ("was a cleaner at …", not "a patient at").
    const employers = [...(cues & CUE_WORK ? text.matchAll(EMPLOYER) : []), ...(cues & CUE_FAMILY ? text.matchAll(EMPLOYER_AS) : [])];
    for (const match of employers) {
      // (EMPLOYER_AS captures the job, then the name; EMPLOYER the name only.)
      if (match[2] !== undefined && NOT_A_JOB.has(match[1])) continue;
      const sentenceStart = Math.max(text.lastIndexOf('. ', match.index), text.lastIndexOf('\n', match.index)) + 1;
      if (!FAMILY_SUBJECT.test(text.slice(sentenceStart, match.index))) continue;
      const name = match[2] ?? match[1];
      const nameWords = name.split(/[ \t]+/);
      // A chain or a brand alone ("worked at Tesco") names no one place; nor do generic words or a pseudonym ("School 2").
      if (nameWords.length === 1 && (NEVER_IN_A_NAME.has(name) || NOT_A_SURNAME.has(name))) continue;
      if (nameWords.every((word) => GENERIC_SETTING_WORDS.has(word) || NOT_A_SURNAME.has(word) || PSEUDONYM_WORD.test(word))) continue;
      // "worked hard for Child K", "for Mother": a person, not an employer.
      if (PSEUDONYM_WORD.test(nameWords[0]) || RELATIONSHIP_WORDS.has(nameWords[0].replace(/['’]s$/, ''))) continue;
      add('employer', match.index + match[0].length - name.length, name.length);
    }
    const pseudonyms: DetailItem[] = [];
    const pseudonym = (start: number, end: number) =>
      pseudonyms.push({ kind: 'pseudonym', start: offsetOf(block, start), end: offsetOf(block, end - 1) + 1, text: text.slice(start, end) });
    for (const match of pseudonymsIn(text)) pseudonym(match.index, match.end);
    scanNames(text, () => blockSentences(block), (start, end, extra) => add('name', start, end - start, { ...extra, sentenceStart: opensSentence(text, start) }), pseudonym);
    return [...items, ...pseudonyms].sort((a, b) => a.start - b.start);
  },
  check({ doc, items, report, shared, childName }) {
    // Reference lists cite authors and published reviews by name, and a glossary may name a
    // national case; neither identifies this family.
    const exempt = [...doc.sectionsWithRole('references'), ...doc.sectionsWithRole('glossary')];
    const isExempt = (offset: number) => exempt.some((match) => match.heading.start <= offset && offset < match.end);
    // Names the draft itself declares as pseudonyms ("her brother Tyler (a pseudonym)", "referred to
    // as Kai") are agreed ones, as if listed in allowNames.
    const declared = doc.declaredPseudonyms();
    const allowNames: ReadonlySet<string> = declared.size === 0 ? shared.allowNames : new Set([...shared.allowNames, ...[...declared].map(normalised)]);
    const allowed = (text: string) => {
      const lower = normalised(text);
      return allowNames.has(lower) || lower.split(' ').every((word) => allowNames.has(word));
    };

    const names: DetailItem[] = [];
    const others: DetailItem[] = [];
    const pseudonymCounts = new Map<string, number>();
    let headerOf: ((offset: number) => string | undefined) | undefined;
    for (const item of items) {
      if (item.kind === 'cell-date') {
        headerOf ??= tableHeaders(doc);
        const header = headerOf(item.start);
        if (header !== undefined && BIRTH_HEADER.test(header) && !isExempt(item.start)) others.push({ ...item, kind: 'date-of-birth' });
        continue;
      }
      if (item.kind === 'pseudonym') {
        if (!isExempt(item.start)) pseudonymCounts.set(item.text, (pseudonymCounts.get(item.text) ?? 0) + 1);
        continue;
      }
      // (With no allowed names, nothing is allowed: the text need not be normalised to ask.)
      const anyAllowed = allowNames.size > 0;
      if (anyAllowed && allowNames.has(normalised(item.text))) continue;
      if (item.kind === 'name') {
        if ((anyAllowed && allowed(item.text)) || isExempt(item.start)) continue;
        if (item.ifDeclared && !(anyAllowed && item.given !== undefined && allowNames.has(item.given.toLowerCase()))) continue;
        names.push(item);
      } else others.push(item);
    }

    const people = findPeople(doc, names, isExempt, (text) => allowNames.has(text.toLowerCase()));
    const pseudonyms = [...pseudonymCounts.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text);
    for (const person of people) {
      const suggestions = nameSuggestions(person.name, person.occurrences, replacementsFor(doc.text, person, pseudonyms));
      // Each suggestion edits every occurrence, so offering them at every finding grows with the
      // square of the mentions; past a bound only the first mention offers them (and says so).
      const everywhere = suggestions.length * person.occurrences.length * person.findings.length <= MOST_SUGGESTION_EDITS;
      const firstLine = doc.positionAt(person.findings[0].start).line;
      person.findings.forEach((finding, index) => {
        let message = finding.bare
          ? `"${finding.text}" is the ${finding.bare === 'given' ? 'first name' : 'surname'} of ${person.name}, named ${person.findings.some((other) => !other.bare && other.start < finding.start) ? 'earlier' : 'elsewhere'} in the draft: it identifies the same person. Replace every mention with the report's pseudonym, a relationship or a role; if it is an agreed pseudonym, add it to "allowNames" in .cspr-lint.json.`
          : MESSAGES.name(finding.text, childName);
        if (!everywhere && index > 0) message += ` The first mention (line ${firstLine}) offers to replace all ${person.occurrences.length} at once.`;
        report({ start: finding.start, end: finding.end, message, suggestions: everywhere || index === 0 ? suggestions : undefined, data: { kind: 'name', name: finding.text } });
      });
    }

    const births = others.filter((item) => item.kind === 'date-of-birth');
    const reference = births.length > 0 ? latestDate(doc, births) : undefined;
    for (const item of others) {
      const suggestions = item.kind === 'date-of-birth' ? dateOfBirthSuggestions(doc, item, reference) : item.kind === 'dated-age' ? datedAgeSuggestions(item) : undefined;
      report({ start: item.start, end: item.end, message: MESSAGES[item.kind as DetailKind](item.text, childName), suggestions, data: { kind: item.kind } });
    }
  },
});

/** The header cell's text over a table cell, found from the cell's offset. */
function tableHeaders(doc: DraftDocument): (offset: number) => string | undefined {
  const blocks = doc.blocks;
  return (offset) => {
    const at = lastIndexWhere(blocks.length, (index) => blocks[index].start <= offset);
    const table = blocks[at]?.table;
    if (!table) return undefined;
    for (let index = at; index >= 0 && blocks[index].table?.tableStart === table.tableStart; index--) {
      const placed = blocks[index].table!;
      if (placed.row === 0 && placed.column === table.column) return blocks[index].text;
    }
    return undefined;
  };
}

/**
 * Groups the name findings by person and finds every other place each person stands: the full name
 * where the block scan does not look (headings), and later bare first names ("Kerry said" after
 * "Kerry Mason"). One pass over the draft, and only when it names someone.
 */
interface GivenNameMatch {
  /** Index of the block among its chunk's blocks. */
  block: number;
  index: number;
  0: string;
}

// Where a chunk's blocks mention the given names a check looks for, kept with the chunk for as long
// as the draft names the same people: a keystroke then reads only the chunk it changed.
const GIVEN_NAMES_IN_CHUNK = new WeakMap<ChunkEntry, { source: string; matches: readonly GivenNameMatch[] }>();
// The pattern source last asked for: an equal source is replaced by this very string, so each
// chunk's comparison is one of identity, not of two long strings.
let lastGivenSource = '';

function givenNamesIn(entry: ChunkEntry, source: string, pattern: () => RegExp): readonly GivenNameMatch[] {
  const kept = GIVEN_NAMES_IN_CHUNK.get(entry);
  if (kept && kept.source === source) return kept.matches;
  const matches: GivenNameMatch[] = [];
  entry.parsed.blocks.forEach((block, index) => {
    for (const match of block.text.matchAll(pattern())) matches.push({ block: index, index: match.index, 0: match[0] });
  });
  GIVEN_NAMES_IN_CHUNK.set(entry, { source, matches });
  return matches;
}

const SURNAME_AS_SUBJECT =
  /^(?:['’]s?(?![\p{L}])|[ \t]*[,;:]|[ \t]+(?:(?:also|then|later|never|still|always|often|again|had|has|was|is|would|could|did|does|will|can|may|might|must|should)[ \t]+)?(?:\p{Ll}+ed|was|were|had|has|is|said|says|told|tells|went|came|took|gave|made|saw|left|kept|knew|thought|felt|got|ran|met|rang|wrote|spoke|brought|became|began|did|does|would|could|should|will|can|may|might|must|never|also|then|later|still|always|often|again|himself|herself|and|who|lived|lives|drove|hit|put|let|sent|held|heard|paid|sat|stood|lost|fell|found|meant|sold|taught|caught|bought|understood)(?![\p{L}]))/u;

/**
 * The surname of a reported name, when it can stand alone for the person: the last word of two or
 * more ("Mr Okonkwo", "Kerry-Ann McBride", "DC Aldous"), neither an initial nor a word a sentence
 * could capitalise for another reason ("Lane", "Grace", "Young People"), nor an acronym.
 */
function surnameOf(name: string, given: string | undefined): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1];
  if (last === given || !/^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) || last === last.toUpperCase()) return undefined;
  const facts = wordFacts(last);
  if (facts.never || facts.notSurname || facts.title || facts.institution) return undefined;
  if (isAmbiguousGiven(facts.key) || isCommonWordSurname(facts.key)) return undefined;
  return last;
}

function findPeople(doc: DraftDocument, names: readonly DetailItem[], isExempt: (offset: number) => boolean, allowedGiven: (text: string) => boolean): Person[] {
  const people = new Map<string, Person>();
  const byGiven = new Map<string, Person>();
  // "Mr Okonkwo", "Lee Harrower": the surname alone names the same person later ("Okonkwo told police").
  const bySurname = new Map<string, Person>();
  for (const item of names) {
    const key = normalised(item.text);
    let person = people.get(key);
    if (!person) {
      const given = item.given;
      const givenAt = given ? item.text.indexOf(given) : -1;
      const rest = given ? normalised(item.text.slice(givenAt + given.length)).trim() : '';
      const restPattern = new RegExp(`^\\s+${rest.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
      person = { name: item.text.replace(/\s+/g, ' '), restPattern, occurrences: [], findings: [] };
      people.set(key, person);
      if (given && rest && !byGiven.has(given.toLowerCase())) byGiven.set(given.toLowerCase(), person);
      const surname = surnameOf(item.text, given);
      if (surname !== undefined && !bySurname.has(surname.toLowerCase())) bySurname.set(surname.toLowerCase(), person);
    }
    person.stage ??= item.stage;
    person.findings.push({ start: item.start, end: item.end, text: item.text });
    person.occurrences.push({ start: item.start, end: item.end, sentenceStart: item.sentenceStart === true });
  }
  if (byGiven.size > 0 || bySurname.size > 0) {
    const taken = names.map((item) => [item.start, item.end] as const);
    const inName = (start: number) => taken.some(([from, to]) => from <= start && start < to);
    const keys = [...new Set([...byGiven.keys(), ...bySurname.keys()])];
    let source = `(?<![\\p{L}\\p{N}'’-])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`;
    if (source === lastGivenSource) source = lastGivenSource;
    else lastGivenSource = source;
    let pattern: RegExp | undefined;
    // doc.blocks holds each chunk's blocks in order, chunk after chunk.
    let firstBlock = 0;
    for (const entry of doc.chunkEntries) {
      const matches = givenNamesIn(entry, source, () => (pattern ??= new RegExp(source, 'giu')));
      const chunkStart = firstBlock;
      firstBlock += entry.parsed.blocks.length;
      for (const match of matches) {
        const block = doc.blocks[chunkStart + match.block];
        if (!/\p{Lu}/u.test(match[0][0])) continue;
        const givenPerson = byGiven.get(match[0].toLowerCase());
        const person = givenPerson ?? bySurname.get(match[0].toLowerCase())!;
        const { start, end } = blockOffset(doc, block, match.index, match.index + match[0].length);
        if (inName(start) || isExempt(start)) continue;
        const nameEnd = match.index + match[0].length;
        const after = block.text.slice(nameEnd, nameEnd + 80);
        const sentenceStart = opensSentence(block.text, match.index);
        if (givenPerson === undefined) {
          // A surname alone: not in a heading (Title Case), not inside another capitalised run ("Okonkwo
          // Road", "Ada Okonkwo", judged by the block scan), not a citation ("Okonkwo (2019)").
          if (block.kind === 'heading' || allowedGiven(match[0])) continue;
          if (/^[ \t]+\p{Lu}\p{Ll}/u.test(after) && !/^[ \t]+(?:Child|Baby|Mother|Father)\b/.test(after)) continue;
          const wordBefore = capitalisedWordsBefore(block.text, match.index, 1, true)[0];
          // ("In October Okonkwo said": a month or a word that opens the sentence runs into no name.)
          if (wordBefore !== undefined) {
            const word = /^[\p{L}'’-]+/u.exec(block.text.slice(wordBefore, match.index))![0];
            if (!FUNCTION_WORDS.has(word) && !CALENDAR_WORDS.has(word)) continue;
          }
          if (CITATION_AFTER.test(after)) continue;
          // Opening a sentence, a surname that is also a word ("Young people", "Best practice", "Bell
          // ringing") is the person only where a person follows: a possessive, a comma, a verb in the past.
          if (sentenceStart && !SURNAME_AS_SUBJECT.test(after)) continue;
          person.findings.push({ start, end, text: match[0], bare: 'surname' });
          person.occurrences.push({ start, end, sentenceStart });
          continue;
        }
        const surname = person.restPattern.exec(after);
        if (surname) {
          // Elsewhere the block scan has judged the full name already (a cited case, say).
          if (block.kind !== 'heading') continue;
          // The full name in a heading, where the scan does not look.
          const range = blockOffset(doc, block, match.index, nameEnd + surname[0].length);
          person.findings.push({ start: range.start, end: range.end, text: block.text.slice(match.index, nameEnd + surname[0].length) });
          person.occurrences.push({ start: range.start, end: range.end, sentenceStart });
          continue;
        }
        // Another person with the same first name ("Kerry Jones"), or a common word at the start of a sentence.
        if (/^[ \t]+\p{Lu}\p{Ll}/u.test(after) && !/^[ \t]+(?:Child|Baby|Mother|Father)\b/.test(after)) continue;
        if (allowedGiven(match[0])) continue;
        if (isAmbiguousGiven(titleCase(match[0])) && (sentenceStart || block.kind === 'heading')) continue;
        person.findings.push({ start, end, text: match[0], bare: 'given' });
        person.occurrences.push({ start, end, sentenceStart });
      }
    }
  }
  for (const person of people.values()) {
    person.occurrences.sort((a, b) => a.start - b.start);
    person.findings.sort((a, b) => a.start - b.start);
  }
  return [...people.values()];
}
