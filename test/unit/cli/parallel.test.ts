// Linting in worker threads (--jobs, and by default for more than 20 files) gives what linting one
// file at a time gives: the same stdout and stderr byte for byte, in the same order, and the same
// exit code, in every format; --fix writes the same files. Run through the built CLI (dist/cli.js),
// since the workers are that bundle itself.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDraft, repeatsIn, seededRandom } from '../../../bench/drafts';
import { splitIntoChunks } from '../../../src/engine/parse/chunks';
import { parseCliArgs } from '../../../src/cli/args';
import { buildCliOnce, runCli, samplesDir } from './build-cli';

const SAMPLES = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'];
let root: string;

beforeAll(() => {
  buildCliOnce();
  root = mkdtempSync(path.join(os.tmpdir(), 'cspr-parallel-'));
  const samples = SAMPLES.map((name) => readFileSync(path.join(samplesDir, name), 'utf8'));
  const random = seededRandom(3);
  const seen = new Set<string>();
  const drafts = path.join(root, 'drafts');
  mkdirSync(path.join(drafts, 'nested'), { recursive: true });
  const texts: string[] = [];
  // 22 files: more than the 20 above which a run uses threads by default.
  for (let i = 0; i < 22; i++) {
    const text = generateDraft(samples, { words: 300 + Math.floor(random() * 300), seed: 70 + i, seen });
    texts.push(text);
    writeFileSync(path.join(drafts, i % 5 === 0 ? 'nested' : '', `draft-${String(i).padStart(2, '0')}.md`), text);
  }
  const repeats = repeatsIn(texts, (text) => splitIntoChunks(text).map((chunk) => chunk.text));
  expect(repeats.repeatedBlocks + repeats.repeatedChunks).toBe(0);
  // What a serial run reports on stderr, at its place in the order: a file that is not UTF-8, a
  // binary file, an unknown template named in front matter, a disable comment without a reason.
  writeFileSync(path.join(drafts, 'draft-07b.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
  writeFileSync(path.join(drafts, 'draft-12b.md'), Buffer.from([0x23, 0x00, 0x01]));
  writeFileSync(path.join(drafts, 'draft-20b.md'), `---\ncspr-template: nonsense\n---\n<!-- cspr-lint-disable blame-language -->\n${texts[3]}`);
  // A nested config turns a rule off for the drafts under it.
  writeFileSync(path.join(drafts, 'nested', '.cspr-lint.json'), '{ "rules": { "identifying-detail": "off" } }');
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cspr-lint --jobs', () => {
  const cases: [string, string[], (string | undefined)[]][] = [
    ['stylish', [], ['3', undefined]],
    ['stylish with coverage', ['--coverage'], ['2']],
    ['json', ['--format', 'json'], ['3']],
    ['sarif', ['--format', 'sarif'], ['3']],
    ['github', ['--format', 'github'], ['2']],
    ['suppressions', ['--list-suppressions'], ['3']],
    ['quiet, max warnings', ['--quiet', '--max-warnings', '0'], ['2']],
  ];
  for (const [name, args, threads] of cases) {
    it(`${name}: threads give the serial run's output and exit code`, () => {
      const serial = runCli(['--jobs', '1', ...args, 'drafts'], root);
      expect(serial.stdout.length).toBeGreaterThan(0);
      for (const jobs of threads) {
        const parallel = runCli([...(jobs ? ['--jobs', jobs] : []), ...args, 'drafts'], root);
        expect(parallel.code, `--jobs ${jobs ?? 'default'}`).toBe(serial.code);
        expect(parallel.stdout).toBe(serial.stdout);
        expect(parallel.stderr).toBe(serial.stderr);
      }
    }, 240_000);
  }

  it('the serial run reports the problem files in order and exits 1 on the drafts’ errors', () => {
    const serial = runCli(['--jobs', '1', 'drafts'], root);
    expect(serial.code).toBe(1);
    expect(serial.stderr).toContain('draft-07b.md: skipped: not UTF-8');
    expect(serial.stderr).toContain('draft-12b.md: skipped: binary file');
    expect(serial.stdout).toContain('unknown template "cspr-template: nonsense"');
    expect(serial.stdout).toMatch(/in 23 drafts/);
  }, 240_000);

  it('--fix writes the same files and prints the same output with threads as without', () => {
    const outputs: { stdout: string; stderr: string; code: number | null; files: Record<string, string> }[] = [];
    for (const jobs of ['1', '3']) {
      const copy = path.join(root, `fix-${jobs}`);
      cpSync(path.join(root, 'drafts'), copy, { recursive: true });
      const run = runCli(['--jobs', jobs, '--fix', '--fix-suggestions', 'undefined-acronym,language-matters', '.'], copy);
      const files: Record<string, string> = {};
      for (const entry of readdirSync(copy, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files[path.relative(copy, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'latin1');
      }
      outputs.push({ ...run, files });
    }
    const [serial, parallel] = outputs;
    expect(serial.stdout).toMatch(/fixed \d+ problem/);
    expect(parallel).toEqual(serial);
    // Nothing left behind by the atomic writes.
    expect(Object.keys(parallel.files).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 240_000);

  it('portfolio: threads give the serial portfolio, byte for byte, with the same messages and exit code', () => {
    const runs = ['1', undefined, '3'].map((jobs) => {
      const out = path.join(root, `portfolio-${jobs ?? 'default'}.json`);
      const run = runCli(['portfolio', 'drafts', ...(jobs ? ['--jobs', jobs] : []), '--out', out], root);
      return { ...run, stdout: run.stdout.replace(/portfolio-[\w]+\.json/, 'portfolio.json'), report: readFileSync(out, 'utf8') };
    });
    const [serial, ...threaded] = runs;
    expect(serial.code, serial.stderr).toBe(0);
    const portfolio = JSON.parse(serial.report) as { drafts: { filePath: string }[]; recommendations: unknown[] };
    // The 22 generated drafts and the one with a template the engine does not know; not the unreadable two.
    expect(portfolio.drafts.length).toBeGreaterThan(20);
    expect(portfolio.recommendations.length).toBeGreaterThan(0);
    expect(serial.stderr).toMatch(/draft-07b\.md/);
    for (const run of threaded) expect(run).toEqual(serial);
    expect(runCli(['portfolio', 'drafts', '--jobs', '0', '--out', path.join(root, 'x.json')], root).code).toBe(2);
    // Only the portfolio reads many drafts: the briefing takes no --jobs.
    expect(runCli(['briefing', path.join('drafts', 'draft-01.md'), '--jobs', '2', '--out', path.join(root, 'b.md')], root).code).toBe(2);
  }, 240_000);

  it('takes a whole number of threads', () => {
    expect(parseCliArgs(['--jobs', '4']).jobs).toBe(4);
    expect(parseCliArgs([]).jobs).toBeUndefined();
    for (const bad of ['0', '-1', '2.5', 'many']) expect(() => parseCliArgs(['--jobs', bad])).toThrow(/--jobs/);
    const usage = runCli(['--jobs', '0', 'drafts'], root);
    expect(usage.code).toBe(2);
  });
});
