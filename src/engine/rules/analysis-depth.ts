import * as z from 'zod/mini';
import { defineRule, type ScanItem } from '../rule';
import { isSectionEmpty } from '../sections/content';
import { tallySentences, type SentenceTally } from '../quality/narrative';
import { findingUnits } from '../quality/findings';
import { blockSentences } from '../text/block-text';

interface BlockTally extends ScanItem, SentenceTally {}

/** Blocks whose sentences are the review's own prose: not headings, tables, block quotes or bold pseudo-headings. */
function isOwnProse(block: { kind: string; inQuote: boolean; emphasisOnly: boolean }): boolean {
  return block.kind === 'paragraph' && !block.inQuote && !block.emphasisOnly;
}

function sumTallies(items: readonly BlockTally[], start: number, end: number): SentenceTally {
  const total: SentenceTally = { sentences: 0, narrative: 0, explanatory: 0 };
  for (const item of items) {
    if (item.start < start || item.start >= end) continue;
    total.sentences += item.sentences;
    total.narrative += item.narrative;
    total.explanatory += item.explanatory;
  }
  return total;
}

function sentencesWord(count: number): string {
  return `${count} sentence${count === 1 ? '' : 's'}`;
}

export const analysisDepth = defineRule({
  meta: {
    id: 'analysis-depth',
    defaultSeverity: 'warning',
    // A rapid review gathers facts in fifteen working days; its learning is a first view, not the analysis a local review owes.
    severityByTemplate: { 'rapid-review': 'info' },
    category: 'content',
    fixable: false,
    description: 'A finding (or a findings section without sub-findings) that narrates events — dates, who did what — without explaining why it happened or what in the system made it likely.',
  },
  options: z.strictObject({
    maxNarrativeShare: z
      ._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5)
      .check(z.describe('A finding is narrative when more than this share of its sentences retell events (dated, or someone did something).')),
    minExplanatoryShare: z
      ._default(z.number().check(z.minimum(0), z.maximum(1)), 0.2)
      .check(z.describe('…and fewer than this share of its sentences explain why (cause, inference, the system and its conditions).')),
    minSentences: z._default(z.int().check(z.minimum(1)), 5).check(z.describe('Findings shorter than this many sentences are not judged.')),
  }),
  scanBlock(block) {
    if (!isOwnProse(block)) return [];
    const tally = tallySentences(block.text, blockSentences(block));
    if (tally.sentences === 0) return [];
    return [{ start: block.start, end: block.end, ...tally }];
  },
  check({ doc, options, items, report }) {
    // Every analysis section, second matches included: "Key practice episodes" followed by
    // "Analysis" are both the template's findings section.
    const matches = doc.matches.filter((match) => match.section.role === 'analysis' && !isSectionEmpty(doc, match));
    const explains = (tally: SentenceTally) => tally.sentences > 0 && tally.explanatory / tally.sentences >= options.minExplanatoryShare;
    for (const match of matches) {
      for (const unit of findingUnits(doc, match)) {
        const tally = sumTallies(items, unit.start, unit.end);
        if (tally.sentences < options.minSentences) continue;
        const narrativeShare = tally.narrative / tally.sentences;
        if (narrativeShare <= options.maxNarrativeShare || explains(tally)) continue;
        // A draft may tell the episodes in one section and analyse them in another: an undivided
        // narrative section is fine when another analysis section of the draft does explain.
        if (!unit.headed && matches.some((other) => other !== match && explains(sumTallies(items, other.bodyStart, other.end)))) continue;
        const name = unit.title === match.heading.text ? `The "${unit.title}" section` : `Finding "${unit.title}"`;
        const howMany = tally.explanatory === 0 ? 'none explains' : `only ${tally.explanatory === 1 ? 'one explains' : `${tally.explanatory} explain`}`;
        report({
          start: unit.labelStart,
          end: unit.labelEnd,
          message:
            `${name} retells events (${tally.narrative} of ${sentencesWord(tally.sentences)}) but does not say why they happened or what in the system made them likely (${howMany}). ` +
            'Add the reasons: what practitioners knew and were weighing at the time, and the conditions (procedures, thresholds, workload, culture, how agencies work together) that made it likely to happen again.',
          data: { sectionId: match.section.id, narrative: String(tally.narrative), explanatory: String(tally.explanatory), sentences: String(tally.sentences) },
        });
      }
    }
  },
});
