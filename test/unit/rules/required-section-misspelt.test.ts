// required-section and a section heading with a word misspelt ("3. Methodolgy", "Reccomendations"):
// the finding sits on that heading, names the word and its spelling, and its suggestion corrects
// the word, after which the section is found. Labelled cases both ways, with precision and recall.
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../src/engine/index';
import { findingsOf, logPrecisionRecall } from './support';

const required = findingsOf('required-section');
const MISSPELT = /misspelt/;

const SECTIONS: Record<string, string> = {
  introduction: '## Introduction\n\nChild T was seriously injured in 2024 and the partnership commissioned this review to learn from it.',
  scope: '## Scope and terms of reference\n\nThe review covers the twelve months before the injury.',
  methodology: '## Methodology\n\nThe reviewer read agency reports and met practitioners at a learning event.',
  family: '## Family involvement\n\nMother met the reviewer at home and said she had asked for help twice.',
  background: '## Background\n\nChild T lived with his mother and her partner.',
  voice: '## Voice of the child\n\nChild T told his teacher he liked football and was frightened at home.',
  findings: '## Findings\n\nInformation was not shared because the systems did not connect.',
  goodPractice: '## Good practice\n\nThe school nurse listened to Child T and acted the same day.',
  recommendations: '## Recommendations\n\n1. The Partnership will audit information sharing by March 2026.',
};

/** The draft with one section's heading replaced by `heading` (its body kept). */
function draftWith(section: string, heading: string): string {
  const parts = Object.entries(SECTIONS).map(([id, text]) => (id === section ? text.replace(/^## [^\n]+/, heading) : text));
  return `# Local Child Safeguarding Practice Review: Child T\n\n${parts.join('\n\n')}\n`;
}

interface Case {
  section: string;
  heading: string;
  /** The word and its correction when the heading must be reported as misspelt; null when it must not. */
  correction: [string, string] | null;
}

const CASES: Case[] = [
  // Must report, with the correction.
  { section: 'methodology', heading: '## 3. Methodolgy', correction: ['Methodolgy', 'Methodology'] },
  { section: 'background', heading: '## 5. Backgound', correction: ['Backgound', 'Background'] },
  { section: 'recommendations', heading: '## 10. Reccomendations', correction: ['Reccomendations', 'Recommendations'] },
  { section: 'recommendations', heading: '## Recomendations', correction: ['Recomendations', 'Recommendations'] },
  { section: 'introduction', heading: '## Introductoin', correction: ['Introductoin', 'Introduction'] },
  { section: 'background', heading: '## Bakground', correction: ['Bakground', 'Background'] },
  { section: 'family', heading: '## Family Involvment', correction: ['Involvment', 'Involvement'] },
  { section: 'methodology', heading: '## METHODOLGY', correction: ['METHODOLGY', 'METHODOLOGY'] },
  { section: 'recommendations', heading: 'Recommendatons\n---------------', correction: ['Recommendatons', 'Recommendations'] },
  // Must not: the usual "Add a … section" finding, or none.
  { section: 'methodology', heading: '## Methodology', correction: null },
  { section: 'background', heading: '## Backgammon club', correction: null },
  { section: 'methodology', heading: '## Strategy meeting', correction: null },
  { section: 'recommendations', heading: '## Recommended reading', correction: null },
  { section: 'voice', heading: '## Appendix A', correction: null },
  // The section is found without the misspelt word: no finding at all.
  { section: 'voice', heading: '## Voice of the chlid', correction: null },
  { section: 'findings', heading: '## Findngs and analysis', correction: null },
  // A real word two edits from a section word ("Methods"): only words of twelve letters or more are read with two.
  { section: 'methodology', heading: '## Methodist church involvement', correction: null },
];

describe('required-section: a heading that names a missing section with a word misspelt', () => {
  it('reports the heading and corrects the word (labelled cases both ways)', () => {
    const outcomes: { shouldReport: boolean; reported: boolean }[] = [];
    const wrong: string[] = [];
    for (const entry of CASES) {
      const text = draftWith(entry.section, entry.heading);
      const misspelt = required(text).filter((finding) => MISSPELT.test(finding.message));
      outcomes.push({ shouldReport: entry.correction !== null, reported: misspelt.length > 0 });
      if (entry.correction === null) {
        if (misspelt.length > 0) wrong.push(`${entry.heading}: reported "${misspelt[0].message}"`);
        continue;
      }
      if (misspelt.length === 0) {
        wrong.push(`${entry.heading}: not reported as misspelt (${required(text).map((finding) => finding.message).join(' | ') || 'no finding'})`);
        continue;
      }
      const [finding] = misspelt;
      const [word, correction] = entry.correction;
      const headingLine = entry.heading.split('\n')[0];
      const reportedLine = text.slice(finding.range.start.offset, finding.range.end.offset);
      const suggestion = finding.suggestions?.[0];
      const fixed = suggestion ? applyFix(text, suggestion).output : text;
      const problems = [
        reportedLine === headingLine ? '' : `reported "${reportedLine}", not the heading line`,
        finding.message.includes(`"${word}" misspelt`) && finding.message.includes(`correct it to "${correction}"`) ? '' : `message "${finding.message}"`,
        suggestion?.title === `Correct "${word}" to "${correction}"` ? '' : `suggestion "${suggestion?.title}"`,
        fixed === text.replace(word, correction) ? '' : 'the suggestion changed more than the word',
        required(fixed).length === 0 ? '' : `still reported after the correction: ${required(fixed).map((f) => f.message).join(' | ')}`,
        finding.data?.misspelt === 'true' ? '' : 'no misspelt data',
      ].filter(Boolean);
      if (problems.length > 0) wrong.push(`${entry.heading}: ${problems.join('; ')}`);
    }
    logPrecisionRecall('required-section misspelt headings', outcomes);
    expect(wrong).toEqual([]);
  });
});
