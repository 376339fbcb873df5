// The labelled language corpus (test/corpus/language): every case linted with only its rule on,
// precision and recall printed per class, and for reported cases whether the first suggestion gives
// the expected text (or none is offered where none keeps the grammar). Floors are what the rules
// honestly reach; a failing case stays in and counts.
import { describe, expect, it } from 'vitest';
import { applyFix, Linter, RULES } from '../../../src/engine/index';
import { BLAME_LANGUAGE_CASES } from '../../corpus/language/blame-language.cases';
import { LANGUAGE_MATTERS_CASES } from '../../corpus/language/language-matters.cases';
import { UNDEFINED_ACRONYM_CASES } from '../../corpus/language/undefined-acronym.cases';
import type { LanguageCase } from '../../corpus/language/types';

interface Suite {
  ruleId: string;
  cases: LanguageCase[];
  minimum: number;
  heading: string;
  floors: { precision: number; recall: number; suggestions: number };
}

const SUITES: Suite[] = [
  { ruleId: 'blame-language', cases: BLAME_LANGUAGE_CASES, minimum: 60, heading: 'Findings', floors: { precision: 0.95, recall: 0.95, suggestions: 1 } },
  { ruleId: 'undefined-acronym', cases: UNDEFINED_ACRONYM_CASES, minimum: 30, heading: 'Background', floors: { precision: 0.95, recall: 0.95, suggestions: 0.9 } },
  { ruleId: 'language-matters', cases: LANGUAGE_MATTERS_CASES, minimum: 60, heading: 'Findings', floors: { precision: 0.95, recall: 0.95, suggestions: 0.9 } },
];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : numerator / denominator);
const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(5);

function linterFor(ruleId: string): Linter {
  return new Linter({ rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? rule.meta.defaultSeverity : 'off'])) });
}

describe('language corpus', () => {
  for (const suite of SUITES) {
    it(`${suite.ruleId}: at least ${suite.minimum} cases in both directions, precision, recall and suggestions above the floors`, () => {
      const linter = linterFor(suite.ruleId);
      const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
      const byClass = new Map<string, Counts>();
      const misses: string[] = [];
      let suggestionsJudged = 0;
      let suggestionsRight = 0;
      const prefix = `# Local Child Safeguarding Practice Review: Child L\n\n## ${suite.heading}\n\n`;
      for (const testCase of suite.cases) {
        const text = `${prefix}${testCase.text}\n`;
        const found = linter.lint(text).findings.filter((finding) => finding.ruleId === suite.ruleId);
        const reported = found.length > 0;
        const counts = byClass.get(testCase.class) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
        const key = testCase.expect === 'report' ? (reported ? 'tp' : 'fn') : reported ? 'fp' : 'tn';
        counts[key]++;
        total[key]++;
        byClass.set(testCase.class, counts);
        if (key === 'fp' || key === 'fn') misses.push(`${key} [${testCase.class}] ${testCase.text}${reported ? ` → ${found.map((finding) => finding.message).join(' | ')}` : ''}`);
        if (testCase.expect === 'report' && testCase.suggestion !== undefined) {
          suggestionsJudged++;
          const suggestion = found[0]?.suggestions?.[0];
          const result = suggestion ? applyFix(text, suggestion).output.slice(prefix.length).replace(/\n$/, '') : null;
          if (result === testCase.suggestion) suggestionsRight++;
          else misses.push(`suggestion [${testCase.class}] ${testCase.text}\n    expected: ${testCase.suggestion}\n    offered:  ${result}`);
        }
      }
      const lines = [`${suite.ruleId}: ${suite.cases.length} cases`, `${'class'.padEnd(28)} cases precision recall`];
      for (const [name, counts] of [...byClass].sort()) {
        const cases = counts.tp + counts.fp + counts.fn + counts.tn;
        lines.push(`${name.padEnd(28)} ${String(cases).padStart(5)} ${percent(ratio(counts.tp, counts.tp + counts.fp)).padStart(9)} ${percent(ratio(counts.tp, counts.tp + counts.fn)).padStart(6)}   (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}, tn ${counts.tn})`);
      }
      const precision = ratio(total.tp, total.tp + total.fp);
      const recall = ratio(total.tp, total.tp + total.fn);
      const suggestionScore = ratio(suggestionsRight, suggestionsJudged);
      lines.push(`${'all'.padEnd(28)} ${String(suite.cases.length).padStart(5)} ${percent(precision).padStart(9)} ${percent(recall).padStart(6)}`);
      lines.push(`suggestions as expected: ${suggestionsRight}/${suggestionsJudged}`);
      if (misses.length > 0) lines.push('misses:', ...misses.map((miss) => `  ${miss}`));
      console.log(lines.join('\n'));
      expect(suite.cases.length).toBeGreaterThanOrEqual(suite.minimum);
      expect(suite.cases.some((testCase) => testCase.expect === 'report')).toBe(true);
      expect(suite.cases.some((testCase) => testCase.expect === 'silent')).toBe(true);
      expect(precision).toBeGreaterThanOrEqual(suite.floors.precision);
      expect(recall).toBeGreaterThanOrEqual(suite.floors.recall);
      expect(suggestionScore).toBeGreaterThanOrEqual(suite.floors.suggestions);
    });
  }
});
