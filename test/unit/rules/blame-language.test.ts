import { describe, expect, it } from 'vitest';
import { BLAME_PHRASES } from '../../../src/engine/data/blame-phrases';
import { covered, describeBoundedTime, describeDocumentationExamples, findingsOf, sample } from './support';

const RULE_ID = 'blame-language';

const findings = findingsOf(RULE_ID);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Findings\n\n${body}\n`;
}

/** The phrases reported in a body, in order. */
function reported(body: string): string[] {
  const text = draft(body);
  return covered(text, findings(text));
}

function suggestion(body: string): string | undefined {
  return findings(draft(body))[0]?.suggestions?.[0]?.edits[0]?.text;
}

describe('blame-language', () => {
  it('reports "failed to" as info, says what to write instead, and suggests "did not" without fixing', () => {
    const text = draft('The team failed to follow up the missing episodes.');
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('info');
    expect(text.slice(finding.range.start.offset, finding.range.end.offset)).toBe('failed to');
    expect(finding.message).toContain('"did not", "was not able to"');
    expect(finding.fix).toBeUndefined();
    expect(finding.suggestions).toEqual([{ title: 'Replace "failed to" with "did not"', edits: [{ start: finding.range.start.offset, end: finding.range.end.offset, text: 'did not' }] }]);
  });

  it('reports the blame and hindsight phrases of the domain brief', () => {
    const body = [
      'It is inexcusable. There was no excuse. They were at fault. Blame lies with the school. This was a dereliction of duty.',
      'Officers should have known the signs; it should have been obvious. The risk was clearly missed.',
      'With the benefit of hindsight, the risk was high. In hindsight the decision was wrong. He was obviously distressed.',
      'The nurse was careless and negligent; incompetence was alleged. Practitioners did not do their job properly.',
      'This could have been prevented. The outcome could have been avoided.',
    ].join('\n\n');
    expect(reported(body)).toEqual([
      'inexcusable', 'no excuse', 'were at fault', 'Blame lies with', 'dereliction',
      'should have known', 'should have been obvious', 'clearly missed',
      'With the benefit of hindsight', 'In hindsight', 'obviously',
      'careless', 'negligent', 'incompetence', 'did not do their job properly',
      'could have been prevented', 'could have been avoided',
    ]);
  });

  it('keeps the capital of a sentence-initial phrase in the suggestion', () => {
    expect(suggestion('Failed to attend appointments three times.')).toBe('Did not');
    expect(suggestion('The police clearly missed the significance of the cash.')).toBe('did not recognise');
  });

  it('offers no suggestion where the replacement would not read ("had failed to", "was clearly missed")', () => {
    expect(reported('The social worker had failed to see him alone.')).toEqual(['failed to']);
    expect(suggestion('The social worker had failed to see him alone.')).toBeUndefined();
    expect(suggestion('The significance was clearly missed.')).toBeUndefined();
  });

  it('skips words in quotation marks and blockquotes: a parent\'s own words are evidence', () => {
    expect(reported('Her mother said "they failed to help us" and cried.')).toEqual([]);
    expect(reported('Her mother said “they failed to help us” and cried.')).toEqual([]);
    expect(reported('Her mother said ‘they failed to help us, they didn’t listen’ and cried.')).toEqual([]);
    expect(reported('> The school failed to listen to me, she said.')).toEqual([]);
    // The same sentence outside quotation marks is the reviewer's judgement.
    expect(reported('Her mother said they failed to help.')).toEqual(['failed to']);
  });

  it('needs whole words and leaves neutral wording alone', () => {
    expect(reported('The review has tried to avoid hindsight bias. Practitioners did not see Child J alone; the system did not support them.')).toEqual([]);
    expect(reported('Staff were unfailingly kind. The carelessness-free design.')).toEqual([]);
  });

  it('lets each phrase in the data file be found in running text', () => {
    for (const phrase of BLAME_PHRASES) {
      // The phrase with the first of each set of alternatives, optional words and a pronoun filled in.
      const words = phrase.phrase.split(' ').map((token) => (token === '*' ? 'their' : token.replace(/^\(|\)$/g, '').split('|')[0]));
      const written = words.join(' ');
      expect(reported(`In this case the agency ${written} the family.`), phrase.phrase).toEqual([written]);
    }
  });

  describe('sample drafts', () => {
    it('reports every blame and hindsight phrase the lcspr-gaps header lists, on its line', () => {
      const text = sample('lcspr-gaps.md');
      const found = findings(text, { template: 'lcspr' });
      const phrases = covered(text, found);
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      expect(phrases.filter((phrase) => phrase === 'failed to')).toHaveLength(5);
      for (const phrase of ['should have known', 'negligent', 'inexcusable', 'clearly missed', 'did not do their jobs properly', 'could have been avoided']) {
        const offset = text.indexOf(phrase, text.indexOf('-->'));
        const finding = found.find((candidate) => candidate.range.start.offset === offset);
        expect(finding, phrase).toBeDefined();
        expect(finding!.range.start.line).toBe(lineOf(offset));
        expect(finding!.range.end.offset).toBe(offset + phrase.length);
      }
      // Nothing in the quoted words of Child J's mother or the practitioners.
      const quoteMarksBefore = (offset: number) => (text.slice(text.lastIndexOf('\n', offset) + 1, offset).match(/"/g) ?? []).length;
      expect(found.filter((finding) => quoteMarksBefore(finding.range.start.offset) % 2 === 1)).toEqual([]);
    });

    it('reports nothing in lcspr-complete, lcspr-messy and the rapid review', () => {
      expect(findings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });
  });

  describeDocumentationExamples(RULE_ID, findings);

  describeBoundedTime(RULE_ID, {
    'phrase prefixes': 'should have been '.repeat(6_000),
    'repeated phrases': 'failed to '.repeat(10_000),
    'phrases inside many quotes': '"failed to" '.repeat(8_000),
    'unclosed curly quotes': '“failed to '.repeat(8_000),
    'single quotes and apostrophes': '‘didn’t ’s '.repeat(9_000),
    'whitespace runs': `did${' '.repeat(100_000)}not`,
    'letters': 'a'.repeat(100_000),
  });
});
