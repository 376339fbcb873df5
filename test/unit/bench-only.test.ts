// `npm run bench -- --only GROUPS` measures only the figure groups named (the full bench takes
// minutes): here the sizes, which need no linting, and an unknown group, which is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..', '..');
const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-bench-only-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run bench -- --only', () => {
  it('runs only the groups named', () => {
    const out = path.join(folder, 'results.json');
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--no-build', '--only', 'sizes', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const ids = (JSON.parse(readFileSync(out, 'utf8')) as { figures: { id: string }[] }).figures.map((figure) => figure.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('size-'))).toBe(true);
  }, 120_000);

  it('refuses a group it does not know', () => {
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--no-build', '--only', 'everything'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('unknown figure group "everything"');
  }, 120_000);
});
