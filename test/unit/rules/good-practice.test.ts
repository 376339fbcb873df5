import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { describeDocumentationExamples, findingsOf, logPrecisionRecall, sample } from './support';

const goodPracticeFindings = findingsOf('good-practice');

function draft(heading: string, body: string): string {
  return `# Local Child Safeguarding Practice Review: Child B\n\n## Background\n\nChild B lived with his father and attended a local primary school during the period under review.\n\n## ${heading}\n\n${body}\n\n## Recommendations\n\n1. The Partnership will audit 20 cases by March 2026.\n`;
}

/**
 * Good-practice sections written after the first corpus, from a blind SILP-style draft (its section
 * was reported: "The emergency department followed the protocol", "the nursery practitioner's body
 * map") and variations of it written with the fix, so not held out: before it, precision 0.40 (nine
 * false alarms), recall 1.00. Each must be accepted (it names who did what) or reported (claims with
 * no one acting).
 */
const SECTIONS_2026_11_30: Array<{ body: string; report: boolean }> = [
  { body: 'The nursery practitioner’s body map was clear, dated and accurate, and was central to the medical assessment later. The emergency department followed the protocol without delay.', report: false },
  { body: 'The emergency department followed the bruising protocol without delay.', report: false },
  { body: 'The nursery practitioner’s body map was clear and dated.', report: false },
  { body: 'The school nurse noted the bruise and photographed it with consent.', report: false },
  { body: 'The GP maintained contact with the mother throughout the pregnancy, by phone when she missed appointments.', report: false },
  { body: 'The police recognised the risk and requested a strategy meeting the same night.', report: false },
  { body: 'The health visitor built a trusting relationship with the mother over six months.', report: false },
  { body: 'The housing officer insisted on seeing the children’s bedroom before closing the repair request.', report: false },
  { body: 'The youth offending team manager drew up a safety plan with Child B the day after he went missing.', report: false },
  { body: 'The duty manager ensured that a strategy discussion took place within four hours.', report: false },
  { body: 'Agencies followed procedures.', report: true },
  { body: 'All agencies followed the relevant procedures throughout the period under review.', report: true },
  { body: 'Good practice was noted in several agencies. Professionals were committed and caring.', report: true },
  { body: 'Partnership working was established and maintained. Communication was good.', report: true },
  { body: 'Practitioners noted that the family was difficult to engage, and everyone worked hard.', report: true },
  { body: 'There was evidence of good multi-agency working. Staff were dedicated.', report: true },
];

describe('good-practice', () => {
  it('reads who did what in sections written after the first corpus (labelled both ways)', () => {
    const outcomes: { shouldReport: boolean; reported: boolean }[] = [];
    const wrong: string[] = [];
    for (const { body, report } of SECTIONS_2026_11_30) {
      // Padded past the section's minimum length (a shorter one is empty-section's finding), with a sentence that names no one.
      const reported = goodPracticeFindings(draft('Good practice', `${body} This was acknowledged during the period under review, and it is reflected throughout the findings that follow.`)).length > 0;
      outcomes.push({ shouldReport: report, reported });
      if (reported !== report) wrong.push(`${report ? 'missed' : 'false alarm'}: ${body}`);
    }
    logPrecisionRecall('good-practice 2026-11-30 sections', outcomes);
    expect(wrong).toEqual([]);
  });

  it('reports stock phrases at the heading, quoting one and saying what to add', () => {
    const text = draft('Good practice', 'All agencies worked hard to support the family. There was some good practice. Practitioners were committed throughout the period under review.');
    const findings = goodPracticeFindings(text);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].range.start.line).toBe(text.split('\n').indexOf('## Good practice') + 1);
    expect(findings[0].message).toContain('"All agencies worked hard" is not evidence of good practice');
    expect(findings[0].message).toMatch(/names the role or agency, what they did and why it helped/);
  });

  it('accepts a named role with a concrete action', () => {
    const text = draft('What went well', 'The school nurse saw Child B alone four times and recorded his words verbatim, which gave the review a real picture of his worries.');
    expect(goodPracticeFindings(text)).toEqual([]);
  });

  it('accepts a passive action whose agent is a named role', () => {
    const text = draft('Strengths', 'Child B was seen alone every week by the allocated social worker, and each visit was written up the same day for the team.');
    expect(goodPracticeFindings(text)).toEqual([]);
  });

  it('accepts actions written as nouns when the role is their agent or owner', () => {
    const text = draft('Good practice', "- Prompt referral by the midwife to the perinatal mental health team.\n- The health visitor's careful assessment of the home at the new birth visit.");
    expect(goodPracticeFindings(text)).toEqual([]);
    const token = draft('Good practice', '- Good information sharing between agencies throughout the period.\n- Timely decisions and strong commitment from everyone involved.');
    expect(goodPracticeFindings(token)).toHaveLength(1);
  });

  it('does not count an agency that is only a place or an object ("attended school", "referred to CAMHS")', () => {
    const text = draft('Good practice', 'Child B attended school regularly throughout 2022 and was referred to CAMHS by his father, which the family said helped a great deal.');
    expect(goodPracticeFindings(text)).toHaveLength(1);
  });

  it('does not count collective words as a named role ("practitioners", "professionals")', () => {
    const text = draft('Good practice', 'Practitioners visited the family regularly and professionals shared information well with each other throughout the whole period.');
    expect(goodPracticeFindings(text)).toHaveLength(1);
  });

  it('recognises a configured glossary acronym that names a body', () => {
    const text = draft('Good practice', 'The FNP visited Child B weekly from birth and noticed early that his father was struggling with his mental health.');
    expect(goodPracticeFindings(text)).toHaveLength(1);
    expect(goodPracticeFindings(text, { glossary: { FNP: 'Family Nurse Partnership' } })).toEqual([]);
  });

  it('honours the minExamples option', () => {
    const text = draft('Good practice', 'The police officer who attended checked on both children and submitted an Operation Encompass notification before school opened.');
    expect(goodPracticeFindings(text)).toEqual([]);
    const findings = goodPracticeFindings(text, { rules: { 'good-practice': { severity: 'warning', options: { minExamples: 2 } } } });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('names only 1 concrete action (at least 2 expected)');
  });

  it('leaves an empty section to empty-section', () => {
    const result = new Linter().lint(draft('Good practice', 'TBC'));
    expect(result.findings.filter((finding) => finding.ruleId === 'good-practice')).toEqual([]);
    expect(result.findings.some((finding) => finding.ruleId === 'empty-section' && finding.data?.sectionId === 'good-practice')).toBe(true);
  });

  describeDocumentationExamples('good-practice', goodPracticeFindings, '# Local Child Safeguarding Practice Review: Child B');

  describe('sample drafts', () => {
    it('passes the good-practice sections of lcspr-complete, lcspr-messy and rapid-review', () => {
      expect(goodPracticeFindings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(goodPracticeFindings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(goodPracticeFindings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });

    it('says nothing on lcspr-gaps, whose good-practice section is missing', () => {
      expect(goodPracticeFindings(sample('lcspr-gaps.md'), { template: 'lcspr' })).toEqual([]);
    });
  });

  describe('blind batch 2026-11-30 shapes', () => {
    it('does not take an agency word before a passive with no agent for the one who acted', () => {
      expect(goodPracticeFindings(draft('Good practice', 'Child R was seen regularly, his views were sought, and his wishes were reflected in the plan. His school attendance was monitored closely.'))).toHaveLength(1);
      expect(goodPracticeFindings(draft('Good practice', "The family's GP appointments were kept under review, and the school's concerns were noted and acted upon in a timely way by the network."))).toHaveLength(1);
    });

    it('accepts an action noun owned by a possessive role', () => {
      expect(goodPracticeFindings(draft('Good practice', "The midwife's referral to children's social care on the day of booking meant the pre-birth assessment began at 14 weeks rather than at 30."))).toEqual([]);
    });
  });
});
