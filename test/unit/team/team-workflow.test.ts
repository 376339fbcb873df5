// Team workflow as a team meets it (issue #18, item 4): the npm package packed as it would be
// published, installed into a throwaway project, and run the way the README's CI example runs it;
// the pre-commit hook installed by Debian's real `pre-commit` from this repository into a throwaway
// git repository, refusing a commit with lint errors and passing a clean one.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildCliOnce, repoRoot, samplesDir } from '../cli/build-cli';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'cspr-team-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', ...env } });
  return { code: result.status, out: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

/** The `run:` steps of the README's GitHub Actions example, in order. */
function readmeCiSteps(): string[] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In CI'));
  const yaml = /```yaml\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (!yaml) throw new Error('README has no ```yaml block under "### In CI"');
  return (parseYaml(yaml) as { run?: string }[]).flatMap((step) => (step.run ? [step.run] : []));
}

describe('the npm package', () => {
  let tarball = '';
  const project = path.join(scratch, 'project');

  beforeAll(() => {
    buildCliOnce();
    // --ignore-scripts: dist/ was just built under the test lock; `prepare` would rebuild it under other test files' feet.
    const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').pop()!;
    tarball = path.join(scratch, name);
    mkdirSync(path.join(project, 'reviews'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{ "name": "partnership-reviews", "private": true }\n');
    copyFileSync(path.join(samplesDir, 'lcspr-gaps.md'), path.join(project, 'reviews', 'review-2026-01.md'));
    copyFileSync(path.join(samplesDir, 'lcspr-complete.md'), path.join(project, 'reviews', 'review-2026-02.md'));
  }, 120_000);

  it('holds what users need and nothing of the source tree', () => {
    const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const needed of ['package/dist/cli.js', 'package/dist/extension.js', 'package/dist/web/extension.js', 'package/schemas/cspr-lint.schema.json', 'package/docs/rules/identifying-detail.md', 'package/README.md', 'package/LICENSE', 'package/.pre-commit-hooks.yaml', 'package/action.yml']) {
      expect(listing, needed).toContain(needed);
    }
    expect(listing.filter((file) => /^package\/(?:src|test|bench|scripts|node_modules)\//.test(file))).toEqual([]);
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ 'cspr-lint': 'dist/cli.js' });
  });

  it('runs the README CI example as written, from the packed tarball', () => {
    const steps = readmeCiSteps();
    expect(steps[0]).toBe('npm install --no-save cspr-lint');
    // The one substitution: the registry name becomes the tarball this commit would publish.
    const install = run('npm', ['install', '--no-save', tarball], project);
    expect(install.code, install.out).toBe(0);
    const version = run('npx', ['cspr-lint', '--version'], project);
    expect(version.code, version.out).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

    const annotate = steps.find((step) => step.includes('--format github'))!;
    const github = run('bash', ['-c', annotate], project);
    // The gaps draft has errors: annotations, and a failing step as the example intends.
    expect(github.code, github.out).toBe(1);
    expect(github.stdout).toMatch(/^::error file=reviews\/review-2026-01\.md,line=\d+,col=\d+/m);
    // The complete sample has no error or warning (an info notice may remain).
    expect(github.stdout).not.toMatch(/^::(?:error|warning) file=reviews\/review-2026-02\.md/m);

    const sarifStep = steps.find((step) => step.includes('--format sarif'))!;
    const sarif = run('bash', ['-c', sarifStep], project);
    expect(sarif.code, sarif.out).toBe(0);
    const log = JSON.parse(readFileSync(path.join(project, 'cspr-lint.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('the pre-commit hook', () => {
  it('is installed by pre-commit from this repository and refuses a draft with errors', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const hooksAtHead = spawnSync('git', ['cat-file', '-e', `${head}:.pre-commit-hooks.yaml`], { cwd: repoRoot });
    expect(hooksAtHead.status, '.pre-commit-hooks.yaml must be committed: pre-commit installs from a commit').toBe(0);
    const team = path.join(scratch, 'team-repo');
    mkdirSync(path.join(team, 'drafts'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: team, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(path.join(team, '.pre-commit-config.yaml'), `repos:\n  - repo: ${repoRoot}\n    rev: ${head}\n    hooks:\n      - id: cspr-lint\n`);
    copyFileSync(path.join(samplesDir, 'lcspr-complete.md'), path.join(team, 'drafts', 'clean.md'));
    // Staged beside the drafts, and passed to the hook by name: not a draft, so not linted (--drafts-only).
    writeFileSync(path.join(team, 'README.md'), '# Our reviews\n\nHow we work. TODO: add the rota.\n');
    git('add', '-A');
    const env = { PRE_COMMIT_HOME: path.join(scratch, 'pre-commit-home') };

    const clean = run('pre-commit', ['run', '--all-files'], team, env);
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out).toMatch(/cspr-lint \(review drafts\)\.+Passed/);

    copyFileSync(path.join(samplesDir, 'lcspr-gaps.md'), path.join(team, 'drafts', 'gaps.md'));
    git('add', '-A');
    const failing = run('pre-commit', ['run', '--files', 'drafts/gaps.md'], team, env);
    expect(failing.code, failing.out).toBe(1);
    expect(failing.out).toMatch(/cspr-lint \(review drafts\)\.+Failed/);
    expect(failing.out).toMatch(/drafts\/gaps\.md/);
    expect(failing.out).toMatch(/required-section/);
    // The hook lints; it never edits the draft.
    expect(readdirSync(path.join(team, 'drafts')).sort()).toEqual(['clean.md', 'gaps.md']);
    expect(failing.out).not.toMatch(/README\.md/);
    expect(readFileSync(path.join(team, 'drafts', 'gaps.md'), 'utf8')).toBe(readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
  }, 300_000);
});

describe('the GitHub Action', () => {
  it('passes the paths input to cspr-lint as globs, not expanded by bash first', () => {
    const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { runs: { steps: { run?: string; env?: Record<string, string> }[] } };
    const steps = action.runs.steps.filter((step) => step.run?.includes('$CSPR_PATHS'));
    expect(steps.length).toBe(2);
    // A stand-in npx on PATH prints the arguments it was given, one per line.
    const work = mkdtempSync(path.join(scratch, 'action-'));
    mkdirSync(path.join(work, 'bin'));
    mkdirSync(path.join(work, 'reviews', '2025'), { recursive: true });
    writeFileSync(path.join(work, 'reviews', 'top.md'), '# Top\n');
    writeFileSync(path.join(work, 'reviews', '2025', 'nested.md'), '# Nested\n');
    writeFileSync(path.join(work, 'bin', 'npx'), '#!/bin/sh\nfor arg in "$@"; do echo "ARG $arg"; done\n', { mode: 0o755 });
    for (const step of steps) {
      const result = run('bash', ['-e', '-c', step.run!], work, {
        PATH: `${path.join(work, 'bin')}:${process.env.PATH}`,
        CSPR_PATHS: 'reviews/**/*.md reviews/*.md',
        CSPR_VERSION: '0.0.0',
        CSPR_MAX_WARNINGS: '-1',
        CSPR_SARIF: path.join(work, 'out.sarif'),
        GITHUB_OUTPUT: path.join(work, 'github-output'),
      });
      const output = step.run!.includes('CSPR_SARIF') ? readFileSync(path.join(work, 'out.sarif'), 'utf8') : result.stdout;
      const args = output.split('\n').filter((line) => line.startsWith('ARG ')).map((line) => line.slice(4));
      expect(args.slice(-2), step.run).toEqual(['reviews/**/*.md', 'reviews/*.md']);
    }
  });
});
