import * as z from 'zod/mini';
import { defineRule } from '../rule';
import { isSectionEmpty, proseBlocks, rememberedForSection } from '../sections/content';
import { countWords } from '../text/count';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import type { TextBlock } from '../parse/markdown';
import { childPseudonyms } from '../text/pseudonyms';
import { BoundedMap } from '../text/text-memo';
import {
  ADULT_SPEAKERS,
  ADULT_SPEECH_VERBS,
  ADULTS_AROUND_THE_CHILD,
  CHILD_SUBJECT_PATTERN_SOURCE,
  DAILY_LIFE_CUES,
  NON_VERBAL_CUES,
  PROCESS_NOUNS,
  PROCESS_VERBS,
  SEEN_ALONE_ENDINGS,
  SEEN_ALONE_PHRASES,
  SEEN_ALONE_VERBS,
  SPEECH_VERBS,
  VOICE_STOCK_PHRASES,
  termsPattern,
  termsSource,
} from '../data/content-cues';

const STOCK = termsPattern(VOICE_STOCK_PHRASES);
const CUE_GROUPS: readonly [string, RegExp][] = Object.entries(DAILY_LIFE_CUES).map(([group, terms]) => [group, termsPattern(terms, 'iu')]);
const NON_VERBAL = termsPattern(NON_VERBAL_CUES, 'iu');
const PROCESS_VERB = termsPattern(PROCESS_VERBS, 'iu');
// The clause's subject is the process: "The strategy meeting discussed …", "Agencies agreed …".
const PROCESS_SUBJECT = new RegExp(`^(?:the |a |an |this |that |each |every |all |several |multi-agency |strategy |professionals' )*(?:[\\p{L}-]+ ){0,2}?${termsSource(PROCESS_NOUNS)}`, 'iu');
// "her mother", "Child K's teacher": the person, not the child.
const ADULT_AROUND = new RegExp(`^\\s*${termsSource(ADULTS_AROUND_THE_CHILD)}`, 'iu');

// "he told the teaching assistant", "Child S herself said", not "he was told": up to three words
// may stand between the child and the verb, but no auxiliary that makes the child the one spoken to.
const BETWEEN_WORDS = String.raw`(?:\s+(?!(?:was|were|is|are|been|being|be|had|has)\b)[\p{L}’'-]+){0,3}?`;
const CHILD_SPEAKS = new RegExp(`${CHILD_SUBJECT_PATTERN_SOURCE}${BETWEEN_WORDS}\\s+${termsSource(SPEECH_VERBS)}`, 'u');
const CHILD_SPEAKS_ALL = new RegExp(CHILD_SPEAKS.source, 'gu');
const ADULT_SPEAKS = new RegExp(`${termsSource(ADULT_SPEAKERS)}${BETWEEN_WORDS}\\s+${termsSource(ADULT_SPEECH_VERBS)}`, 'iu');
const QUOTATION = /“([^”]{2,})”|"([^"\n]{2,})"/gu;
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I'm|I’m|I'd|I’d|I've|I’ve|me|my|mine|myself)(?![\p{L}'’])/u;
const SEEN_ALONE = new RegExp(
  `${termsSource(SEEN_ALONE_VERBS)}(?:\\s+[\\p{L}\\p{N}’'-]+){0,6}?\\s+${termsSource(SEEN_ALONE_ENDINGS)}|${termsSource(SEEN_ALONE_PHRASES)}`,
  'iu',
);
// Where one clause ends and the next begins within a sentence: punctuation, and the words that open
// a clause. "who"/"which" are left in: "a baby who settled quickly" keeps the baby with what she did.
const CLAUSE_BREAK = /[,;:()–—]|\s(?:and|but|because|when|while|although|though|whereas|so|that|until|after|before|if)\s/giu;
// A clause that opens with one of these has its own subject; any other (e.g. "smiled at familiar
// faces" after "a baby who settled quickly,") shares the subject of the clause before it.
const OWN_SUBJECT = /^(?:the|a|an|this|that|these|those|his|her|their|its|my|our|he|she|they|it|we|i|no|nobody|no one|none|every|each|all|some|most|staff|\p{Lu})/u;

/** Who the child is in this section: the words that name them, and which pronouns are theirs. */
interface ChildReferences {
  /** The draft's pseudonyms, allowed names (pseudonyms chosen with the family) and nouns such as "the baby". */
  names: RegExp;
  /** The child's pronouns: "she" or "he" forms; "they" when the section gives no gender. */
  gender: 'female' | 'male' | 'they';
}

/** Which person a pronoun of each gender stands for at this point of the section: the last one named as a subject. */
interface Salience {
  female: 'child' | 'adult';
  male: 'child' | 'adult';
}

const CHILD_NOUNS = String.raw`(?:the|a|this) (?:child|baby|infant|young person|boy|girl|teenager|toddler)`;
const PRONOUN = /(?<![\p{L}\p{N}'’])(?:(he|him|his|himself)|(she|her|hers|herself)|(they|them|their|themselves))(?![\p{L}\p{N}'’])/giu;
const FEMALE_ADULTS = ['mother', 'mum', 'mummy', 'grandmother', 'nan', 'nana', 'grandma', 'aunt', 'auntie', 'stepmother', 'step-mother', 'girlfriend', 'sister'];
const MALE_ADULTS = ['father', 'dad', 'daddy', 'grandfather', 'grandad', 'uncle', 'stepfather', 'step-father', 'boyfriend', 'brother'];
const FEMALE_ADULT = new RegExp(termsSource(FEMALE_ADULTS), 'iu');
const MALE_ADULT = new RegExp(termsSource(MALE_ADULTS), 'iu');
// A clause whose subject is a relative of the child: "His mother told …", "The grandmother said …".
const ADULT_SUBJECT = new RegExp(`^(?:(?:his|her|their|the|a|[\\p{L}\\p{N} ]+['’]s)\\s+)?(?:maternal |paternal )?${termsSource([...FEMALE_ADULTS, ...MALE_ADULTS])}`, 'iu');

function childReferences(facts: readonly TextFacts[], childName: string, allowNames: ReadonlySet<string>): ChildReferences & { source: string } {
  const names = new Set<string>();
  if (childName !== 'the child') names.add(childName);
  for (const fact of facts) for (const name of fact.pseudonyms) names.add(name);
  // Allowed names are pseudonyms chosen with the family ("Kai"); a capitalised one may be the child.
  for (const name of allowNames) if (/^[\p{L}' -]+$/u.test(name)) names.add(name);
  const alternatives = [...names].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`));
  alternatives.push(CHILD_NOUNS);
  let source = `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`;
  // The same source as last time is that very string: the texts' remembered readings are found by it.
  if (source === lastNameSource) source = lastNameSource;
  else lastNameSource = source;
  const namePattern = new RegExp(source, 'giu');
  // The child's gender from sentences that open by naming the child ("Child K told her teacher …"),
  // up to the first relative they name; else from the pronouns the section uses most.
  let he = 0;
  let she = 0;
  let heAll = 0;
  let sheAll = 0;
  for (const fact of facts) {
    let counts = fact.pronouns.get(source);
    if (!counts) fact.pronouns.set(source, (counts = pronounCounts(fact, namePattern)));
    he += counts[0];
    she += counts[1];
    heAll += counts[2];
    sheAll += counts[3];
  }
  if (he + she === 0) [he, she] = [heAll, sheAll];
  return { names: namePattern, gender: he > she ? 'male' : she > he ? 'female' : 'they', source };
}

let lastNameSource = '';

/** One text's pronouns: [he, she] in sentences that open by naming the child (before any relative), and [he, she] in all. */
function pronounCounts(fact: TextFacts, namePattern: RegExp): [number, number, number, number] {
  const { text } = fact;
  let he = 0;
  let she = 0;
  let heAll = 0;
  let sheAll = 0;
  for (const sentence of fact.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    // Where the child is named and the first relative is, read only for a sentence with a pronoun.
    let first: RegExpExecArray | null | undefined;
    let adult = 0;
    for (const match of body.matchAll(PRONOUN)) {
      if (match[1]) heAll++;
      if (match[2]) sheAll++;
      if (first === undefined) {
        namePattern.lastIndex = 0;
        first = namePattern.exec(body);
        adult = Math.min(...[FEMALE_ADULT.exec(body)?.index, MALE_ADULT.exec(body)?.index].map((index) => index ?? body.length));
      }
      if (first?.index !== 0 || match.index > adult) continue;
      if (match[1]) he++;
      if (match[2]) she++;
    }
  }
  return [he, she, heAll, sheAll];
}

function pronounGender(match: RegExpExecArray): 'female' | 'male' | 'they' {
  return match[1] ? 'male' : match[2] ? 'female' : 'they';
}

/** Whether a pronoun stands for the child: theirs by gender, and no relative of that gender named as a subject since. */
function pronounIsChild(match: RegExpExecArray, child: ChildReferences, salience: Salience): boolean {
  const gender = pronounGender(match);
  if (gender !== child.gender) return false;
  return gender === 'they' || salience[gender] === 'child';
}

/**
 * Whether a clause names the child or uses their pronoun — not as the owner of an adult ("her
 * mother said", "Child K's teacher"), who is then the one the clause is about.
 */
function mentionsChild(clause: string, child: ChildReferences, salience: Salience): boolean {
  child.names.lastIndex = 0;
  for (let match = child.names.exec(clause); match; match = child.names.exec(clause)) {
    if (/['’]s$/iu.test(match[0]) && ADULT_AROUND.test(clause.slice(match.index + match[0].length))) continue;
    return true;
  }
  for (const match of clause.matchAll(PRONOUN)) {
    if (!pronounIsChild(match, child, salience)) continue;
    if (/^(?:his|her|their)$/iu.test(match[0]) && ADULT_AROUND.test(clause.slice(match.index + match[0].length))) continue;
    return true;
  }
  return false;
}

/** Whether the clause opens with the child as its subject ("She agreed to see the nurse alone", "Child K told …"). */
function startsWithChild(opener: string, child: ChildReferences, salience: Salience): boolean {
  child.names.lastIndex = 0;
  const name = child.names.exec(opener);
  if (name && name.index === 0 && !/['’]s$/u.test(name[0])) return true;
  PRONOUN.lastIndex = 0;
  const pronoun = PRONOUN.exec(opener);
  return pronoun !== null && pronoun.index === 0 && /^(?:he|she|they)$/iu.test(pronoun[0]) && pronounIsChild(pronoun, child, salience);
}

/**
 * The child speaking in a clause ("she told her teacher …", "What Child A told us about a school
 * day: …"), but not what a denied clause says nobody heard ("No practitioner recorded what she
 * said", "nobody asked how she felt"): that names the words as missing.
 */
function childSpeaksIn(clause: string): boolean {
  for (const match of clause.matchAll(CHILD_SPEAKS_ALL)) {
    const before = clause.slice(0, match.index);
    if (!(WH_BEFORE.test(before.slice(-10)) && DENIED.test(before))) return true;
  }
  return false;
}

const WH_BEFORE = /(?:^|[^\p{L}])(?:what|how|whether|if|why|whatever)\s+$/iu;
const DENIED = /(?:^|[^\p{L}])(?:no|not|never|nobody|none|neither|nor|without)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

function aboutProcess(clause: string): boolean {
  PROCESS_VERB.lastIndex = 0;
  return PROCESS_SUBJECT.test(clause) || PROCESS_VERB.test(clause) || NOMINAL_PROCESS.test(clause);
}

// A process named by a noun and a passive with no agent: "Consideration was given to Child S's
// sleep", "Attention was paid to her routine", "Emphasis was placed on his wishes". What was
// considered is the child's, but the clause is about what the agencies did.
const NOMINAL_PROCESS = /^(?:(?:and|but|so)\s+)?(?:(?:some|little|careful|particular|full|due|further|close|no|more)\s+)?(?:consideration|attention|thought|regard|weight|focus|emphasis|priority)\s+(?:was|were|is|are|has been|had been|have been)\s+(?:\p{L}+ly\s+)?(?:given|paid|placed|afforded|put)\s+(?:to|on)\b/iu;

// Whether a clause has a verb of its own. "his routines" in "Meetings discussed his wishes, his
// routines and his presentation at nursery" has none: it is part of the clause around it, and is
// about what that clause is about (here, the meetings).
const VERB = /(?<![\p{L}])(?:[\p{L}]{2,}ed|is|was|were|are|am|be|been|has|had|have|did|does|do|can|could|will|would|should|may|might|must|said|says|told|tells|saw|sees|ate|eats|went|goes|came|comes|took|takes|got|gets|felt|feels|made|makes|left|kept|knew|knows|thought|wrote|writes|drew|draws|spoke|speaks|slept|sleeps|sat|likes|loves|wants|hates|plays|cries|talks|lives|walks|needs|seems|became|ran|fell|hid|woke|wakes|shows|showed|wears|wore|brought|found|began|spent|sent|fed|held|heard|let|put|read)(?![\p{L}])/iu;

const CONNECTIVE = /^(?:and|but|because|when|while|although|though|whereas|so|that|until|after|before|if)\s+/iu;

interface SectionReading {
  /** Clauses about the child, in order. */
  clauses: string[];
  /** A first-person quotation that is the child's (not introduced as an adult's words). */
  childQuote: boolean;
  /** A verb of speaking that shares the child as subject with the clause before ("Child K was asked … and said that …"). */
  childSpeaks: boolean;
}

// A clause that opens with a verb of speaking has no subject of its own: "… and said that she did".
const SPEECH_OPENS = new RegExp(`^${termsSource(SPEECH_VERBS)}(?![\\p{L}])`, 'iu');

/** Reads one block of the section: its clauses about the child and the child's quotations. `salience` carries on from the blocks before. */
function readAboutTheChild(text: string, sentences: readonly SentenceSpan[], child: ChildReferences, salience: Salience, out: SectionReading): void {
  // Who spoke the last quotation with a speaker: a quotation standing alone after it goes on in that
  // voice ("“He was a happy boy,” his mother said. “I would have known.”").
  let speaker: SpeakerState = 'unknown';
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const quotes = quotesTheChild(body, child, salience, speaker);
    speaker = quotes.speaker;
    if (quotes.child) out.childQuote = true;
    const clauses: { text: string; opener: string; verb: boolean; about?: boolean }[] = [];
    let from = 0;
    for (const to of [...[...body.matchAll(CLAUSE_BREAK)].map((match) => match.index), body.length]) {
      const clause = body.slice(from, to).trim();
      from = to;
      if (clause.length > 0) clauses.push({ text: clause, opener: clause.replace(CONNECTIVE, ''), verb: VERB.test(clause) });
    }
    let previousAbout: boolean | undefined;
    let previousChildSubject = false;
    for (const clause of clauses) {
      const adultSubject = ADULT_SUBJECT.exec(clause.opener);
      if (adultSubject) salience[FEMALE_ADULT.test(adultSubject[0]) ? 'female' : 'male'] = 'adult';
      if (!clause.verb) continue;
      // "Child K was asked whether she felt safe and said that she did": the second verb shares the child as subject.
      if (previousChildSubject && clause.opener !== clause.text && SPEECH_OPENS.test(clause.opener)) out.childSpeaks = true;
      // The child as subject ("She agreed to see the nurse alone") is about the child whatever the verb.
      const childSubject = !adultSubject && startsWithChild(clause.opener, child, salience);
      previousChildSubject = childSubject || (previousChildSubject && !OWN_SUBJECT.test(clause.opener));
      clause.about = childSubject || (mentionsChild(clause.text, child, salience) ? !aboutProcess(clause.text) : !OWN_SUBJECT.test(clause.opener) && previousAbout === true);
      child.names.lastIndex = 0;
      if (child.gender !== 'they' && (childSubject || child.names.test(clause.text))) salience[child.gender] = 'child';
      previousAbout = clause.about;
    }
    // A clause with no verb belongs to the nearest clause that has one, before it or else after it
    // (two linear passes: a sentence of thousands of verbless fragments must not be quadratic).
    let before: boolean | undefined;
    const nearestBefore = clauses.map((clause) => (clause.about !== undefined ? (before = clause.about) : before));
    let after: boolean | undefined;
    for (let index = clauses.length - 1; index >= 0; index--) {
      const clause = clauses[index];
      if (clause.about !== undefined) {
        after = clause.about;
        continue;
      }
      clause.about = nearestBefore[index] ?? after ?? (mentionsChild(clause.text, child, salience) && !aboutProcess(clause.text));
    }
    for (const clause of clauses) if (clause.about) out.clauses.push(clause.text);
  }
}

/**
 * Whether a sentence quotes the child in the first person: not introduced by an adult ("her
 * mother said"), nor by a pronoun that stands for one ("His mother … She said: “I …”").
 */
function quotesTheChild(sentence: string, child: ChildReferences, salience: Salience, before: SpeakerState): { child: boolean; speaker: SpeakerState } {
  let speaker = before;
  let childQuote = false;
  for (const match of sentence.matchAll(QUOTATION)) {
    const quoted = match[1] ?? match[2];
    const lead = sentence.slice(0, match.index).trim();
    const tail = sentence.slice(match.index + match[0].length).trim();
    const attribution = lead.length > 0 ? lead : tail.replace(/^[,.!?\s]+/u, '');
    // A quotation with nobody named goes on in the voice of the one before it. Whose voice that is
    // is read only when a first-person quotation needs it (most quotations are not).
    if (attribution.length > 0) speaker = { attribution, salience: { ...salience } };
    if (!FIRST_PERSON.test(quoted)) continue;
    if (typeof speaker !== 'string') speaker = speakerOf(speaker.attribution, child, speaker.salience);
    if (speaker !== 'adult') childQuote = true;
  }
  return { child: childQuote, speaker };
}

type Speaker = 'adult' | 'unknown';
/** A speaker, or the words that name one, read when needed (with the salience of their sentence). */
type SpeakerState = Speaker | { attribution: string; salience: Salience };

/** Whether the words around a quotation give it to an adult ("his mother told the review", "She said" after "His mother …"). */
function speakerOf(attribution: string, child: ChildReferences, salience: Salience): Speaker {
  if (ADULT_SPEAKS.test(attribution) && !CHILD_SPEAKS.test(attribution)) return 'adult';
  const opener = attribution.replace(CONNECTIVE, '');
  if (ADULT_SUBJECT.test(opener)) return 'adult';
  PRONOUN.lastIndex = 0;
  const pronoun = PRONOUN.exec(opener);
  if (pronoun && pronoun.index === 0 && !pronounIsChild(pronoun, child, salience)) return 'adult';
  return 'unknown';
}

/** What a voice-of-the-child section shows, gathered block by block. */
interface VoiceEvidence {
  words: number;
  childWords: boolean;
  cueGroups: Set<string>;
  seenAlone: boolean;
  stockPhrases: string[];
  nonVerbal: boolean;
  he: number;
  she: number;
}

/**
 * What one block's text gives the section, whatever the blocks around it: remembered by text
 * (bounded), with what depends on the section (the child's names, their gender, who "she" stood
 * for before it) kept by that context. A keystroke in a long voice-of-the-child section then
 * reads again only the block it changed, and those after it only if the context changed.
 */
interface TextFacts {
  /** The text with its stock phrases blanked out. */
  text: string;
  stockPhrases: string[];
  sentences: readonly SentenceSpan[];
  /** The child pseudonyms it names, in order. */
  pseudonyms: string[];
  nonVerbal: boolean;
  he: number;
  she: number;
  /** countWords(text), once asked. */
  words?: number;
  /** pronounCounts by name-pattern source. */
  pronouns: Map<string, [number, number, number, number]>;
  /** Its reading by name-pattern source, then by gender and the salience before it. */
  readings: Map<string, Map<string, BlockReading>>;
}

interface BlockReading {
  childQuote: boolean;
  /** Some clause about the child has them speak (CHILD_SPEAKS). */
  childSpeaks: boolean;
  seenAlone: boolean;
  /** Daily-life cue groups some clause about the child shows. */
  groups: string[];
  /** Salience after the block. */
  salience: Salience;
}

const TEXT_FACTS = new BoundedMap<string, TextFacts>(20_000);

function textFacts(raw: string): TextFacts {
  let facts = TEXT_FACTS.get(raw);
  if (facts) return facts;
  // Stock phrases count against the section: their words are not counted and their cue words
  // ("wishes", "happy") are not evidence.
  const stockPhrases: string[] = [];
  const text = raw.replace(STOCK, (phrase) => {
    stockPhrases.push(phrase);
    return ' '.repeat(phrase.length);
  });
  let he = 0;
  let she = 0;
  // One pass for both: each whole word is one or the other or neither.
  for (const match of text.matchAll(HE_OR_SHE)) {
    if (match[1] !== undefined) he++;
    else she++;
  }
  facts = {
    text,
    stockPhrases,
    sentences: splitSentences(text),
    pseudonyms: childPseudonyms(text).map(({ name }) => name),
    nonVerbal: NON_VERBAL.test(text),
    he,
    she,
    pronouns: new Map(),
    readings: new Map(),
  };
  TEXT_FACTS.set(raw, facts);
  return facts;
}

function readBlock(fact: TextFacts, child: ChildReferences & { source: string }, salience: Salience): BlockReading {
  let bySource = fact.readings.get(child.source);
  if (!bySource) fact.readings.set(child.source, (bySource = new Map()));
  const context = `${child.gender} ${salience.female} ${salience.male}`;
  let reading = bySource.get(context);
  if (reading) return reading;
  const after: Salience = { ...salience };
  const section: SectionReading = { clauses: [], childQuote: false, childSpeaks: false };
  readAboutTheChild(fact.text, fact.sentences, child, after, section);
  reading = { childQuote: section.childQuote, childSpeaks: section.childSpeaks, seenAlone: false, groups: [], salience: after };
  for (const clause of section.clauses) {
    if (!reading.childSpeaks) reading.childSpeaks = childSpeaksIn(clause);
    if (!reading.seenAlone) reading.seenAlone = SEEN_ALONE.test(clause);
    for (const [group, pattern] of CUE_GROUPS) if (!reading.groups.includes(group) && pattern.test(clause)) reading.groups.push(group);
  }
  bySource.set(context, reading);
  return reading;
}

function gatherEvidence(blocks: readonly TextBlock[], childName: string, allowNames: ReadonlySet<string>): VoiceEvidence {
  const evidence: VoiceEvidence = { words: 0, childWords: false, cueGroups: new Set(), seenAlone: false, stockPhrases: [], nonVerbal: false, he: 0, she: 0 };
  const facts = blocks.map((block) => textFacts(block.text));
  for (const fact of facts) evidence.stockPhrases.push(...fact.stockPhrases);
  const child = childReferences(facts, childName, allowNames);
  let salience: Salience = { female: 'child', male: 'child' };
  facts.forEach((fact, index) => {
    const block = blocks[index];
    // A block without stock phrases outside a quotation has had its words counted at parse time.
    evidence.words += fact.text === block.text && !block.inQuote ? block.words : (fact.words ??= countWords(fact.text));
    if (!evidence.nonVerbal) evidence.nonVerbal = fact.nonVerbal;
    // Only what is said about the child is evidence of their life: cue words in a clause about a
    // meeting or an adult are not.
    // Once the section has shown everything the rule asks for, the rest need not be read.
    if (evidence.childWords && evidence.seenAlone && evidence.cueGroups.size >= CUE_GROUPS.length) return;
    const reading = readBlock(fact, child, salience);
    salience = reading.salience;
    if (reading.childQuote || reading.childSpeaks) evidence.childWords = true;
    if (reading.seenAlone) evidence.seenAlone = true;
    for (const group of reading.groups) evidence.cueGroups.add(group);
    evidence.he += fact.he;
    evidence.she += fact.she;
  });
  return evidence;
}

const HE_OR_SHE = /\b(?:(he|him|his|himself)|she|her|hers|herself)\b/giu;

interface ChildWords {
  name: string;
  possessive: string;
  object: string;
  subject: string;
}

function childWords(childName: string, evidence: VoiceEvidence): ChildWords {
  const possessive = childName === 'the child' ? "the child's" : `${childName}'s`;
  if (evidence.he >= 2 && evidence.he > 2 * evidence.she) return { name: childName, possessive, object: 'him', subject: 'he' };
  if (evidence.she >= 2 && evidence.she > 2 * evidence.he) return { name: childName, possessive, object: 'her', subject: 'she' };
  return { name: childName, possessive, object: 'them', subject: 'they' };
}

function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
}

export const childVoice = defineRule({
  meta: {
    id: 'child-voice',
    defaultSeverity: 'warning',
    category: 'content',
    fixable: false,
    description:
      "The voice-of-the-child section shows the child's own words (quoted or reported) or, for babies and non-verbal children, what practitioners observed; an ordinary day; and who saw the child alone.",
  },
  options: z.strictObject({
    minWords: z._default(z.int().check(z.minimum(0)), 100).check(z.describe('Fewer words of substance than this (stock phrases excluded) is token.')),
    minDailyLifeCues: z
      ._default(z.int().check(z.minimum(1)), 2)
      .check(z.describe('How many different aspects of daily life or observation (sleep, food, school, play, feelings, weight, crying …) an account needs.')),
  }),
  check({ doc, options, report, childName, shared }) {
    for (const match of doc.sectionsWithRole('voice-of-child')) {
      // A missing section is required-section's finding, an empty one empty-section's.
      if (isSectionEmpty(doc, match)) continue;
      // Reading the section is most of the rule's time: its evidence is remembered until the section changes.
      const blocks = proseBlocks(doc, match);
      const texts = blocks.map((block) => block.text);
      const evidence = rememberedForSection(doc, match, 'child-voice', [childName, String(shared.allowNames.size), ...shared.allowNames, ...texts], () => gatherEvidence(blocks, childName, shared.allowNames));
      const enoughCues = evidence.cueGroups.size >= options.minDailyLifeCues;
      const short = evidence.words < options.minWords;
      // Brief §4: token when short, or when there are no words of the child, no account of daily
      // life and nothing on being seen alone. Observations alone suffice for a baby (rapid review of
      // "Baby M": feeding, crying, weight, who held him, and no quotes at all).
      const noEvidence = !evidence.childWords && !enoughCues && !evidence.seenAlone;
      if (!short && !noEvidence) continue;

      const child = childWords(childName, evidence);
      const missing: string[] = [];
      const verbal = !evidence.nonVerbal && !childName.startsWith('Baby');
      if (verbal && !evidence.childWords) missing.push(`what ${child.name} said, in ${child.subject === 'they' ? 'their' : child.subject === 'he' ? 'his' : 'her'} own words (quoted or reported) and to whom`);
      if (!enoughCues) {
        missing.push(
          verbal
            ? `what an ordinary day was like for ${child.object} (sleep, food, school or nursery, friends and play, who looked after ${child.object})`
            : `what practitioners observed of ${child.possessive} day (feeding, sleep, crying, weight, how ${child.subject} responded to the adults caring for ${child.object})`,
        );
      }
      if (!evidence.seenAlone) missing.push(`whether anyone saw ${missing.length === 0 && child.object === 'them' ? child.name : child.object} alone, and how often`);

      const heading = `The "${match.heading.text}" section`;
      const lead = short
        ? `${heading} is token: only ${evidence.words} word${evidence.words === 1 ? '' : 's'} of substance (at least ${options.minWords} expected).`
        : `${heading} is token: it has no words of ${child.name}, no account of daily life and nothing on being seen alone.`;
      // A baby or a child who does not speak is known by what was observed, not by what they said.
      const more = verbal
        ? `what ${child.name} said and did, an ordinary day, and who saw ${child.object} alone`
        : `what practitioners observed of ${child.possessive} day, how ${child.subject} responded to the adults caring for ${child.object}, and who saw ${child.object} alone`;
      const ask = missing.length > 0 ? ` Add ${joinList(missing)}.` : ` Say more about ${more}.`;
      const stock = evidence.stockPhrases.length > 0 ? ` Replace "${evidence.stockPhrases[0].trim()}" with what was actually seen or heard.` : '';
      report({
        start: match.heading.start,
        end: doc.lineEnd(match.heading.line),
        message: lead + ask + stock,
        data: { sectionId: match.section.id },
      });
    }
  },
});
