import { describe, expect, it } from 'vitest';
import { applyFix, type EngineSettings } from '../../../src/engine/index';
import { covered, describeBoundedTime, describeDocumentationExamples, findingsOf, sample } from './support';

const RULE_ID = 'language-matters';

const findings = findingsOf(RULE_ID);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Findings\n\n${body}\n`;
}

function reported(body: string, settings: EngineSettings = {}): string[] {
  const text = draft(body);
  return covered(text, findings(text, settings));
}

/** The body's first line after the first finding's first suggestion, or undefined when none is offered. */
function suggested(body: string, settings: EngineSettings = {}): string | undefined {
  const text = draft(body);
  const suggestion = findings(text, settings)[0]?.suggestions?.[0];
  return suggestion ? applyFix(text, suggestion).output.split('\n')[4] : undefined;
}

describe('language-matters', () => {
  it('reports a term as a warning with the preferred wording, as a suggestion and never a fix', () => {
    const text = draft('The social worker noted disguised compliance by the mother.');
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('describe what the parent did and said');
    expect(finding.fix).toBeUndefined();
    expect(finding.data?.term).toBe('disguised compliance');
  });

  it('reports "did not attend" and "DNA" of a child, not of a parent or an agency', () => {
    expect(reported('Child J did not attend her appointment. The baby did not attend the six-week check.')).toEqual(['did not attend', 'did not attend']);
    expect(reported('Baby M was DNA\'d twice. He was recorded as DNA on three occasions.')).toEqual(["was DNA'd", 'as DNA']);
    expect(reported('The police did not attend the strategy meeting. Mother did not attend the core group. The DNA test confirmed paternity.')).toEqual([]);
    // A pronoun is the child when the child is the nearest person before it.
    expect(reported('Mother missed the review. Child K was due at the clinic in May but she did not attend.')).toEqual(['did not attend']);
    expect(reported('Child K stayed with her aunt. Her mother was unwell and she did not attend the meeting.')).toEqual([]);
  });

  it('suggests "was not brought" with the right verb, or nothing', () => {
    expect(suggested('Child J did not attend her appointment at the clinic.')).toBe('Child J was not brought to her appointment at the clinic.');
    expect(suggested('The twins did not attend.')).toBe('The twins were not brought.');
    // "at" (or "for") after the term becomes "to": a child is brought to a place, not "brought at" it.
    expect(suggested('Baby M was DNA\'d at the clinic.')).toBe('Baby M was not brought to the clinic.');
    expect(suggested('Child J did not attend for his appointment.')).toBe('Child J was not brought to his appointment.');
    expect(suggested('Baby S did not attend Audiology in May.')).toBe('Baby S was not brought to Audiology in May.');
    expect(suggested('Child L was DNA at the dental hospital.')).toBe('Child L was not brought to the dental hospital.');
    expect(suggested('Baby T was a DNA for the hip scan.')).toBe('Baby T was not brought to the hip scan.');
    // A time is not a place: "at 10am" and "at all" stay.
    expect(suggested('Baby Q was DNA\'d at 10am.')).toBe('Baby Q was not brought at 10am.');
    expect(suggested('Child J did not attend at all.')).toBe('Child J was not brought at all.');
    expect(suggested('Child J had not attended the dentist.')).toBe('Child J had not been brought to the dentist.');
  });

  it('reports each class of term, with inflections and variants', () => {
    expect(reported('The report referred to child prostitution and to child prostitutes.')).toEqual(['child prostitution', 'child prostitutes']);
    expect(reported('Her risky behaviours escalated; she was putting herself at risk and was seen as promiscuous.')).toEqual(['risky behaviours', 'putting herself at risk', 'promiscuous']);
    expect(reported('It was treated as a lifestyle choice. Her older boyfriend collected her. She met an online friend.')).toEqual(['lifestyle choice', 'older boyfriend', 'online friend']);
    expect(reported('He was recruited by older males into county lines.')).toEqual(['recruited']);
    expect(reported('She was attention-seeking. The father made malicious allegations. Shaken baby syndrome was suspected.')).toEqual(['attention-seeking', 'malicious allegations', 'Shaken baby syndrome']);
    expect(reported('She was engaging in sexual activity with older men.')).toEqual(['engaging in sexual activity']);
    expect(reported('Child S was sexually active with a 19-year-old man.')).toEqual(['sexually active']);
  });

  it('stays silent where the words mean something else', () => {
    expect(reported('The school recruited a new SENCO. The social worker was working with the family.')).toEqual([]);
    expect(reported('Mother was selling sex to pay for drugs.')).toEqual([]);
    expect(reported('Child J did not attend school for most of Year 10.')).toEqual([]);
    expect(reported('A Looked After Child (LAC) review was held.')).toEqual([]);
  });

  it('keeps the grammar of each suggestion', () => {
    expect(suggested('She was described as a child prostitute.')).toBe('She was described as a sexually exploited child.');
    expect(suggested('Her older boyfriend collected her from school.')).toBe('The adult who was exploiting her collected her from school.');
    expect(suggested('She was attention seeking.')).toBe('She was communicating distress.');
    expect(suggested('The father made a malicious allegation.')).toBe('The father made an allegation that was not substantiated.');
    expect(suggested('Child J was briefly LAC.')).toBe('Child J was briefly looked after.');
    expect(suggested('He was a LAC for five weeks.')).toBe('He was a child in care for five weeks.');
    expect(suggested('LAC children have a review.')).toBe('Looked-after children have a review.');
    expect(suggested('He was working for a dealer on the county line.')).toBe('He was being criminally exploited by a dealer on the county line.');
    // No grammatical replacement without knowing who harmed the child: advice only.
    expect(suggested('Her risky behaviour escalated.')).toBeUndefined();
  });

  it('leaves quoted records and family members\' words alone', () => {
    expect(reported('Her mother said "it was a lifestyle choice". The police log read \'DNA, risky behaviour\'.')).toEqual([]);
    expect(reported('> She was a child prostitute, the officer wrote.')).toEqual([]);
  });

  it('takes terms from the config: adds, rewords and allows them', () => {
    expect(reported('His challenging behaviour increased.', { language: { 'challenging behaviour': 'distressed behaviour' } })).toEqual(['challenging behaviour']);
    expect(suggested('His challenging behaviour increased.', { language: { 'challenging behaviour': 'distressed behaviour' } })).toBe('His distressed behaviour increased.');
    expect(reported('Her older boyfriend collected her.', { language: { 'older boyfriend': null } })).toEqual([]);
    const [reworded] = findings(draft('She was attention seeking.'), { language: { 'attention seeking': 'seeking help' } });
    expect(reworded.message).toContain('seeking help');
    expect(reworded.suggestions).toBeUndefined();
  });

  describe('sample drafts', () => {
    it('reports LAC in lcspr-gaps and nothing in the other samples', () => {
      const gaps = sample('lcspr-gaps.md');
      expect(covered(gaps, findings(gaps, { template: 'lcspr' }))).toEqual(['LAC', 'LAC']);
      expect(findings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });
  });

  describeDocumentationExamples(RULE_ID, findings);

  describeBoundedTime(RULE_ID, {
    'repeated terms': 'risky behaviour '.repeat(6_000),
    'did not attend chains': 'she did not attend '.repeat(5_000),
    'DNA runs': "DNA'd was DNA recorded as DNA ".repeat(3_000),
    'LAC runs': 'a LAC (LAC) '.repeat(8_000),
    'county lines with working': 'county lines working for working '.repeat(3_000),
    'reflexives': 'putting herself at at at '.repeat(4_000),
    'quotes': '"risky behaviour" \'DNA\' '.repeat(4_000),
  });
});
