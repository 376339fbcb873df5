import * as z from 'zod/mini';
import { defineRule } from '../rule';
import { isSectionEmpty, proseBlocks, rememberedForSection } from '../sections/content';
import type { Glossary } from '../data/glossary';
import { TextMemo } from '../text/text-memo';
import {
  ACTION_NOUNS,
  ACTION_VERBS,
  GOOD_PRACTICE_STOCK_PHRASES,
  termsPattern,
  termsSource,
} from '../data/content-cues';
// Who acts is shared with the recommendations extract, which asks the same of a recommendation's subject.
import { findActors } from '../text/actors';

/** Replaces each match of the pattern with spaces, so indices stay valid and the phrase counts for nothing. */
export function blankOut(text: string, pattern: RegExp, found?: string[]): string {
  return text.replace(pattern, (phrase) => {
    found?.push(phrase);
    return ' '.repeat(phrase.length);
  });
}

// Sentences end at . ! or ? followed by a space and a capital, digit or opening quote; good enough
// for prose where a sentence is the unit that ties an actor to an action.
const SENTENCE_BREAK = /(?<=[.!?])["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;

export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let offset = 0;
  for (const part of text.split(SENTENCE_BREAK)) {
    const start = text.indexOf(part, offset);
    out.push({ text: part, start });
    offset = start + part.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const ACTION = termsPattern(ACTION_VERBS);
const ACTION_NOUN = termsPattern(ACTION_NOUNS);
// "the health visitor's careful assessment": the role owns the action.
const OWNED_ACTION = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?${termsSource(ACTION_NOUNS)}`, 'iu');
const STOCK = termsPattern(GOOD_PRACTICE_STOCK_PHRASES);
// An actor right after one of these is an object or a place ("referred to CAMHS", "at school"), not the one acting.
const PLACE_OR_OBJECT_BEFORE = /(?:^|[^\p{L}])(?:to|at|from|in|into|with|for|about|of|on|attended|attending|joined|left|missed)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/iu;
const POSSESSIVE_END = /['’]s$/u;
const OWNED_BY_POSSESSIVE = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?${termsSource(ACTION_NOUNS)}`, 'iu');
// A passive auxiliary right before the action ("was monitored", "were not seen", "had been shared").
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:was|were|is|are|been|being|be)\s+(?:(?:not|also|then|closely|regularly|promptly|quickly|always|never|routinely|all|both)\s+)?(?:\p{L}+ed\s+(?:and|or)\s+)?$/iu;
// The action must follow its actor closely ("The police officer who attended in August checked on
// both children"), not be any verb later in a long sentence about something else.
const MAX_WORDS_TO_ACTION = 12;
// "seen alone by the school nurse": a passive action whose agent follows "by".
const AGENT_BEFORE = /(?:^|[^\p{L}])by\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}$/iu;

/** Whether a sentence says that a named role or agency did something concrete. */
export function namesConcreteAction(sentence: string, glossary: Glossary): boolean {
  const actions = [...sentence.matchAll(ACTION)];
  const nouns = [...sentence.matchAll(ACTION_NOUN)];
  if (actions.length === 0 && nouns.length === 0) return false;
  for (const actor of findActors(sentence, glossary)) {
    const before = sentence.slice(Math.max(0, actor.index - 60), actor.index);
    if (AGENT_BEFORE.test(before) && [...actions, ...nouns].some((action) => action.index < actor.index)) return true;
    // "the midwife's referral": the actor may have been matched with its possessive.
    const after = sentence.slice(actor.end, actor.end + 60);
    if (OWNED_ACTION.test(after) || (POSSESSIVE_END.test(actor.text) && OWNED_BY_POSSESSIVE.test(after))) return true;
    if (PLACE_OR_OBJECT_BEFORE.test(before)) continue;
    // "His school attendance was monitored": an actor before a passive with no "by" is what was
    // acted on (or only a word in its subject), not the one who acted.
    if (actions.some((action) => action.index >= actor.end && wordsBetween(sentence, actor.end, action.index) <= MAX_WORDS_TO_ACTION && !PASSIVE_BEFORE.test(sentence.slice(Math.max(0, action.index - 30), action.index)))) return true;
  }
  return false;
}

function wordsBetween(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export const goodPractice = defineRule({
  meta: {
    id: 'good-practice',
    defaultSeverity: 'warning',
    category: 'content',
    fixable: false,
    description: 'The good-practice section names at least one concrete action by a named practitioner role or agency, not only "all agencies worked hard".',
  },
  options: z.strictObject({
    minExamples: z._default(z.int().check(z.minimum(1)), 1).check(z.describe('How many sentences must name a role or agency and what it did.')),
  }),
  check({ doc, options, shared, report, childName }) {
    for (const match of doc.sectionsWithRole('good-practice')) {
      // An empty or near-empty section is empty-section's finding; saying it twice helps nobody.
      if (isSectionEmpty(doc, match)) continue;
      // Reading the section is most of the rule's time: what it found is remembered until the
      // section changes (the glossary is the engine's, the same for every lint of its chunks).
      const texts = proseBlocks(doc, match).map((block) => block.text);
      const { examples, stock } = rememberedForSection(doc, match, 'good-practice', [String(options.minExamples), ...texts], () => {
        let examples = 0;
        const stock: string[] = [];
        for (const blockText of texts) {
          const reading = readBlock(blockText, shared.glossary);
          for (const phrase of reading.stock) stock.push(phrase);
          examples += reading.examples;
          if (examples >= options.minExamples) break;
        }
        return { examples, stock };
      });
      if (examples >= options.minExamples) continue;
      const child = childName === 'the child' ? 'the child' : childName;
      const found =
        examples === 0
          ? 'does not name anything a practitioner or agency actually did'
          : `names only ${examples} concrete action${examples === 1 ? '' : 's'} (at least ${options.minExamples} expected)`;
      const stockNote = stock.length > 0 ? ` "${capitalise(stock[0].trim())}" is not evidence of good practice.` : '';
      report({
        start: match.heading.start,
        end: doc.lineEnd(match.heading.line),
        message:
          `The "${match.heading.text}" section ${found}.${stockNote} Add an example that names the role or agency, what they did and why it helped ` +
          `(e.g. "The school nurse saw ${child} alone, recorded the words verbatim and wrote to the GP the same day").`,
        data: { sectionId: match.section.id },
      });
    }
  },
});

/**
 * A block's concrete examples (sentences naming who did what) and the stock phrases blanked out
 * before looking, remembered by text and glossary: an edit anywhere in a long section made the
 * section's reading be redone, and with it every block's.
 */
function readBlock(blockText: string, glossary: Glossary): BlockReading {
  return BLOCK_READINGS.get(blockText, glossary, readBlockAfresh);
}

interface BlockReading {
  examples: number;
  stock: readonly string[];
}

function readBlockAfresh(blockText: string, glossary: Glossary): BlockReading {
  const stock: string[] = [];
  const text = blankOut(blockText, STOCK, stock);
  let examples = 0;
  for (const sentence of sentencesOf(text)) if (namesConcreteAction(sentence.text, glossary)) examples++;
  return { examples, stock };
}

const BLOCK_READINGS = new TextMemo<BlockReading>(20_000);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
