// --fix never loses text: killed at any moment, the draft is either the original or the fully fixed
// text, never a truncated mix.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, statSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraft, writeFixedDraft } from '../../../src/cli/files';
import { buildCliOnce } from '../cli/build-cli';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
let dir: string;
let original: string;
let fixed: string;
let fixDurationMs = 0;

beforeAll(() => {
  buildCliOnce();
  dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-kill-'));
  // A large draft with missing sections and undefined acronyms, so the fix rewrites megabytes.
  const gaps = readFileSync(path.join(root, 'test', 'fixtures', 'samples', 'lcspr-gaps.md'), 'utf8');
  const filler = readFileSync(path.join(root, 'test', 'fixtures', 'samples', 'lcspr-messy.md'), 'utf8').replace(/^#+ .*$/gm, '').replace(/^[=-]{3,}$/gm, '');
  original = gaps.replace('## Findings', `${filler.repeat(12)}\n\n## Findings`);
  writeFileSync(path.join(dir, 'reference.md'), original);
  const started = Date.now();
  spawnSync(process.execPath, [cli, '--fix', 'reference.md'], { cwd: dir, stdio: 'ignore' });
  fixDurationMs = Date.now() - started;
}, 120000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--fix killed mid-way', () => {
  it('leaves the original or the fully fixed draft, never anything else', async () => {
    fixed = readFileSync(path.join(dir, 'reference.md'), 'utf8');
    expect(fixed).not.toBe(original);
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 10; attempt++) {
      const target = path.join(dir, 'draft.md');
      writeFileSync(target, original);
      const child = spawn(process.execPath, [cli, '--fix', 'draft.md'], { cwd: dir, stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve));
      // Kill points spread over the whole run, including the write at its end, and on to twice the
      // reference run's time: on a loaded machine a run can take longer than the reference did.
      const delay = Math.round((fixDurationMs * (attempt + 1)) / 5);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      const after = readFileSync(target, 'utf8');
      const state = after === original ? 'original' : after === fixed ? 'fixed' : 'CORRUPT';
      seen.add(state);
      expect(state, `after SIGKILL at ${delay} ms`).not.toBe('CORRUPT');
      // A killed run may leave its temporary file; it is never the draft itself.
      for (const name of readdirSync(dir)) if (name.endsWith('.tmp')) rmSync(path.join(dir, name));
    }
    console.log(`fix run ${fixDurationMs} ms; states after SIGKILL: ${[...seen].join(', ')}`);
    // Early kills leave the original, late ones the fixed draft: both outcomes were exercised.
    expect([...seen].sort()).toEqual(['fixed', 'original']);
  }, 120000);

  it('does not overwrite a draft that changed on disk after it was read, and keeps permissions', async () => {
    const target = path.join(dir, 'changed.md');
    writeFileSync(target, original);
    chmodSync(target, 0o600);
    const outcome = await readDraft(target, 1 << 30);
    if (!outcome.ok) throw new Error(outcome.reason);
    writeFileSync(target, `${original}\nA line the author typed meanwhile.\n`);
    expect(await writeFixedDraft(outcome.file, fixed)).toBe('changed-on-disk');
    expect(readFileSync(target, 'utf8')).toMatch(/typed meanwhile/);
    const fresh = await readDraft(target, 1 << 30);
    if (!fresh.ok) throw new Error(fresh.reason);
    expect(await writeFixedDraft(fresh.file, fixed)).toBe('written');
    expect(readFileSync(target, 'utf8')).toBe(fixed);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });
});
