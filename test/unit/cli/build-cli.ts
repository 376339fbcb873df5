// Builds dist/cli.js once per test run. The CLI test files run in worker threads of one vitest
// process; two `node esbuild.mjs` at once could let one file spawn a half-written dist/cli.js, so
// the build happens under a lock and a marker records which process built it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.join(__dirname, '..', '..', '..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');
export const samplesDir = path.join(repoRoot, 'test', 'fixtures', 'samples');

const lockDir = path.join(repoRoot, 'dist', '.cli-test-build.lock');
const marker = path.join(repoRoot, 'dist', '.cli-test-build');
const STALE_LOCK_MS = 3 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(): void {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // The holder released it between the two calls.
      }
      sleep(200);
    }
  }
}

export function buildCliOnce(): void {
  acquireLock();
  try {
    let builtBy: string | undefined;
    try {
      builtBy = readFileSync(marker, 'utf8');
    } catch {
      builtBy = undefined;
    }
    if (builtBy === String(process.pid)) return;
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot });
    writeFileSync(marker, String(process.pid));
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A draft with no finding at all, for tests of the CLI itself: the complete sample plus the one
 * thing it leaves out, a sentence on the family's identity (without it, identity-considered gives
 * the sample an info finding, as it should).
 */
export function cleanDraft(): string {
  const complete = readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8');
  const identity = 'Child R and his family are White British and speak English at home; the review asked the family whether their culture or faith shaped how services worked with them, and they said it had not.';
  const withIdentity = complete.replace(/(## 4\. Family Involvement\n\n[^\n]*\n)/, `$1\n${identity}\n`);
  if (withIdentity === complete) throw new Error('cleanDraft: the Family Involvement section of lcspr-complete.md moved');
  return withIdentity;
}
