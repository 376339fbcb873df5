import * as z from 'zod/mini';
import { defineRule } from '../rule';
import type { DocHeading } from '../document';
import { firstIndexWhere } from '../text/search';
import { DEFAULT_LONG_SENTENCE_WORDS, readabilityBySection, type LongSentence } from '../quality/readability';

const AGENCY_ROLES = new Set(['recommendations', 'actions']);

/**
 * The heading that starts on the line, found by binary search (headings are in document order):
 * looked up for each hard-to-read section, a pass over every heading each time grew with the
 * square of a long draft's sections.
 */
function headingOnLine(headings: readonly DocHeading[], line: number): DocHeading | undefined {
  const heading = headings[firstIndexWhere(headings.length, (index) => headings[index].line >= line)];
  return heading?.line === line ? heading : undefined;
}

export const readability = defineRule({
  meta: {
    id: 'readability',
    defaultSeverity: 'info',
    category: 'language',
    fixable: false,
    description: 'Sentences and sections too hard for a family member to read: the longest sentences of a section, and sections with low reading ease.',
  },
  options: z.strictObject({
    longSentenceWords: z
      ._default(z.int().check(z.minimum(10)), DEFAULT_LONG_SENTENCE_WORDS)
      .check(z.describe('A sentence with more words than this counts as very long in the per-section figures.')),
    reportSentenceWords: z
      ._default(z.int().check(z.minimum(10)), 55)
      .check(z.describe('Only sentences with more words than this are reported, the longest first.')),
    maxPerSection: z._default(z.int().check(z.minimum(0)), 2).check(z.describe('At most this many sentences are reported in one section.')),
    maxPerDraft: z._default(z.int().check(z.minimum(0)), 5).check(z.describe('At most this many sentences are reported in the whole draft, the longest first.')),
    minReadingEase: z
      ._default(z.number().check(z.minimum(-1000), z.maximum(120)), 25)
      .check(z.describe('A section whose Flesch reading ease is below this is reported at its heading (-1000 reports none).')),
    minSectionWords: z._default(z.int().check(z.minimum(1)), 100).check(z.describe('Sections with fewer words than this get no reading-ease finding.')),
  }),
  check({ doc, options, report }) {
    const candidates: { sentence: LongSentence; title: string }[] = [];
    for (const section of readabilityBySection(doc, { longSentenceWords: options.longSentenceWords })) {
      // Recommendations are addressed to agencies and name them in full ("The Safeguarding
      // Partnership will…"): their sentences are reported when too long, the section's ease is not.
      const addressedToAgencies = section.sectionId !== undefined && AGENCY_ROLES.has(doc.template.sections.find((candidate) => candidate.id === section.sectionId)?.role ?? '');
      if (!addressedToAgencies && section.words >= options.minSectionWords && section.readingEase < options.minReadingEase) {
        const heading = headingOnLine(doc.headings, section.line);
        const start = heading?.start ?? doc.bodyStart;
        report({
          start,
          end: heading ? doc.lineEnd(heading.line) : start,
          message:
            `The "${section.title || 'opening'}" section is hard to read: reading ease ${section.readingEase} (below ${options.minReadingEase}), ` +
            `${section.averageSentenceLength} words a sentence on average, ${Math.round(section.longShare * 100)}% of sentences over ${options.longSentenceWords} words. ` +
            'Shorter sentences and everyday words help a family member follow it.',
          data: { readingEase: String(section.readingEase), averageSentenceLength: String(section.averageSentenceLength) },
        });
      }
      const worst = section.longest.filter((sentence) => sentence.words > options.reportSentenceWords).slice(0, options.maxPerSection);
      for (const sentence of worst) candidates.push({ sentence, title: section.title || 'the opening' });
    }
    // Only the worst: a draft written in long sentences gets a handful of pointers, not a rash.
    candidates.sort((a, b) => b.sentence.words - a.sentence.words || a.sentence.start - b.sentence.start);
    for (const { sentence, title } of candidates.slice(0, options.maxPerDraft)) {
      report({
        start: sentence.start,
        end: sentence.end,
        message: `This sentence has ${sentence.words} words, one of the longest in "${title}". Sentences over ${options.longSentenceWords} words are hard going for a family member: split it where it changes subject.`,
        data: { words: String(sentence.words) },
      });
    }
  },
});
