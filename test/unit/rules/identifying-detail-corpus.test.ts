// The labelled corpus of test/corpus/names: precision and recall per class for identifying-detail's
// judgement of names and dates of birth, and the invariant that applying any of its suggestions
// adds no finding anywhere.
import { describe, expect, it } from 'vitest';
import { Linter, applyFix, type Finding } from '../../../src/engine/index';
import { NAME_CASES, type NameCase } from '../../corpus/names/cases';
import { BLIND_CASES_2026_11_30, type BlindCase } from '../../corpus/names/blind-2026-11-30';
import { BLIND_CASES_2026_11_30_B, type BlindBCase } from '../../corpus/names/blind-2026-11-30-b';

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
    const rows = classes.map((cls) => classRow(cls, outcomes.filter((outcome) => outcome.testCase.class === cls)));
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
      applied += expectSuggestionsAddNothing(text, before, judged(text, before).map(({ finding }) => finding), testCase);
    }
    expect(applied).toBeGreaterThan(100);
  }, 120_000);
});

// Blind batch of 2026-11-30 (test/corpus/names/blind-2026-11-30.ts): written before reading the rule or
// the cases above. Every identifying-detail finding counts (any kind); a report case is right when a
// finding covers its span or lies inside it; a silent case when the rule reports nothing.
// First run (held out, rule as of b69d28d): 189 cases (87 report, 102 silent); recall 0.63 (55/87),
// precision 0.93 (55 right reports, 4 false alarms), 98/102 silent cases silent. Per class, recall/precision
// (report+silent cases): chronology 1.00/1.00 (4+3), table 0.67/1.00 (3+2), list 1.00/1.00 (2+2),
// quoted-speech 0.67/1.00 (3+3), apostrophe 0.80/0.80 (5+3), multi-part 0.60/1.00 (5+2), diverse 0.76/1.00
// (17+4), title 0.50/1.00 (8+4), beside-pseudonym 0.50/1.00 (4+3), sentence-start 0.33/1.00 (3+7), nickname
// 0.00/1.00 (3+2), initials 0.00/1.00 (3+2), date-of-birth 0.50/1.00 (10+5), address 0.80/1.00 (5+4), school
// 1.00/1.00 (4+4), other-identifier 0.50/1.00 (2+1), month-weekday 1.00/1.00 (2+4), pseudonym 1.00/1.00 (1+5),
// role 1.00/1.00 (1+4), organisation -/0.00 (0+8: "Marie Curie"), legislation -/1.00 (0+6), cited-author
// 0.00/1.00 (1+6), national-case -/0.00 (0+5: "Daniel Pelka" in "Like Daniel Pelka, Child M …"),
// medicine-brand -/0.00 (0+6: "Jack Daniel" of "Jack Daniel’s"), story-festival -/1.00 (0+5), allow-names
// 0.00/1.00 (1+2). The fourth false alarm: "John Ambulance" in "St John Ambulance".
// After generalising the rule on these failures (so no longer held out): recall 0.98 (85/87), precision
// 1.00, no false alarm; every class 1.00/1.00 but sentence-start (0.33: a bare surname opening a sentence,
// "Okonkwo told police", "Kowalczyk’s van", is still missed). The corpus above stays 1.00/1.00.
describe('identifying-detail blind batch 2026-11-30 (held out when written)', () => {
  function runBlind(testCase: BlindCase): Outcome & { blindClass: string } {
    const text = draftOf(testCase as unknown as NameCase);
    const found = lint(text, testCase.allowNames)
      .filter((finding) => finding.ruleId === RULE_ID)
      .map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
    const correct = testCase.expect === 'silent' ? found.length === 0 : found.some((covered) => covered.includes(testCase.span!) || (covered.length >= 2 && testCase.span!.includes(covered)));
    return { testCase: testCase as unknown as NameCase, correct, found, blindClass: testCase.class };
  }
  const outcomes = BLIND_CASES_2026_11_30.map(runBlind);

  it('prints precision and recall per class', () => expectBlindBatch('identifying-detail blind batch 2026-11-30', outcomes, 120));

  it('applying any suggestion of any of its findings adds no finding anywhere', () => {
    let applied = 0;
    for (const testCase of BLIND_CASES_2026_11_30.filter((candidate) => candidate.expect === 'report')) {
      const text = draftOf(testCase as unknown as NameCase);
      const before = lint(text, testCase.allowNames);
      applied += expectSuggestionsAddNothing(text, before, before.filter((candidate) => candidate.ruleId === RULE_ID), testCase);
    }
    expect(applied).toBeGreaterThan(100);
  }, 120_000);
});

// Second blind batch of 2026-11-30 (test/corpus/names/blind-2026-11-30-b.ts): written before reading the rule
// or the corpora above. Every identifying-detail finding counts (any kind); a report case is right when a
// finding overlaps the nth occurrence of its span (0-based, default the first) and covers it or lies inside
// it ("Okonkwo" after "Mr Okonkwo" asks for the later mention); a silent case when the rule reports nothing.
// First run (held out, rule as of 5e5137f): 115 cases (54 report, 61 silent); recall 0.28 (15/54), precision
// 0.94 (15 right reports, 1 false alarm), 60/61 silent cases silent. Per class, recall/precision (report+silent
// cases): bare-surname 0.00/- (7+0: "Okonkwo told officers" after "Mr Okonkwo"), bracket-name 0.33/1.00 (6+6),
// nickname 0.20/1.00 (5+5), handle 0.40/1.00 (5+3), phone 0.00/- (3+3), vehicle 0.00/- (2+2; "Ford Focus" was
// reported as a person instead of the registration), reference-number 0.00/- (3+2), named-setting 0.71/1.00
// (7+4: a church and a mosque missed), village 0.00/- (2+0), employer 0.00/- (2+1), date-with-age 0.50/1.00
// (4+3), family-words 0.00/- (3+3: a given name alone inside quoted speech), word-paste 0.50/1.00 (4+3),
// table-list 1.00/1.00 (1+1); silent classes cited-author (2), national-case (4), region (4), organisation (4),
// role (2), name-like-word (5) all silent; pseudonym 3/4 silent (false alarm: "Leo" in "the young person is
// called Leo, a name he chose himself").
// After generalising the rule by sentence and document structure (so no longer held out): recall 0.98 (53/54),
// precision 1.00, no false alarm; every class 1.00/1.00 but family-words (2/3: an unlisted given name alone in
// quotes, "Tell Shireen I'm sorry", is still missed). The other two corpora are unchanged (cases.ts 1.00/1.00,
// the first blind batch recall 0.98, precision 1.00). 20 fresh probes written after the changes: 18/20 on first
// run (8/10 reported, 10/10 silent); misses "In October Adeyemi-Clarke noted" (a month before a bare surname,
// then fixed) and "Father was a cleaner at Westgate Leisure Centre" (an employer with no verb of work, left).
describe('identifying-detail blind batch 2026-11-30-b (held out when written)', () => {
  function runBlindB(testCase: BlindBCase): Outcome & { blindClass: string } {
    const text = draftOf(testCase as unknown as NameCase);
    const findings = lint(text, testCase.allowNames).filter((finding) => finding.ruleId === RULE_ID);
    const found = findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
    let correct = findings.length === 0;
    if (testCase.expect === 'report') {
      // The nth occurrence of the span, in the draft.
      let at = -1;
      for (let seen = 0; seen <= (testCase.nth ?? 0); seen++) at = testCase.text.indexOf(testCase.span!, at + 1);
      expect(at, `${JSON.stringify(testCase.span)} in ${JSON.stringify(testCase.text)}`).toBeGreaterThanOrEqual(0);
      const start = (testCase.document ? 0 : text.indexOf(testCase.text)) + at;
      const end = start + testCase.span!.length;
      correct = findings.some(({ range }) => (range.start.offset <= start && range.end.offset >= end) || (range.start.offset >= start && range.end.offset <= end && range.end.offset - range.start.offset >= 2));
    }
    return { testCase: testCase as unknown as NameCase, correct, found, blindClass: testCase.class };
  }
  const outcomes = BLIND_CASES_2026_11_30_B.map(runBlindB);

  it('prints precision and recall per class', () => expectBlindBatch('identifying-detail blind batch 2026-11-30-b', outcomes, 80));

  it('applying any suggestion of any of its findings adds no finding anywhere', () => {
    let applied = 0;
    for (const testCase of BLIND_CASES_2026_11_30_B) {
      const text = draftOf(testCase as unknown as NameCase);
      const before = lint(text, testCase.allowNames);
      applied += expectSuggestionsAddNothing(text, before, before.filter((candidate) => candidate.ruleId === RULE_ID), testCase);
    }
    expect(applied).toBeGreaterThan(10);
  }, 120_000);
});

/**
 * A blind batch's per-class table (console), its failures, and its floors at the figures after the
 * rule was generalised (no longer held out): at least `minCases` cases, recall of 0.95 or more, and
 * no silent case reported.
 */
function expectBlindBatch(label: string, outcomes: Array<Outcome & { blindClass: string }>, minCases: number): void {
  const classes = [...new Set(outcomes.map((outcome) => outcome.blindClass))];
  const rows = [...classes.map((cls) => classRow(cls, outcomes.filter((outcome) => outcome.blindClass === cls))), classRow('ALL', outcomes)];
  console.log(`${label}: ${outcomes.length} cases`);
  console.table(rows);
  const failures = outcomes.filter((outcome) => !outcome.correct);
  if (failures.length > 0) console.log(failures.map((outcome) => `${outcome.testCase.expect} [${outcome.blindClass}] ${JSON.stringify(outcome.testCase.text.slice(0, 100))} → ${JSON.stringify(outcome.found)}`).join('\n'));
  expect(outcomes.length).toBeGreaterThanOrEqual(minCases);
  const reports = outcomes.filter((outcome) => outcome.testCase.expect === 'report');
  const silents = outcomes.filter((outcome) => outcome.testCase.expect === 'silent');
  expect(reports.filter((outcome) => outcome.correct).length / reports.length).toBeGreaterThanOrEqual(0.95);
  expect(silents.filter((outcome) => !outcome.correct).map((outcome) => outcome.testCase.text)).toEqual([]);
}

/**
 * Applies each suggestion of `findings` to `text` alone and expects no rule to have more findings
 * after it than `before` (rules are compared by how many findings each has: a message may quote a
 * count that an edit changes). Returns how many suggestions were applied.
 */
function expectSuggestionsAddNothing(text: string, before: Finding[], findings: Finding[], testCase: { text: string; allowNames?: string[] }): number {
  const beforeKeys = before.map((finding) => finding.ruleId);
  let applied = 0;
  for (const finding of findings) {
    for (const suggestion of finding.suggestions ?? []) {
      const outcome = applyFix(text, suggestion);
      expect(outcome.conflict, suggestion.title).toBe(false);
      const remaining = [...beforeKeys];
      for (const key of lint(outcome.output, testCase.allowNames).map((after) => after.ruleId)) {
        const at = remaining.indexOf(key);
        expect(at, `${suggestion.title} on ${JSON.stringify(testCase.text)} added: ${key}`).toBeGreaterThanOrEqual(0);
        remaining.splice(at, 1);
      }
      applied++;
    }
  }
  return applied;
}

/** One row of a per-class table: how many cases each way, recall, precision and false alarms. */
function classRow(name: string, mine: readonly { testCase: { expect: 'report' | 'silent' }; correct: boolean }[]) {
  const reports = mine.filter((outcome) => outcome.testCase.expect === 'report');
  const silents = mine.filter((outcome) => outcome.testCase.expect === 'silent');
  const truePositives = reports.filter((outcome) => outcome.correct).length;
  const falseAlarms = silents.filter((outcome) => !outcome.correct).length;
  const precision = truePositives + falseAlarms === 0 ? 1 : truePositives / (truePositives + falseAlarms);
  const recall = reports.length === 0 ? 1 : truePositives / reports.length;
  return { class: name, report: reports.length, silent: silents.length, recall: recall.toFixed(2), precision: precision.toFixed(2), 'false alarms': falseAlarms };
}
