// The cspr-lint command: a thin adapter that finds drafts, loads the config that applies to each,
// runs the engine and prints one of the output formats.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { applyFixes, Linter, RULE_IDS, type LintResult } from '../engine/index';
import { CONFIG_FILE_NAME, ConfigError, configAppliesTo, STARTER_CONFIG } from '../config/index';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { expandPatterns, readDraft, writeFixedDraft, type DraftFile } from './files';
import { formatGithub, formatJson, formatSarif, formatStylish, formatSuppressions, totals, VERSION, type FileResult } from './formats';
import { renderReport } from './report';
import { ConfigCache, host, toHostPath } from './config-cache';
import { runBriefing, runPortfolio } from './reviews';
import { isWordFile, locateByParagraph, readWordDraft, runExport, runImport } from './word';

export async function main(argv: string[], io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
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
    io.stderr.write(`cspr-lint: ${error instanceof ConfigError ? relativeMessage(error, io.cwd) : error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function runWordCommand(command: 'import' | 'export', argv: string[], io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  try {
    return await (command === 'import' ? runImport(argv, io) : runExport(argv, io));
  } catch (error) {
    io.stderr.write(`cspr-lint: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
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
  await fs.writeFile(out, renderReport(out, path.relative(path.dirname(out), file), result));
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
  const suggestionsOf = new Set(options.fixSuggestions);
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
  const results: FileResult[] = [];
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    if (showProgress && index % 10 === 0) io.stderr.write(`\rLinting ${index + 1}/${files.length} …`);
    const { config, linter } = await configs.forFile(file);
    // A folder or glob reaches drafts under nested configs; each config's include/ignore decides.
    if (!named.has(file) && !configAppliesTo(config, toHostPath(file))) continue;
    const word = isWordFile(file) ? await readWordDraft(file, options.maxFileSizeKB * 1024) : undefined;
    const outcome = word ?? (await readDraft(file, options.maxFileSizeKB * 1024));
    if (!outcome.ok) {
      io.stderr.write(`${showProgress ? '\r' : ''}cspr-lint: ${path.relative(io.cwd, file)}: ${outcome.reason}\n`);
      if (outcome.fatal) ioProblems++;
      continue;
    }
    let result = linter.lint(outcome.file.text, { templateOverride: options.template });
    let fixed = 0;
    if (word?.ok) {
      // A Word draft is read, never written: findings are located by paragraph and fixes are left to Word.
      result = locateByParagraph(result, word.paragraphLines);
      const notes = options.format === 'stylish' ? ['Word draft: positions are paragraph:character (headings, list items and table cells each count as a paragraph).', ...word.notes] : word.notes;
      for (const note of notes) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: ${note}\n`);
      if (options.fix) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: Word drafts are not fixed in place; fix them in Word, or import to Markdown first (cspr-lint import)\n`);
    } else if (options.fix) {
      const fixOutcome = await fixFile(outcome.file, result, suggestionsOf, io);
      if (fixOutcome) {
        fixed = fixOutcome.applied;
        result = linter.lint(fixOutcome.text, { templateOverride: options.template });
      }
    }
    const findings = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
    results.push({ filePath: file, result, findings, fixed });
  }
  if (showProgress) io.stderr.write('\r\x1b[K');

  if (options.listSuppressions || options.format !== 'stylish') {
    // Machine formats keep stdout to their own syntax; notices (an unknown cspr-template, a rule that
    // stopped) still have to reach the person reading the CI log.
    for (const { filePath, result } of results) for (const notice of result.notices) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, filePath)}: ${notice}\n`);
  }
  if (options.listSuppressions) {
    io.stdout.write(`${formatSuppressions(results, io.cwd, color)}\n`);
  } else if (options.format === 'json') {
    io.stdout.write(`${formatJson(results, io.cwd)}\n`);
  } else if (options.format === 'sarif') {
    io.stdout.write(`${formatSarif(results, io.cwd)}\n`);
  } else if (options.format === 'github') {
    const text = formatGithub(results, io.cwd);
    if (text) io.stdout.write(`${text}\n`);
  } else {
    io.stdout.write(`${formatStylish(results, io.cwd, { color, coverage: options.coverage })}\n`);
  }

  if (ioProblems > 0) return 2;
  const total = totals(results);
  if (total.errors > 0) return 1;
  if (options.maxWarnings !== undefined && total.warnings > options.maxWarnings) {
    io.stderr.write(`cspr-lint: ${total.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** An unknown --template would otherwise lint every draft with the default and only say so per draft. */
function checkTemplateOption(template: string | undefined, linter: Linter): void {
  if (template !== undefined && !linter.templateIds.includes(template)) {
    throw new UsageError(`--template ${template}: unknown template; use ${linter.templateIds.join(' or ')}`);
  }
}

async function fixFile(
  draft: DraftFile,
  result: LintResult,
  suggestionsOf: ReadonlySet<string>,
  io: { cwd: string; stderr: NodeJS.WriteStream },
): Promise<{ text: string; applied: number } | undefined> {
  const outcome = applyFixes(draft.text, result.findings, { suggestionsOf });
  const name = path.relative(io.cwd, draft.path);
  // A conflict comes back with applied = 0, so it must be checked first or it passes in silence.
  if (outcome.conflict) {
    io.stderr.write(`cspr-lint: ${name}: fixes overlap; file left unchanged (apply them one at a time in the editor)\n`);
    return undefined;
  }
  if (outcome.applied === 0) return undefined;
  const written = await writeFixedDraft(draft, outcome.output);
  if (written === 'changed-on-disk') {
    io.stderr.write(`cspr-lint: ${name}: changed on disk while linting; not overwritten\n`);
    return undefined;
  }
  return { text: outcome.output, applied: outcome.applied };
}

if (require.main === module) {
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
