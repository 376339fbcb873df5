// What the rule tests share: linting for one rule's findings, the sample drafts, the examples of a
// rule's documentation page and the timing of a rule's block scan on hostile input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, findRule, type EngineSettings, type Finding } from '../../../src/engine/index';
import { parseChunk, sourceOffsetOf, type TextBlock } from '../../../src/engine/parse/markdown';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const RULE_DOCS = path.join(__dirname, '..', '..', '..', 'docs', 'rules');

/** A sample draft of test/fixtures/samples. */
export function sample(name: string): string {
  return readFileSync(path.join(SAMPLES, name), 'utf8');
}

export function lint(text: string, settings: EngineSettings = {}) {
  return new Linter(settings).lint(text);
}

/** A function that lints a text and keeps the findings of one rule. */
export function findingsOf(ruleId: string): (text: string, settings?: EngineSettings) => Finding[] {
  return (text, settings = {}) => lint(text, settings).findings.filter((finding) => finding.ruleId === ruleId);
}

/** The text each finding covers, in order. */
export function covered(text: string, found: Finding[]): string[] {
  return found.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
}

/** The Markdown examples under "Bad" and "Good" in the rule's documentation page, so the docs stay true. */
export function docExamples(ruleId: string): { kind: 'bad' | 'good'; markdown: string }[] {
  const page = readFileSync(path.join(RULE_DOCS, `${ruleId}.md`), 'utf8');
  return [...page.matchAll(/^(Bad|Good|Also good)\b[^\n]*\n\n```markdown\n([\s\S]*?)```/gm)].map((match) => ({
    kind: match[1] === 'Bad' ? 'bad' : 'good',
    markdown: match[2],
  }));
}

/**
 * Registers `documentation examples`: the rule's page has bad and good examples, and each example,
 * under the title, is reported by the rule if and only if it is a bad one.
 */
export function describeDocumentationExamples(ruleId: string, findings: (text: string) => Finding[], title = '# Review'): void {
  describe('documentation examples', () => {
    const examples = docExamples(ruleId);
    it('has bad and good examples', () => {
      expect(examples.map((example) => example.kind)).toEqual(expect.arrayContaining(['bad', 'good']));
    });
    for (const [index, example] of examples.entries()) {
      it(`example ${index + 1} is reported only if it is the bad one (${example.kind})`, () => {
        const found = findings(`${title}\n\n${example.markdown}`);
        if (example.kind === 'bad') expect(found.length).toBeGreaterThan(0);
        else expect(found).toEqual([]);
      });
    }
  });
}

/** A function that runs the rule's block scan over a text as one paragraph, with default options and no names or glossary. */
export function hostileScanner(ruleId: string): (text: string) => unknown[] {
  const rule = findRule(ruleId)!;
  return (text) => {
    // A real parsed paragraph with the hostile text put in, so the block has every field the parser sets.
    const block: TextBlock = { ...parseChunk('x\n').blocks[0], text, start: 0, end: text.length, pieces: [{ textStart: 0, sourceStart: 0 }] };
    return rule.scanBlock!(block, { options: {}, shared: { allowNames: new Set(), glossary: new Map() }, offsetOf: sourceOffsetOf });
  };
}

/** Registers `bounded time on hostile input`: the rule scans each named input in well under a second. */
export function describeBoundedTime(ruleId: string, inputs: Record<string, string>): void {
  describe('bounded time on hostile input', () => {
    const scan = hostileScanner(ruleId);
    for (const [name, input] of Object.entries(inputs)) {
      it(`scans ${name} (${input.length} characters) in well under a second`, () => {
        const started = performance.now();
        scan(input);
        expect(performance.now() - started).toBeLessThan(1000);
      });
    }
  });
}

/**
 * Prints one line for a labelled set of cases: how many must be reported and how many must stay
 * silent, and the rule's precision and recall on them (`reported`: the case was reported, and for
 * a case that must be, at what it must be reported).
 */
export function logPrecisionRecall(label: string, outcomes: readonly { shouldReport: boolean; reported: boolean }[]): void {
  const reports = outcomes.filter((outcome) => outcome.shouldReport).length;
  const truePositives = outcomes.filter((outcome) => outcome.shouldReport && outcome.reported).length;
  const falsePositives = outcomes.filter((outcome) => !outcome.shouldReport && outcome.reported).length;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, reports);
  console.log(`${label}: ${outcomes.length} cases (${reports} report, ${outcomes.length - reports} silent): precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
}
