// --fix applies a draft's fixes as one batch or not at all. No two built-in rules produce
// overlapping edits today, so the engine's conflict outcome is injected here to check what the
// command does with it: the draft stays byte-for-byte as it was and the author is told why.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capture } from './capture';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock(import('../../../src/engine/index'), async (importOriginal) => {
  const engine = await importOriginal();
  return {
    ...engine,
    applyFixes: (...args: Parameters<typeof engine.applyFixes>) => {
      const [text] = args;
      const outcome = engine.applyFixes(...args);
      return outcome.applied > 1 ? { output: text, applied: 0, conflict: true } : outcome;
    },
  };
});

const { main } = await import('../../../src/cli/main');
const dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-fix-conflict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('--fix with conflicting fixes', () => {
  it('leaves the draft untouched, says why, and still reports its problems', async () => {
    const file = path.join(dir, 'draft.md');
    const original = readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'samples', 'lcspr-gaps.md'), 'utf8');
    writeFileSync(file, original);
    const inode = statSync(file).ino;
    const stdout = capture();
    const stderr = capture();
    const code = await main(['--fix', '--fix-suggestions', 'required-section', '--format', 'json', 'draft.md'], { cwd: dir, stdout, stderr });
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(statSync(file).ino).toBe(inode);
    expect(stderr.text()).toMatch(/draft\.md: fixes overlap; file left unchanged/);
    const [report] = JSON.parse(stdout.text());
    expect(report.messages.filter((m: { ruleId: string }) => m.ruleId === 'required-section').length).toBe(3);
    expect(code).toBe(1);
  });
});
