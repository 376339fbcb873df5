// The cspr-lint command: a thin adapter that finds drafts, loads the config that applies to each,
// runs the engine and prints one of the output formats.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Linter, RULE_IDS } from '../engine/index';
import { CONFIG_FILE_NAME, ConfigError, configAppliesTo, STARTER_CONFIG } from '../config/index';
import { HELP, parseCliArgs, subcommandHelp, UsageError, type CliOptions } from './args';
import { expandPatterns, ioReason, readDraft } from './files';
import { VERSION } from './formats';
import { canUseWorkers, defaultJobs, lintFile, lintInWorkers, OutputWriter, startLintWorker, type FileOutcome, type RunContext } from './lint-files';
import { renderReport } from './report';
import { ConfigCache, host, toHostPath } from './config-cache';
import { openCache } from './result-cache';
import { runBriefing, runPortfolio } from './reviews';
import { runExport, runImport } from './word';
import { tuneV8ForLinting } from '../server/v8-tuning';

export async function main(argv: string[], io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const help = subcommandHelp(argv);
  if (help !== undefined) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (argv[0] === 'lsp') return runLanguageServer(argv.slice(1), io);
  if (argv[0] === 'import' || argv[0] === 'export') return runWordCommand(argv[0], argv.slice(1), io);
  if (argv[0] === 'portfolio' || argv[0] === 'briefing') return runReviewsCommand(argv[0], argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`cspr-lint: ${(error as Error).message}\nRun cspr-lint --help for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const color = options.color ?? (io.stdout.isTTY === true && !process.env.NO_COLOR);
  try {
    if (options.init) return await init(io);
    if (options.command === 'report') return await report(options, io);
    return await lint(options, io, color);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      io.stderr.write(`cspr-lint: ${error instanceof ConfigError ? relativeMessage(error, io.cwd) : error.message}\n`);
      return 2;
    }
    io.stderr.write(`cspr-lint: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/**
 * `cspr-lint lsp --stdio`. The server is its own bundle beside this one (dist/server.js), loaded only
 * for this subcommand so linting from the command line does not load the protocol library. The
 * promise never settles: the server exits the process when the client disconnects.
 */
function runLanguageServer(args: string[], io: { stderr: NodeJS.WriteStream }): Promise<number> {
  if (args.length !== 1 || args[0] !== '--stdio') {
    io.stderr.write('cspr-lint: usage: cspr-lint lsp --stdio (stdio is the only transport)\n');
    return Promise.resolve(2);
  }
  const server = require(path.join(__dirname, 'server.js')) as typeof import('../server/node');
  server.startStdioServer();
  return new Promise<number>(() => undefined);
}

async function runReviewsCommand(command: 'portfolio' | 'briefing', argv: string[], io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  try {
    return await (command === 'portfolio' ? runPortfolio(argv, io) : runBriefing(argv, io));
  } catch (error) {
    io.stderr.write(`cspr-lint: ${error instanceof ConfigError ? relativeMessage(error, io.cwd) : describeError(error, io.cwd)}\n`);
    return 2;
  }
}

async function runWordCommand(command: 'import' | 'export', argv: string[], io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  try {
    return await (command === 'import' ? runImport(argv, io) : runExport(argv, io));
  } catch (error) {
    io.stderr.write(`cspr-lint: ${describeError(error, io.cwd)}\n`);
    return 2;
  }
}

/**
 * A file system error as the person at the terminal needs it: the file (the folder, for the
 * temporary file an export writes beside its target) and what went wrong in words, not Node's
 * "ENOENT: no such file or directory, open '…'".
 */
function describeError(error: unknown, cwd: string): string {
  const failed = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof failed.code !== 'string' || typeof failed.path !== 'string') return error instanceof Error ? error.message : String(error);
  const temporary = /\.tmp$/.test(failed.path);
  const where = temporary ? path.dirname(failed.path) : failed.path;
  const shown = path.relative(cwd, where) || where;
  const action = failed.syscall === 'open' || failed.syscall === 'rename' || failed.syscall === 'mkdir' ? (temporary ? 'cannot write in this folder' : 'cannot open') : `cannot ${failed.syscall ?? 'use'}`;
  return `${shown}: ${action}: ${ioReason(error)}`;
}

function relativeMessage(error: ConfigError, cwd: string): string {
  const file = path.relative(cwd, error.file) || error.file;
  return `${file}${error.line !== undefined ? `:${error.line}:${error.column}` : ''}: ${error.jsonPath ? `${error.jsonPath}: ` : ''}${error.detail}`;
}

async function init(io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const target = path.join(io.cwd, CONFIG_FILE_NAME);
  try {
    await fs.writeFile(target, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr.write(`cspr-lint: ${CONFIG_FILE_NAME} already exists here; not overwriting it.\n`);
      return 2;
    }
    throw error;
  }
  io.stdout.write(`Wrote ${CONFIG_FILE_NAME}. Edit it, then run: cspr-lint\n`);
  return 0;
}

async function report(options: CliOptions, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const file = path.resolve(io.cwd, options.patterns[0]);
  const configs = new ConfigCache(io.cwd, options.config ? path.resolve(io.cwd, options.config) : undefined);
  const outcome = await readDraft(file, options.maxFileSizeKB * 1024);
  if (!outcome.ok) {
    io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: ${outcome.reason}\n`);
    return 2;
  }
  const { linter } = await configs.forFile(file);
  checkTemplateOption(options.template, linter);
  const result = linter.lint(outcome.file.text, { templateOverride: options.template });
  const out = path.resolve(io.cwd, options.out!);
  try {
    await fs.writeFile(out, renderReport(out, path.relative(path.dirname(out), file), result));
  } catch (error) {
    io.stderr.write(`cspr-lint: ${path.relative(io.cwd, out) || out}: cannot write: ${ioReason(error)}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${path.relative(io.cwd, out)}\n`);
  return 0;
}

async function lint(options: CliOptions, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }, color: boolean): Promise<number> {
  const configs = new ConfigCache(io.cwd, options.config ? path.resolve(io.cwd, options.config) : undefined);
  if (options.config && (await host.readFile(toHostPath(path.resolve(io.cwd, options.config)))) === undefined) {
    throw new UsageError(`--config ${options.config}: file not found`);
  }
  const { config, linter } = await configs.forFile(path.join(io.cwd, 'draft.md'));
  checkTemplateOption(options.template, linter);
  const unknownRule = options.fixSuggestions.find((id) => !RULE_IDS.includes(id));
  if (unknownRule !== undefined) throw new UsageError(`--fix-suggestions ${unknownRule}: unknown rule; rules are ${RULE_IDS.join(', ')}`);
  let patterns = options.patterns;
  const ignore = config.ignore;
  if (patterns.length === 0) patterns = config.include.length > 0 ? config.include : ['**/*.md'];
  const { files, named, missing, skipped } = await expandPatterns(patterns, io.cwd, ignore);
  let ioProblems = 0;
  for (const { path: file, reason } of skipped) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: ${reason}\n`);
  for (const pattern of missing) {
    io.stderr.write(`cspr-lint: ${pattern}: no such file or no drafts match\n`);
    ioProblems++;
  }
  const showProgress = io.stderr.isTTY === true && files.length > 20 && options.format === 'stylish';
  // Which files are linted, decided here for every file first: a config that cannot be loaded stops
  // the run before anything is printed, however the files are then shared out.
  const selected: number[] = [];
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    const { config } = await configs.forFile(file);
    // A folder or glob reaches drafts under nested configs; each config's include/ignore decides.
    if ((named.has(file) && !options.draftsOnly) || configAppliesTo(config, toHostPath(file))) selected.push(index);
  }
  const selectedFiles = selected.map((index) => files[index]);
  // --fix changes the drafts it lints: it neither reads nor writes the cache.
  const cache = options.cache && !options.fix ? await openCache(options.cacheLocation, 'lint', selectedFiles, io) : undefined;
  const context: RunContext = { cwd: io.cwd, options, color, showProgress, ...(cache ? { cache: true } : {}) };
  const cached = cache ? await cache.lookup(selectedFiles, context, configs) : [];
  const output = new OutputWriter(context, io.stdout);
  // The progress line counts every file found, as it did when files were linted one by one.
  let shown = 0;
  const consume = async (position: number, outcome: FileOutcome) => {
    const index = selected[position];
    for (; shown <= index; shown++) if (showProgress && shown % 10 === 0) io.stderr.write(`\rLinting ${shown + 1}/${files.length} …`);
    if (outcome.stderr) io.stderr.write(outcome.stderr);
    if (outcome.error !== undefined) throw new Error(outcome.error);
    if (outcome.ioProblem) ioProblems++;
    if (outcome.linted) await output.add(files[index], outcome.linted);
    cache?.remember(files[index], outcome);
  };
  // Threads for the drafts still to lint: a re-run that finds most of them in the cache starts none.
  const threads = await threadsFor(options, selectedFiles.filter((_file, position) => cached[position] === undefined));
  if (threads > 1) {
    await lintInWorkers(selectedFiles, context, threads, configs, consume, cached);
  } else {
    for (let position = 0; position < selectedFiles.length; position++) await consume(position, cached[position]?.() ?? (await lintFile(selectedFiles[position], context, configs)));
  }
  if (showProgress) {
    for (; shown < files.length; shown++) if (shown % 10 === 0) io.stderr.write(`\rLinting ${shown + 1}/${files.length} …`);
    io.stderr.write('\r\x1b[K');
  }
  // Machine formats keep stdout to their own syntax; notices (an unknown cspr-template, a rule that
  // stopped) still have to reach the person reading the CI log.
  for (const { file, notice } of output.notices) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: ${notice}\n`);
  await output.end(ioProblems);
  await cache?.save();

  if (ioProblems > 0) return 2;
  const total = output.totals;
  if (total.errors > 0) return 1;
  if (options.maxWarnings !== undefined && total.warnings > options.maxWarnings) {
    io.stderr.write(`cspr-lint: ${total.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * Worker threads for this run: --jobs, else one per CPU for more than 20 files. One (this thread)
 * when the CLI runs from its TypeScript sources (tests), and with --fix when two of the paths are
 * the same file (through a link), which one thread must fix in turn.
 */
async function threadsFor(options: CliOptions, files: readonly string[]): Promise<number> {
  const threads = Math.min(options.jobs ?? defaultJobs(files.length), files.length);
  if (threads <= 1 || !canUseWorkers()) return 1;
  if (options.fix) {
    const real = await Promise.all(files.map((file) => fs.realpath(file).catch(() => file)));
    if (new Set(real).size !== real.length) return 1;
  }
  return threads;
}

/** An unknown --template would otherwise lint every draft with the default and only say so per draft. */
function checkTemplateOption(template: string | undefined, linter: Linter): void {
  if (template !== undefined && !linter.templateIds.includes(template)) {
    throw new UsageError(`--template ${template}: unknown template; use ${linter.templateIds.join(' or ')}`);
  }
}

if (startLintWorker()) {
  // A worker thread of a parallel run (see lint-files.ts): it lints what it is sent.
} else if (require.main === module) {
  tuneV8ForLinting();
  // Output piped into a reader that stops early (`cspr-lint drafts | head`) is not an error of the
  // linter: the rest of the output is dropped quietly, as other command-line tools do, and the exit
  // code still says whether the drafts have errors.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`cspr-lint: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
