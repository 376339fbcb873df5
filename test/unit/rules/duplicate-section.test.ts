import { describe, expect, it } from 'vitest';
import { covered, describeDocumentationExamples, findingsOf, logPrecisionRecall } from './support';

const findings = findingsOf('duplicate-section');

/** A draft whose headings are `headings` (each followed by a line of text). */
function draft(headings: string[]): string {
  return `# Local Child Safeguarding Practice Review: Child K\n\n${headings.map((heading) => `${heading}\n\nText about it.\n`).join('\n')}`;
}

interface Case {
  headings: string[];
  /** The heading reported as a repeat, or null when the draft must stay silent. */
  report: string | null;
  why: string;
}

const CASES: Case[] = [
  // Must report: the same section named by the same words again.
  { headings: ['## Background', '## Findings', '## Findings'], report: 'Findings', why: 'the same heading twice' },
  { headings: ['## 7. Recommendations', '## 8. Glossary', '## 9. Recommendations'], report: '9. Recommendations', why: 'an earlier draft left behind' },
  { headings: ['## Background', '## Analysis', '## Family background'], report: 'Family background', why: 'the background again, qualified' },
  { headings: ['## Analysis', '## Good practice', '## Analysis of practice'], report: 'Analysis of practice', why: 'analysis again' },
  { headings: ['## The voice of the child', '## Findings', "## The child's voice"], report: "The child's voice", why: 'the voice of the child again, reworded' },
  { headings: ['Methodology\n===========', 'Background\n==========', 'Methodology\n==========='], report: 'Methodology', why: 'setext headings pasted twice' },
  { headings: ['## Part 4: Findings', '## Part 5: Key findings'], report: 'Part 5: Key findings', why: '"findings" again' },
  { headings: ['## Recommendations', '## Appendix', '## Recommendations (revised)'], report: 'Recommendations (revised)', why: 'a revised copy beside the first' },
  // Must stay silent.
  { headings: ['## Key practice episodes', '## Analysis'], report: null, why: 'episodes, then their analysis: two parts a method gives' },
  { headings: ['## Section 5 – Key practice episodes', '## Section 6 – Analysis', '## Section 8 – Findings and recommendations'], report: null, why: 'a closing chapter that begins the recommendations' },
  { headings: ['## Findings', '## Summary of findings and recommendations'], report: null, why: 'a summary that begins the recommendations' },
  { headings: ['## Finding 1: thresholds were applied one at a time', '## Finding 2: records were not shared'], report: null, why: 'items of a series' },
  { headings: ['## Findings', '### Analysis', '### Key practice episodes'], report: null, why: 'subheadings inside the first' },
  { headings: ['## Key findings', '## Learning themes'], report: null, why: 'findings, then the themes drawn from them' },
  { headings: ['## Background', '## Findings', '## Recommendations'], report: null, why: 'each section once' },
];

describe('duplicate-section', () => {
  it('reports a section named again by the same words, and stays silent on parts of it named differently (labelled cases)', () => {
    const outcomes: { shouldReport: boolean; reported: boolean }[] = [];
    const wrong: string[] = [];
    for (const entry of CASES) {
      const text = draft(entry.headings);
      const reported = covered(text, findings(text)).map((line) => line.replace(/^#+\s*/, ''));
      const expected = entry.report === null ? [] : [entry.report];
      outcomes.push({ shouldReport: entry.report !== null, reported: entry.report === null ? reported.length > 0 : reported.includes(entry.report) });
      if (JSON.stringify(reported) !== JSON.stringify(expected)) wrong.push(`${entry.headings.join(' / ')}: reported ${JSON.stringify(reported)}, expected ${JSON.stringify(expected)} (${entry.why})`);
    }
    logPrecisionRecall('duplicate-section', outcomes);
    expect(wrong).toEqual([]);
  });

  it('names the first heading and its line in the message', () => {
    const text = draft(['## Findings', '## Background', '## Findings']);
    const [finding] = findings(text);
    expect(finding.message).toBe('"Findings" repeats the Findings and analysis section already at line 3: merge the two, or make this a subheading of the first.');
  });
});

describeDocumentationExamples('duplicate-section', findingsOf('duplicate-section'));
