// Precision and recall of heading matching over the labelled corpus in test/corpus/headings.
import { describe, expect, it } from 'vitest';
import { Linter, PRESET_TEMPLATES } from '../../src/engine/index';
import { compileHeadingMatcher } from '../../src/engine/sections/heading-match';
import { HEADING_CASES } from '../corpus/headings/headings';

const matchers = { lcspr: compileHeadingMatcher(PRESET_TEMPLATES.lcspr), 'rapid-review': compileHeadingMatcher(PRESET_TEMPLATES['rapid-review']) };

function predicted(testCase: (typeof HEADING_CASES)[number]): string[] {
  const template = testCase.template ?? 'lcspr';
  if (!testCase.context) return matchers[template].match(testCase.heading).map((section) => section.id);
  const doc = new Linter({ template }).lint(testCase.context).document;
  const headings = doc.headings.filter((heading) => heading.text === testCase.heading);
  expect(headings.length, `"${testCase.heading}" in its context`).toBeGreaterThan(0);
  return headings[headings.length - 1].sectionIds;
}

describe('heading corpus', () => {
  it('has at least 100 labelled headings, in both directions', () => {
    expect(HEADING_CASES.length).toBeGreaterThanOrEqual(100);
    expect(HEADING_CASES.filter((testCase) => testCase.expect === null).length).toBeGreaterThanOrEqual(20);
  });

  it('matches headings by meaning with the precision and recall it reaches', () => {
    const counts = new Map<string, { tp: number; fp: number; fn: number }>();
    const count = (id: string) => counts.get(id) ?? counts.set(id, { tp: 0, fp: 0, fn: 0 }).get(id)!;
    const wrong: string[] = [];
    let correct = 0;
    for (const testCase of HEADING_CASES) {
      const got = predicted(testCase);
      const expected = testCase.expect === null ? [] : [testCase.expect];
      for (const id of got) (expected.includes(id) ? count(id).tp++ : count(id).fp++);
      for (const id of expected) if (!got.includes(id)) count(id).fn++;
      const right = got.length === expected.length && got.every((id) => expected.includes(id));
      if (right) correct++;
      else wrong.push(`"${testCase.heading}"${testCase.context ? ' (in context)' : ''}: expected ${testCase.expect ?? 'none'}, got ${got.join(', ') || 'none'}`);
    }
    const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, { tp, fp, fn }]) => ({
      section: id,
      precision: tp + fp === 0 ? 1 : Number((tp / (tp + fp)).toFixed(2)),
      recall: tp + fn === 0 ? 1 : Number((tp / (tp + fn)).toFixed(2)),
      tp,
      fp,
      fn,
    }));
    console.table(rows);
    console.log(`${correct}/${HEADING_CASES.length} headings right${wrong.length ? `; wrong:\n${wrong.join('\n')}` : ''}`);
    const total = [...counts.values()].reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(total.tp / (total.tp + total.fp)).toBeGreaterThanOrEqual(0.9);
    expect(total.tp / (total.tp + total.fn)).toBeGreaterThanOrEqual(0.85);
  });
});
