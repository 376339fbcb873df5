// Precision and recall of child-voice over the labelled sections in test/corpus/child-voice.
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { VOICE_CASES } from '../../corpus/child-voice/sections';

function reported(testCase: (typeof VOICE_CASES)[number]): boolean {
  const minWords = testCase.class === 'short' ? 100 : 40;
  const allowNames = /^(?:Child|Baby|the) /.test(testCase.child) ? [] : [testCase.child];
  const linter = new Linter({ allowNames, rules: { 'child-voice': { severity: 'warning', options: { minWords } } } });
  const text = `# Local Child Safeguarding Practice Review: ${testCase.child}\n\n## Background\n\n${testCase.child} lived with family members during the period under review.\n\n## Voice of the child\n\n${testCase.text}\n\n## Findings\n\nThe findings follow.\n`;
  return linter.lint(text).findings.some((finding) => finding.ruleId === 'child-voice');
}

describe('child-voice corpus', () => {
  it('has at least 40 sections, in both directions', () => {
    expect(VOICE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(VOICE_CASES.filter((testCase) => testCase.expect === 'silent').length).toBeGreaterThanOrEqual(15);
    expect(VOICE_CASES.filter((testCase) => testCase.expect === 'report').length).toBeGreaterThanOrEqual(15);
  });

  it('judges what a section is about, with the precision and recall it reaches', () => {
    const byClass = new Map<string, { right: number; total: number }>();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const testCase of VOICE_CASES) {
      const got = reported(testCase);
      const want = testCase.expect === 'report';
      if (got && want) tp++;
      if (got && !want) fp++;
      if (!got && want) fn++;
      const entry = byClass.get(testCase.class) ?? { right: 0, total: 0 };
      entry.total++;
      if (got === want) entry.right++;
      else wrong.push(`${testCase.class} (${testCase.expect}): ${testCase.text.slice(0, 70)}…`);
      byClass.set(testCase.class, entry);
    }
    console.table([...byClass.entries()].map(([name, { right, total }]) => ({ class: name, right, total, accuracy: Number((right / total).toFixed(2)) })));
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`token sections reported: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${tp} right, ${fp} false alarms, ${fn} missed)${wrong.length ? `\n${wrong.join('\n')}` : ''}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
