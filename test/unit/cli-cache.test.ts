// `--cache` (issue #18): a re-run over a folder of drafts reuses what each unchanged draft produced.
// With and without the cache, cold and warm, the output is the same byte for byte in every format,
// for linting and for the portfolio, with the same exit code. That the warm run really reuses, and
// re-lints only what changed, is shown by marking the outcomes kept in the cache file: a draft
// served from the cache prints the mark, a draft linted again does not. Run through the built CLI
// (dist/cli.js): the cache is keyed by that bundle's own code, and its threads are that bundle.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDraft, seededRandom } from '../../bench/drafts';
import { parseCliArgs } from '../../src/cli/args';
import { buildCliOnce, cliPath, samplesDir, type CliRun } from './cli/build-cli';

const SAMPLES = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'];
const CACHE = '.cspr-lint-cache';
let root: string;
let copies = 0;

beforeAll(() => {
  buildCliOnce();
  root = mkdtempSync(path.join(os.tmpdir(), 'cspr-cache-'));
  const samples = SAMPLES.map((name) => readFileSync(path.join(samplesDir, name), 'utf8'));
  const random = seededRandom(11);
  const seen = new Set<string>();
  const drafts = path.join(root, 'template', 'drafts');
  mkdirSync(path.join(drafts, 'nested'), { recursive: true });
  // 22 drafts: more than the 20 above which a run uses threads by default.
  const texts: string[] = [];
  for (let i = 0; i < 22; i++) {
    const text = generateDraft(samples, { words: 250 + Math.floor(random() * 250), seed: 300 + i, seen });
    texts.push(text);
    writeFileSync(path.join(drafts, i % 5 === 0 ? 'nested' : '', `draft-${String(i).padStart(2, '0')}.md`), text);
  }
  // What a run reports on stderr, at its place in the order: a file that is not UTF-8, a binary
  // file, an unknown template in front matter and a disable comment without a reason (notices).
  writeFileSync(path.join(drafts, 'draft-07b.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
  writeFileSync(path.join(drafts, 'draft-12b.md'), Buffer.from([0x23, 0x00, 0x01]));
  writeFileSync(path.join(drafts, 'draft-20b.md'), `---\ncspr-template: nonsense\n---\n<!-- cspr-lint-disable blame-language -->\n${texts[3]}`);
  writeFileSync(path.join(drafts, 'nested', '.cspr-lint.json'), '{ "rules": { "identifying-detail": "off" } }');
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** As build-cli's runCli, with room for the JSON format's few megabytes (a pipe that fills up would stop the CLI before it writes its cache). */
function runCli(args: string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of the drafts (in `drafts/` under the folder returned, where the CLI runs). */
function folder(): string {
  const cwd = path.join(root, `run-${++copies}`);
  cpSync(path.join(root, 'template'), cwd, { recursive: true });
  return cwd;
}

interface CacheFile {
  'cspr-lint-cache': number;
  code: string;
  lint: Record<string, { key: string; outcome: { linted?: { piece?: string }; summary?: { draft: { template: string } } } }>;
  portfolio: CacheFile['lint'];
}

/** The cache file (JSON Lines: a header, then `[kind, file, key]`, a tab and the outcome per line) as one object. */
function readCache(file: string): CacheFile {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
  const cache = { ...(JSON.parse(header) as object), lint: {}, portfolio: {} } as CacheFile;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const [kind, draft, key] = JSON.parse(line.slice(0, tab)) as ['lint' | 'portfolio', string, string];
    cache[kind][draft] = { key, outcome: JSON.parse(line.slice(tab + 1)) };
  }
  return cache;
}

function writeCache(file: string, cache: CacheFile): void {
  const lines = [JSON.stringify({ 'cspr-lint-cache': cache['cspr-lint-cache'], code: cache.code })];
  for (const kind of ['lint', 'portfolio'] as const) {
    for (const [draft, { key, outcome }] of Object.entries(cache[kind])) lines.push(`${JSON.stringify([kind, draft, key])}\t${JSON.stringify(outcome)}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Marks what the cache keeps, its keys untouched: each lint outcome's output gains a line
 * `[cached draft-NN.md]` and each portfolio summary's template becomes `cached:<template>`.
 */
function mark(file: string): void {
  const cache = readCache(file);
  for (const [draft, entry] of Object.entries(cache.lint)) {
    const linted = entry.outcome.linted;
    if (linted && typeof linted.piece === 'string' && linted.piece !== '') linted.piece += `\n[cached ${path.basename(draft)}]`;
  }
  for (const entry of Object.values(cache.portfolio)) {
    if (entry.outcome.summary) entry.outcome.summary.draft.template = `cached:${entry.outcome.summary.draft.template}`;
  }
  writeCache(file, cache);
}

const marks = (run: CliRun) => [...run.stdout.matchAll(/\[cached ([\w-]+\.md)\]/g)].map((match) => match[1]).sort();
const unmarked = (run: CliRun): CliRun => ({ ...run, stdout: run.stdout.replace(/\n\[cached [\w-]+\.md\]/g, '') });
const same = (run: CliRun) => ({ code: run.code, stdout: run.stdout, stderr: run.stderr });
/** The drafts with output in the stylish format (the unreadable two have none). */
const LINTED = [...Array.from({ length: 22 }, (_, i) => `draft-${String(i).padStart(2, '0')}.md`), 'draft-20b.md'].sort();

describe('cspr-lint --cache', () => {
  const formats: [string, string[]][] = [
    ['stylish', []],
    ['stylish with coverage', ['--coverage']],
    ['json', ['--format', 'json']],
    ['sarif', ['--format', 'sarif']],
    ['github', ['--format', 'github']],
    ['suppressions', ['--list-suppressions']],
    ['quiet, max warnings', ['--quiet', '--max-warnings', '0']],
  ];
  for (const [name, args] of formats) {
    it(`${name}: no cache, a cold cache and a warm one print the same bytes with the same exit code, in threads and not`, () => {
      const cwd = folder();
      const none = runCli([...args, 'drafts'], cwd);
      expect(none.stdout.length).toBeGreaterThan(0);
      const cold = runCli(['--cache', ...args, 'drafts'], cwd);
      expect(existsSync(path.join(cwd, CACHE))).toBe(true);
      const warm = runCli(['--cache', ...args, 'drafts'], cwd);
      const warmSerial = runCli(['--cache', '--jobs', '1', ...args, 'drafts'], cwd);
      const warmThreads = runCli(['--cache', '--jobs', '3', ...args, 'drafts'], cwd);
      for (const run of [cold, warm, warmSerial, warmThreads]) expect(same(run)).toEqual(same(none));
    }, 240_000);
  }

  it('serves unchanged drafts from the cache and lints again only the draft that changed, in threads and not', () => {
    for (const jobs of [[], ['--jobs', '1']]) {
      const cwd = folder();
      const cache = path.join(cwd, CACHE);
      expect(runCli(['--cache', ...jobs, 'drafts'], cwd).code).toBe(1);
      mark(cache);
      const untouched = runCli(['--cache', ...jobs, 'drafts'], cwd);
      expect(marks(untouched)).toEqual(LINTED);
      const changed = path.join(cwd, 'drafts', 'draft-04.md');
      writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nThe review team obviously failed to see the TBC.\n`);
      const warm = runCli(['--cache', ...jobs, 'drafts'], cwd);
      expect(marks(warm)).toEqual(LINTED.filter((name) => name !== 'draft-04.md'));
      // Without the marks, what a run without the cache prints for the drafts as they are now.
      const none = runCli([...jobs, 'drafts'], cwd);
      expect(none.stdout).toMatch(/draft-04\.md[^]*obviously/);
      expect(same(unmarked(warm))).toEqual(same(none));
      // The changed draft's new outcome is kept: a third run reuses it.
      expect(readCache(cache).lint[changed].outcome.linted?.piece).toMatch(/obviously/);
    }
  }, 240_000);

  it('a changed config re-lints the drafts it applies to; other options, another build and another format miss too', () => {
    const cwd = folder();
    const cache = path.join(cwd, CACHE);
    runCli(['--cache', 'drafts'], cwd);
    mark(cache);
    writeFileSync(path.join(cwd, 'drafts', 'nested', '.cspr-lint.json'), '{ "rules": { "identifying-detail": "off", "blame-language": "off" } }');
    const nested = ['draft-00.md', 'draft-05.md', 'draft-10.md', 'draft-15.md', 'draft-20.md'];
    const afterConfig = runCli(['--cache', 'drafts'], cwd);
    expect(marks(afterConfig)).toEqual(LINTED.filter((name) => !nested.includes(name)));
    expect(same(unmarked(afterConfig))).toEqual(same(runCli(['drafts'], cwd)));

    // An option that changes the output (here --template) is part of the key.
    mark(cache);
    const otherTemplate = runCli(['--cache', '--template', 'rapid-review', 'drafts'], cwd);
    expect(marks(otherTemplate)).toEqual([]);
    expect(same(otherTemplate)).toEqual(same(runCli(['--template', 'rapid-review', 'drafts'], cwd)));

    // A cache written by another build of the CLI is dropped in silence.
    runCli(['--cache', 'drafts'], cwd);
    mark(cache);
    const other = readCache(cache);
    writeCache(cache, { ...other, code: '0'.repeat(64) });
    const newBuild = runCli(['--cache', 'drafts'], cwd);
    expect(marks(newBuild)).toEqual([]);
    expect(same(newBuild)).toEqual(same(runCli(['drafts'], cwd)));
    expect(readCache(cache).code).toBe(other.code);
  }, 240_000);

  it('a damaged or foreign cache file: one line naming it, the run as without a cache, and the file written anew', () => {
    const cwd = folder();
    const cache = path.join(cwd, CACHE);
    const none = runCli(['--format', 'json', 'drafts'], cwd);
    runCli(['--cache', '--format', 'json', 'drafts'], cwd);
    const [header, first, ...rest] = readFileSync(cache, 'utf8').split('\n');
    // A kept outcome that does not parse: that draft is linted again, in silence.
    writeFileSync(cache, [header, first.replace(/\t.*/, '\t{"stderr": 3}'), ...rest].join('\n'));
    expect(same(runCli(['--cache', '--format', 'json', 'drafts'], cwd))).toEqual(same(none));
    const damaged = ['', '{"cspr-lint-cache":1,"code":"ab', '{ "hello": "world" }\n', '[1, 2]', `${header}\nnot an entry\n`, `${header}\n["lint","/a.md",3]\t{}\n`, `${header}\n["lint","/a.md","k"]\tnot json\n`];
    for (const content of damaged) {
      writeFileSync(cache, content);
      const run = runCli(['--cache', '--format', 'json', 'drafts'], cwd);
      const [message, ...others] = run.stderr.split('\n');
      expect(message, content).toBe(`cspr-lint: ${CACHE}: not a cspr-lint cache, or damaged; linting every draft and writing it anew`);
      expect({ ...same(run), stderr: others.join('\n') }).toEqual(same(none));
      const rebuilt = readCache(cache);
      expect(rebuilt['cspr-lint-cache']).toBe(1);
      expect(Object.keys(rebuilt.lint)).toHaveLength(23);
    }
    // Written for the user only, and nothing left behind by the atomic write.
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 240_000);

  it('--fix neither reads nor writes the cache', () => {
    const cwd = folder();
    const cache = path.join(cwd, CACHE);
    expect(runCli(['--cache', '--fix', 'drafts'], cwd).code).not.toBe(2);
    expect(existsSync(cache)).toBe(false);
    runCli(['--cache', 'drafts'], cwd);
    mark(cache);
    const before = readFileSync(cache);
    const fixed = runCli(['--cache', '--fix', 'drafts'], cwd);
    expect(marks(fixed)).toEqual([]);
    expect(fixed.stdout).toMatch(/draft-01\.md/);
    expect(readFileSync(cache).equals(before)).toBe(true);
  }, 240_000);

  it('writes where --cache-location says: a file, or .cspr-lint-cache in a folder; never over a draft', () => {
    const cwd = folder();
    const run = runCli(['--cache', '--cache-location', 'tmp/caches/lint.json', 'drafts'], cwd);
    expect(run.code).toBe(1);
    expect(Object.keys(readCache(path.join(cwd, 'tmp', 'caches', 'lint.json')).lint)).toHaveLength(23);
    expect(existsSync(path.join(cwd, CACHE))).toBe(false);
    mkdirSync(path.join(cwd, 'cache-folder'));
    runCli(['--cache', '--cache-location', 'cache-folder', 'drafts'], cwd);
    expect(existsSync(path.join(cwd, 'cache-folder', CACHE))).toBe(true);
    const portfolio = runCli(['portfolio', 'drafts', '--cache', '--cache-location', 'tmp/portfolio-cache', '--out', 'p.json'], cwd);
    expect(portfolio.code, portfolio.stderr).toBe(0);
    expect(Object.keys(readCache(path.join(cwd, 'tmp', 'portfolio-cache')).portfolio)).toHaveLength(23);
    expect(existsSync(path.join(cwd, CACHE))).toBe(false);

    const draft = path.join('drafts', 'draft-01.md');
    const text = readFileSync(path.join(cwd, draft), 'utf8');
    const overDraft = runCli(['--cache', '--cache-location', draft, 'drafts'], cwd);
    expect(overDraft.code).toBe(2);
    expect(overDraft.stderr).toMatch(/one of the drafts/);
    expect(readFileSync(path.join(cwd, draft), 'utf8')).toBe(text);
    expect(runCli(['--cache-location', 'x', 'drafts'], cwd).code).toBe(2);
    expect(runCli(['portfolio', 'drafts', '--cache-location', 'x', '--out', 'p.json'], cwd).code).toBe(2);
  }, 240_000);

  it('keeps the entries of drafts a run did not reach while they exist, and drops those of deleted drafts', () => {
    const cwd = folder();
    const cache = path.join(cwd, CACHE);
    const drafts = path.join(cwd, 'drafts');
    runCli(['--cache', 'drafts'], cwd);
    runCli(['portfolio', '--cache', 'drafts', '--out', 'p.json'], cwd);
    const all = Object.keys(readCache(cache).lint).sort();
    expect(all).toHaveLength(23);
    expect(Object.keys(readCache(cache).portfolio).sort()).toEqual(all);
    // One draft linted: the others' entries, lint and portfolio, stay.
    runCli(['--cache', path.join('drafts', 'draft-01.md')], cwd);
    expect(Object.keys(readCache(cache).lint).sort()).toEqual(all);
    expect(Object.keys(readCache(cache).portfolio).sort()).toEqual(all);
    unlinkSync(path.join(drafts, 'draft-02.md'));
    runCli(['--cache', path.join('drafts', 'draft-01.md')], cwd);
    const left = all.filter((file) => file !== path.join(drafts, 'draft-02.md'));
    expect(Object.keys(readCache(cache).lint).sort()).toEqual(left);
    expect(Object.keys(readCache(cache).portfolio).sort()).toEqual(left);
  }, 240_000);

  it('portfolio: no cache, a cold cache and a warm one write the same report in every format, and a warm run reuses', () => {
    const cwd = folder();
    const generated = (text: string) => text.replace(/generated \d{4}-\d\d-\d\dT[\d:.]+Z/g, 'generated (time)');
    for (const ext of ['json', 'md', 'csv', 'html']) {
      const runs = [[], ['--cache'], ['--cache'], ['--cache', '--jobs', '1']].map((args, index) => {
        const out = `p${index}.${ext}`;
        const run = runCli(['portfolio', 'drafts', ...args, '--out', out], cwd);
        return { code: run.code, stderr: run.stderr, stdout: run.stdout.replace(out, 'p.out'), report: generated(readFileSync(path.join(cwd, out), 'utf8')) };
      });
      expect(runs[0].code, runs[0].stderr).toBe(0);
      expect(runs[0].stderr).toMatch(/draft-07b\.md/);
      for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
    }
    mark(path.join(cwd, CACHE));
    const changed = path.join(cwd, 'drafts', 'draft-06.md');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nOne more line.\n`);
    expect(runCli(['portfolio', 'drafts', '--cache', '--out', 'marked.json'], cwd).code).toBe(0);
    const templates = (JSON.parse(readFileSync(path.join(cwd, 'marked.json'), 'utf8')) as { drafts: { filePath: string; template: string }[] }).drafts;
    expect(templates.filter((draft) => !draft.template.startsWith('cached:')).map((draft) => draft.filePath)).toEqual(['drafts/draft-06.md']);
    expect(templates).toHaveLength(23);
  }, 240_000);

  it('parses --cache and --cache-location', () => {
    expect(parseCliArgs([]).cache).toBe(false);
    expect(parseCliArgs(['--cache']).cache).toBe(true);
    expect(parseCliArgs(['--cache']).cacheLocation).toBeUndefined();
    expect(parseCliArgs(['--cache', '--cache-location', 'c/x']).cacheLocation).toBe('c/x');
    expect(() => parseCliArgs(['--cache-location', 'c/x'])).toThrow(/only works with --cache/);
  });
});

