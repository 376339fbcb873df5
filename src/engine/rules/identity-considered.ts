import * as z from 'zod/mini';
import { checkMatcher, CONCEPT_MODEL } from '../data/themes';
import type { Evidence } from '../coverage/matcher';
import { groupParts } from '../coverage/model';
import { defineRule } from '../rule';

// Working Together 2023 asks reviews to understand the family's context, including race, culture
// and inequality (domain brief §10). What counts as considering identity is decided by the same
// concept model as theme coverage (theme-models.json, check "identity-considered"): a word of
// identity (race, ethnicity, culture, faith, language, disability) in the same sentence as
// considering it, or as saying why it was not relevant. The matcher is pure and per block, so the
// rule scans each block itself and the result is cached with the chunk.

const options = z.strictObject({
  minWords: z._default(z.int().check(z.minimum(0)), 150).check(z.describe('Drafts shorter than this many words are not judged: a skeleton has nothing to consider yet.')),
});

type Options = z.output<typeof options>;

const IDENTITY_WORDS = 'race, ethnicity, culture, religion, language or disability';

/** The check's words of identity: the first group of each of its combinations (the data lists the topic first). */
const IDENTITY_CONCEPTS = new Set(
  (CONCEPT_MODEL.checks.find((check) => check.id === 'identity-considered')?.evidence ?? []).flatMap((combination) => groupParts(combination.all[0]).any),
);

export const identityConsidered = defineRule<Options, Evidence>({
  meta: {
    id: 'identity-considered',
    defaultSeverity: 'info',
    category: 'content',
    fixable: false,
    description: "The review considers the child's and family's race, ethnicity, culture, religion, language or disability, or says why they were not relevant.",
  },
  options,
  scanBlock(block, { offsetOf }) {
    // Near misses too: a word of identity without any consideration of it ("a White British boy").
    return checkMatcher('identity-considered')
      .scanBlock(block, offsetOf)
      .filter((item) => !item.missing || item.concepts.some((concept) => IDENTITY_CONCEPTS.has(concept.id)));
  },
  check({ doc, items, options, report, childName }) {
    const counted = items.filter((item) => {
      const role = doc.sectionAt(item.start)?.section.role;
      return role !== 'glossary' && role !== 'references';
    });
    if (counted.some((item) => !item.missing)) return;
    const words = doc.blocks.reduce((sum, block) => sum + block.words, 0);
    if (words < options.minWords) return;
    const whose = `${childName === 'the child' ? "the child's" : `${childName}'s`} and the family's`;
    // An author who wrote "a White British boy" should not read that the draft never mentions
    // ethnicity. Only words of identity written as names are quoted: "a big black cloud" is a colour.
    const mention = counted.find((item) => item.missing && writtenAsName(doc.text, item));
    const findings = doc.section('findings');
    const at = findings?.heading ?? doc.headings[0];
    const start = at?.start ?? 0;
    const end = at ? at.end : Math.min(doc.text.length, start + 1);
    report({
      start,
      end: Math.max(end, start + 1),
      message: mention
        ? `The draft states ${quotedWords(mention)} (line ${doc.positionAt(mention.start).line}) but nowhere considers what ${whose} ${IDENTITY_WORDS} meant for their experience and the help they were offered, nor says why it was not relevant. Add that consideration (or why it did not matter).`
        : `The draft nowhere considers ${whose} ${IDENTITY_WORDS}, nor says why they were not relevant. Add how identity shaped their experience and the help they were offered (or why it did not).`,
    });
  },
});

/** The words of identity an item found, as written: "White British". */
function identityWords(item: Evidence): string[] {
  return item.concepts.filter((concept) => IDENTITY_CONCEPTS.has(concept.id)).flatMap((concept) => concept.words);
}

function quotedWords(item: Evidence): string {
  return identityWords(item).map((word) => `"${word}"`).join(' and ');
}

/** Whether every word of identity in the item starts with a capital and the first is not a sentence's first word ("a White British boy", "were Muslim"). */
function writtenAsName(text: string, item: Evidence): boolean {
  const words = identityWords(item);
  if (words.length === 0 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  let before = item.start - 1;
  while (before >= 0 && /[ \t]/.test(text[before])) before--;
  return before >= 0 && /[\p{L}\p{N},;]/u.test(text[before]);
}
