// The fix applier: fixes are all or nothing; suggestions join a batch only when asked for by rule
// and only where they touch nothing already in it.
import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, type Finding } from '../../src/engine/index';

function finding(ruleId: string, edit: { start: number; end: number; text: string }, kind: 'fix' | 'suggestion'): Finding {
  const position = { line: 1, column: 1, offset: 0 };
  const change = { title: 't', edits: [edit] };
  return { ruleId, severity: 'warning', message: 'm', range: { start: position, end: position }, docsUrl: '', ...(kind === 'fix' ? { fix: change } : { suggestions: [change] }) };
}

describe('applyFixes', () => {
  const text = 'He was briefly LAC in 2022.';
  const at = text.indexOf('LAC');

  it('applies fixes only, unless suggestions are asked for by rule', () => {
    const spellOut = finding('undefined-acronym', { start: at, end: at + 3, text: 'a looked-after child (LAC)' }, 'suggestion');
    expect(applyFixes(text, [spellOut])).toEqual({ output: text, applied: 0, conflict: false });
    expect(applyFixes(text, [spellOut], { suggestionsOf: new Set(['undefined-acronym']) }).output).toBe('He was briefly a looked-after child (LAC) in 2022.');
    expect(applyFixes(text, [spellOut], { suggestionsOf: new Set(['language-matters']) }).applied).toBe(0);
  });

  it('leaves out a suggestion that overlaps one already taken, instead of refusing the batch', () => {
    const spellOut = finding('undefined-acronym', { start: at, end: at + 3, text: 'a looked-after child (LAC)' }, 'suggestion');
    const reword = finding('language-matters', { start: at, end: at + 3, text: 'looked after' }, 'suggestion');
    const outcome = applyFixes(text, [spellOut, reword], { suggestionsOf: new Set(['undefined-acronym', 'language-matters']) });
    expect(outcome).toEqual({ output: 'He was briefly a looked-after child (LAC) in 2022.', applied: 1, conflict: false });
  });

  it('still refuses the whole batch when two fixes overlap', () => {
    const one = finding('a', { start: 0, end: 2, text: 'She' }, 'fix');
    const two = finding('b', { start: 1, end: 3, text: 'x' }, 'fix');
    expect(applyFixes(text, [one, two])).toEqual({ output: text, applied: 0, conflict: true });
  });

  it('applies one suggestion alone', () => {
    expect(applyFix(text, { title: 't', edits: [{ start: at, end: at + 3, text: 'looked after' }] }).output).toBe('He was briefly looked after in 2022.');
  });
});
