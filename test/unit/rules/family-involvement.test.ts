import { describe, expect, it } from 'vitest';
import { describeDocumentationExamples, findingsOf, logPrecisionRecall } from './support';

const familyFindings = findingsOf('family-involvement');

const draft = (body: string, heading = 'Family involvement') => `# Review: Child K\n\n## Introduction\n\nThe partnership commissioned this review after Child K was seriously injured at home in 2023.\n\n## ${heading}\n\n${body}\n\n## Background\n\nChild K lived with her mother and two brothers in a rented flat.\n`;

/** A draft whose methodology and family-involvement sections say what is given. */
const withMethodology = (methodology: string, family: string) =>
  `# Review: Child D\n\n## Introduction\n\nThe partnership commissioned this review after Child D died at her father's flat in 2025.\n\n## Methodology\n\n${methodology}\n\n## Family involvement\n\n${family}\n\n## Background\n\nChild D lived with her mother and stayed with her father at weekends.\n`;

/**
 * Who was approached and how they took part, told in the methodology; what they said, in the family
 * section (a blind draft's layout, 2026-11-30): the two together are complete. Labelled both ways.
 */
const METHODOLOGY_CASES: Array<{ methodology: string; family: string; report: boolean }> = [
  { methodology: "Agencies completed chronologies which were merged. Child D's mother met the reviewer twice; her father did not respond to letters.", family: 'Child D\'s mother described her daughter as "cheeky and always singing". She felt that nobody asked what went on in the flat when she was at work.', report: false },
  { methodology: 'The reviewer wrote to both parents. The mother spoke to the reviewer by telephone in May; the father declined, on legal advice.', family: 'The mother said that the health visitor was the only person who asked how she was coping, and she wanted that to be known.', report: false },
  { methodology: "Child D's grandmother was visited at home by the lead reviewer and the panel chair.", family: 'She told the review she had raised her worries about the father with the school twice and felt nobody listened.', report: false },
  { methodology: 'The review used a systems approach. Agencies provided reports and the reviewer met practitioners at a learning event.', family: 'The family were involved in the review and their views have been taken into account throughout this report.', report: true },
  { methodology: 'A panel of senior managers oversaw the review, and practitioners met the reviewer in two groups to discuss the chronology and the learning.', family: 'The family are at the heart of this review. Their experience of services matters, and the partnership has tried throughout to understand what life was like for Child D and for the people who loved her.', report: true },
  { methodology: "Child D's mother met the reviewer twice, once at home and once at the partnership's offices, with an advocate from a local charity.", family: 'The family were involved in the review and their views have been taken into account throughout this report. The reviewer is grateful for their contribution.', report: true },
];

describe('family-involvement', () => {
  it("reads the review's own gratitude as the review's, and the family's as their view", () => {
    const met = "Child K's mother met the reviewer at her home in March 2023 and again by video call in April.";
    expect(familyFindings(draft(`${met} The reviewer is grateful for her contribution and for her time.`)).map((finding) => finding.message)).toEqual([
      'The "Family involvement" section does not say what they said: their views of what happened and of the help they received.',
    ]);
    expect(familyFindings(draft(`${met} She was grateful for the health visitor's support and wished it had continued after the move.`))).toEqual([]);
  });

  it('reads who was approached and how they took part in the methodology too (labelled both ways)', () => {
    const outcomes: { shouldReport: boolean; reported: boolean }[] = [];
    const wrong: string[] = [];
    for (const { methodology, family, report } of METHODOLOGY_CASES) {
      const found = familyFindings(withMethodology(methodology, family));
      const reported = found.length > 0;
      outcomes.push({ shouldReport: report, reported });
      if (reported !== report) wrong.push(`${report ? 'missed' : `false alarm (${found[0].message})`}: ${methodology} | ${family}`);
    }
    logPrecisionRecall('family-involvement with the methodology', outcomes);
    expect(wrong).toEqual([]);
  });

  it('reports a stock statement at the heading, listing every missing part', () => {
    const text = draft('The family were involved in the review and their views have been taken into account throughout this report. The reviewer is grateful for their contribution.');
    const [finding, ...rest] = familyFindings(text);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('warning');
    expect(finding.range.start.line).toBe(text.split('\n').indexOf('## Family involvement') + 1);
    expect(finding.message).toBe(
      'The "Family involvement" section does not say who in the family was invited to take part, and how they were approached; and who took part and how (a meeting, a call, a letter) and what they said, or, if nobody did, why not.',
    );
  });

  it('asks only for what they said when the invitation and the meeting are described', () => {
    const [finding] = familyFindings(draft("The reviewer wrote to Child K's mother and father. Child K's mother met the reviewer at her home in March 2023. Child K's father did not respond to the letter."));
    expect(finding.message).toBe('The "Family involvement" section does not say what they said: their views of what happened and of the help they received.');
  });

  it('accepts a reason for not taking part instead of an account of taking part', () => {
    expect(familyFindings(draft("Baby T's parents were invited through their solicitors. They declined, on legal advice, while criminal proceedings are ongoing."))).toEqual([]);
  });

  it('reads a refusal as a refusal, not as taking part', () => {
    expect(familyFindings(draft("Both parents were written to. Child K's mother replied that she did not wish to be involved. Child K's father did not respond."))).toEqual([]);
  });

  it('is silent when the section is missing or empty (other rules report those)', () => {
    expect(familyFindings('# Review\n\n## Background\n\nChild K lived with her mother in a flat on the edge of town.\n')).toEqual([]);
    expect(familyFindings(draft('To follow.'))).toEqual([]);
  });

  it('finds the section by its synonyms', () => {
    expect(familyFindings(draft('The family were involved in the review and their views have been taken into account throughout this report, for which we are grateful.', 'Talking with the family'))).toHaveLength(1);
  });

  describeDocumentationExamples('family-involvement', (text) => familyFindings(text));

  describe('blind batch 2026-11-30 shapes', () => {
    it('does not take what a family member said for how they took part', () => {
      const [finding] = familyFindings(draft("Child R's mother has contributed to the review. She said that nobody listened to her, and that the school only called her when something went wrong."));
      expect(finding.message).toBe('The "Family involvement" section does not say how they took part (a meeting, a call, a letter).');
    });

    it('still reads a reason for not taking part in what they said', () => {
      expect(familyFindings(draft("Baby L's parents were invited by letter and by phone. They said they were not ready to talk about Baby L and asked not to be contacted again."))).toEqual([]);
    });

    it('reads "chose to meet" as done, and written answers as taking part', () => {
      expect(familyFindings(draft('Young Person T was asked whether she would like to contribute and chose to meet the reviewer at her foster home. She said that the worst thing had been telling the same story five times.'))).toEqual([]);
      expect(familyFindings(draft("The reviewer sent Child K's mother written questions. She answered them in writing over several weeks. Her answers describe how isolated she felt."))).toEqual([]);
    });
  });
});
