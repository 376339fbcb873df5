// The labelled quality corpus: every case linted with only its rule on (and empty-section, which
// decides whether a section is judged at all), precision and recall printed per rule and per class.
// Floors are what the rules honestly reach; a failing case stays in and counts.
import { describe, expect, it } from 'vitest';
import { Linter, RULES } from '../../../src/engine/index';
import { ANALYSIS_DEPTH_CASES } from '../../corpus/quality/analysis-depth.cases';
import { FAMILY_INVOLVEMENT_CASES } from '../../corpus/quality/family-involvement.cases';
import { READABILITY_CASES } from '../../corpus/quality/readability.cases';
import type { QualityCase } from '../../corpus/quality/types';
import { ANALYSIS_DEPTH_BLIND_2026_11_30, FAMILY_INVOLVEMENT_BLIND_2026_11_30, GOOD_PRACTICE_BLIND_2026_11_30, QUALITY_2026_11_30_AFTER, QUALITY_BLIND_2026_11_30_CHECK } from '../../corpus/quality/blind-2026-11-30.cases';

interface Suite {
  ruleId: string;
  cases: QualityCase[];
  /** The draft a case's text is placed in. */
  draft: (text: string) => string;
  floors: { precision: number; recall: number };
  /** Fewest cases, and fewest in each direction, the suite must hold. */
  minCases?: { total: number; each: number };
  /** The title printed and tested (a blind batch says so). */
  title?: string;
}

const ANALYSIS_DRAFT = (text: string) => `# Local Child Safeguarding Practice Review: Child K\n\n## Findings and analysis\n\n${text}\n\n## Good practice\n\nThe school nurse saw Child K every week.\n`;
const FAMILY_DRAFT = (text: string) => `# Local Child Safeguarding Practice Review: Child K\n\n## Family involvement\n\n${text}\n\n## Background\n\nChild K lived with her mother and two brothers.\n`;
const GOOD_PRACTICE_DRAFT = (text: string) => `# Local Child Safeguarding Practice Review: Child K\n\n## Findings and analysis\n\nThe findings follow.\n\n## Good practice\n\n${text}\n\n## Recommendations\n\n1. The ICB will audit 20 cases by June 2026.\n`;

const SUITES: Suite[] = [
  {
    ruleId: 'analysis-depth',
    cases: ANALYSIS_DEPTH_CASES,
    draft: (text) => `# Local Child Safeguarding Practice Review: Child K\n\n## Findings and analysis\n\n${text}\n\n## Good practice\n\nThe school nurse saw Child K every week.\n`,
    floors: { precision: 0.9, recall: 0.9 },
  },
  {
    ruleId: 'family-involvement',
    cases: FAMILY_INVOLVEMENT_CASES,
    draft: (text) => `# Local Child Safeguarding Practice Review: Child K\n\n## Family involvement\n\n${text}\n\n## Background\n\nChild K lived with her mother and two brothers.\n`,
    floors: { precision: 0.9, recall: 0.9 },
  },
  {
    ruleId: 'readability',
    cases: READABILITY_CASES,
    draft: (text) => `# Local Child Safeguarding Practice Review: Child K\n\n## Findings and analysis\n\n${text}\n\n## Good practice\n\nThe school nurse saw Child K every week.\n`,
    floors: { precision: 0.9, recall: 0.9 },
  },
  // Blind batch of 2026-11-30 (test/corpus/quality/blind-2026-11-30.cases.ts), written before reading
  // the rules' code or the earlier cases. First run, held out (before any change to the rules):
  //   analysis-depth      32 cases: precision 1.00, recall 0.81 (tp 13, fp 0, fn 3, tn 16). Missed: chronology
  //                       in numbered paragraphs under a subheading ("5.1 The midwife booked …": the number hid
  //                       the sentence's opening), chronology framed as commentary ("It is important to note
  //                       that the health visitor visited on 5 May"), a chronology in the historic present.
  //   family-involvement  32 cases: precision 0.89, recall 1.00 (tp 16, fp 2, fn 0, tn 14). False alarms: "chose to
  //                       meet the reviewer at her foster home" (read as a meeting still to come), written answers
  //                       ("She answered them in writing").
  //   good-practice       18 cases: precision 0.86, recall 0.75 (tp 6, fp 1, fn 2, tn 9). Missed: "His school
  //                       attendance was monitored closely" (an agency word inside a passive's subject taken as the
  //                       one acting), and a 13-word bullet list that was empty-section's finding, not this rule's
  //                       (a case-writing error, lengthened afterwards). False alarm: "The midwife's referral … meant".
  // After generalising (see test/corpus/README.md), all three at precision 1.00 and recall 1.00.
  {
    ruleId: 'analysis-depth',
    title: 'analysis-depth blind 2026-11-30',
    cases: ANALYSIS_DEPTH_BLIND_2026_11_30,
    draft: ANALYSIS_DRAFT,
    floors: { precision: 0.9, recall: 0.9 },
    minCases: { total: 30, each: 12 },
  },
  {
    ruleId: 'family-involvement',
    title: 'family-involvement blind 2026-11-30',
    cases: FAMILY_INVOLVEMENT_BLIND_2026_11_30,
    draft: FAMILY_DRAFT,
    floors: { precision: 0.9, recall: 0.9 },
    minCases: { total: 30, each: 12 },
  },
  {
    ruleId: 'good-practice',
    title: 'good-practice blind 2026-11-30',
    cases: GOOD_PRACTICE_BLIND_2026_11_30,
    draft: GOOD_PRACTICE_DRAFT,
    floors: { precision: 0.9, recall: 0.9 },
    minCases: { total: 16, each: 8 },
  },
];

// The check set of the same batch, written after the changes for the first set and before running them on it.
// First run: 8 of 10 right. Wrong: a questionnaire the mother "completed and returned" (those verbs were not read as
// taking part), and "concerns were noted and acted upon" (a second participle after "and" read as active).
const DRAFTS: Record<string, (text: string) => string> = { 'analysis-depth': ANALYSIS_DRAFT, 'family-involvement': FAMILY_DRAFT, 'good-practice': GOOD_PRACTICE_DRAFT };
describe('quality corpus: blind 2026-11-30 check set', () => {
  it('prints each case right or wrong', () => {
    const wrong: string[] = [];
    for (const { ruleId, testCase } of QUALITY_BLIND_2026_11_30_CHECK) {
      const reported = linterFor(ruleId).lint(DRAFTS[ruleId](testCase.text)).findings.some((finding) => finding.ruleId === ruleId);
      if (reported !== (testCase.expect === 'report')) wrong.push(`  ${ruleId} ${testCase.expect} ${testCase.class}: ${testCase.text.slice(0, 70).replace(/\n/g, ' ')}…`);
    }
    console.log([`quality blind 2026-11-30 check set: ${QUALITY_BLIND_2026_11_30_CHECK.length - wrong.length} of ${QUALITY_BLIND_2026_11_30_CHECK.length} right`, ...wrong].join('\n'));
    expect(QUALITY_BLIND_2026_11_30_CHECK.length - wrong.length).toBeGreaterThanOrEqual(9);
  });
});

function linterFor(ruleId: string): Linter {
  return new Linter({ rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.id === ruleId || rule.meta.id === 'empty-section' ? rule.meta.defaultSeverity : 'off'])) });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : numerator / denominator);

describe('quality corpus', () => {
  for (const suite of SUITES) {
    const min = suite.minCases ?? { total: 40, each: 15 };
    it(`${suite.title ?? suite.ruleId}: at least ${min.total} cases in both directions, precision and recall above the floors`, () => {
      const linter = linterFor(suite.ruleId);
      const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
      const byClass = new Map<string, Counts & { expect: string }>();
      const misses: string[] = [];
      for (const [index, testCase] of suite.cases.entries()) {
        const reported = linter.lint(suite.draft(testCase.text)).findings.some((finding) => finding.ruleId === suite.ruleId);
        const counts = byClass.get(testCase.class) ?? { tp: 0, fp: 0, fn: 0, tn: 0, expect: testCase.expect };
        byClass.set(testCase.class, counts);
        const key = testCase.expect === 'report' ? (reported ? 'tp' : 'fn') : reported ? 'fp' : 'tn';
        counts[key]++;
        total[key]++;
        if (key === 'fp' || key === 'fn') misses.push(`  ${key} #${index} ${testCase.class}: ${testCase.text.slice(0, 70).replace(/\n/g, ' ')}…`);
      }
      const precision = ratio(total.tp, total.tp + total.fp);
      const recall = ratio(total.tp, total.tp + total.fn);
      const rows = [...byClass].map(([name, counts]) =>
        counts.expect === 'report'
          ? `  ${name.padEnd(28)} report  recall ${ratio(counts.tp, counts.tp + counts.fn).toFixed(2)} (${counts.tp}/${counts.tp + counts.fn})`
          : `  ${name.padEnd(28)} silent  quiet  ${ratio(counts.tn, counts.tn + counts.fp).toFixed(2)} (${counts.tn}/${counts.tn + counts.fp})`,
      );
      console.log(
        [`${suite.title ?? suite.ruleId}: ${suite.cases.length} cases, precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn}, tn ${total.tn})`, ...rows, ...misses].join('\n'),
      );
      expect(suite.cases.length).toBeGreaterThanOrEqual(min.total);
      expect(suite.cases.filter((testCase) => testCase.expect === 'report').length).toBeGreaterThanOrEqual(min.each);
      expect(suite.cases.filter((testCase) => testCase.expect === 'silent').length).toBeGreaterThanOrEqual(min.each);
      expect(precision).toBeGreaterThanOrEqual(suite.floors.precision);
      expect(recall).toBeGreaterThanOrEqual(suite.floors.recall);
    });
  }
});

// Not blind: cases written after reading the rules (blind-2026-11-30.cases.ts, QUALITY_2026_11_30_AFTER); first run 13 of 15
// quality cases right ("Records show that …" frames; a father's video call "saying that …").
describe('quality corpus: 2026-11-30 cases written after the rules', () => {
  it('judges every case right', () => {
    const wrong = QUALITY_2026_11_30_AFTER.filter(({ ruleId, testCase }) => linterFor(ruleId).lint(DRAFTS[ruleId](testCase.text)).findings.some((finding) => finding.ruleId === ruleId) !== (testCase.expect === 'report'));
    console.log([`quality 2026-11-30 after the rules: ${QUALITY_2026_11_30_AFTER.length - wrong.length} of ${QUALITY_2026_11_30_AFTER.length} right`, ...wrong.map(({ ruleId, testCase }) => `  ${ruleId} ${testCase.expect} ${testCase.class}`)].join('\n'));
    expect(wrong).toEqual([]);
  });
});
