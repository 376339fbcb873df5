import * as z from 'zod/mini';
import { defineRule } from '../rule';
import { countWords, isSectionEmpty, proseBlocks } from '../sections/content';
import {
  ADULT_SPEAKERS,
  ADULT_SPEECH_VERBS,
  CHILD_SUBJECT_PATTERN_SOURCE,
  DAILY_LIFE_CUES,
  NON_VERBAL_CUES,
  SEEN_ALONE_ENDINGS,
  SEEN_ALONE_PHRASES,
  SEEN_ALONE_VERBS,
  SPEECH_VERBS,
  VOICE_STOCK_PHRASES,
  termsPattern,
  termsSource,
} from '../data/content-cues';
import { blankOut } from './good-practice';

const STOCK = termsPattern(VOICE_STOCK_PHRASES);
const CUE_GROUPS: readonly [string, RegExp][] = Object.entries(DAILY_LIFE_CUES).map(([group, terms]) => [group, termsPattern(terms, 'iu')]);
const NON_VERBAL = termsPattern(NON_VERBAL_CUES, 'iu');

// "he told the teaching assistant", "Child S herself said", not "he was told": up to three words
// may stand between the child and the verb, but no auxiliary that makes the child the one spoken to.
const BETWEEN_WORDS = String.raw`(?:\s+(?!(?:was|were|is|are|been|being|be|had|has)\b)[\p{L}’'-]+){0,3}?`;
const CHILD_SPEAKS = new RegExp(`${CHILD_SUBJECT_PATTERN_SOURCE}${BETWEEN_WORDS}\\s+${termsSource(SPEECH_VERBS)}`, 'u');
const ADULT_SPEAKS = new RegExp(`${termsSource(ADULT_SPEAKERS)}${BETWEEN_WORDS}\\s+${termsSource(ADULT_SPEECH_VERBS)}`, 'iu');
const QUOTATION = /“([^”]{2,})”|"([^"\n]{2,})"/gu;
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I'm|I’m|I'd|I’d|I've|I’ve|me|my|mine|myself)(?![\p{L}'’])/u;
const SEEN_ALONE = new RegExp(
  `${termsSource(SEEN_ALONE_VERBS)}(?:\\s+[\\p{L}\\p{N}’'-]+){0,6}?\\s+${termsSource(SEEN_ALONE_ENDINGS)}|${termsSource(SEEN_ALONE_PHRASES)}`,
  'iu',
);

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

/** Whether a quotation is the child's: in the first person and not introduced by an adult ("her mother said"). */
function hasChildQuotation(text: string): boolean {
  for (const match of text.matchAll(QUOTATION)) {
    const quoted = match[1] ?? match[2];
    if (!FIRST_PERSON.test(quoted)) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', match.index), text.lastIndexOf('\n', match.index), 0);
    const lead = text.slice(sentenceStart, match.index);
    if (ADULT_SPEAKS.test(lead) && !CHILD_SPEAKS.test(lead)) continue;
    return true;
  }
  return false;
}

function gatherEvidence(texts: readonly string[]): VoiceEvidence {
  const evidence: VoiceEvidence = { words: 0, childWords: false, cueGroups: new Set(), seenAlone: false, stockPhrases: [], nonVerbal: false, he: 0, she: 0 };
  for (const raw of texts) {
    // Stock phrases count against the section: their words are not counted and their cue words
    // ("wishes", "happy") are not evidence.
    const text = blankOut(raw, STOCK, evidence.stockPhrases);
    evidence.words += countWords(text);
    if (!evidence.childWords) evidence.childWords = CHILD_SPEAKS.test(text) || hasChildQuotation(text);
    if (!evidence.seenAlone) evidence.seenAlone = SEEN_ALONE.test(text);
    if (!evidence.nonVerbal) evidence.nonVerbal = NON_VERBAL.test(text);
    for (const [group, pattern] of CUE_GROUPS) if (!evidence.cueGroups.has(group) && pattern.test(text)) evidence.cueGroups.add(group);
    evidence.he += (text.match(/\b(?:he|him|his|himself)\b/giu) ?? []).length;
    evidence.she += (text.match(/\b(?:she|her|hers|herself)\b/giu) ?? []).length;
  }
  return evidence;
}

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
  check({ doc, options, report, childName }) {
    for (const match of doc.sectionsWithRole('voice-of-child')) {
      // A missing section is required-section's finding, an empty one empty-section's.
      if (isSectionEmpty(doc, match)) continue;
      const evidence = gatherEvidence(proseBlocks(doc, match).map((block) => block.text));
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
      const ask = missing.length > 0 ? ` Add ${joinList(missing)}.` : ` Say more about what ${child.name} said and did, an ordinary day, and who saw ${child.object} alone.`;
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
