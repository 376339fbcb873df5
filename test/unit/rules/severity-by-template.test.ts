// A rule's default severity may depend on the draft's template (issue #16): a rapid review is not
// judged like a local review. The config's own setting for the rule always wins.
import { describe, expect, it } from 'vitest';
import { Linter, RULES } from '../../../src/engine/index';

// A family-involvement section that says nothing of who was invited or took part, in each template.
const section = '## Family involvement\n\nThe review is grateful for the time given to it and has tried to reflect the family throughout the report.\n';
const lcspr = `---\ncspr-template: lcspr\n---\n# Review\n\n${section}`;
const rapid = `---\ncspr-template: rapid-review\n---\n# Rapid review\n\n${section}`;

function severityOf(text: string, rules?: Record<string, 'info' | 'warning' | 'error' | 'off'>) {
  return new Linter({ rules }).lint(text).findings.find((finding) => finding.ruleId === 'family-involvement')?.severity;
}

describe('default severity per template', () => {
  it('family-involvement is a warning in a local review and a note in a rapid review', () => {
    expect(severityOf(lcspr)).toBe('warning');
    expect(severityOf(rapid)).toBe('info');
  });

  it('a severity set in config applies to every template', () => {
    expect(severityOf(rapid, { 'family-involvement': 'error' })).toBe('error');
    expect(severityOf(lcspr, { 'family-involvement': 'info' })).toBe('info');
    expect(severityOf(rapid, { 'family-involvement': 'off' })).toBeUndefined();
  });

  it('every per-template default names a preset template and a severity', () => {
    for (const rule of RULES) {
      for (const [template, severity] of Object.entries(rule.meta.severityByTemplate ?? {})) {
        expect(['lcspr', 'rapid-review'], rule.meta.id).toContain(template);
        expect(['off', 'info', 'warning', 'error'], rule.meta.id).toContain(severity);
      }
    }
    expect(RULES.filter((rule) => rule.meta.severityByTemplate).map((rule) => rule.meta.id).sort()).toEqual(['analysis-depth', 'family-involvement']);
  });
});
