// Acceptance test over the shared sample drafts: every problem a sample's header comment lists is
// reported with the right rule id on the right line, and the clean samples get no findings.
// The expectations are read from the header comments, so a new sample needs no new test code.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type Finding } from '../../src/engine/index';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');

/** Sample header categories → rule ids (PRODUCT.md: "The problem categories in the samples' header comments map to rule ids"). */
const CATEGORY_TO_RULE: Record<string, string> = {
  'missing-section': 'required-section',
  'empty-section': 'empty-section',
  'token-child-voice': 'child-voice',
  'vague-recommendation': 'recommendation-format',
  'unnumbered-recommendations': 'recommendation-format',
  hindsight: 'blame-language',
  'identifying-detail': 'identifying-detail',
  'undefined-acronym': 'undefined-acronym',
  'blame-language': 'blame-language',
  placeholder: 'placeholder',
  'section-order': 'section-order',
  'duplicate-section': 'duplicate-section',
  'good-practice': 'good-practice',
  'child-voice': 'child-voice',
};

interface Expectation {
  category: string;
  ruleId: string;
  raw: string;
}

interface Sample {
  name: string;
  text: string;
  lines: string[];
  preset: string;
  expectations: Expectation[];
  /** 1-based line where the body starts (after front matter and the header comment). */
  bodyStartLine: number;
}

function readSample(file: string): Sample {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8');
  const lines = text.split('\n');
  const commentStart = lines.findIndex((line) => line.startsWith('<!--'));
  const commentEnd = lines.findIndex((line, index) => index > commentStart && line.startsWith('-->'));
  const header = lines.slice(commentStart + 1, commentEnd);
  const preset = /^preset:\s*(\S+)/m.exec(header.join('\n'))?.[1] ?? 'lcspr';
  const expectations: Expectation[] = [];
  let inProblems = false;
  for (const line of header) {
    if (/^intended-problems:/.test(line)) {
      inProblems = true;
      continue;
    }
    if (/^\S/.test(line)) inProblems = false;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (!inProblems || !item) continue;
    const category = /^([a-z/-]+)/.exec(item[1])?.[1] ?? '';
    const ruleId = CATEGORY_TO_RULE[category];
    // Items with no matching rule (e.g. "token/absent analysis") are notes for future rules.
    if (ruleId) expectations.push({ category, ruleId, raw: item[1] });
  }
  return { name: file, text, lines, preset, expectations, bodyStartLine: commentEnd + 2 };
}

function quotedStrings(raw: string): string[] {
  return [...raw.matchAll(/"([^"]+)"/g)].map((match) => match[1].replace(/(?:…|\.\.\.)$/, '').trim()).filter((quote) => quote.length > 2);
}

/** 1-based body lines containing the text (case-insensitive). */
function linesContaining(sample: Sample, needle: string, options: { wholeWord?: boolean; skipHeadings?: boolean } = {}): number[] {
  const pattern = options.wholeWord ? new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}s?\\b`) : undefined;
  const out: number[] = [];
  sample.lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (lineNumber < sample.bodyStartLine) return;
    if (options.skipHeadings && /^#{1,6}\s/.test(line)) return;
    if (options.skipHeadings && /^(=+|-+)\s*$/.test(sample.lines[index + 1] ?? '') && line.trim() !== '') return;
    const found = pattern ? pattern.test(line) : line.toLowerCase().includes(needle.toLowerCase());
    if (found) out.push(lineNumber);
  });
  return out;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((finding) => `${finding.range.start.line}:${finding.ruleId} ${finding.message}`).join('\n');
}

const samples = readdirSync(SAMPLES)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map(readSample);

describe('sample drafts', () => {
  it('finds the four samples', () => {
    expect(samples.map((sample) => sample.name)).toEqual(['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md']);
  });

  for (const sample of samples) {
    describe(sample.name, () => {
      const result = new Linter({ template: sample.preset }).lint(sample.text);
      const findings = result.findings;

      it(`uses the ${sample.preset} template`, () => {
        expect(result.template.id).toBe(sample.preset);
      });

      if (sample.expectations.length === 0) {
        it('has no findings (the sample lists no intended problems)', () => {
          // Readability hints are info, not problems: a clean draft may still have a sentence or two
          // over the hard length.
          const hints = findings.filter((finding) => finding.ruleId === 'readability' && finding.severity === 'info');
          expect(hints.length).toBeLessThanOrEqual(2);
          // lcspr-complete was written before identity-considered and never considers the family's
          // race, culture, religion, language or disability (its race theme is "absent" by its own
          // header): the one info finding is the rule doing its job, not a problem of the sample.
          const identity = findings.filter((finding) => finding.ruleId === 'identity-considered' && finding.severity === 'info');
          expect(identity.length).toBeLessThanOrEqual(1);
          hints.push(...identity);
          expect(describeFindings(findings.filter((finding) => !hints.includes(finding)))).toBe('');
        });
        return;
      }

      for (const expectation of sample.expectations) {
        it(`reports ${expectation.raw}`, () => {
          const ofRule = findings.filter((finding) => finding.ruleId === expectation.ruleId);
          const context = `\n${describeFindings(ofRule)}`;
          const sectionId = /^[a-z-]+:([a-z-]+)/.exec(expectation.raw)?.[1];
          if (expectation.category === 'missing-section' || expectation.category === 'empty-section') {
            const finding = ofRule.find((candidate) => candidate.data?.sectionId === sectionId);
            expect(finding, `${expectation.ruleId} for ${sectionId}${context}`).toBeDefined();
            if (expectation.category === 'empty-section') {
              expect(finding!.range.start.line).toBe(result.document.section(sectionId!)!.heading.line);
            }
            return;
          }
          if (expectation.category === 'undefined-acronym') {
            const list = /^undefined-acronym:\s*([^(]+)/.exec(expectation.raw)![1];
            const acronyms = list.split(/[,\s]+/).filter((acronym) => /^[A-Z]{2,}$/.test(acronym));
            expect(acronyms.length).toBeGreaterThan(0);
            for (const acronym of acronyms) {
              const firstUse = linesContaining(sample, acronym, { wholeWord: true, skipHeadings: true })[0];
              const finding = ofRule.find((candidate) => candidate.message.includes(acronym) && candidate.range.start.line === firstUse);
              expect(finding, `${acronym} at line ${firstUse}${context}`).toBeDefined();
            }
            return;
          }
          if (expectation.category === 'unnumbered-recommendations') {
            const recommendations = result.document.sectionsWithRole('recommendations')[0];
            expect(recommendations).toBeDefined();
            const start = recommendations.heading.line;
            const end = result.document.positionAt(recommendations.end).line;
            const finding = ofRule.find((candidate) => /number/i.test(candidate.message) && candidate.range.start.line > start && candidate.range.start.line <= end);
            expect(finding, `unnumbered finding between lines ${start} and ${end}${context}`).toBeDefined();
            return;
          }
          const quotes = quotedStrings(expectation.raw);
          expect(quotes.length, `quoted text in "${expectation.raw}"`).toBeGreaterThan(0);
          for (const quote of quotes) {
            const lines = linesContaining(sample, quote);
            expect(lines.length, `"${quote}" appears in ${sample.name}`).toBeGreaterThan(0);
            for (const line of lines) {
              const finding = ofRule.find((candidate) => candidate.range.start.line === line);
              expect(finding, `${expectation.ruleId} on line ${line} ("${quote}")${context}`).toBeDefined();
            }
          }
          const count = /\bx(\d+)\b/.exec(expectation.raw);
          if (count) expect(ofRule.length).toBeGreaterThanOrEqual(Number(count[1]));
        });
      }

      it('reports no errors beyond the listed problems', () => {
        const expectedRules = new Set(sample.expectations.map((expectation) => expectation.ruleId));
        const unexpected = findings.filter((finding) => finding.severity === 'error' && !expectedRules.has(finding.ruleId));
        expect(describeFindings(unexpected)).toBe('');
      });
    });
  }
});
