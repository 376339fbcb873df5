// The benchmark behind `npm run bench` (bench/run.mjs bundles this file with the production build
// settings first, so it measures the engine as shipped). Every budgeted figure is a ratio against a
// baseline measured in the same run, on the same text, interleaved iteration by iteration, so a busy
// or slow machine moves both sides together; absolute medians are printed for context only.
import { withCoverage } from './full-lint';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { formatTable } from './table.mjs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { lint as markdownlint } from 'markdownlint/sync';
import { Linter, RULE_IDS, type LintResult } from '../src/engine/index';
import { splitIntoChunks } from '../src/engine/parse/chunks';
import { parseChunk } from '../src/engine/parse/markdown';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { countWords, generateDraft, repeatsIn, seededRandom } from './drafts';

interface Options {
  quick: boolean;
  out: string;
  root: string;
  /** Also put the table into docs/benchmarks.md, between its bench-table markers. */
  writeDocs: boolean;
  /** Figure groups to run (`--only lint,cli-whole`); all when absent. */
  only?: Set<string>;
}

/** The figure groups `--only` can choose, in the order a full run measures them. */
const GROUPS = ['lint', 'cli', 'keystroke', 'sizes', 'cli-whole', 'server-memory', 'cli-many'] as const;

interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: 'x' | 'ms' | 'KB' | 'MB' | 's';
  /** Upper bound the value must stay at or under (`strict`: strictly under). */
  budget: number | null;
  strict?: boolean;
  pass: boolean | null;
  /** Absolute measurements behind the figure, for context. */
  context: string;
}

const NO_RULES = Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as const]));
const SAMPLE_FILES = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'];
const COMPLETE_SAMPLE = SAMPLE_FILES.indexOf('lcspr-complete.md');

function parseArgs(argv: string[]): Options {
  const options: Options = { quick: false, out: 'bench/results.json', root: process.cwd(), writeDocs: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') options.quick = true;
    else if (argv[i] === '--out') options.out = argv[++i];
    else if (argv[i] === '--write-docs') options.writeDocs = true;
    else if (argv[i] === '--only') options.only = new Set(argv[++i].split(',').map((group) => group.trim()));
    else throw new Error(`Unknown argument ${argv[i]}. Usage: bench [--quick] [--out results.json] [--write-docs] [--only ${GROUPS.join(',')}]`);
  }
  for (const group of options.only ?? []) if (!(GROUPS as readonly string[]).includes(group)) throw new Error(`--only: unknown figure group "${group}"; groups are ${GROUPS.join(', ')}`);
  // A partial run must not replace the full run's results or the docs table.
  if (options.only && !argv.includes('--out')) options.out = 'bench/.build/results-only.json';
  if (options.only && options.writeDocs) throw new Error('--write-docs needs a full run (no --only)');
  return options;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Times each contestant `iterations` times, alternating which goes first so that neither side is
 * always the one paying for the other's garbage. No collection is forced between runs: with a
 * forced full GC (node --expose-gc, gc()) before each, every contestant ran two to three times
 * slower than in normal use, the engine, which allocates more, most of all.
 */
function race(contestants: Record<string, () => unknown>, iterations: number): Record<string, number[]> {
  const names = Object.keys(contestants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const start = performance.now();
      contestants[name]();
      times[name].push(performance.now() - start);
    }
  }
  return times;
}

/**
 * The ratio of two contestants' times, as the median of per-iteration ratios: the two runs of one
 * iteration are back to back, so load from other processes that comes and goes affects both.
 */
function pairedRatio(times: number[], baseline: number[]): number {
  return median(times.map((time, index) => time / baseline[index]));
}

function budgetFigure(id: string, label: string, value: number | null, unit: Figure['unit'], budget: number, context: string, strict = false): Figure {
  const pass = value === null ? null : strict ? value < budget : value <= budget;
  return { id, label, value, unit, budget, strict, pass, context };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const runs = (group: (typeof GROUPS)[number]) => !options.only || options.only.has(group);
  const began = performance.now();
  const loadAtStart = os.loadavg().map((load) => load.toFixed(2)).join(' ');
  const samples = SAMPLE_FILES.map((name) => readFileSync(path.join(options.root, 'test/fixtures/samples', name), 'utf8'));
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
  const figures: Figure[] = [];
  const log = (line: string) => process.stderr.write(`${line}\n`);

  if (runs('lint')) {
    const sizes = options.quick ? [{ words: 2000, iterations: 3 }, { words: 4000, iterations: 3 }, { words: 8000, iterations: 3 }] : [{ words: 10_000, iterations: 25 }, { words: 50_000, iterations: 11 }, { words: 200_000, iterations: 5 }];
    // One skeleton for every size, so the scaling figure compares the same draft at different
    // lengths: the complete sample, where every template section is present and every rule has work.
    const drafts = sizes.map(({ words }) => generateDraft(samples, { words, seed: words, skeleton: COMPLETE_SAMPLE }));

    // Warm every contestant's code up on the smallest draft, so first-call compilation is billed to no one.
    race(contestantsFor(drafts[0], remark), options.quick ? 1 : 3);

    const engineMedians: number[] = [];
    sizes.forEach(({ words, iterations }, index) => {
      const text = drafts[index];
      const label = `${Math.round(words / 1000)}k words`;
      log(`lint vs baselines, ${label} (${countWords(text)} words, ${Math.round(text.length / 1024)} KB) …`);
      const times = race(contestantsFor(text, remark), iterations);
      const engine = median(times.engine);
      const parse = median(times.remark);
      const lint = median(times.markdownlint);
      engineMedians.push(engine);
      // Where the engine's time goes: its own chunked parse, then document assembly and theme
      // coverage (a lint with every rule off), then the rules. Differences of medians, so approximate.
      const ownParse = median(times.engineParse);
      const withoutRules = median(times.engineWithoutRules);
      // A difference of two noisy medians can come out below zero: shown as "~0 ms".
      const part = (value: number) => (value > 0 ? ms(value) : '~0 ms');
      const breakdown = `cspr-lint ${ms(engine)} = parse ${part(ownParse)} + document & coverage ${part(withoutRules - ownParse)} + rules ${part(engine - withoutRules)}`;
      figures.push(budgetFigure(`lint-vs-remark-${words}`, `Full lint + coverage vs remark-parse parse-only, ${label}`, pairedRatio(times.engine, times.remark), 'x', 1.5, `cspr-lint ${ms(engine)}, remark-parse ${ms(parse)}`));
      figures.push(budgetFigure(`lint-vs-markdownlint-${words}`, `Full lint + coverage vs markdownlint (default rules), ${label}`, pairedRatio(times.engine, times.markdownlint), 'x', 1.0, `${breakdown}; markdownlint ${ms(lint)}`));
    });
    const first = sizes[0];
    const last = sizes[sizes.length - 1];
    figures.push(
      budgetFigure(
        'scaling',
        `Scaling: time(${Math.round(last.words / 1000)}k) / time(${Math.round(first.words / 1000)}k), ${last.words / first.words}x the words`,
        engineMedians[engineMedians.length - 1] / engineMedians[0],
        'x',
        25,
        `${ms(engineMedians[0])} → ${ms(engineMedians[engineMedians.length - 1])}`,
      ),
    );

  }

  if (runs('cli')) figures.push(measureCli(options, samples, log));
  if (runs('keystroke')) figures.push(...measureKeystrokes(options, samples, log));
  if (runs('sizes')) figures.push(...measureSizes(options));
  if (runs('cli-whole') || runs('server-memory')) {
    const draft = uniqueDraft(options, samples, log);
    try {
      if (runs('cli-whole')) figures.push(...measureWholeProcess(options, draft.file, log));
      if (runs('server-memory')) figures.push(await measureServerMemory(options, draft.file, log));
    } finally {
      rmSync(draft.folder, { recursive: true, force: true });
    }
  }
  if (runs('cli-many')) figures.push(...measureManyDrafts(options, samples, log));

  const elapsed = (performance.now() - began) / 1000;
  const results = {
    date: new Date().toISOString(),
    quick: options.quick,
    commit: gitCommit(options.root),
    machine: { ...machine(), loadAverageAtStart: loadAtStart },
    elapsedSeconds: Math.round(elapsed),
    figures,
  };
  mkdirSync(path.dirname(path.resolve(options.root, options.out)), { recursive: true });
  writeFileSync(path.resolve(options.root, options.out), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(figures)}\n`);
  if (options.writeDocs) {
    const m = results.machine;
    const about =
      `Run on ${results.date.slice(0, 10)} at commit ${results.commit ?? '(unknown)'}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; ` +
      `load average ${m.loadAverageAtStart} at the start and ${m.loadAverage} at the end (a shared machine); ${results.elapsedSeconds} s in all.`;
    const docs = path.join(options.root, 'docs/benchmarks.md');
    const text = readFileSync(docs, 'utf8');
    const updated = text.replace(/(<!-- bench-table:start -->\n)[\s\S]*?(<!-- bench-table:end -->)/, (_, start: string, end: string) => `${start}${about}\n\n${formatTable(figures)}\n${end}`);
    writeFileSync(docs, updated);
  }
  const failed = figures.filter((figure) => figure.pass === false).length;
  const unmeasured = figures.filter((figure) => figure.value === null && figure.budget !== null).length;
  process.stdout.write(
    `\n${figures.filter((figure) => figure.pass).length} within budget, ${failed} over budget${unmeasured ? `, ${unmeasured} not measured` : ''}. ` +
      `${results.machine.cpus} × ${results.machine.cpuModel}, Node ${process.versions.node}, load average ${loadAtStart} at the start, ${results.machine.loadAverage} at the end; ${Math.round(elapsed)} s. Results: ${options.out}\n`,
  );
}

function contestantsFor(text: string, remark: { parse(text: string): unknown }): Record<string, () => unknown> {
  // One Linter per configuration, as the CLI keeps, with its cache of parsed chunks emptied before
  // every run: each lint parses and scans the whole draft, nothing is carried over.
  const linter = new Linter();
  const withoutRules = new Linter({ rules: NO_RULES });
  return {
    engine: (): LintResult => {
      linter.clearCache();
      return withCoverage(linter.lint(text));
    },
    remark: () => remark.parse(text),
    markdownlint: () => markdownlint({ strings: { draft: text } }),
    engineParse: () => splitIntoChunks(text).map((chunk) => parseChunk(chunk.text)),
    engineWithoutRules: () => {
      withoutRules.clearCache();
      return withCoverage(withoutRules.lint(text));
    },
  };
}

/** `node dist/cli.js` vs markdownlint-cli2 over the same folder of drafts, each as its own process. */
function measureCli(options: Options, samples: string[], log: (line: string) => void): Figure {
  const count = options.quick ? 5 : 500;
  const label = `CLI over ${count} drafts vs markdownlint-cli2`;
  const cli = path.join(options.root, 'dist/cli.js');
  if (!existsSync(cli)) return { id: 'cli', label, value: null, unit: 'x', budget: 1.0, pass: null, context: 'not measured: dist/cli.js missing (run npm run build)' };
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-bench-'));
  try {
    const random = seededRandom(500);
    let words = 0;
    for (let i = 0; i < count; i++) {
      const text = generateDraft(samples, { words: 2000 + Math.floor(random() * 3000), seed: 1000 + i });
      words += countWords(text);
      writeFileSync(path.join(folder, `draft-${String(i + 1).padStart(3, '0')}.md`), text);
    }
    log(`CLI vs markdownlint-cli2 over ${count} drafts (${Math.round(words / 1000)}k words) …`);
    const markdownlintCli2 = path.join(options.root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
    const run = (args: string[]) => () => {
      const result = spawnSync(process.execPath, args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      // Both exit 1 when they find problems; anything else means the run did not happen as intended.
      if (result.status !== 0 && result.status !== 1) throw new Error(`${args[0]} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
    };
    const times = race({ 'cspr-lint': run([cli, '**/*.md']), 'markdownlint-cli2': run([markdownlintCli2, '**/*.md']) }, options.quick ? 1 : 3);
    const ours = median(times['cspr-lint']);
    const theirs = median(times['markdownlint-cli2']);
    return budgetFigure('cli', label, pairedRatio(times['cspr-lint'], times['markdownlint-cli2']), 'x', 1.0, `cspr-lint ${ms(ours)}, markdownlint-cli2 ${ms(theirs)} (${Math.round(words / 1000)}k words)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes a node preload that reports the process's CPU time and peak RSS when it exits (all its threads). */
function usagePreload(options: Options): string {
  const file = path.join(options.root, 'bench/.build/usage-preload.cjs');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `if (require('node:worker_threads').isMainThread && process.env.CSPR_BENCH_USAGE) process.on('exit', () => {
  const cpu = process.cpuUsage();
  require('node:fs').appendFileSync(process.env.CSPR_BENCH_USAGE, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRssKB: process.resourceUsage().maxRSS }) + '\\n');
});\n`,
  );
  return file;
}

interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssKB: number;
}

/** Runs `node ARGS` to the end with the usage preload: wall time, CPU time of every thread, and peak RSS. */
function runProcess(options: Options, args: string[], cwd: string): ProcessRun {
  const report = path.join(options.root, `bench/.build/usage-${process.pid}.jsonl`);
  rmSync(report, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', usagePreload(options), ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CSPR_BENCH_USAGE: report } });
  const wallMs = performance.now() - start;
  // Linters exit 1 when they find problems; anything else means the run did not happen as intended.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(report, 'utf8').trim().split('\n').pop()!) as { cpuMs: number; maxRssKB: number };
  rmSync(report, { force: true });
  return { wallMs, ...usage };
}

/** Like `race`, for whole processes: each contestant run `iterations` times, the order alternating. */
function raceProcesses(options: Options, contestants: Record<string, { args: string[]; cwd: string }>, iterations: number): Record<string, ProcessRun[]> {
  const names = Object.keys(contestants);
  const runs: Record<string, ProcessRun[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < iterations; i++) {
    for (const name of i % 2 === 0 ? names : [...names].reverse()) runs[name].push(runProcess(options, contestants[name].args, contestants[name].cwd));
  }
  return runs;
}

const markdownlintCli2Bin = (options: Options) => path.join(options.root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(valueMs < 10_000 ? 2 : 1)} s`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/**
 * A 200,000-word draft in which no paragraph, list, table or chunk repeats (generateDraft with
 * `seen`; checked here with repeatsIn, and the run stops if anything repeats), so neither the chunk
 * cache nor any memo keyed by text gets a second use out of it, as with a real long draft.
 */
function uniqueDraft(options: Options, samples: string[], log: (line: string) => void): { folder: string; file: string } {
  const words = options.quick ? 20_000 : 200_000;
  const text = generateDraft(samples, { words, seed: 2024, skeleton: COMPLETE_SAMPLE, seen: new Set() });
  const repeats = repeatsIn([text], (draft) => splitIntoChunks(draft).map((chunk) => chunk.text));
  if (repeats.repeatedBlocks > 0 || repeats.repeatedChunks > 0) throw new Error(`the unique draft repeats itself: ${JSON.stringify(repeats)}`);
  log(`unique draft: ${countWords(text)} words, ${Math.round(text.length / 1024)} KB, ${repeats.blocks} blocks and ${repeats.chunks} chunks, none repeated`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-bench-whole-'));
  const file = path.join(folder, 'draft.md');
  writeFileSync(file, text);
  // A review team's folder: its config makes the language server treat the Markdown in it as drafts.
  writeFileSync(path.join(folder, '.cspr-lint.json'), '{}\n');
  return { folder, file };
}

/**
 * The whole process on one long draft, as a user runs it: `node dist/cli.js --coverage FILE` (start,
 * read, lint, coverage, print; without --coverage the CLI does not work out coverage it will not print) against a node process that only parses the file with unified +
 * remark-parse + remark-gfm + remark-frontmatter, and against `markdownlint-cli2 FILE` (default
 * rules). Ratios of CPU time (every thread of the process, from a preload that reads
 * process.cpuUsage() at exit), the median of per-iteration ratios: on a shared machine CPU time
 * moves far less with load than wall time, which is given for context.
 */
function measureWholeProcess(options: Options, file: string, log: (line: string) => void): Figure[] {
  const label = `${options.quick ? '20k' : '200k'}-word draft`;
  const cli = path.join(options.root, 'dist/cli.js');
  if (!existsSync(cli)) {
    const missing = { value: null, unit: 'x' as const, pass: null, context: 'not measured: dist/cli.js missing (run npm run build)' };
    return [
      { id: 'cli-whole-vs-remark', label: `Whole process, ${label}: cspr-lint vs remark parse-only`, budget: 1.5, ...missing },
      { id: 'cli-whole-vs-markdownlint', label: `Whole process, ${label}: cspr-lint vs markdownlint-cli2`, budget: 0.8, ...missing },
    ];
  }
  const parseOnly = path.join(options.root, 'bench/.build/remark-parse-only.mjs');
  writeFileSync(
    parseOnly,
    `import { readFileSync } from 'node:fs';\nimport { unified } from 'unified';\nimport remarkParse from 'remark-parse';\nimport remarkGfm from 'remark-gfm';\nimport remarkFrontmatter from 'remark-frontmatter';\n` +
      `unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(readFileSync(process.argv[2], 'utf8'));\n`,
  );
  log(`whole process on the ${label}: cspr-lint, remark parse-only, markdownlint-cli2 …`);
  const folder = path.dirname(file);
  const runs = raceProcesses(
    options,
    {
      'cspr-lint': { args: [cli, '--coverage', file], cwd: folder },
      remark: { args: [parseOnly, file], cwd: folder },
      'markdownlint-cli2': { args: [markdownlintCli2Bin(options), file], cwd: folder },
    },
    options.quick ? 1 : 5,
  );
  const cpu = (name: string) => runs[name].map((run) => run.cpuMs);
  const describe = (name: string) => `${name} ${ms(median(cpu(name)))} CPU, ${ms(median(runs[name].map((run) => run.wallMs)))} wall, ${mb(Math.max(...runs[name].map((run) => run.maxRssKB)))} peak RSS`;
  return [
    budgetFigure('cli-whole-vs-remark', `Whole process, ${label}: cspr-lint vs remark parse-only (CPU)`, pairedRatio(cpu('cspr-lint'), cpu('remark')), 'x', 1.5, `${describe('cspr-lint')}; ${describe('remark')}`),
    budgetFigure('cli-whole-vs-markdownlint', `Whole process, ${label}: cspr-lint vs markdownlint-cli2 (CPU)`, pairedRatio(cpu('cspr-lint'), cpu('markdownlint-cli2')), 'x', 0.8, describe('markdownlint-cli2')),
  ];
}

/**
 * The language server's memory with the long draft open: `node dist/server.js --stdio`,
 * initialize, didOpen, and once the draft's diagnostics are published, the process's peak
 * resident memory (VmHWM in /proc/PID/status, Linux only).
 */
async function measureServerMemory(options: Options, file: string, log: (line: string) => void): Promise<Figure> {
  const label = `Language server peak RSS, ${options.quick ? '20k' : '200k'}-word draft open`;
  const server = path.join(options.root, 'dist/server.js');
  if (!existsSync(server) || process.platform !== 'linux') return { id: 'server-memory', label, value: null, unit: 'MB', budget: 300, pass: null, context: existsSync(server) ? 'not measured: needs /proc (Linux)' : 'not measured: dist/server.js missing (run npm run build)' };
  log('language server memory with the draft open …');
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: path.dirname(file), stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  try {
    const published = new Promise<number>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
        if (params.uri === uri) resolve(params.diagnostics.length);
      });
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.listen();
    const folderUri = pathToFileURL(path.dirname(file)).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'bench' }], capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    await connection.sendNotification('initialized', {});
    const start = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no diagnostics within 120 s')), 120_000).unref());
    const diagnostics = await Promise.race([published, timeout]);
    const firstMs = performance.now() - start;
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const peakKB = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
    const nowKB = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    return budgetFigure('server-memory', label, peakKB / 1024, 'MB', 300, `${diagnostics} diagnostics ${ms(firstMs)} after didOpen; RSS then ${mb(nowKB)}`);
  } finally {
    connection.dispose();
    child.kill();
  }
}

/**
 * Many drafts, as issue #18 asks: 1,000 generated drafts of about 2,000 words each, no paragraph,
 * list, table or chunk repeated across the folder (one `seen` set for all), linted by
 * `node dist/cli.js .` with its default threads and by `markdownlint-cli2 "**\/*.md"`. The budgeted
 * ratio is of wall time (threads are the point here), the median of per-iteration ratios; CPU time
 * and peak RSS (every thread) are given, and the RSS as a row of its own. Then the re-run with
 * `--cache` over the same drafts, none changed (a cold `--cache` run first writes the cache, in the
 * bench's own folder): its seconds and peak RSS, without a budget.
 */
function measureManyDrafts(options: Options, samples: string[], log: (line: string) => void): Figure[] {
  const count = options.quick ? 25 : 1000;
  const label = `CLI over ${count} unique drafts (~2,000 words)`;
  const cli = path.join(options.root, 'dist/cli.js');
  if (!existsSync(cli)) return [{ id: 'cli-many', label: `${label} vs markdownlint-cli2`, value: null, unit: 'x', budget: 1.0, pass: null, context: 'not measured: dist/cli.js missing (run npm run build)' }];
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-bench-many-'));
  try {
    const random = seededRandom(18);
    const seen = new Set<string>();
    const texts: string[] = [];
    let words = 0;
    for (let i = 0; i < count; i++) {
      const text = generateDraft(samples, { words: 1800 + Math.floor(random() * 400), seed: 5000 + i, seen });
      words += countWords(text);
      texts.push(text);
      writeFileSync(path.join(folder, `draft-${String(i + 1).padStart(4, '0')}.md`), text);
    }
    const repeats = repeatsIn(texts, (draft) => splitIntoChunks(draft).map((chunk) => chunk.text));
    texts.length = 0;
    if (repeats.repeatedBlocks > 0 || repeats.repeatedChunks > 0) throw new Error(`the unique drafts repeat each other: ${JSON.stringify(repeats)}`);
    log(`CLI vs markdownlint-cli2 over ${count} unique drafts (${Math.round(words / 1000)}k words, ${repeats.chunks} chunks, none repeated) …`);
    const runs = raceProcesses(options, { 'cspr-lint': { args: [cli, '.'], cwd: folder }, 'markdownlint-cli2': { args: [markdownlintCli2Bin(options), '**/*.md'], cwd: folder } }, options.quick ? 1 : 2);
    const wall = (name: string) => runs[name].map((run) => run.wallMs);
    const describe = (name: string) => `${name} ${seconds(median(wall(name)))} wall, ${seconds(median(runs[name].map((run) => run.cpuMs)))} CPU, ${mb(Math.max(...runs[name].map((run) => run.maxRssKB)))} peak RSS`;
    const peakKB = Math.max(...runs['cspr-lint'].map((run) => run.maxRssKB));
    const cacheFile = path.join(folder, '.cspr-lint-cache');
    const cachedArgs = [cli, '--cache', '--cache-location', cacheFile, '.'];
    log(`CLI --cache re-run over the same ${count} drafts …`);
    const coldCache = runProcess(options, cachedArgs, folder);
    const warm = Array.from({ length: options.quick ? 1 : 3 }, () => runProcess(options, cachedArgs, folder));
    const warmPeakKB = Math.max(...warm.map((run) => run.maxRssKB));
    const cacheKB = statSync(cacheFile).size / 1024;
    const cachedContext = `none changed; ${seconds(median(warm.map((run) => run.cpuMs)))} CPU; the cold --cache run that wrote the ${cacheKB < 1024 ? `${Math.round(cacheKB)} KB` : mb(cacheKB)} cache ${seconds(coldCache.wallMs)} wall`;
    return [
      budgetFigure('cli-many', `${label} vs markdownlint-cli2 (wall)`, pairedRatio(wall('cspr-lint'), wall('markdownlint-cli2')), 'x', 1.0, `${describe('cspr-lint')} (default threads on ${os.availableParallelism()} CPUs); ${describe('markdownlint-cli2')}`),
      { id: 'cli-many-seconds', label: `${label}: cspr-lint seconds`, value: median(wall('cspr-lint')) / 1000, unit: 's', budget: null, pass: null, context: `${Math.round(words / 1000)}k words` },
      { id: 'cli-many-rss', label: `${label}: cspr-lint peak RSS`, value: peakKB / 1024, unit: 'MB', budget: null, pass: null, context: `markdownlint-cli2 ${mb(Math.max(...runs['markdownlint-cli2'].map((run) => run.maxRssKB)))}` },
      { id: 'cli-many-cached-seconds', label: `${label}: re-run with --cache, seconds`, value: median(warm.map((run) => run.wallMs)) / 1000, unit: 's', budget: null, pass: null, context: cachedContext },
      { id: 'cli-many-cached-rss', label: `${label}: re-run with --cache, peak RSS`, value: warmPeakKB / 1024, unit: 'MB', budget: null, pass: null, context: `cold --cache run ${mb(coldCache.maxRssKB)}` },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * What the extension does after the debounce: the same Linter lints the whole new text. Edits are
 * typed characters, backspaces and the odd Enter at random places, each applied to the text left
 * by the one before. At the end the warm result must equal a cold lint of the final text.
 */
function measureKeystrokes(options: Options, samples: string[], log: (line: string) => void): Figure[] {
  const words = options.quick ? 4000 : 50_000;
  const edits = options.quick ? 20 : 250;
  let text = generateDraft(samples, { words, seed: 7, skeleton: COMPLETE_SAMPLE });
  log(`keystroke re-lint on ${Math.round(words / 1000)}k words, ${edits} edits …`);
  const linter = new Linter();
  const opened = performance.now();
  withCoverage(linter.lint(text));
  const openMs = performance.now() - opened;
  const random = seededRandom(42);
  const letters = 'etaoinshrdlucmfwypvbgk ';
  const times: number[] = [];
  let last: LintResult | undefined;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * text.length);
    const kind = random();
    if (kind < 0.75) text = text.slice(0, at) + letters[Math.floor(random() * letters.length)] + text.slice(at);
    else if (kind < 0.95) text = text.slice(0, Math.max(0, at - 1)) + text.slice(at);
    else text = `${text.slice(0, at)}\n${text.slice(at)}`;
    // The editor hands the extension a fresh flat string (document.getText()), not the rope that
    // slicing and concatenating builds here; flattening it is not the linter's work.
    text = flatten(text);
    const start = performance.now();
    last = withCoverage(linter.lint(text));
    times.push(performance.now() - start);
  }
  const cold = new Linter().lint(text);
  const identical = last !== undefined && JSON.stringify(comparable(last)) === JSON.stringify(comparable(cold));
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const context = `${edits} edits; max ${ms(Math.max(...times))}; first lint on open ${ms(openMs)}; warm result ${identical ? 'identical to' : 'DIFFERS from'} a cold lint`;
  const figures: Figure[] = [
    { id: 'keystroke-p50', label: `Keystroke re-lint p50, ${Math.round(words / 1000)}k words`, value: p50, unit: 'ms', budget: null, pass: null, context },
    budgetFigure('keystroke-p95', `Keystroke re-lint p95, ${Math.round(words / 1000)}k words`, p95, 'ms', 50, identical ? context : `${context} (FAILS)`, true),
  ];
  return figures.map((figure) => (identical ? figure : { ...figure, pass: false }));
}

function flatten(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function comparable(result: LintResult) {
  return { findings: result.findings, suppressions: result.suppressions, sections: result.sections, coverage: result.coverage, notices: result.notices };
}

function measureSizes(options: Options): Figure[] {
  const figures: Figure[] = [];
  for (const file of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js']) {
    const full = path.join(options.root, file);
    const kb = existsSync(full) ? statSync(full).size / 1024 : null;
    const figure = budgetFigure(`size-${file}`, `Size of ${file}`, kb, 'KB', 400, kb === null ? 'not built (run npm run build)' : 'minified production build');
    figures.push(figure);
  }
  const vsix = readdirSync(options.root).filter((name) => name.endsWith('.vsix'));
  for (const name of vsix) {
    figures.push({ id: `size-${name}`, label: `Size of ${name}`, value: statSync(path.join(options.root, name)).size / 1024, unit: 'KB', budget: null, pass: null, context: 'packaged extension' });
  }
  if (vsix.length === 0) figures.push({ id: 'size-vsix', label: 'Size of the .vsix', value: null, unit: 'KB', budget: null, pass: null, context: 'not present: no .vsix in the repo root' });
  return figures;
}


function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    loadAverage: os.loadavg().map((load) => load.toFixed(2)).join(' '),
  };
}

function gitCommit(root: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

await main();
