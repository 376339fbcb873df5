// `npm run bench` is not part of the test run (its figures are timings, which a test must not
// assert), but it must keep working: this runs it in quick mode on small drafts and checks that it
// prints every figure with its budget and writes the results file. No figure's value is judged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..', '..');
const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-bench-smoke-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run bench (quick mode)', () => {
  it('prints the table of figures with budgets and writes the results file', () => {
    const out = path.join(folder, 'results.json');
    // --no-build: the test run has built dist/ already, and the bench must not rebuild it under other tests.
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--no-build', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);

    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^\| Measure +\| Value +\| Budget +\| Result +\| Context +\|$/);
    for (const label of [
      'Full lint + coverage vs remark-parse parse-only',
      'Full lint + coverage vs markdownlint (default rules)',
      'Scaling: time(',
      'CLI over 5 drafts vs markdownlint-cli2',
      'Keystroke re-lint p95',
      'Size of dist/extension.js',
      'Size of dist/web/extension.js',
      'Size of dist/cli.js',
      'Whole process, 20k-word draft: cspr-lint vs remark parse-only',
      'Whole process, 20k-word draft: cspr-lint vs markdownlint-cli2',
      'Language server peak RSS',
      'CLI over 25 unique drafts (~2,000 words) vs markdownlint-cli2',
    ]) {
      expect(lines.some((line) => line.startsWith(`| ${label}`)), label).toBe(true);
    }
    // Every budgeted row says how it stands against its budget.
    for (const line of lines.filter((row) => /\| [≤<] /.test(row))) expect(line).toMatch(/\| (pass|FAIL|not measured) +\|/);
    expect(run.stdout).toMatch(/\d+ within budget, \d+ over budget/);
    expect(run.stderr).toContain('keystroke re-lint');

    const results = JSON.parse(readFileSync(out, 'utf8')) as { quick: boolean; machine: { cpus: number }; figures: { id: string; value: number | null; context: string }[] };
    expect(results.quick).toBe(true);
    expect(results.machine.cpus).toBeGreaterThan(0);
    const ids = results.figures.map((figure) => figure.id);
    expect(ids).toEqual(expect.arrayContaining(['lint-vs-remark-2000', 'lint-vs-markdownlint-8000', 'scaling', 'cli', 'keystroke-p50', 'keystroke-p95', 'size-dist/cli.js', 'cli-whole-vs-remark', 'cli-whole-vs-markdownlint', 'server-memory', 'cli-many', 'cli-many-seconds', 'cli-many-rss', 'cli-many-cached-seconds', 'cli-many-cached-rss']));
    // Not a timing: after the edits, the warm linter's result equals a cold lint of the final text.
    const keystroke = results.figures.find((figure) => figure.id === 'keystroke-p95')!;
    expect(keystroke.context).toContain('identical to a cold lint');
  }, 300_000);
});
