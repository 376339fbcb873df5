import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/index';
import { describeDocumentationExamples, findingsOf, sample } from './support';
import { distinct } from '../../corpus/recommendations/count-cases';

const RULE = 'recommendation-count';
const countFindings = findingsOf(RULE);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child B\n\n## Findings\n\nThe findings follow the key practice episodes agreed with the panel and the family.\n\n## Recommendations\n\n${body}\n`;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function summary(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.range.start.line}:${finding.data?.problem}`);
}

describe('recommendation-count', () => {
  it('is info by default', () => {
    expect(countFindings(draft(distinct(11)))[0].severity).toBe('info');
  });

  it('reports more than 10 recommendations once, on the section heading', () => {
    const text = draft(distinct(11));
    const findings = countFindings(text);
    expect(summary(findings)).toEqual([`${lineOf(text, '## Recommendations')}:too-many`]);
    expect(findings[0].message).toMatch(/^This section makes 11 recommendations; a Local Child Safeguarding Practice Review is expected to make at most 10\./);
    expect(countFindings(draft(distinct(10)))).toEqual([]);
  });

  it('takes the limit for actions from maxActions, and both limits from options', () => {
    const actions = `---\ncspr-template: rapid-review\n---\n# Rapid review: Baby T\n\n## Actions\n\n${distinct(9)}\n`;
    expect(summary(countFindings(actions))).toEqual([`${lineOf(actions, '## Actions')}:too-many`]);
    expect(countFindings(actions, { rules: { [RULE]: { severity: 'info', options: { maxActions: 9 } } } })).toEqual([]);
    expect(summary(countFindings(draft(distinct(6)), { rules: { [RULE]: { severity: 'info', options: { maxRecommendations: 5 } } } }))).toEqual([`${lineOf(draft(''), '## Recommendations')}:too-many`]);
  });

  it('reports the later of two recommendations that ask for the same thing in different words, naming the earlier', () => {
    const text = draft(
      '1. CSC will revise its neglect procedure so that cumulative harm is recorded at every review, by March 2026.\n2. The Police will notify schools of domestic abuse incidents before the next school day from January 2026.\n3. CSC will update the neglect guidance so that cumulative harm is recorded at each review, by June 2026.',
    );
    const findings = countFindings(text);
    expect(summary(findings)).toEqual([`${lineOf(text, '3. CSC will update')}:duplicate`]);
    expect(findings[0].message).toBe('Recommendation 3 asks for much the same as Recommendation 1: merge them, or say what each asks for that the other does not.');
  });

  it('does not take the same verb and object for the same request (near miss)', () => {
    const text = draft('1. The ICB will audit 30 health visiting records for evidence that fathers were spoken to, by May 2026.\n2. The ICB will audit 30 GP records for evidence that bruising in non-mobile babies was referred, by May 2026.');
    expect(countFindings(text)).toEqual([]);
  });

  it('reports training, a reminder or a policy with nothing else, saying what it only asks for', () => {
    const cases: [string, RegExp][] = [
      ['1. The Partnership will deliver training on neglect to all practitioners by March 2026.', /^Recommendation 1 only asks for training or a briefing \("deliver training on neglect to all …"\)/],
      ["1. Children's Social Care will remind staff of the escalation policy within one month.", /only asks for a reminder/],
      ['1. The ICB will re-circulate the bruising protocol to GP practices by January 2026.', /only asks for a reminder/],
      ['1. The Safeguarding Partnership should develop a new policy on working with hostile parents by June 2026.', /only asks for a new or revised policy/],
      ['1. Awareness of exploitation should be raised across the workforce by the Partnership within a year.', /only asks for awareness-raising/],
    ];
    for (const [body, message] of cases) {
      const findings = countFindings(draft(body));
      expect(summary(findings), body).toEqual([`${lineOf(draft(body), '1.')}:training-only`]);
      expect(findings[0].message, body).toMatch(message);
    }
  });

  it('stays silent on training that is assured, a policy whose content is set out, and sharing the review\'s own learning', () => {
    for (const body of [
      '1. The Partnership will deliver training on neglect to 200 practitioners by March 2026 and audit 20 neglect cases six months later.',
      '1. The Case Review Group will revise the bruising protocol to state that unexplained marks must be treated as bruises, within three months.',
      '1. The Partnership Business Unit will produce a seven-minute briefing on this review within three months of publication.',
      '1. The ICB will add a mandatory household question to the GP registration form by March 2026.',
    ]) {
      expect(countFindings(draft(body)), body).toEqual([]);
    }
    expect(countFindings(draft('1. The Police will brief officers on exploitation by April 2026.'), { rules: { [RULE]: { severity: 'info', options: { reportTrainingOnly: false } } } })).toEqual([]);
  });

  describeDocumentationExamples(RULE, countFindings, '# Local Child Safeguarding Practice Review: Child J');

  describe('sample drafts', () => {
    it('lcspr-complete and rapid-review are clean; lcspr-messy row 4 only asks for training', () => {
      expect(countFindings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(countFindings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
      expect(summary(countFindings(sample('lcspr-messy.md'), { template: 'lcspr' }))).toEqual(['138:training-only']);
    });
  });

  it('takes training about the review\'s own child for sharing its learning (blind batch 2026-11-30)', () => {
    expect(countFindings(draft('1. The Partnership Business Unit will hold a learning event for the practitioners who worked with Child B within three months of publication.'))).toEqual([]);
    expect(summary(countFindings(draft('1. The ICB will deliver domestic abuse training to all practice nurses by March 2026.')))).toHaveLength(1);
  });
});
