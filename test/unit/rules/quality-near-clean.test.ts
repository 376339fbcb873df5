// Precision on long, well-written drafts: with every rule at its default severity, a near-clean
// draft of about 10,000 words gets at most 10 findings from the quality rules of issue 16, and none
// on quoted speech. The drafts (test/corpus/quality/near-clean-*.md) are fictional and built by
// test/corpus/quality/generate-near-clean.mjs from hand-written paragraphs and sentence parts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { insideSpans, quotedSpans } from '../../../src/engine/text/quotes';

const QUALITY_RULES = ['language-matters', 'analysis-depth', 'recommendation-count', 'family-involvement', 'identity-considered', 'readability'];
const DRAFTS = ['near-clean-child-m.md', 'near-clean-young-person-t.md'];
const corpus = path.join(__dirname, '..', '..', 'corpus', 'quality');

/** Whether an offset lies inside a quotation, judged within its paragraph as the rules judge it. */
function inQuotation(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n\n', offset) + 1;
  const end = text.indexOf('\n\n', offset);
  const paragraph = text.slice(start, end === -1 ? text.length : end);
  return insideSpans(quotedSpans(paragraph), offset - start);
}

describe('near-clean drafts', () => {
  for (const name of DRAFTS) {
    it(`${name}: at most 10 findings from the quality rules, none on quoted speech`, () => {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      expect(words).toBeGreaterThan(9500);
      const result = new Linter().lint(text);
      const quality = result.findings.filter((finding) => QUALITY_RULES.includes(finding.ruleId));
      const byRule = new Map<string, number>();
      for (const finding of result.findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
      console.log(`${name}: ${words} words; findings by rule: ${[...byRule].map(([id, count]) => `${id} ${count}`).join(', ') || 'none'}`);
      for (const finding of quality) console.log(`  ${finding.ruleId} line ${finding.range.start.line}: ${finding.message.slice(0, 120)}`);
      expect(quality.length).toBeLessThanOrEqual(10);
      expect(quality.filter((finding) => inQuotation(text, finding.range.start.offset))).toEqual([]);
      // The drafts are quoted at length (practitioners, the family, records): the rules had quotations to stay silent on.
      expect((text.match(/“|"/g) ?? []).length).toBeGreaterThan(20);
    });
  }
});
