import { describe, expect, it } from 'vitest';
import { describeDocumentationExamples, findingsOf } from './support';

const familyFindings = findingsOf('family-involvement');

const draft = (body: string, heading = 'Family involvement') => `# Review: Child K\n\n## Introduction\n\nThe partnership commissioned this review after Child K was seriously injured at home in 2023.\n\n## ${heading}\n\n${body}\n\n## Background\n\nChild K lived with her mother and two brothers in a rented flat.\n`;

describe('family-involvement', () => {
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
