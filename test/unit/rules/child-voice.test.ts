import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { describeDocumentationExamples, findingsOf, sample } from './support';

const childVoiceFindings = findingsOf('child-voice');

/** Prose that is about the review, not the child: it adds words but no evidence. */
function reviewProcessProse(sentences: number): string {
  return Array.from({ length: sentences }, (_, index) => `The review panel discussed agency chronology number ${index + 1} at length and agreed the summary`).join('. ') + '.';
}

function draft(heading: string, body: string, title = '# Local Child Safeguarding Practice Review: Child K'): string {
  return `${title}\n\n## Background\n\nChild K lived with her mother and two brothers in a rented flat during the period under review.\n\n## ${heading}\n\n${body}\n\n## Findings\n\nThe findings follow the key practice episodes agreed with the panel and the family.\n`;
}

describe('child-voice', () => {
  it('reports a long section of stock phrases at its heading, saying what to add', () => {
    const body = `The voice of the child was considered throughout. Her wishes and feelings were taken into account by every agency. The child appeared happy. ${reviewProcessProse(9)}`;
    const text = draft('Voice of the child', body);
    const findings = childVoiceFindings(text);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding.severity).toBe('warning');
    expect(finding.range.start.line).toBe(text.split('\n').indexOf('## Voice of the child') + 1);
    expect(finding.message).toContain('Child K said');
    expect(finding.message).toContain('ordinary day');
    expect(finding.message).toMatch(/whether anyone saw (?:her|them|Child K) alone/);
    expect(finding.message).toContain('Replace "voice of the child was considered throughout"');
  });

  it('does not count stock phrases towards the word threshold', () => {
    const stock = 'The voice of the child was considered throughout. ';
    const evidence =
      'Child K told her teacher, "I hate going home on Fridays." She was seen alone by the school nurse in March and said she was often hungry at breakfast club.';
    const findings = childVoiceFindings(draft('Voice of the child', stock.repeat(12) + evidence));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/only \d+ words of substance \(at least 100 expected\)/);
  });

  it('accepts a section with the child\'s words, daily life and being seen alone', () => {
    const body = [
      'Child K told her teacher, "I hate going home on Fridays because Mum\'s friends come round." She said she liked drawing and wanted a dog of her own.',
      'Breakfast club staff noticed that she ate two bowls of cereal most mornings and often arrived without a coat. She walked her younger brother to nursery before school.',
      'She was seen alone by the school nurse three times; the social worker saw her on her own once, in the school library, and recorded that she was frightened of the evenings.',
      'Taken together, this tells us Child K was hungry, tired and carrying responsibility for her brother, and that she gave adults clues about what happened at home.',
    ].join('\n\n');
    expect(childVoiceFindings(draft('The Lived Experience of Child K', body))).toEqual([]);
  });

  it('does not require quotes from a baby: observations of feeding, crying and weight suffice', () => {
    const body = [
      'Baby T cannot tell us about his life, so this section draws on what practitioners observed.',
      'The health visitor recorded that he was feeding every three hours from a bottle, had gained weight along his centile and slept in a cot beside his mother\'s bed.',
      'Nursery staff described a baby who settled quickly, smiled at familiar faces and cried for long periods when he was collected in the evening.',
      'At eight weeks the GP noted a small mark on his ear that was not explained. He was cared for by his mother in the day and by his aunt at weekends.',
    ].join('\n\n');
    const text = draft("What We Know About Baby T's Daily Life", body, '# Rapid Review: Baby T');
    expect(childVoiceFindings(text, { template: 'rapid-review' })).toEqual([]);
  });

  it('asks for observations rather than words when the token section is about a baby', () => {
    const body = `Baby T's wishes and feelings were considered throughout. ${reviewProcessProse(10)}`;
    const findings = childVoiceFindings(draft('Voice of the child', body, '# Rapid Review: Baby T'), { template: 'rapid-review' });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('what practitioners observed');
    expect(findings[0].message).not.toContain('own words');
  });

  it('asks a baby\'s short section that has its observations for more of them, not for what the baby said', () => {
    const body = 'Baby T was described by the midwife as a sleepy baby who fed well. The health visitor saw her asleep in a car seat and did not see her fed or held. Her grandmother said she cried a lot in the evenings. No practitioner saw Baby T alone with her father.';
    const baby = childVoiceFindings(draft('Voice of the child', body, '# Rapid Review: Baby T'), { template: 'rapid-review' });
    expect(baby).toHaveLength(1);
    expect(baby[0].message).toContain('Say more about what practitioners observed of Baby T\'s day');
    expect(baby[0].message).not.toMatch(/what Baby T said/);
    const older = childVoiceFindings(draft('Voice of the child', body.replace(/Baby T/g, 'Child T').replace('a sleepy baby who fed well', 'a quiet girl who ate well'), '# Local Child Safeguarding Practice Review: Child T'));
    expect(older.map((finding) => finding.message).join('\n')).not.toContain('what practitioners observed of');
  });

  it('does not take an adult\'s first-person quote for the child\'s words', () => {
    const body = `Her mother told the reviewer, "I did everything I could for my children." ${reviewProcessProse(10)}`;
    const findings = childVoiceFindings(draft('Voice of the child', body));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('no words of Child K');
  });

  it('keeps a quotation that stands alone in the voice of the adult quoted just before it', () => {
    const body = `“She was a happy little girl who never gave anyone any trouble,” her mother told the review. “I would have known if something was wrong.” ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', body))).toHaveLength(1);
    // The child's own quotation after an adult's, with the child named, is the child's.
    const child = `Her mother told the review she was a quiet girl. Child K wrote: “I don’t want to go home.” ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', child))).toEqual([]);
  });

  it('reads a process named by a noun ("consideration was given to her sleep") as about the agencies', () => {
    const body = `Consideration was given to Child K's sleep, diet, school attendance and friendships in the assessment. Attention was paid to her routine at home. ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', body))).toHaveLength(1);
    const about = `Child K's sleep was broken by noise from the flat below, and she was often hungry at school. ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', about))).toEqual([]);
  });

  it('hears the child in a second verb that shares them as subject, not in words a denied clause says nobody recorded', () => {
    const asked = `Child K was asked whether she felt safe at home and said that she did. ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', asked))).toEqual([]);
    const absent = `Child K's voice is not evident in the records. No practitioner recorded what she said or how she spent her days. ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', absent))).toHaveLength(1);
  });

  it('counts a statement that nobody saw the child alone as addressing it', () => {
    const body = `She was not seen on her own by any professional during the eighteen months under review. ${reviewProcessProse(10)}`;
    expect(childVoiceFindings(draft('Voice of the child', body))).toEqual([]);
  });

  it('leaves a missing section to required-section and an empty one to empty-section', () => {
    const missing = new Linter().lint('# Review: Child K\n\n## Background\n\nChild K lived with her mother.\n');
    expect(missing.findings.filter((finding) => finding.ruleId === 'child-voice')).toEqual([]);
    const empty = new Linter().lint(draft('Voice of the child', '<!-- to do after the family meeting -->'));
    expect(empty.findings.filter((finding) => finding.ruleId === 'child-voice')).toEqual([]);
    expect(empty.findings.some((finding) => finding.ruleId === 'empty-section' && finding.data?.sectionId === 'voice-of-child')).toBe(true);
  });

  it('honours the minWords option', () => {
    const body =
      'Child K told her teacher, "I hate going home on Fridays." She was seen alone by the school nurse in March, said she was often hungry at breakfast club, and loved football with her friends.';
    expect(childVoiceFindings(draft('Voice of the child', body))).toHaveLength(1);
    expect(childVoiceFindings(draft('Voice of the child', body), { rules: { 'child-voice': { severity: 'warning', options: { minWords: 30 } } } })).toEqual([]);
  });

  describeDocumentationExamples('child-voice', childVoiceFindings, '# Local Child Safeguarding Practice Review: Child J');

  describe('sample drafts', () => {
    it('passes the voice sections of lcspr-complete, lcspr-messy and the infant rapid review', () => {
      expect(childVoiceFindings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(childVoiceFindings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(childVoiceFindings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });

    it('says nothing on lcspr-gaps, whose voice section is missing', () => {
      expect(childVoiceFindings(sample('lcspr-gaps.md'), { template: 'lcspr' })).toEqual([]);
    });
  });
});
