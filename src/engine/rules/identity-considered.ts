import * as z from 'zod/mini';
import { checkMatcher } from '../data/themes';
import type { Evidence } from '../coverage/matcher';
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
    return checkMatcher('identity-considered')
      .scanBlock(block, offsetOf)
      .filter((item) => !item.missing);
  },
  check({ doc, items, options, report, childName }) {
    const counted = items.filter((item) => {
      const role = doc.sectionAt(item.start)?.section.role;
      return role !== 'glossary' && role !== 'references';
    });
    if (counted.length > 0) return;
    const words = doc.blocks.reduce((sum, block) => sum + block.words, 0);
    if (words < options.minWords) return;
    const findings = doc.section('findings');
    const at = findings?.heading ?? doc.headings[0];
    const start = at?.start ?? 0;
    const end = at ? at.end : Math.min(doc.text.length, start + 1);
    report({
      start,
      end: Math.max(end, start + 1),
      message: `The draft nowhere considers ${childName === 'the child' ? "the child's" : `${childName}'s`} and the family's ${IDENTITY_WORDS}, nor says why they were not relevant. Add how identity shaped their experience and the help they were offered (or why it did not).`,
    });
  },
});
