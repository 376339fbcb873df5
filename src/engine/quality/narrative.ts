// Narrative or analysis, one sentence at a time (domain brief §10, quality marker 13). A review's
// findings should say why things happened and what in the system made them likely; a findings
// section that is a chronology ("On 3 May the health visitor visited…") is the pattern national
// reviews of review quality keep finding.
//
// A sentence is judged by its structure, not by counting words:
// - explanatory: it gives a cause or consequence (a causal clause or connective: "because",
//   "which meant", "as a result"), draws an inference ("this suggests", "it is likely", "may have"),
//   speaks of the system and its conditions (thresholds, workload, culture, pressures) or speaks in
//   the reviewer's present tense about what happened ("This is…", "Practitioners need…"). A dated
//   sentence that explains ("Because the referral arrived on a Friday, …") is analysis.
// - narrative: it places an event in time (a date or "Two days later" at its start, or a date
//   anywhere in a sentence that reports an action) or reports who did what: an agent and a
//   past-tense action ("The GP referred…", "Child K was seen by…", "Her mother had moved…").
// - neutral: anything else (descriptions, states, quotations).
import { quotedSpans } from '../text/quotes';
import { splitSentences, type SentenceSpan } from '../text/sentences';

export type SentenceKind = 'narrative' | 'explanatory' | 'neutral';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const COUNT = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|some|many)`;
const UNIT = String.raw`(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)`;
const PART_OF_DAY = String.raw`(?:day|morning|afternoon|evening|night|weekend|week|month|year|summer|autumn|winter|spring|term|half-term)`;
const SEASON = String.raw`(?:spring|summer|autumn|winter|Spring|Summer|Autumn|Winter)`;

/** A calendar date or time anywhere: "3 March", "March 2022", "12/03/2022", "2021", "at 10am", "on Friday". */
const DATE_ANYWHERE = new RegExp(
  [
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`,
    String.raw`\b${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
    String.raw`\b(?:in|during|by|until|from|early|late|mid)[ -](?:${SEASON}\s+(?:of\s+)?)?(?:19|20)\d\d\b`,
    String.raw`\b(?:in|by|during|until|from|of|early|late|mid)[ -](?:${MONTH})\b`,
    String.raw`\b(?:on|by|that|the following|the next|last)\s+${WEEKDAY}\b`,
    String.raw`\bat\s+\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|hours)\b`,
    String.raw`\b${COUNT}\s+${UNIT}\s+(?:later|after(?:wards)?|before)\b`,
    String.raw`\b(?:the\s+(?:same|next|following|previous)|that|later that)\s+${PART_OF_DAY}\b`,
  ].join('|'),
  '',
);

/**
 * A sentence that opens by placing itself in time: a date or time phrase, "Two days later",
 * "The following week", "Later,", "Shortly afterwards", "When Child K was six weeks old".
 */
const DATED_OPENING = new RegExp(
  '^' +
    String.raw`(?:(?:Then|Later|However|Subsequently|Meanwhile|Next|Finally|Again|Also|Separately),?\s+)?` +
    '(?:' +
    [
      String.raw`(?:On|By|In|At|During|From|Until|Before|After|Between|Throughout|Over|Around|Early in|Late in|In early|In late|In mid|By the end of|At the end of|At the start of|At the beginning of|In the (?:middle|summer|autumn|winter|spring) of)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH}|${WEEKDAY}|(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|${SEASON}|\d{1,2}(?:st|nd|rd|th)\b)`,
      String.raw`(?:On|By|From|Over|During|Until)\s+(?:the\s+)?(?:same|next|following|previous|that)\s+${PART_OF_DAY}\b`,
      String.raw`At\s+\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|hours)\b`,
      String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`,
      String.raw`${MONTH}\s+(?:19|20)\d\d\b`,
      String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
      String.raw`(?:${COUNT}|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A few|Some)\s+${UNIT}\s+(?:later|after(?:wards)?|on)\b`,
      String.raw`(?:The|That|Later that|Earlier that|The same|The next|The following|The previous|Over the (?:next|following))\s+(?:few\s+)?${PART_OF_DAY}s?\b`,
      String.raw`(?:Later|Afterwards|Shortly afterwards|Shortly after(?:wards)?|Soon after(?:wards)?|Soon afterwards|That day|The day after|Within\s+(?:hours|days|weeks|a day|a week|the hour))\b`,
      String.raw`When\s+(?:[A-Z][\p{L}’']*(?:\s+[A-Z][\p{L}’']*)?|he|she|they)\s+(?:was|were|turned)\s+(?:${COUNT}|\d{1,2})\s+(?:days?|weeks?|months?|years?)(?:\s+old)?\b`,
      String.raw`At\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|visit|appointment|conference|discussion|review|contact|consultation|assessment)\s+(?:on|in)\b`,
    ].join('|') +
    ')',
  'u',
);

// Cause, consequence and purpose: the reasons an event happened or what followed from it.
// This and the next two are matched against lower-cased text (see classifySentence).
// "since" counts only when it is not followed by a time ("since March", "since then", "since birth").
const CAUSAL = new RegExp(
  [
    String.raw`\bbecause\b`,
    String.raw`\bsince\s+(?!(?:then|birth|early|late|the\s+(?:start|end|beginning|summer|autumn|winter|spring|age|time)|${MONTH.toLowerCase()}|(?:19|20)\d\d|\d|last|that\s+(?:day|time|point)))`,
    String.raw`\bas a (?:result|consequence)\b`,
    String.raw`\b(?:consequently|therefore|thus|hence)\b`,
    String.raw`\bso that\b`,
    String.raw`\bmeant\b(?!\s+to\b)`,
    String.raw`\bmeaning that\b`,
    String.raw`\b(?:led|leading|leads) to\b`,
    String.raw`\b(?:resulted|resulting|results) in\b`,
    String.raw`\b(?:contributed|contributing|contributes) to\b`,
    String.raw`\b(?:due|owing) to\b`,
    String.raw`\bthe (?:reasons?|cause|causes|effect|effects|impact|consequence|consequences) (?:of|for|why|was|were|is|are)\b`,
    String.raw`\b(?:explains?|explained|explaining|explanation)\b`,
    String.raw`\bwhy\b`,
    String.raw`\bunderl(?:ying|ies|ay)\b`,
    String.raw`\bmade it (?:more |less )?(?:likely|unlikely|harder|easier|difficult|impossible|hard|easy)\b`,
    String.raw`\bwhat made\b`,
    String.raw`\bin the absence of\b`,
    String.raw`\bin order to\b`,
    String.raw`\bwithout (?:a|an|any)\s+(?:shared|clear|agreed|single|common|formal)\b`,
  ].join('|'),
  '',
);

// Inference and the reviewer's judgement: what the events suggest, how likely an explanation is.
const INFERENTIAL = new RegExp(
  [
    String.raw`\b(?:it|this) (?:is|was|seems|seemed|appears|appeared) (?:likely|unlikely|probable|possible|clear|understandable|significant|striking|important|notable)\b`,
    String.raw`\b(?:is|are|was|were) (?:more |less )?(?:likely|unlikely) (?:that|to)\b`,
    String.raw`\b(?:suggests?|suggested|suggesting|indicates?|indicated|indicating|implies|implied|shows?|showed|demonstrates?|demonstrated|illustrates?|illustrated|highlights?|highlighted) (?:that|how|what|why)\b`,
    String.raw`\b(?:this|which|that|it|these) (?:suggests?|suggested|indicates?|indicated|shows?|showed|demonstrates?|demonstrated|illustrates?|illustrated|highlights?|highlighted)\b`,
    String.raw`\b(?:reflects?|reflected|reflecting) (?:a|an|the|that|how|what|wider|both|their|his|her)\b`,
    String.raw`\b(?:tells|told) us\b`,
    // Practitioners' and families' reflections given to the review are its evidence for why.
    String.raw`\b(?:told|explained to|described to|said to) the review(?:er)?\b`,
    String.raw`\b(?:may|might|could|would) (?:well |not |also |only )?have\b`,
    String.raw`\b(?:probably|perhaps|possibly|arguably|understandably|inevitably)\b`,
    String.raw`\bin hindsight\b`,
    String.raw`\bwith hindsight\b`,
    String.raw`\bthe review (?:found|finds|considers|considered|concluded|concludes|heard|learned|learnt|identified|identifies|thinks|believes|recognises|recognised|accepts|judges|judged)\b`,
    String.raw`\b(?:a|this|that) (?:pattern|theme|dynamic|tension|gap|mindset|assumption|bias|missed opportunity|recurring)\b`,
  ].join('|'),
  '',
);

// The system and its conditions: the "what made it likely" of a finding.
const SYSTEMIC = new RegExp(
  [
    String.raw`\b(?:the|a|wider|whole|local|multi-agency|safeguarding) system(?:s)?\b`,
    String.raw`\bsystemic\b`,
    String.raw`\bpressures?\b`,
    String.raw`\bculture\b`,
    String.raw`\b(?:workloads?|caseloads?)\b`,
    String.raw`\bthresholds?\b`,
    String.raw`\bcapacity\b`,
    String.raw`\b(?:staffing|vacancies|turnover|agency staff)\b`,
    String.raw`\blearning\b(?!\s+(?:mentor|support|disabilit|difficult|needs|assistant))`,
    String.raw`\blessons? (?:for|learned|learnt|from|about)\b`,
    String.raw`\b(?:organisational|structural|professional) (?:context|norms?|barriers?|factors?)\b`,
    String.raw`\bhuman factors\b`,
    String.raw`\b(?:the )?conditions (?:at the time|in which|that)\b`,
  ].join('|'),
  '',
);

// The reviewer speaking in the present about what happened or how the system works ("This is a
// pattern…", "Practitioners need…", "There is no shared…"): the tense of analysis, not of a chronology.
const PRESENT_ANALYSIS = new RegExp(
  String.raw`^(?:(?:However|Importantly|Crucially|Here|Again|Equally|Overall|In practice),?\s+)?(?:(?:This|That|These|Those|Such|It|There|What|Both|Neither|None)\s+(?:\p{L}+\s+)?(?:is|are|has|have|does|do|remains?|matters|needs?|reflects?|shows?|seems?|appears?)\b|(?:Practitioners|Professionals|Agencies|Services|Families|Parents|Children|Workers|Staff|Teams|Schools|Managers|Midwives|Health visitors|Social workers|GPs|Police officers)\s+(?:\p{L}+\s+)?(?:are|need|have|do|find|tend|rely|can|cannot|can't|may|often|rarely|seldom|usually|struggle|work|see|describe|told the review|say)\b)`,
  'u',
);

// Who did what: a subject and a past-tense action near the start of the clause ("The GP referred",
// "Child K's mother had moved", "She was seen by", "Police officers attended").
const IRREGULAR_PAST = String.raw`(?:saw|told|made|went|took|gave|rang|wrote|met|sent|held|found|left|came|spoke|brought|became|began|kept|sought|heard|knew|put|set|said|did|ran|fell|drove|paid|read|taught|caught|bought|chose|withdrew|undertook|overtook|arose|got|lost|sat|stood|slept|woke|ate|hit|hurt|shut|let|led)`;
const AGENT_PAST_ACTION = new RegExp(
  String.raw`^(?:(?:Then|Later|Subsequently|Meanwhile|Next|Finally|Again|Also|Separately|Instead|Eventually|Initially|At first|Once again),?\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,6}?(?:(?:had|was|were|then|also|again|later|subsequently|duly|eventually|initially|promptly|immediately|quickly|not|never)\s+){0,2}(?:\p{L}{2,}ed|${IRREGULAR_PAST}|seen|taken|given|written|sent|told|made|brought|held|found|spoken|known|shown)\b`,
  'u',
);
// "The mother was anxious": a state, not an action. "The flat was small." A passive or active event
// needs a participle or a past verb after the auxiliary; a copula and an adjective do not report an action.
const COPULA_STATE = /^(?:[\p{L}\p{N}’'-]+\s+){0,6}?(?:was|were)\s+(?:not\s+|very\s+|often\s+|always\s+|still\s+|also\s+){0,2}(?!\p{L}{2,}ed\b|seen|taken|given|written|told|made|brought|held|found|spoken|known|shown|sent)\p{L}+/u;

// A word every match of CAUSAL, INFERENTIAL or SYSTEMIC contains. Most sentences of a chronology
// contain none, and a set lookup per word is far cheaper than trying ~50 alternatives at every
// position (test/unit/rules/analysis-depth.test.ts checks each pattern's examples get through).
const CUE_WORDS = new Set(
  (
    'because since result consequence consequences consequently therefore thus hence so meant meaning led leading leads resulted resulting results ' +
    'contributed contributing contributes due owing reason reasons cause causes effect effects impact explain explains explained explaining explanation why ' +
    'underlying underlies underlay made what absence order without likely unlikely probable possible clear understandable significant striking important notable ' +
    'suggest suggests suggested suggesting indicate indicates indicated indicating implies implied show shows showed demonstrate demonstrates demonstrated ' +
    'illustrate illustrates illustrated highlight highlights highlighted reflect reflects reflected reflecting tells told described said may might could would ' +
    'probably perhaps possibly arguably understandably inevitably hindsight review pattern theme dynamic tension gap mindset assumption bias missed recurring ' +
    'system systems systemic pressure pressures culture workload workloads caseload caseloads threshold thresholds capacity staffing vacancies turnover agency ' +
    'learning lesson lessons organisational structural professional human conditions'
  ).split(' '),
);

// Which of the three patterns a word can take part in: every match of each holds one of its own
// words, bounded by characters outside a–z (keep these lists with the patterns when either changes;
// analysis-depth.test.ts sends an example of every kind through). A sentence then runs only the
// patterns its words allow, and only past the gate above, so the verdicts are those of the gate
// above alone.
const ANY_CUE = 1;
const CAUSAL_CUE = 2;
const INFERENTIAL_CUE = 4;
const SYSTEMIC_CUE = 8;
export const CUE_WORDS_BY_PATTERN = {
  causal:
    'because since result consequence consequences consequently therefore thus hence so meant meaning led leading leads resulted resulting results ' +
    'contributed contributing contributes due owing reason reasons cause causes effect effects impact explain explains explained explaining explanation why ' +
    'underlying underlies underlay made absence order without',
  inferential:
    'likely unlikely probable possible clear understandable significant striking important notable suggest suggests suggested suggesting indicate ' +
    'indicates indicated indicating implies implied show shows showed demonstrate demonstrates demonstrated illustrate illustrates illustrated highlight ' +
    'highlights highlighted reflect reflects reflected reflecting tells told explained described said may might could would probably perhaps possibly ' +
    'arguably understandably inevitably hindsight review pattern theme dynamic tension gap mindset assumption bias missed recurring',
  systemic:
    'system systems systemic pressure pressures culture workload workloads caseload caseloads threshold thresholds capacity staffing vacancies turnover ' +
    'agency learning lesson lessons organisational structural professional human conditions',
};
const CUE_BITS = new Map<string, number>();
for (const word of CUE_WORDS) CUE_BITS.set(word, ANY_CUE);
for (const [words, bit] of [
  [CUE_WORDS_BY_PATTERN.causal, CAUSAL_CUE],
  [CUE_WORDS_BY_PATTERN.inferential, INFERENTIAL_CUE],
  [CUE_WORDS_BY_PATTERN.systemic, SYSTEMIC_CUE],
] as const) {
  for (const word of words.split(' ')) CUE_BITS.set(word, (CUE_BITS.get(word) ?? 0) | bit);
}
const ALL_CUES = ANY_CUE | CAUSAL_CUE | INFERENTIAL_CUE | SYSTEMIC_CUE;
// For each first letter, the lengths of the cue words that start with it (bit n: length n), so
// most words are passed over without being cut out of the sentence and looked up.
const CUE_LENGTHS = new Int32Array(26);
for (const word of CUE_BITS.keys()) CUE_LENGTHS[word.charCodeAt(0) - 97] |= 1 << Math.min(word.length, 31);
const NOT_ASCII = -1;

/**
 * The cue bits of the runs of a–z in `text.toLowerCase()`, read in place (splitting allocated
 * every word). Upper-case A–Z reads as lower case, which is what lower-casing does to ASCII text;
 * any other character gives NOT_ASCII (lower-casing it may change the runs), for the caller to
 * lower-case the text and ask again.
 */
function cueBits(text: string, ascii: boolean): number {
  const length = text.length;
  let bits = 0;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if (code < 97 || code > 122) {
      if (ascii && code >= 128) return NOT_ASCII;
      i++;
      continue;
    }
    const start = i;
    const first = code - 97;
    for (;;) {
      if (++i >= length) break;
      code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code += 32;
      if (code < 97 || code > 122) break;
    }
    const size = i - start;
    if (size > 31 || !((CUE_LENGTHS[first] >>> size) & 1)) continue;
    bits |= CUE_BITS.get(ascii ? text.slice(start, i).toLowerCase() : text.slice(start, i)) ?? 0;
    if (bits === ALL_CUES) break;
  }
  return bits;
}

/** Whether the sentence gives a cause, draws an inference or speaks of the system (matched on its lower case). */
function explains(text: string): boolean {
  let bits = cueBits(text, true);
  let lower: string | undefined;
  if (bits === NOT_ASCII) bits = cueBits((lower = text.toLowerCase()), false);
  if (!(bits & ANY_CUE)) return false;
  lower ??= text.toLowerCase();
  return (bits & CAUSAL_CUE && CAUSAL.test(lower)) || (bits & INFERENTIAL_CUE && INFERENTIAL.test(lower)) || (bits & SYSTEMIC_CUE && SYSTEMIC.test(lower)) ? true : false;
}

const PAST_AUXILIARY = /\b(?:was|were|had)\b/;

// A paragraph number is layout, not part of the sentence ("4.1 On 12 January …", "(b) The GP …").
const PARAGRAPH_NUMBER = /^(?:\d{1,2}(?:\.\d{1,3})+\.?|\(?[a-z]\)|\(\d{1,2}\))\s+/;
// A frame that only announces what follows ("It is important to note that …", "It should be noted
// that …", "The review notes that …"): the sentence is what its "that" clause says. Frames that
// judge ("The review found that …", "This suggests that …") are inferences and stay.
const NOTING_FRAME =
  /^(?:(?:Finally|Also|Further(?:more)?|In addition|Secondly|Thirdly|Lastly),?\s+)?(?:it (?:is|was) (?:also )?(?:important|worth|relevant|necessary|helpful) (?:to )?(?:note|noting|record|recording|mention|mentioning|say|saying|highlight|highlighting|add|adding)|it (?:should|must) (?:also )?be (?:noted|recorded|mentioned|said)|it (?:is|was) (?:also )?(?:noted|recorded)|the (?:review|reviewer|panel|chronology|record|records) (?:also )?(?:notes?|noted|records?|recorded|observes?|observed|mentions?)|(?:the )?(?:[a-z'’-]+ ){0,2}?(?:records?|notes|chronology|file|minutes) (?:also )?(?:show|shows|showed|indicate|indicates|indicated|confirm|confirms|confirmed|state|states|stated))\s+that\s+/i;

/** The sentence without a paragraph number at its start (the test runs only where one may be). */
function withoutNumber(text: string): string {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 40 ? text.replace(PARAGRAPH_NUMBER, '') : text;
}

/** Classifies one sentence. */
export function classifySentence(sentence: string): SentenceKind {
  let text = withoutNumber(sentence.trim());
  // Every frame ends in "that" within its first few words: most sentences are passed over by one search.
  const that = text.indexOf(' that ');
  const frame = that >= 0 && that < 64 ? NOTING_FRAME.exec(text) : null;
  if (frame) text = text.slice(frame[0].length);
  if (text === '') return 'neutral';
  // Matched on the lower-cased text without the i and u flags: several times faster in V8, and
  // these patterns need neither (every sentence of a long draft goes through them).
  if (explains(text)) return 'explanatory';
  if (PRESENT_ANALYSIS.test(text)) return 'explanatory';
  if (DATED_OPENING.test(text)) return 'narrative';
  if (reportsAction(text)) return 'narrative';
  // The cheap test first: most sentences that get this far have neither.
  if (PAST_AUXILIARY.test(text) && DATE_ANYWHERE.test(text)) return 'narrative';
  return 'neutral';
}

/** An action comes before any "was + adjective" state: "Staff noticed that he was hungry", not "The flat was small". */
function reportsAction(text: string): boolean {
  const action = AGENT_PAST_ACTION.exec(text);
  if (!action) return false;
  const state = COPULA_STATE.exec(text);
  return !state || state[0].length > action[0].length;
}

export interface SentenceTally {
  sentences: number;
  narrative: number;
  explanatory: number;
}

/**
 * Counts the kinds of a block's sentences. A sentence that is mostly a quotation is someone else's
 * words (a record, a family member): it is neither the review's narrative nor its analysis.
 */
export function tallySentences(text: string, spans: readonly SentenceSpan[] = splitSentences(text)): SentenceTally {
  const tally: SentenceTally = { sentences: 0, narrative: 0, explanatory: 0 };
  const quotes = quotedSpans(text);
  let neutral = 0;
  let datedPresent = 0;
  for (const span of spans) {
    if (quotes.length > 0 && mostlyQuoted(quotes, span.start, span.end)) continue;
    const sentence = text.slice(span.start, span.end);
    const kind = classifySentence(sentence);
    tally.sentences++;
    if (kind === 'narrative') {
      tally.narrative++;
      if (datedPresent < 2 && isDatedPresent(sentence)) datedPresent++;
    } else if (kind === 'explanatory') tally.explanatory++;
    else neutral++;
  }
  // A chronology told in the historic present ("On Friday 14 June Child H goes to school … The
  // teacher asks her about it"): once two dated sentences of the paragraph are in the present, its
  // other sentences that neither explain nor are quoted tell the same story.
  if (datedPresent >= 2) tally.narrative += neutral;
  return tally;
}

// Matched on the lower-cased sentence, without the u flag (a word ending in "-ed" is tested apart).
const PAST_WORD = new RegExp(String.raw`\b(?:was|were|had|did|${IRREGULAR_PAST}|seen|taken|given|written|sent|told|made|brought|held|found|spoken|known|shown)\b`);
const ED_WORD = /[a-z]{2}ed\b/;

/** A sentence that opens with a date or time and has no past-tense verb: the historic present. */
function isDatedPresent(sentence: string): boolean {
  const text = withoutNumber(sentence.trim());
  if (!DATED_OPENING.test(text)) return false;
  const lower = text.toLowerCase();
  return !ED_WORD.test(lower) && !PAST_WORD.test(lower);
}

/** Whether at least half of the characters in [start, end) lie inside quotation spans. */
export function mostlyQuoted(quotes: readonly [number, number][], start: number, end: number): boolean {
  let inside = 0;
  for (const [from, to] of quotes) {
    if (to <= start || from >= end) continue;
    inside += Math.min(to, end) - Math.max(from, start);
  }
  return inside * 2 >= end - start;
}
