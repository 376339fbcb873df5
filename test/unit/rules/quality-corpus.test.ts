// The labelled quality corpus: every case linted with only its rule on (and empty-section, which
// decides whether a section is judged at all), precision and recall printed per rule and per class.
// Floors are what the rules honestly reach; a failing case stays in and counts.
import { describe, expect, it } from 'vitest';
import { Linter, RULES } from '../../../src/engine/index';
import { ANALYSIS_DEPTH_CASES } from '../../corpus/quality/analysis-depth.cases';
import { FAMILY_INVOLVEMENT_CASES } from '../../corpus/quality/family-involvement.cases';
import { READABILITY_CASES } from '../../corpus/quality/readability.cases';
import type { QualityCase } from '../../corpus/quality/types';

interface Suite {
  ruleId: string;
  cases: QualityCase[];
  /** The draft a case's text is placed in. */
  draft: (text: string) => string;
  floors: { precision: number; recall: number };
}

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
];

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
    it(`${suite.ruleId}: at least 40 cases in both directions, precision and recall above the floors`, () => {
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
        [`${suite.ruleId}: ${suite.cases.length} cases, precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn}, tn ${total.tn})`, ...rows, ...misses].join('\n'),
      );
      expect(suite.cases.length).toBeGreaterThanOrEqual(40);
      expect(suite.cases.filter((testCase) => testCase.expect === 'report').length).toBeGreaterThanOrEqual(15);
      expect(suite.cases.filter((testCase) => testCase.expect === 'silent').length).toBeGreaterThanOrEqual(15);
      expect(precision).toBeGreaterThanOrEqual(suite.floors.precision);
      expect(recall).toBeGreaterThanOrEqual(suite.floors.recall);
    });
  }
});
