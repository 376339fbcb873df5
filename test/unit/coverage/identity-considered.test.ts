// identity-considered: decided by the coverage concept model. Runs the labelled cases of
// test/corpus/themes/identity-considered.ts (each passage inside an otherwise identity-neutral draft
// long enough to be judged) and prints precision and recall; plus the rule's own edges.
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { IDENTITY_CASES } from '../../corpus/themes/identity-considered';

const NEUTRAL = [
  'The review covers the eighteen months before the incident. Records were provided by children\'s social care, the police, the GP practice, the health visiting service and the primary school.',
  'Practitioners from each agency met the reviewer at a learning event in May, and the draft was shared with them for comment before it went to the partnership.',
  'The chronology shows regular contact from the school and the health visitor, with several referrals to the front door that were each closed after screening.',
  'The review makes four recommendations to the partnership, each with an owner and a date, and asks for a report on progress in six months.',
  'Several practitioners said that the pressure of the work at the time made it hard to step back and look at the whole picture. The review thanks them for speaking openly about what they knew, what they did and why.',
].join('\n\n');

function findingsOf(body: string, options?: Record<string, unknown>) {
  const linter = new Linter({ rules: { 'identity-considered': { severity: 'info', options } } });
  return linter.lint(`# Review: Child R\n\n## Findings\n\n${body}\n\n${NEUTRAL}\n`).findings.filter((finding) => finding.ruleId === 'identity-considered');
}

describe('identity-considered', () => {
  it('labelled cases: precision and recall of reporting', () => {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    const wrong: string[] = [];
    for (const { text, expect: expected, note } of IDENTITY_CASES) {
      const reported = findingsOf(text).length > 0;
      if (reported && expected === 'report') truePositive++;
      else if (reported) {
        falsePositive++;
        wrong.push(`reported, should be silent (${note}): ${text}`);
      } else if (expected === 'report') {
        falseNegative++;
        wrong.push(`silent, should report (${note}): ${text}`);
      }
    }
    const precision = truePositive / Math.max(1, truePositive + falsePositive);
    const recall = truePositive / Math.max(1, truePositive + falseNegative);
    const right = IDENTITY_CASES.length - falsePositive - falseNegative;
    console.log(`identity-considered: ${IDENTITY_CASES.length} cases, ${right} right; precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    if (wrong.length > 0) console.log(wrong.join('\n'));
    expect(IDENTITY_CASES.filter((entry) => entry.expect === 'report').length).toBeGreaterThanOrEqual(15);
    expect(IDENTITY_CASES.filter((entry) => entry.expect === 'silent').length).toBeGreaterThanOrEqual(15);
    expect(right / IDENTITY_CASES.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reports once, on the findings heading, with what to add', () => {
    const [finding, ...rest] = findingsOf('Nothing here on who the family are.');
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('info');
    expect(finding.range.start.line).toBe(3);
    expect(finding.message).toMatch(/race, ethnicity, culture, religion, language or disability/);
  });

  it('a draft that only states who the family are is told what it stated, and where', () => {
    for (const [statement, words] of [
      ['Child R is a White British boy who lived with his mother.', '"White British"'],
      ['The family are Muslim and attended the mosque each Friday.', '"Muslim"'],
    ] as const) {
      const [finding, ...rest] = findingsOf(statement);
      expect(rest, statement).toEqual([]);
      expect(finding.message, statement).toContain(`The draft states ${words} (line 5) but nowhere considers what Child R's and the family's race, ethnicity`);
    }
    // Not a word of identity, or one that is not written as a name: the plain message, which does not claim the draft stated anything.
    for (const statement of ['Child R liked football.', 'His picture shows his old house with a big black cloud over it.', 'Black bin bags filled the hall.']) {
      expect(findingsOf(statement)[0].message, statement).toMatch(/^The draft nowhere considers Child R's/);
    }
  });

  it('does not judge a skeleton shorter than minWords, and counts nothing in the glossary or references', () => {
    expect(new Linter().lint('# Review\n\n## Findings\n\nShort.\n').findings.filter((finding) => finding.ruleId === 'identity-considered')).toEqual([]);
    expect(findingsOf('Short.', { minWords: 0 })).toHaveLength(1);
    const glossaryOnly = `# Review\n\n## Findings\n\n${NEUTRAL}\n\n## Glossary\n\nEAL: English as an additional language; an interpreter was considered for every family.\n`;
    expect(new Linter().lint(glossaryOnly).findings.filter((finding) => finding.ruleId === 'identity-considered')).toHaveLength(1);
  });
});
