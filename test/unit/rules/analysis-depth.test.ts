import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/engine/quality/narrative';
import { describeBoundedTime, describeDocumentationExamples, findingsOf } from './support';

const analysisFindings = findingsOf('analysis-depth');

const CHRONOLOGY = [
  'On 3 March 2022 the health visitor visited the family home.',
  'On 10 March she rang the GP surgery and left a message.',
  'In April 2022 the GP saw Child K with a rash and prescribed cream.',
  "On 2 May the nursery manager emailed the health visitor about Child K's weight.",
  'The health visitor visited again on 9 May.',
  'On 20 May the case was closed to health visiting.',
].join(' ');

const draft = (findings: string) => `# Review: Child K\n\n## Background\n\n${CHRONOLOGY}\n\n## Findings and analysis\n\n${findings}\n\n## Good practice\n\nThe school nurse saw Child K weekly.\n`;

describe('analysis-depth', () => {
  it('reports a findings section without sub-findings that is a chronology, at its heading, with the counts', () => {
    const text = draft(CHRONOLOGY);
    const [finding, ...rest] = analysisFindings(text);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('warning');
    expect(finding.range.start.line).toBe(text.split('\n').indexOf('## Findings and analysis') + 1);
    expect(finding.message).toMatch(/^The "Findings and analysis" section retells events \(6 of 6 sentences\) but does not say why they happened or what in the system made them likely \(none explains\)\./);
  });

  it('leaves the background section alone: a chronology belongs there', () => {
    expect(analysisFindings(draft('This reflects a wider pattern, because the service had no capacity for joint visits. It is likely to happen again.'))).toEqual([]);
  });

  it('judges each sub-finding on its own and reports only the narrative one, at its heading', () => {
    const analytic =
      'The health visitor accepted the explanation because she was working alone. This reflects a wider pattern in the service. Caseloads were over 500 families, which meant visits were short. It is likely that any practitioner would have done the same. The learning is about supervision.';
    const text = draft(`### Finding 1: Working alone\n\n${analytic}\n\n### Finding 2: Health visiting contacts\n\n${CHRONOLOGY}`);
    const found = analysisFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].range.start.line).toBe(text.split('\n').indexOf('### Finding 2: Health visiting contacts') + 1);
    expect(found[0].message).toContain('Finding "Finding 2: Health visiting contacts" retells events');
  });

  it('accepts episodes told in one section and analysed in another, and reports the episodes when nothing analyses them', () => {
    const analysis = 'Because supervision was monthly, the marks were never looked at together. This reflects the pressure on the service. The learning is about how patterns become visible. It is likely that the same would happen again. The threshold guidance did not help.';
    const episodes = `# Review: Child K\n\n## Key practice episodes\n\n${CHRONOLOGY}\n`;
    expect(analysisFindings(`${episodes}\n## Analysis\n\n${analysis}\n`)).toEqual([]);
    expect(analysisFindings(episodes)).toHaveLength(1);
  });

  it('divides a section by bold titles when it has no subheadings', () => {
    const text = draft(`**Finding 1. Contacts.** ${CHRONOLOGY}\n\n**Finding 2. Why.** Because supervision was monthly, the marks were never looked at together. This reflects the pressure on the service. The learning is about how patterns become visible.`);
    const found = analysisFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('Finding "Finding 1. Contacts"');
  });

  it('does not judge a short finding, and respects the options', () => {
    expect(analysisFindings(draft('On 3 March the health visitor visited. On 10 March she rang the GP.'))).toEqual([]);
    expect(analysisFindings(draft(CHRONOLOGY), { rules: { 'analysis-depth': { severity: 'warning', options: { minSentences: 7 } } } })).toEqual([]);
    expect(analysisFindings(draft(CHRONOLOGY), { rules: { 'analysis-depth': { severity: 'warning', options: { maxNarrativeShare: 1 } } } })).toEqual([]);
  });

  it('classifies sentences by structure: a dated sentence that explains is analysis', () => {
    expect(classifySentence('Because the referral arrived on a Friday, it was not screened until the following Tuesday.')).toBe('explanatory');
    expect(classifySentence('On 14 March the duty worker screened the referral.')).toBe('narrative');
    expect(classifySentence('Two days later the school nurse rang children’s social care.')).toBe('narrative');
    expect(classifySentence('The GP referred Child L to the paediatrician.')).toBe('narrative');
    expect(classifySentence('School staff noticed that he was hungry.')).toBe('narrative');
    expect(classifySentence('The flat was small and damp.')).toBe('neutral');
    expect(classifySentence('There is no shared record that all agencies can see.')).toBe('explanatory');
    expect(classifySentence('The mother showed the health visitor the bruise.')).toBe('narrative');
    expect(classifySentence('The learning mentor saw him every morning.')).toBe('narrative');
    expect(classifySentence('The health visitor should have referred.')).not.toBe('explanatory');
  });

  it('lets every kind of explanation through the cue-word gate', () => {
    const explanatory = [
      'The visit was cut short because the nurse was called away.',
      'Since the form asked only for the latest incident, the history was left out.',
      'As a result, each agency held part of the picture.',
      'Consequently the plan was never reviewed.',
      'The meeting was moved so that the school could attend.',
      'Nobody was named as lead, which meant the next step was unclear.',
      'The delay led to a second missed appointment.',
      'The vacancy contributed to the delay.',
      'The visit was cancelled due to staff sickness.',
      'The reason for the delay was a vacancy in the team.',
      'This explains why the school was not told.',
      'The underlying problem was the referral form.',
      'A shared record made it more likely that the pattern would be seen.',
      'In the absence of a lead, nobody called a meeting.',
      'It is likely that the health visitor did not know.',
      'The records suggest that the concern was discussed.',
      'The health visitor may have been reassured by the tidy home.',
      'Perhaps the mother felt unable to say more.',
      'The review found that the guidance had been misread.',
      'This was a missed opportunity to ask about the father.',
      'Practitioners told the review they had too many cases.',
      'The wider system relied on the mother telling agencies.',
      'Workload pressures were high across the team.',
      'The culture of the team valued keeping families engaged.',
      'The threshold for a strategy discussion was set high.',
      'The learning is about how patterns become visible.',
    ];
    for (const sentence of explanatory) expect(classifySentence(sentence), sentence).toBe('explanatory');
  });

  it('does not count sentences that are mostly quotation', () => {
    const quoted = Array.from({ length: 6 }, (_, index) => `The record for visit ${index + 1} reads: "Mum presents well, home clean and tidy, baby feeding on demand, no concerns."`).join(' ');
    expect(analysisFindings(draft(quoted))).toEqual([]);
  });

  describeDocumentationExamples('analysis-depth', (text) => analysisFindings(text));
  describeBoundedTime('analysis-depth', {
    'one long dated sentence': `On 3 March ${'the health visitor visited and '.repeat(3000)}left.`,
    'many short sentences': 'On 3 March the GP referred. '.repeat(5000),
    'capitalised words': 'Mary '.repeat(20000),
  });

  describe('layout and framing do not hide a chronology (blind batch 2026-11-30)', () => {
    it('reads a numbered paragraph like an unnumbered one', () => {
      expect(classifySentence('5.1 The midwife booked Ms D at eleven weeks.')).toBe(classifySentence('The midwife booked Ms D at eleven weeks.'));
      expect(classifySentence('(b) Two weeks later the community midwife visited the home.')).toBe('narrative');
    });

    it('reads a frame that only announces as its that-clause, and keeps a frame that judges', () => {
      expect(classifySentence('It is important to note that the health visitor visited on 5 May.')).toBe('narrative');
      expect(classifySentence('The review notes that the school nurse met Child P on 20 May.')).toBe('narrative');
      expect(classifySentence('It is important to note that the form had changed, which meant the concern was missed.')).toBe('explanatory');
      expect(classifySentence('The review found that the form had changed.')).toBe('explanatory');
    });

    it('reports a chronology told in the historic present, and not present-tense analysis', () => {
      const present =
        'On Friday 14 June Child H goes to school with a mark on her cheek. The teacher asks her about it and she says she fell. On Saturday the police attend the home after a call from a neighbour. Officers speak to Ms K and leave after twenty minutes. On Monday the school sends a referral to the MASH. The MASH screens it as information only.';
      expect(analysisFindings(draft(`### Finding 2: The weekend of 14 June\n\n${present}`))).toHaveLength(1);
      const analysis =
        'There is no duty on a local authority to see a child who is educated at home. The team has two officers for 900 children. Visits depend on parents agreeing to them. Children whose parents decline are the least visible. Nobody has a reason to ask how they are.';
      expect(analysisFindings(draft(`### Finding 6: Home education\n\n${analysis}`))).toEqual([]);
    });
  });

  it('reads a record as the frame ("Records show that …") as its that-clause, and "This shows that …" as an inference', () => {
    expect(classifySentence('Records show that the GP saw Ms A on 2 May.')).toBe('narrative');
    expect(classifySentence('The GP record shows that the mother had requested an early repeat prescription.')).toBe('narrative');
    expect(classifySentence('This shows that the service had no way of joining up the concerns.')).toBe('explanatory');
  });
});
