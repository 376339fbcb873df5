// The labelled recommendations corpus (test/corpus/recommendations/): each case through the linter,
// precision and recall printed per class, floors asserted at what the rules honestly reach.
import { describe, expect, it } from 'vitest';
import { RULE_IDS, type Finding } from '../../../src/engine/index';
import { FORMAT_CASES, type FormatClass } from '../../corpus/recommendations/format-cases';
import { COUNT_CASES, type CountClass } from '../../corpus/recommendations/count-cases';
import { Linter } from '../../../src/engine/index';
import { COUNT_2026_11_30_AFTER, COUNT_BLIND_2026_11_30, COUNT_BLIND_2026_11_30_CHECK, FORMAT_2026_11_30_AFTER, FORMAT_BLIND_2026_11_30, FORMAT_BLIND_2026_11_30_CHECK } from '../../corpus/recommendations/blind-2026-11-30';

function draft(body: string, template: 'lcspr' | 'rapid-review' = 'lcspr'): string {
  if (template === 'rapid-review') return `---\ncspr-template: rapid-review\n---\n# Rapid review: Baby T\n\n## Actions\n\n${body}\n`;
  return `# Local Child Safeguarding Practice Review: Child B\n\n## Findings\n\nThe findings follow the key practice episodes agreed with the panel and the family.\n\n## Recommendations\n\n${body}\n`;
}

interface Tally {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  misses: string[];
}

function table(title: string, tallies: Map<string, Tally>): { precision: number; recall: number } {
  const rows = [...tallies.entries()].map(([name, t]) => {
    const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
    const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
    return `${name.padEnd(20)} ${String(t.tp + t.fn).padStart(6)} ${String(t.fp + t.tn).padStart(6)} ${precision.toFixed(2).padStart(9)} ${recall.toFixed(2).padStart(6)}`;
  });
  const total = [...tallies.values()].reduce((sum, t) => ({ tp: sum.tp + t.tp, fn: sum.fn + t.fn, fp: sum.fp + t.fp, tn: sum.tn + t.tn, misses: [...sum.misses, ...t.misses] }), { tp: 0, fn: 0, fp: 0, tn: 0, misses: [] as string[] });
  const precision = total.tp / Math.max(1, total.tp + total.fp);
  const recall = total.tp / Math.max(1, total.tp + total.fn);
  console.log(
    `\n${title}\n${'class'.padEnd(20)} ${'report'.padStart(6)} ${'silent'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(6)}\n${rows.join('\n')}\n${'all'.padEnd(20)} ${String(total.tp + total.fn).padStart(6)} ${String(total.fp + total.tn).padStart(6)} ${precision.toFixed(2).padStart(9)} ${recall.toFixed(2).padStart(6)}` +
      (total.misses.length > 0 ? `\nwrong:\n  ${total.misses.join('\n  ')}` : ''),
  );
  return { precision, recall };
}

/** Only the rule under test runs, so the corpus measures it alone (and other rules' work in progress cannot break it); one linter per rule and template. */
const linters = new Map<string, Linter>();
function linterFor(ruleId: string, template?: string): Linter {
  const key = `${ruleId} ${template ?? ''}`;
  let linter = linters.get(key);
  if (!linter) {
    linter = new Linter({ ...(template ? { template } : {}), rules: Object.fromEntries(RULE_IDS.map((id) => [id, { severity: id === ruleId ? ('warning' as const) : ('off' as const) }])) });
    linters.set(key, linter);
  }
  return linter;
}

function tally<C extends string>(cases: { text: string; expect: 'report' | 'silent'; class: C; note: string; template?: 'lcspr' | 'rapid-review' }[], ruleId: string, hit: (c: C, findings: Finding[]) => boolean) {
  const tallies = new Map<string, Tally>();
  for (const c of cases) {
    const t = tallies.get(c.class) ?? tallies.set(c.class, { tp: 0, fn: 0, fp: 0, tn: 0, misses: [] }).get(c.class)!;
    const findings = linterFor(ruleId, c.template).lint(draft(c.text, c.template)).findings.filter((finding) => finding.ruleId === ruleId);
    const describe = () => `${c.expect} ${c.class}: ${c.note} → ${findings.map((finding) => finding.message).join(' | ') || 'nothing'}`;
    if (c.expect === 'report') {
      if (hit(c.class, findings)) t.tp++;
      else {
        t.fn++;
        t.misses.push(describe());
      }
    } else if (findings.length > 0) {
      t.fp++;
      t.misses.push(describe());
    } else t.tn++;
  }
  return tallies;
}

const FORMAT_PROBLEMS: Record<FormatClass, (finding: Finding) => boolean> = {
  'vague-verb': (finding) => finding.data?.problem === 'vague',
  'modal-weak': (finding) => finding.data?.problem === 'vague',
  'agentless-passive': (finding) => /passive/.test(finding.message) || finding.data?.problem === 'vague',
  'no-addressee': (finding) => (finding.data?.missing ?? '').includes('addressee'),
  'no-measure': (finding) => (finding.data?.missing ?? '').includes('measure'),
  'table-cells': (finding) => finding.data?.problem === 'no-addressee' || finding.data?.problem === 'no-measure' || (finding.data?.missing ?? '') !== '',
  'table-no-number': (finding) => finding.data?.problem === 'unnumbered' && /table/.test(finding.message),
  unnumbered: (finding) => finding.data?.problem === 'unnumbered',
};

const COUNT_PROBLEMS: Record<CountClass, (finding: Finding) => boolean> = {
  'too-many': (finding) => finding.data?.problem === 'too-many',
  duplicate: (finding) => finding.data?.problem === 'duplicate',
  'training-only': (finding) => finding.data?.problem === 'training-only',
};

describe('recommendations corpus', () => {
  it(`recommendation-format: ${FORMAT_CASES.length} cases`, () => {
    expect(FORMAT_CASES.length).toBeGreaterThanOrEqual(80);
    const { precision, recall } = table('recommendation-format', tally(FORMAT_CASES, 'recommendation-format', (c, findings) => findings.some(FORMAT_PROBLEMS[c])));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it(`recommendation-count: ${COUNT_CASES.length} cases`, () => {
    expect(COUNT_CASES.length).toBeGreaterThanOrEqual(40);
    const { precision, recall } = table('recommendation-count', tally(COUNT_CASES, 'recommendation-count', (c, findings) => findings.some(COUNT_PROBLEMS[c])));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  }, 120_000);

  // Blind batch of 2026-11-30 (test/corpus/recommendations/blind-2026-11-30.ts), written before reading
  // the rules' code or the earlier cases. First run, held out (before any change to the rules):
  //   recommendation-format 46 cases (26 report, 20 silent): precision 0.92, recall 0.88. Missed: "The Local Authority to
  //     examine whether …" (nothing reported), "to think creatively about" (only its addressee reported, the adverb hid
  //     "think about"), "should review whether … Timescale: six months" (reported as having no timescale: the
  //     duration under the label was not read, and "review whether" not as thought). False alarms: "The LSCP should
  //     seek assurance from …" (an acronym the glossary does not know, as subject, not read as the addressee) and
  //     "Health visiting service: offer a home visit …" (an addressee written as a label).
  //   recommendation-count  14 cases (7 report, 7 silent): precision 0.71, recall 0.71. Missed: two duplicates in
  //     other words ("seek / obtain assurance … non-resident father / fathers who do not live with the child";
  //     "audit 25 records / dip sample 25 cases"). False alarms: "a learning event for the practitioners who worked
  //     with Child B" (the review's own learning) and, in the "10, at the limit" case, one of the ten "well-formed"
  //     recommendations was itself policy-only ("publish a bruising protocol"), rightly reported: a case-writing
  //     error, corrected in the case file.
  //   After generalising (see test/corpus/README.md): format precision 1.00, recall 1.00; count precision 1.00,
  //   recall 1.00 (the two paraphrased duplicates found once 'seek / obtain / gain' and 'check / test / verify' were
  //   added to the near-synonym groups the comparison already uses; "non-resident" against "do not live with" is
  //   still not joined, the pair now passes on the other words).
  it(`recommendation-format blind 2026-11-30: ${FORMAT_BLIND_2026_11_30.length} cases`, () => {
    expect(FORMAT_BLIND_2026_11_30.length).toBeGreaterThanOrEqual(40);
    const { precision, recall } = table('recommendation-format blind 2026-11-30', tally(FORMAT_BLIND_2026_11_30, 'recommendation-format', (c, findings) => findings.some(FORMAT_PROBLEMS[c])));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it(`recommendation-count blind 2026-11-30: ${COUNT_BLIND_2026_11_30.length} cases`, () => {
    expect(COUNT_BLIND_2026_11_30.length).toBeGreaterThanOrEqual(12);
    const { precision, recall } = table('recommendation-count blind 2026-11-30', tally(COUNT_BLIND_2026_11_30, 'recommendation-count', (c, findings) => findings.some(COUNT_PROBLEMS[c])));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  }, 120_000);

  // The check set of the same batch, written after the changes for the first set and before running them on it.
  // First run: format 6 of 8 (missed "The Partnership to investigate whether …": a verb the clause grammar did not know,
  // so the request was read from the wrong clause; "ALL AGENCIES will audit …" taken for an acronym naming a body),
  // count 2 of 2.
  it('blind 2026-11-30 check set', () => {
    const format = table('recommendation-format blind 2026-11-30 check set', tally(FORMAT_BLIND_2026_11_30_CHECK, 'recommendation-format', (c, findings) => findings.some(FORMAT_PROBLEMS[c])));
    const count = table('recommendation-count blind 2026-11-30 check set', tally(COUNT_BLIND_2026_11_30_CHECK, 'recommendation-count', (c, findings) => findings.some(COUNT_PROBLEMS[c])));
    expect(Math.min(format.precision, format.recall, count.precision, count.recall)).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  // Not blind: written after reading the rules (FORMAT_2026_11_30_AFTER, COUNT_2026_11_30_AFTER). First run: format 6 of 9
  // ("work with GP practices to consider", "Leaders across the partnership", "review its approach" reported only for
  // want of a timescale), count 1 of 2 (training in a new protocol that requires an act).
  it('2026-11-30 cases written after the rules', () => {
    const format = table('recommendation-format 2026-11-30 after the rules', tally(FORMAT_2026_11_30_AFTER, 'recommendation-format', (c, findings) => findings.some(FORMAT_PROBLEMS[c])));
    const count = table('recommendation-count 2026-11-30 after the rules', tally(COUNT_2026_11_30_AFTER, 'recommendation-count', (c, findings) => findings.some(COUNT_PROBLEMS[c])));
    expect(Math.min(format.precision, format.recall, count.precision, count.recall)).toBe(1);
  }, 120_000);
});
