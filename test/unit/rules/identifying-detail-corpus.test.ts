// The labelled corpus of test/corpus/names: precision and recall per class for identifying-detail's
// judgement of names and dates of birth, and the invariant that applying any of its suggestions
// adds no finding anywhere.
import { describe, expect, it } from 'vitest';
import { Linter, applyFix, type Finding } from '../../../src/engine/index';
import { NAME_CASES, type NameCase } from '../../corpus/names/cases';

const RULE_ID = 'identifying-detail';
const JUDGED_KINDS = new Set(['name', 'date-of-birth']);

function draftOf(testCase: NameCase): string {
  return testCase.document ? testCase.text : `# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n${testCase.text}\n`;
}

const linters = new Map<string, Linter>();

function lint(text: string, allowNames: string[] = []): Finding[] {
  const key = JSON.stringify(allowNames);
  let linter = linters.get(key);
  if (!linter) linters.set(key, (linter = new Linter({ allowNames })));
  return linter.lint(text).findings;
}

function judged(text: string, findings: Finding[]): { finding: Finding; covered: string }[] {
  return findings
    .filter((finding) => finding.ruleId === RULE_ID && JUDGED_KINDS.has(finding.data?.kind ?? ''))
    .map((finding) => ({ finding, covered: text.slice(finding.range.start.offset, finding.range.end.offset) }));
}

interface Outcome {
  testCase: NameCase;
  correct: boolean;
  found: string[];
}

function run(testCase: NameCase): Outcome {
  const text = draftOf(testCase);
  const found = judged(text, lint(text, testCase.allowNames));
  const covered = found.map((entry) => entry.covered);
  const correct = testCase.expect === 'silent' ? found.length === 0 : covered.includes(testCase.span!);
  return { testCase, correct, found: covered };
}

describe('identifying-detail corpus (test/corpus/names)', () => {
  const outcomes = NAME_CASES.map(run);

  it('prints precision and recall per class and meets the floors', () => {
    const classes = [...new Set(NAME_CASES.map((testCase) => testCase.class))];
    const rows = classes.map((cls) => {
      const mine = outcomes.filter((outcome) => outcome.testCase.class === cls);
      const reports = mine.filter((outcome) => outcome.testCase.expect === 'report');
      const silents = mine.filter((outcome) => outcome.testCase.expect === 'silent');
      const truePositives = reports.filter((outcome) => outcome.correct).length;
      const falseAlarms = silents.filter((outcome) => !outcome.correct).length;
      const precision = truePositives + falseAlarms === 0 ? 1 : truePositives / (truePositives + falseAlarms);
      const recall = reports.length === 0 ? 1 : truePositives / reports.length;
      return { class: cls, report: reports.length, silent: silents.length, recall: recall.toFixed(2), precision: precision.toFixed(2), 'false alarms': falseAlarms };
    });
    console.log(`identifying-detail corpus: ${NAME_CASES.length} cases`);
    console.table(rows);
    const failures = outcomes.filter((outcome) => !outcome.correct);
    if (failures.length > 0) console.log(failures.map((outcome) => `${outcome.testCase.expect} [${outcome.testCase.class}] ${JSON.stringify(outcome.testCase.text.slice(0, 90))} → ${JSON.stringify(outcome.found)}`).join('\n'));

    const reports = outcomes.filter((outcome) => outcome.testCase.expect === 'report');
    const recall = reports.filter((outcome) => outcome.correct).length / reports.length;
    expect(NAME_CASES.length).toBeGreaterThanOrEqual(150);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    // No false alarm on pseudonyms, roles and agencies.
    const protectedClasses = new Set(['pseudonym', 'role', 'organisation']);
    expect(outcomes.filter((outcome) => protectedClasses.has(outcome.testCase.class) && outcome.testCase.expect === 'silent' && !outcome.correct).map((outcome) => outcome.testCase.text)).toEqual([]);
    const silents = outcomes.filter((outcome) => outcome.testCase.expect === 'silent');
    expect(silents.filter((outcome) => outcome.correct).length / silents.length).toBeGreaterThanOrEqual(0.95);
  });

  it('applying any suggestion of a name or date-of-birth finding adds no finding anywhere', () => {
    let applied = 0;
    for (const testCase of NAME_CASES.filter((candidate) => candidate.expect === 'report')) {
      const text = draftOf(testCase);
      const before = lint(text, testCase.allowNames);
      // Rules are compared by how many findings each has: a message may quote a count that an edit changes.
      const keys = (findings: Finding[]) => findings.map((finding) => finding.ruleId);
      const beforeKeys = keys(before);
      for (const { finding } of judged(text, before)) {
        for (const suggestion of finding.suggestions ?? []) {
          const outcome = applyFix(text, suggestion);
          expect(outcome.conflict, suggestion.title).toBe(false);
          const remaining = [...beforeKeys];
          for (const key of keys(lint(outcome.output, testCase.allowNames))) {
            const at = remaining.indexOf(key);
            expect(at, `${suggestion.title} on ${JSON.stringify(testCase.text)} added: ${key}`).toBeGreaterThanOrEqual(0);
            remaining.splice(at, 1);
          }
          applied++;
        }
      }
    }
    expect(applied).toBeGreaterThan(100);
  }, 120_000);
});
