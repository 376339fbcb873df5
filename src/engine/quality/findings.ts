// How a findings section is divided into findings: by its subheadings ("### Finding 1: …"), or, in
// drafts that use bold lines instead of headings, by paragraphs that open with bold text
// ("**Finding 2. Information was not shared.**"). Both analysis-depth (which judges each finding)
// and the quality panel ("findings easy to find") read the same division.
import type { DraftDocument, SectionMatch } from '../document';

export interface FindingUnit {
  /** The finding's heading or bold title; the section heading when the section is not divided. */
  title: string;
  /** Extent of the finding's text, [start, end). */
  start: number;
  end: number;
  /** Range of the heading or bold title, where a finding about the unit is shown. */
  labelStart: number;
  labelEnd: number;
  line: number;
  /** Whether the unit has its own heading or bold title (false for an undivided section). */
  headed: boolean;
}

// A bold run at the very start of a paragraph's source, short enough to be a title.
const BOLD_TITLE = /^(\*\*|__)([^*_\n][^\n]{0,150}?)\1/;

/** The findings of an analysis section, in order; one unit for the whole section when it has no sub-findings. */
export function findingUnits(doc: DraftDocument, match: SectionMatch): FindingUnit[] {
  const subheadings = doc.headings.filter((heading) => heading.start > match.heading.start && heading.start < match.end && heading.depth > match.heading.depth);
  if (subheadings.length > 0) {
    const depth = Math.min(...subheadings.map((heading) => heading.depth));
    const tops = subheadings.filter((heading) => heading.depth === depth);
    return tops.map((heading, index) => {
      const next = subheadings.find((candidate) => candidate.start > heading.start && candidate.depth <= depth);
      return {
        title: heading.text,
        start: heading.end,
        end: next ? next.start : tops[index + 1]?.start ?? match.end,
        labelStart: heading.start,
        labelEnd: doc.lineEnd(heading.line),
        line: heading.line,
        headed: true,
      };
    });
  }
  const titled = doc
    .sectionBlocks(match)
    .filter((block) => block.kind === 'paragraph' && !block.inQuote && !block.list && !block.table)
    .map((block) => ({ block, bold: BOLD_TITLE.exec(doc.text.slice(block.start, block.start + 160)) }))
    .filter((entry): entry is { block: (typeof entry)['block']; bold: RegExpExecArray } => entry.bold !== null);
  if (titled.length >= 2) {
    return titled.map(({ block, bold }, index) => ({
      title: bold[2].trim().replace(/[.:]$/, ''),
      start: block.start,
      end: titled[index + 1]?.block.start ?? match.end,
      labelStart: block.start,
      labelEnd: block.start + bold[0].length,
      line: doc.positionAt(block.start).line,
      headed: true,
    }));
  }
  return [
    {
      title: match.heading.text,
      start: match.bodyStart,
      end: match.end,
      labelStart: match.heading.start,
      labelEnd: doc.lineEnd(match.heading.line),
      line: match.heading.line,
      headed: false,
    },
  ];
}
