// Commands over whole reviews rather than one lint: `cspr-lint portfolio [paths] --out FILE` (themes,
// completeness and a recommendations register across many drafts) and `cspr-lint briefing DRAFT
// --out FILE` (a 7-minute briefing). Thin: the builders in src/portfolio and src/briefing do the work.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { configAppliesTo } from '../config/index';
import { anonymisedBriefing, renderBriefingHtml, renderBriefingMarkdown } from '../briefing/build';
import { PortfolioBuilder } from '../portfolio/build';
import { portfolioFormatOf, renderPortfolio } from '../portfolio/render';
import { UsageError, DEFAULT_MAX_FILE_SIZE_KB } from './args';
import { ConfigCache, toHostPath } from './config-cache';
import { expandPatterns, readDraft } from './files';
import { canUseWorkers, defaultJobs, lintFile, lintInWorkers, type FileOutcome, type RunContext } from './lint-files';
import { openCache } from './result-cache';

interface Io {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

function parse(command: string, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        template: { type: 'string' },
        // Threads and the result cache, as for linting many files; only the portfolio reads many drafts.
        ...(command === 'portfolio' ? { jobs: { type: 'string', short: 'j' }, cache: { type: 'boolean' }, 'cache-location': { type: 'string' } } : {}),
      },
    });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runPortfolio(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('portfolio', argv);
  if (!values.out) throw new UsageError('portfolio needs --out: cspr-lint portfolio reviews/ --out portfolio.html (or .md, .json, .csv)');
  const format = portfolioFormatOf(values.out);
  if (!format) throw new UsageError('portfolio: --out must end in .html, .md, .json or .csv');
  const { cache: useCache, 'cache-location': cacheLocation } = values as { cache?: boolean; 'cache-location'?: string };
  if (cacheLocation !== undefined && !useCache) throw new UsageError('portfolio: --cache-location only works with --cache');
  if (cacheLocation === '') throw new UsageError('portfolio: --cache-location takes a file or folder');
  const configs = new ConfigCache(io.cwd, values.config ? path.resolve(io.cwd, values.config) : undefined);
  const { config } = await configs.forFile(path.join(io.cwd, 'draft.md'));
  const patterns = positionals.length > 0 ? positionals : config.include.length > 0 ? config.include : ['**/*.md'];
  const { files, named, missing, skipped } = await expandPatterns(patterns, io.cwd, config.ignore);
  for (const pattern of missing) io.stderr.write(`cspr-lint: ${pattern}: no such file or no drafts match\n`);
  for (const { path: file, reason } of skipped) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: ${reason}\n`);
  const builder = new PortfolioBuilder();
  // Drafts the config applies to (or named on the command line), then linted in threads as `cspr-lint` lints many files.
  const drafts: string[] = [];
  for (const file of files) {
    const { config: applying } = await configs.forFile(file);
    if (named.has(file) || configAppliesTo(applying, toHostPath(file))) drafts.push(file);
  }
  const given = (values as { jobs?: string }).jobs;
  const jobs = given === undefined ? undefined : Number(given);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UsageError('portfolio: --jobs takes a whole number from 1 to 256');
  const cache = useCache ? await openCache(cacheLocation, 'portfolio', drafts, io) : undefined;
  const context: RunContext = {
    cwd: io.cwd,
    options: { command: 'lint', patterns: [], format: 'stylish', template: values.template, config: values.config, coverage: false, fix: false, fixSuggestions: [], draftsOnly: false, init: false, listSuppressions: false, quiet: false, version: false, help: false, maxFileSizeKB: DEFAULT_MAX_FILE_SIZE_KB, cache: useCache === true },
    color: false,
    showProgress: true,
    portfolio: true,
    ...(cache ? { cache: true } : {}),
  };
  const cached = cache ? await cache.lookup(drafts, context, configs) : [];
  const progress = progressReporter(io, drafts.length);
  let included = 0;
  const consume = async (index: number, outcome: FileOutcome) => {
    progress(index);
    if (outcome.stderr) io.stderr.write(outcome.stderr);
    if (outcome.error) throw new Error(outcome.error);
    cache?.remember(drafts[index], outcome);
    if (!outcome.summary) return;
    builder.addSummary(outcome.summary);
    included++;
  };
  // Threads for the drafts still to read: a re-run that finds most of them in the cache starts none.
  const toRead = drafts.filter((_file, index) => cached[index] === undefined).length;
  const threads = canUseWorkers() ? Math.min(jobs ?? defaultJobs(toRead), toRead) : 1;
  if (threads > 1) await lintInWorkers(drafts, context, threads, configs, consume, cached);
  else for (const [index, file] of drafts.entries()) await consume(index, cached[index]?.() ?? (await lintFile(file, context, configs)));
  progress(drafts.length);
  await cache?.save();
  if (included === 0) {
    io.stderr.write('cspr-lint: portfolio: no drafts to include\n');
    return 2;
  }
  const out = path.resolve(io.cwd, values.out);
  await fs.writeFile(out, renderPortfolio(builder.build(), format));
  io.stdout.write(`Wrote ${path.relative(io.cwd, out)} (${included} draft${included === 1 ? '' : 's'})\n`);
  return missing.length > 0 ? 2 : 0;
}

/** "Reading 120/1000 …" on stderr: redrawn in a terminal, a line per hundred drafts in a log. */
function progressReporter(io: Io, total: number): (done: number) => void {
  const tty = io.stderr.isTTY === true;
  if (total < 20) return () => undefined;
  return (done) => {
    if (done === total) {
      if (tty) io.stderr.write('\r\x1b[K');
      io.stderr.write(`cspr-lint: read ${total} drafts\n`);
    } else if (tty && done % 10 === 0) io.stderr.write(`\rReading ${done + 1}/${total} …`);
    else if (!tty && done % 100 === 0) io.stderr.write(`cspr-lint: reading ${done + 1}/${total} …\n`);
  };
}

export async function runBriefing(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('briefing', argv);
  const example = 'cspr-lint briefing review.md --out briefing.md (or .html)';
  if (positionals.length !== 1) throw new UsageError(`briefing takes one draft: ${example}`);
  if (!values.out) throw new UsageError(`briefing needs --out: ${example}`);
  if (!/\.(?:md|markdown|html?)$/i.test(values.out)) throw new UsageError('briefing: --out must end in .md or .html');
  const file = path.resolve(io.cwd, positionals[0]);
  const outcome = await readDraft(file, DEFAULT_MAX_FILE_SIZE_KB * 1024);
  if (!outcome.ok) throw new UsageError(`${path.relative(io.cwd, file)}: ${outcome.reason}`);
  const configs = new ConfigCache(io.cwd, values.config ? path.resolve(io.cwd, values.config) : undefined);
  const { config, linter } = await configs.forFile(file);
  const briefing = anonymisedBriefing(linter.lint(outcome.file.text, { templateOverride: values.template }), config.settings);
  const out = path.resolve(io.cwd, values.out);
  await fs.writeFile(out, /\.html?$/i.test(out) ? renderBriefingHtml(briefing) : renderBriefingMarkdown(briefing));
  io.stdout.write(`Wrote ${path.relative(io.cwd, out)}\n`);
  if (briefing.withheld > 0) io.stderr.write(`cspr-lint: ${briefing.withheld} line${briefing.withheld === 1 ? ' was' : 's were'} left out of the briefing because they could identify someone.\n`);
  const prompts = briefing.parts.reduce((count, part) => count + part.paragraphs.filter((paragraph) => /^\[.*\]$/.test(paragraph)).length, 0);
  if (prompts > 0) io.stderr.write(`cspr-lint: ${prompts} part${prompts === 1 ? '' : 's'} still need${prompts === 1 ? 's' : ''} writing: see the [bracketed prompts].\n`);
  return 0;
}
