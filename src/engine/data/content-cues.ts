// Word lists the content rules read: child-voice (domain brief §4), good-practice (§5) and
// recommendation-format (§6). They are data: a term is a word or phrase, case-insensitive; a
// trailing `*` matches any ending ("sleep*" → sleeps, sleeping, sleepy); a space matches any run of
// spaces; an apostrophe matches ' or ’. Lists are deliberately general (no wording from any one
// draft), so that drafts nobody has seen are judged by the same cues.

import { CHILD_PSEUDONYM_SOURCE } from '../text/pseudonyms';

// ---------------------------------------------------------------------------------------------
// child-voice
// ---------------------------------------------------------------------------------------------

/**
 * Aspects of a child's ordinary day and of what practitioners observed (brief §4: sleep, food,
 * hygiene, clothes, school, friendships, play, routines, pets; for babies and non-verbal children:
 * weight, feeding, crying, responsiveness, marks seen, methods of communication). A real section
 * touches at least two different aspects; one word repeated ("school … school") is not an account.
 */
export const DAILY_LIFE_CUES: Readonly<Record<string, readonly string[]>> = {
  sleep: ['sleep*', 'slept', 'bed', 'beds', 'bedroom*', 'bedtime*', 'nap', 'naps', 'napping', 'tired*', 'cot', 'moses basket', 'woke', 'wake*', 'waking', 'nightmare*'],
  food: ['food', 'ate', 'eat', 'eats', 'eating', 'meal*', 'breakfast*', 'lunch*', 'dinner*', 'supper', 'hungry', 'hunger', 'fed', 'feed', 'feeds', 'feeding', 'bottle*', 'breastfe*', 'milk', 'snack*', 'fridge', 'cereal', 'packed lunch*', 'free school meals'],
  care: ['hygiene', 'wash*', 'bath*', 'nappy', 'nappies', 'clothes', 'clothing', 'coat', 'uniform', 'shoes', 'dirty', 'unkempt', 'head lice', 'teeth', 'dental'],
  education: ['school', 'schools', 'nursery', 'pre-school', 'preschool', 'class', 'classroom', 'teacher*', 'attendance', 'attended', 'lessons', 'homework', 'playground', 'registration', 'college', 'home educat*'],
  friends: ['friend*', 'play', 'plays', 'played', 'playing', 'toy*', 'game*', 'football', 'drawing*', 'draw', 'drew', 'video*', 'telly', 'tv', 'television', 'cartoon*', 'park', 'swimming', 'bike', 'hobb*', 'music', 'danc*', 'phone', 'online', 'gaming'],
  household: ['routine*', 'day to day', 'day-to-day', 'every day', 'each day', 'morning*', 'evening*', 'afternoon*', 'weekend*', 'after school', 'home life', 'collected', 'picked up', 'pet', 'pets', 'dog', 'cat', 'brother*', 'sister*', 'sibling*', 'looked after', 'cared for', 'who cared'],
  observation: ['weight', 'weigh*', 'centile*', 'cried', 'crying', 'cry', 'cries', 'settled', 'unsettled', 'alert', 'smil*', 'babbl*', 'eye contact', 'responsive', 'responded', 'milestone*', 'development*', 'bruis*', 'marks', 'held', 'cuddl*', 'floppy', 'withdrawn', 'quiet', 'presentation'],
  feelings: ['wanted', 'wants', 'wished', 'feared', 'fears', 'scared', 'frightened', 'afraid', 'worried', 'worries', 'anxious', 'lonely', 'sad', 'upset', 'angry', 'enjoyed', 'enjoys', 'loved', 'loves', 'liked', 'likes', 'dreaded', 'laugh*', 'happy', 'unhappy', 'trapped'],
  communication: ['communication aid*', 'makaton', 'signing', 'sign language', 'picture*', 'symbols', 'direct work', 'three houses', 'interpreter', 'non-verbal', 'nonverbal', 'question cards', 'in her own words', 'in his own words', 'in their own words'],
};

/**
 * Phrases that claim the child's voice was heard without showing it (brief §4). Inside a
 * voice-of-the-child section they count for nothing: neither their words nor any cue in them.
 */
export const VOICE_STOCK_PHRASES: readonly string[] = [
  'voice of the child was considered throughout',
  'voice of the child was considered',
  'voice of the child was heard',
  'voice of the child was central',
  'voice of the child was at the centre',
  'voice of the child was taken into account',
  'child’s voice was heard',
  'child’s voice was considered',
  'wishes and feelings were taken into account',
  'wishes and feelings were considered',
  'wishes and feelings were sought',
  'wishes and feelings were ascertained',
  'kept the child at the centre',
  'kept the child at the heart',
  'child was at the centre of',
  'child-centred approach was taken',
  'the child appeared happy',
  'the child seemed happy',
  'appeared happy and settled',
  'appeared well cared for',
  'no concerns were raised by the child',
  'child did not raise any concerns',
];

/**
 * Words that name the child in a review: pronouns, "the child", and the pseudonym patterns of the
 * brief §2. Case matters for pseudonyms ("Child J", not "child is"). Bare "they" is left out: in
 * a review it is more often the adults ("they said the child was fine") than the child.
 */
export const CHILD_SUBJECT_PATTERN_SOURCE = String.raw`(?:\b[Hh]e\b|\b[Ss]he\b|\b[Tt]he (?:child|children|young person|young people|baby|boy|girl|teenager|infant|siblings)\b|${CHILD_PSEUDONYM_SOURCE}|\bSibling [A-Z0-9]{1,2}\b)`;

/**
 * Verbs of agency process: a clause built on one is about what the agencies did with the child's
 * life ("the strategy meeting discussed the child's routine", "agencies considered her wishes"),
 * not about the child's life, so its cue words are not evidence of it.
 */
export const PROCESS_VERBS: readonly string[] = [
  'discussed', 'discussing', 'considered', 'considering', 'agreed', 'reviewed', 'reviewing', 'arranged', 'convened', 'minuted', 'decided',
  'recommended', 'concluded', 'escalated', 'referred', 'assessed', 'chaired', 'commissioned', 'audited', 'planned', 'taken into account',
  'took into account', 'explored', 'was shared', 'were shared', 'was raised', 'were raised', 'was noted at', 'was recorded in',
];

/** Nouns naming the process itself; a clause whose subject is one is about the process ("The conference agreed …"). */
export const PROCESS_NOUNS: readonly string[] = [
  'meeting', 'meetings', 'conference', 'conferences', 'panel', 'panels', 'discussion', 'discussions', 'strategy', 'review', 'reviews',
  'plan', 'plans', 'agencies', 'agency', 'partnership', 'board', 'minutes', 'referral', 'referrals', 'assessment', 'assessments',
  'report', 'reports', 'chronology', 'chronologies', 'professionals', 'network', 'core group', 'mash',
];

/** People around the child; "her mother", "Child K's teacher" is that person, not the child. */
export const ADULTS_AROUND_THE_CHILD: readonly string[] = [
  'mother', 'father', 'mum', 'dad', 'parent', 'parents', 'carer', 'carers', 'grandmother', 'grandfather', 'grandparent', 'grandparents',
  'nan', 'grandma', 'grandad', 'stepfather', 'stepmother', 'step-father', 'step-mother', 'partner', 'aunt', 'uncle', 'family', 'teacher',
  'teachers', 'worker', 'social worker', 'nurse', 'school nurse', 'health visitor', 'gp', 'doctor', 'midwife', 'keyworker', 'key worker',
  'foster carer', 'childminder', 'boyfriend', 'girlfriend', 'relative', 'relatives', 'neighbour',
];

/** Verbs that report a child's own words or expression ("she told her teacher", "he wrote"). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'wrote', 'writes', 'asked', 'asks', 'explained', 'explains', 'described', 'describes',
  'disclosed', 'discloses', 'shared', 'replied', 'answered', 'whispered', 'shouted', 'commented', 'mentioned', 'spoke', 'talked',
  'expressed', 'stated', 'drew', 'chose', 'called', 'texted', 'messaged', 'remembers', 'remembered', 'wanted', 'would say', 'used to say',
];

/** Adults whose words, quoted in a voice section, are not the child's ("her mother said …"). */
export const ADULT_SPEAKERS: readonly string[] = [
  'mother', 'father', 'mum', 'dad', 'parent*', 'carer*', 'grandmother', 'grandfather', 'grandparent*', 'grandma', 'grandad', 'nan',
  'stepfather', 'stepmother', 'step-father', 'step-mother', 'partner', 'aunt', 'uncle', 'neighbour', 'practitioner*', 'professional*',
  'teacher', 'nurse', 'social worker', 'officer', 'worker', 'doctor', 'paediatrician', 'gp', 'health visitor', 'midwife', 'reviewer',
  'manager', 'staff',
];

/** Verbs that introduce an adult's account. */
export const ADULT_SPEECH_VERBS: readonly string[] = [
  'said', 'told', 'wrote', 'recorded', 'described', 'noted', 'explained', 'reported', 'remembered', 'stated', 'recalled', 'observed',
];

/**
 * Whether anyone saw or spoke to the child alone (brief §4: "whether and by whom the child was seen
 * alone"). A statement that nobody did ("she was not seen on her own") also answers the question.
 */
export const SEEN_ALONE_VERBS: readonly string[] = [
  'seen', 'saw', 'see', 'sees', 'seeing', 'spoken to', 'spoke to', 'spoke with', 'speak to', 'speaking to', 'talked to', 'talked with',
  'talk to', 'talking to', 'met', 'meet', 'meets', 'meeting', 'interviewed', 'visited', 'asked', 'asking', 'ask', 'observed', 'heard',
];
export const SEEN_ALONE_ENDINGS: readonly string[] = [
  'alone', 'on his own', 'on her own', 'on their own', 'on my own', 'by himself', 'by herself', 'by themselves', 'separately',
  'one to one', 'one-to-one', '1:1', 'in private', 'privately', 'away from his*', 'away from her*', 'away from their*', 'away from the*',
  'without his mother', 'without her mother', 'without his father', 'without her father', 'without his parents', 'without her parents',
  'without their parents', 'without a parent', 'without his carer*', 'without her carer*', 'without their carer*',
];
/** Phrases that answer the question on their own ("time alone with the nurse"). */
export const SEEN_ALONE_PHRASES: readonly string[] = ['seen alone', 'seen on their own', 'time alone', 'conversations alone', 'sessions alone', 'visits alone', 'direct work alone'];

/** Signs that the child cannot speak for themselves, so the message asks for observations instead of words. */
export const NON_VERBAL_CUES: readonly string[] = [
  'baby', 'babies', 'infant*', 'newborn*', 'non-verbal', 'nonverbal', 'pre-verbal', 'preverbal', 'weeks old', 'months old', 'cannot tell us',
  'could not tell us', 'no speech', 'limited speech', 'communication difficult*',
];

// ---------------------------------------------------------------------------------------------
// good-practice and recommendation addressees
// ---------------------------------------------------------------------------------------------

/**
 * Practitioner roles (brief §2: "the health visitor", "the allocated social worker", "School 1's
 * Designated Safeguarding Lead"). Naming one says who acted.
 */
export const PRACTITIONER_ROLES: readonly string[] = [
  'social worker*', 'health visitor*', 'school nurse*', 'nurse*', 'midwi*', 'gp', 'gps', 'general practitioner*', 'doctor*', 'paediatrician*',
  'consultant*', 'psychiatrist*', 'psychologist*', 'therapist*', 'clinician*', 'dentist*', 'pharmacist*', 'paramedic*', 'teacher*',
  'headteacher*', 'head teacher*', 'teaching assistant*', 'class teacher*', 'senco*', 'designated safeguarding lead*', 'dsl', 'dsls',
  'deputy designated safeguarding lead*', 'designated nurse', 'designated doctor', 'named nurse', 'named doctor', 'safeguarding lead*',
  'police officer*', 'officer*', 'constable*', 'detective*', 'sergeant*', 'inspector*', 'call handler*', 'youth worker*', 'key worker*',
  'keyworker*', 'family support worker*', 'support worker*', 'outreach worker*', 'crisis worker*', 'early help worker*',
  'family liaison worker*', 'liaison officer*', 'idva', 'idvas', 'advocate*', 'lado', 'team manager*', 'service manager*',
  'practice manager*', 'manager*', 'supervisor*', 'director*', 'head of *', 'chair*', 'coordinator*', 'co-ordinator*', 'probation officer*',
  'housing officer*', 'attendance officer*', 'interpreter*', 'foster carer*', 'childminder*', 'nursery worker*', 'receptionist*',
  'health professional*', 'caseworker*', 'case worker*',
];

/**
 * Agencies, services and bodies (brief §6: "the Safeguarding Partnership", "the Integrated Care
 * Board", "Children's Social Care", "the Police", "Education (via the Partnership's education
 * subgroup)"). Acronyms whose built-in or configured expansion names a body (CAMHS, ICB, MASH)
 * count as well; the rules derive those from the glossary.
 */
export const AGENCY_TERMS: readonly string[] = [
  'partnership', 'safeguarding partners', 'board', 'panel', 'subgroup', 'sub-group', 'committee', 'business unit', 'review group',
  'working group', 'steering group', 'local authority', 'council', 'police', 'constabulary', 'police force', 'integrated care board',
  'integrated care system', 'nhs england', 'nhs trust', 'trust', 'hospital', 'hospitals', 'children’s social care', 'children’s services',
  'social care', 'adult social care', 'early help service', 'early help team', 'health visiting', 'health visiting service',
  'school nursing', 'midwifery', 'maternity service*', 'primary care', 'gp practice*', 'general practice', 'public health', 'education',
  'school', 'schools', 'nursery', 'nurseries', 'academy trust', 'multi-academy trust', 'youth justice', 'youth offending', 'probation',
  'probation service', 'housing', 'ambulance service', 'emergency department', 'minor injuries unit', 'pharmacy', 'pharmacies',
  'department for education', 'dfe', 'ofsted', 'home office', 'commissioner*', 'front door', 'mash', 'csc', 'icb', 'camhs', 'cdop',
  'yjs', 'yot', 'marac', 'nhs',
];

/**
 * Collective words that name nobody in particular (PRODUCT.md: "all agencies", "services",
 * "professionals", "staff" are not addressees). A team or service counts only when qualified by a
 * word not in this list ("the EHE team", "the perinatal mental health team", not "all teams").
 */
export const GENERIC_QUALIFIERS: readonly string[] = [
  'all', 'any', 'each', 'every', 'the', 'a', 'an', 'some', 'many', 'most', 'other', 'others', 'these', 'those', 'this', 'that', 'our',
  'their', 'its', 'his', 'her', 'relevant', 'partner', 'universal', 'statutory', 'frontline', 'front-line', 'local', 'key', 'agency',
  'agencies', 'multi-agency', 'different', 'various', 'between', 'across', 'among', 'amongst', 'with', 'to', 'for', 'by', 'from', 'in',
  'on', 'of', 'and', 'or', 'at', 'into', 'within', 'wider', 'involved', 'appropriate', 'specialist', 'both', 'several', 'such',
];
/** Nouns that name a body or a role once qualified ("the EHE team", "the school nursing service", "the nursery practitioner"). */
export const QUALIFIED_BODY_NOUNS: readonly string[] = [
  'team', 'teams', 'service', 'services', 'unit', 'units', 'staff', 'hub', 'department', 'clinic',
  'practitioner', 'practitioners', 'worker', 'workers', 'officer', 'officers', 'manager', 'managers',
];
/** Words an acronym's expansion ends with when it names a body (CAMHS → "… Services", MASH → "… Hub"). */
export const BODY_EXPANSION_ENDINGS: readonly string[] = [
  'service', 'services', 'care', 'board', 'hub', 'team', 'unit', 'department', 'panel', 'centre', 'center', 'lead', 'officer', 'visitor',
  'advocate', 'partnership', 'council', 'authority', 'trust', 'police', 'conference', 'practitioner', 'worker', 'nurse', 'clinic',
  'group',
];

/**
 * Concrete actions (brief §5: "saw Child B alone four times and recorded her words verbatim").
 * Effort or attitude ("worked hard", "was committed") is not an action.
 */
export const ACTION_VERBS: readonly string[] = [
  'saw', 'seen', 'visited', 'recorded', 'referred', 'made a referral', 'made a prompt referral', 'called', 'phoned', 'rang', 'wrote',
  'emailed', 'shared', 'escalated', 'asked', 'listened', 'noticed', 'checked', 'weighed', 'examined', 'measured', 'arranged', 'convened',
  'held', 'attended', 'assessed', 'completed', 'submitted', 'contacted', 'followed up', 'offered', 'provided', 'placed', 'spoke',
  'talked', 'challenged', 'liaised', 'identified', 'reported', 'informed', 'took', 'stayed', 'gave', 'advocated', 'explained',
  'obtained', 'sought', 'secured', 'organised', 'organized', 'invited', 'included', 'involved', 'alerted', 'notified', 'documented',
  'logged', 'kept', 'supported', 'accompanied', 'drove', 'collected', 'chased', 'persisted', 'revisited', 'reviewed', 'monitored',
  'tracked', 'flagged', 'raised', 'acted', 'responded', 'intervened', 'protected', 'removed', 'arrested', 'applied for', 'initiated',
  'started', 'set up', 'introduced', 'used', 'adapted', 'translated', 'interpreted', 'engaged', 'worked directly', 'met', 'sat with',
  'helped', 'treated', 'admitted', 'discharged', 'prescribed', 'screened', 'tested', 'queried', 'questioned', 'checked on',
  'followed', 'recognised', 'recognized', 'spotted', 'ensured', 'made sure', 'coordinated', 'co-ordinated', 'pursued', 'maintained',
  'built', 'established', 'requested', 'carried out', 'undertook', 'conducted', 'fed back', 'advised', 'signposted', 'noted',
  'photographed', 'reassured', 'insisted', 'drew up', 'put in place',
];

/**
 * Actions written as nouns, as good-practice bullets often are ("Prompt referral by the midwife",
 * "the health visitor's careful assessment"). They count when the role is the agent ("by …") or
 * the owner ("…'s").
 */
export const ACTION_NOUNS: readonly string[] = [
  'referral*', 'visit*', 'home visit*', 'assessment*', 'strategy discussion*', 'strategy meeting*', 'notification*', 'recording',
  'record*', 'escalation*', 'follow-up', 'follow up', 'challenge*', 'decision*', 'response*', 'direct work', 'check*', 'enquir*',
  'safety plan*', 'information sharing', 'liaison', 'advocacy', 'persistence', 'curiosity', 'body map*',
];

/** Good-practice claims with nothing behind them (brief §5). They never count as an example. */
export const GOOD_PRACTICE_STOCK_PHRASES: readonly string[] = [
  'all agencies worked hard',
  'agencies worked hard',
  'practitioners worked hard',
  'professionals worked hard',
  'everyone worked hard',
  'there was some good practice',
  'there was good practice',
  'there were examples of good practice',
  'examples of good practice were identified',
  'good practice was identified',
  'good practice was evident',
  'agencies worked well together',
  'professionals worked well together',
  'practitioners worked well together',
  'agencies were committed',
  'practitioners were committed',
  'professionals were committed',
  'staff were committed',
  'practitioners showed dedication',
  'all agencies were involved',
];

// ---------------------------------------------------------------------------------------------
// recommendation-format
// ---------------------------------------------------------------------------------------------

/**
 * Vague wording (PRODUCT.md, brief §6: "consider", "explore", "reflect on", "raise awareness",
 * "remind staff", "improve communication", "ensure lessons are learned"). Each is written as a
 * pattern source because several run across a clause ("communication … needs to improve").
 */
export const VAGUE_WORDING: readonly { label: string; source: string }[] = [
  { label: 'consider', source: String.raw`\bconsider(?:s|ed|ing|ation)?\b` },
  { label: 'explore', source: String.raw`\bexplor(?:e|es|ed|ing)\b` },
  { label: 'reflect on', source: String.raw`\breflect(?:s|ed|ing)? (?:up)?on\b` },
  { label: 'raise awareness', source: String.raw`\braise(?:s|d)? (?:\w+ )?awareness\b|\bawareness[- ]raising\b|\bawareness (?:\w+ ){0,3}?(?:be|is|are|was) raised\b` },
  { label: 'remind staff', source: String.raw`\bremind(?:s|ed|ing)? (?:all |relevant |frontline |front-line )?(?:staff|practitioners|professionals|workers|colleagues|teams)\b|\b(?:staff|practitioners|professionals|workers) (?:\w+ ){0,2}?(?:be|are|were) reminded\b` },
  { label: 'improve communication', source: String.raw`\bimprov(?:e|es|ed|ing) (?:\w+ )?communication\b|\bcommunication\b[^.;]{0,80}?\bimprov(?:e|es|ed|ing|ement)\b|\bbetter communication\b` },
  { label: 'lessons learned', source: String.raw`\blessons?\b[^.;]{0,40}?\blearn(?:ed|t|ing)?\b|\bensure (?:that )?(?:the )?(?:lessons|learning)\b` },
  { label: 'be mindful', source: String.raw`\bbe (?:more )?(?:mindful|aware) of\b` },
  { label: 'continue to', source: String.raw`\bcontinue to\b` },
];

/** Months and seasons, for timescales ("by March 2025", "by spring 2026"). */
export const MONTHS_AND_SEASONS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'winter',
];
/** Number words, for timescales and measures written out ("within three months", "two hundred practitioners"). */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eighteen', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred',
];
/** Time units for "within N units" and "every N units". */
export const TIME_UNITS: readonly string[] = ['day', 'days', 'working days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'term', 'terms'];
/** Recurring reporting that is itself a timescale. */
export const RECURRING_TIMESCALES: readonly string[] = ['quarterly', 'monthly', 'annually', 'yearly', 'bi-annually', 'biannually', 'six-monthly', 'every quarter', 'each quarter', 'every month', 'each month', 'every year', 'each year', 'every term', 'each term'];

/**
 * Evidence that change can be measured (brief §6: audit, data, training completion, revised
 * procedure reported to a board). Counts of people or cases are measured separately.
 */
export const MEASURE_TERMS: readonly string[] = [
  'audit*', 'dip-sampl*', 'dip sampl*', 'evidenced by', 'measured by', 'kpi', 'kpis', 'performance indicator*', 'performance data',
  'data on', 'data about', 'feedback data', 'attendance data', 'compliance', 'completion rate*', 'training completion', 'training figures',
  'training records', 'attendance figures', 'survey*', 'baseline', 'target of',
];
/**
 * Reporting to a named forum is a measure ("report the findings to the Partnership Board",
 * "compliance reported to the Partnership every quarter").
 */
export const REPORTING_SOURCE = String.raw`\breport(?:s|ed|ing)?\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:board|partnership|panel|committee|sub-?group|group|executive)\b`;
/** Nouns that make a number a measure ("30 cases", "200 practitioners"). */
export const COUNTED_NOUNS: readonly string[] = [
  'practitioners', 'staff', 'cases', 'case files', 'records', 'families', 'children', 'contacts', 'schools', 'referrals', 'sessions',
  'people', 'professionals', 'files', 'assessments', 'plans', 'visits', 'settings', 'managers', 'workers',
];

/** Table headers of a number column (PRODUCT.md: a table with a "No." column counts as numbered). */
export const NUMBER_COLUMN_HEADERS: readonly string[] = ['no', 'no.', 'number', '#', 'ref', 'ref.', 'reference', 'rec', 'rec.', 'rec no', 'rec no.', 'recommendation no', 'recommendation no.', 'recommendation number', 'item', 'id'];
/** Table headers of the column that says who acts. */
export const OWNER_COLUMN_HEADERS: readonly string[] = ['owner*', 'lead*', 'responsib*', 'accountab*', 'who', 'by whom', 'addressee*', 'agency', 'agencies', 'action owner*', 'lead agency'];
/** Table headers of the column that says by when. */
export const TIMESCALE_COLUMN_HEADERS: readonly string[] = ['timescale*', 'time scale*', 'timeframe*', 'time frame*', 'due', 'due date', 'deadline', 'by when', 'when', 'date', 'target date', 'completion*', 'complete by', 'target', 'review date', 'by'];
/** Table headers of the column that says how change will be evidenced. */
export const MEASURE_COLUMN_HEADERS: readonly string[] = ['measure*', 'evidence*', 'success*', 'outcome*', 'impact', 'how will*', 'kpi*'];
/** Labels inside an item that name its owner or due date ("Owner: Head of Health Visiting. Due: within two months."). */
export const OWNER_LABELS: readonly string[] = ['owner', 'action owner', 'lead', 'lead agency', 'lead officer', 'responsible', 'responsible agency', 'responsible officer', 'accountable', 'addressed to'];
export const DUE_LABELS: readonly string[] = ['due', 'due date', 'deadline', 'timescale', 'target date', 'completion date', 'by when', 'review date'];

// ---------------------------------------------------------------------------------------------
// Turning terms into patterns
// ---------------------------------------------------------------------------------------------

/** The rest of the word after a wildcard term ("safeguarding lead*" → "leads", "lead's"). */
const WILDCARD_REST = String.raw`[\p{L}\p{N}'’-]*`;

function termBody(term: string): string {
  return (term.endsWith('*') ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/ +/g, String.raw`\s+`);
}

/**
 * One alternation of the terms with word boundaries on both sides, longest terms first so that
 * "school nurse" wins over "school". Compiled once per list, at module load of the rule using it.
 * Neighbouring wildcard terms share one copy of the rest-of-word class ("(?:a|b)rest" tries exactly
 * what "arest|brest" tries, in the same order): under the i and u flags V8 compiles every copy of
 * that Unicode class afresh, and one per term made the list of roles and agencies take 40 ms to
 * compile — paid by every CLI run, and again in the editor whenever V8 has flushed the code.
 */
export function termsSource(terms: readonly string[]): string {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const alternatives: string[] = [];
  let wildcards: string[] = [];
  const closeWildcards = () => {
    if (wildcards.length === 1) alternatives.push(`${wildcards[0]}${WILDCARD_REST}`);
    else if (wildcards.length > 1) alternatives.push(`(?:${wildcards.join('|')})${WILDCARD_REST}`);
    wildcards = [];
  };
  for (const term of sorted) {
    if (term.endsWith('*')) wildcards.push(termBody(term));
    else {
      closeWildcards();
      alternatives.push(termBody(term));
    }
  }
  closeWildcards();
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

export function termsPattern(terms: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(termsSource(terms), flags);
}
