import { describe, expect, it } from 'vitest';
import { applyFixes, findChildName, Linter, type Finding } from '../../src/engine/index';

const complete = [
  '# Review: Child B',
  '',
  '## Introduction',
  '',
  'Child B was harmed in March 2023 and the partnership commissioned this review to learn, not to blame anyone at all.',
  '',
  '## Background',
  '',
  'Child B lived with Mother and Sibling 1. The school and the health visitor knew the family well over the two years under review. Nobody put the picture together in time.',
].join('\n');

describe('template selection', () => {
  it('front matter cspr-template wins over the configured template', () => {
    const result = new Linter({ template: 'lcspr' }).lint('---\ncspr-template: rapid-review\n---\n# Rapid review\n');
    expect(result.template.id).toBe('rapid-review');
  });

  it('an unknown front matter template gives a notice and falls back', () => {
    const result = new Linter().lint('---\ncspr-template: nonsense\n---\n# Title\n');
    expect(result.template.id).toBe('lcspr');
    expect(result.notices.join('\n')).toMatch(/unknown template "cspr-template: nonsense"/);
  });

  it('the command-line template applies when the draft names none', () => {
    expect(new Linter().lint('# T\n', { templateOverride: 'rapid-review' }).template.id).toBe('rapid-review');
  });
});

describe('control comments', () => {
  const draft = (comment: string) => `${comment}\n${complete}`;
  const missing = (findings: Finding[]) => findings.filter((finding) => finding.ruleId === 'required-section');

  it('disable with no rule list silences every rule and records the reason', () => {
    const result = new Linter().lint(draft('<!-- cspr-lint-disable -- draft skeleton, sections to follow -->'));
    expect(result.findings).toEqual([]);
    expect(result.suppressions).toHaveLength(1);
    expect(result.suppressions[0].reason).toBe('draft skeleton, sections to follow');
    expect(result.suppressions[0].suppressed.length).toBeGreaterThan(0);
  });

  it('disable RULE silences only that rule; enable turns it back on', () => {
    const result = new Linter().lint(draft('<!-- cspr-lint-disable required-section -->'));
    expect(missing(result.findings)).toEqual([]);
    const reenabled = new Linter().lint(`<!-- cspr-lint-disable required-section -->\n<!-- cspr-lint-enable required-section -->\n${complete}`);
    expect(missing(reenabled.findings).length).toBeGreaterThan(0);
  });

  it('disable-next-line applies to the next line only', () => {
    const text = `${complete}\n\n<!-- cspr-lint-disable-next-line empty-section -- agreed with the chair -->\n## Glossary\n\n## Learning\n`;
    const result = new Linter().lint(text);
    const empty = result.findings.filter((finding) => finding.ruleId === 'empty-section');
    expect(empty.map((finding) => finding.data?.sectionId)).toEqual(['learning']);
    expect(result.suppressions[0].suppressed.map((finding) => finding.data?.sectionId)).toEqual(['glossary']);
  });

  it('a control comment naming an unknown rule gives a notice', () => {
    expect(new Linter().lint(draft('<!-- cspr-lint-disable no-such-rule -->')).notices.join()).toMatch(/unknown rule "no-such-rule"/);
  });

  it('a disable without a reason (or with the prompt "[reason]" left in) gives a notice; an enable needs none', () => {
    const bare = new Linter().lint(draft('<!-- cspr-lint-disable-next-line blame-language -->'));
    expect(bare.notices.join()).toMatch(/cspr-lint-disable-next-line has no reason/);
    const prompt = new Linter().lint(draft('<!-- cspr-lint-disable blame-language -- [reason] -->'));
    expect(prompt.suppressions[0].reason).toBeUndefined();
    expect(prompt.notices.join()).toMatch(/cspr-lint-disable has no reason/);
    const explained = new Linter().lint(draft('<!-- cspr-lint-disable blame-language -- quoted from the family -->\n<!-- cspr-lint-enable blame-language -->'));
    expect(explained.notices.join()).not.toMatch(/no reason/);
  });
});

describe('required-section suggestion', () => {
  it('inserts skeletons before the next present section, in template order, and re-lint finds them', () => {
    const linter = new Linter({ rules: { placeholder: 'off' } });
    const first = linter.lint(complete);
    expect(first.findings.filter((finding) => finding.ruleId === 'required-section' && finding.fix)).toEqual([]);
    // A skeleton is prompts the author must still write: offered as a suggestion, applied only when chosen.
    const fixable = first.findings.filter((finding) => finding.ruleId === 'required-section' && finding.suggestions).map((finding) => ({ ...finding, fix: finding.suggestions![0] }));
    expect(fixable.map((finding) => finding.data?.sectionId)).toEqual(['scope', 'methodology', 'family-involvement', 'voice-of-child', 'findings', 'good-practice', 'recommendations']);
    const { output, conflict } = applyFixes(complete, fixable);
    expect(conflict).toBe(false);
    const headings = output.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Introduction',
      '## Scope and terms of reference',
      '## Methodology',
      '## Family involvement',
      '## Background',
      '## Voice of the child',
      '## Findings and analysis',
      '## Good practice',
      '## Recommendations',
    ]);
    const second = linter.lint(output);
    expect(second.findings.filter((finding) => finding.ruleId === 'required-section')).toEqual([]);
    expect(second.findings.filter((finding) => finding.suggestions && finding.ruleId === 'required-section')).toEqual([]);
  });
});

describe('applyFixes', () => {
  const finding = (start: number, end: number, text: string): Finding => ({
    ruleId: 'x',
    severity: 'warning',
    message: 'm',
    docsUrl: '',
    range: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } },
    fix: { title: 't', edits: [{ start, end, text }] },
  });

  it('refuses overlapping edits and changes nothing', () => {
    expect(applyFixes('abcdef', [finding(1, 4, 'X'), finding(3, 5, 'Y')])).toEqual({ output: 'abcdef', applied: 0, conflict: true });
  });

  it('keeps report order for insertions at the same point', () => {
    expect(applyFixes('ab', [finding(1, 1, 'X'), finding(1, 1, 'Y')]).output).toBe('aXYb');
  });
});

describe('findChildName', () => {
  it('picks the most used pseudonym', () => {
    expect(findChildName('Child J and Child J met Sibling 1. Child K once.')).toBe('Child J');
    expect(findChildName('no pseudonym here')).toBe('the child');
  });
});
