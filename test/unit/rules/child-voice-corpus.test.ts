// Precision and recall of child-voice over the labelled sections in test/corpus/child-voice.
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { BLIND_VOICE_CASES } from '../../corpus/child-voice/blind-2026-11-30';
import { VOICE_CASES } from '../../corpus/child-voice/sections';

function reported(testCase: (typeof VOICE_CASES)[number]): boolean {
  const minWords = testCase.class === 'short' ? 100 : 40;
  const allowNames = /^(?:Child|Baby|the) /.test(testCase.child) ? [] : [testCase.child];
  const linter = new Linter({ allowNames, rules: { 'child-voice': { severity: 'warning', options: { minWords } } } });
  const text = `# Local Child Safeguarding Practice Review: ${testCase.child}\n\n## Background\n\n${testCase.child} lived with family members during the period under review.\n\n## Voice of the child\n\n${testCase.text}\n\n## Findings\n\nThe findings follow.\n`;
  return linter.lint(text).findings.some((finding) => finding.ruleId === 'child-voice');
}

function judge(label: string, cases: (typeof VOICE_CASES)[number][]): { precision: number; recall: number } {
  const byClass = new Map<string, { right: number; total: number }>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const testCase of cases) {
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
  console.log(`child-voice ${label}: ${cases.length} sections`);
  console.table([...byClass.entries()].map(([name, { right, total }]) => ({ class: name, right, total, accuracy: Number((right / total).toFixed(2)) })));
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  console.log(`${label}: token sections reported: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${tp} right, ${fp} false alarms, ${fn} missed)${wrong.length ? `\n${wrong.join('\n')}` : ''}`);
  return { precision, recall };
}

describe('child-voice corpus', () => {
  it('has at least 40 sections, in both directions', () => {
    expect(VOICE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(VOICE_CASES.filter((testCase) => testCase.expect === 'silent').length).toBeGreaterThanOrEqual(15);
    expect(VOICE_CASES.filter((testCase) => testCase.expect === 'report').length).toBeGreaterThanOrEqual(15);
  });

  it('judges what a section is about, with the precision and recall it reaches', () => {
    const { precision, recall } = judge('sections', VOICE_CASES);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  // Blind batch of 2026-11-30 (test/corpus/child-voice/blind-2026-11-30.ts), written before the
  // rule's code or the earlier sections were read. First run (held out), before any change to the rule:
  //   33 sections (17 silent, 16 token): precision 1.00, recall 0.88 (14 right, 0 false alarms, 2 missed).
  //   The first 25 written were all judged right; the 8 harder ones written next (still before reading
  //   the code) gave the 2 misses: a mother's first-person quotation attributed after it ("“He was a
  //   happy little boy …,” his mother told the review"), and "Consideration was given to Child S's
  //   sleep, diet, school attendance and friendships in the single assessment" (agentless passive).
  it('blind batch 2026-11-30: at least 24 sections in both directions, judged on their own', () => {
    expect(BLIND_VOICE_CASES.length).toBeGreaterThanOrEqual(24);
    expect(BLIND_VOICE_CASES.filter((testCase) => testCase.expect === 'silent').length).toBeGreaterThanOrEqual(10);
    expect(BLIND_VOICE_CASES.filter((testCase) => testCase.expect === 'report').length).toBeGreaterThanOrEqual(10);
    // After the rule was generalised (a quotation standing alone continues the adult quoted before it;
    // a process named by a noun, "consideration was given to …", is the agencies'): 1.00 / 1.00.
    const { precision, recall } = judge('blind 2026-11-30', BLIND_VOICE_CASES);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
