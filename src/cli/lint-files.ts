// Linting many drafts: one file at a time in this thread, or in worker threads when there are many
// (`--jobs`). Either way each file becomes a FileOutcome (what it printed and counted) that is
// written out in the order of the file list as soon as the files before it are done, so the output
// is the same byte for byte however the files were shared out, and no run holds every result.
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { applyFixes, type LintResult } from '../engine/index';
import { ConfigError } from '../config/index';
import type { CliOptions } from './args';
import { readDraft, writeFixedDraft, type DraftFile } from './files';
import { githubFile, jsonFile, sarifFile, sarifFrame, stylishFile, stylishSummary, suppressionsFile, suppressionsSummary, type FileResult, type Totals } from './formats';
import { ConfigCache } from './config-cache';
import { isWordFile, locateByParagraph, readWordDraft } from './word';
import type { PortfolioDraftSummary } from '../portfolio/build';
import { summarizeDraft } from '../portfolio/summarize';
import { hashBytes } from './result-cache';

/** What a worker needs to lint a file as the main thread would (plain data: it is copied to the worker). */
export interface RunContext {
  cwd: string;
  options: CliOptions;
  color: boolean;
  /** A progress line is shown on stderr, so a message about a file starts with a carriage return. */
  showProgress: boolean;
  /** `cspr-lint portfolio`: each file gives its portfolio summary instead of its findings. */
  portfolio?: boolean;
  /** `--cache` (never with --fix): each outcome of a file read carries the hash of its bytes (FileOutcome.bytesHash). */
  cache?: boolean;
}

/** One file linted: what it prints and what it adds to the totals. */
export interface FileOutcome {
  /** Written to stderr while linting it (unreadable file, Word notes, fixes left undone). */
  stderr: string;
  /** The file could not be read (exit code 2). */
  ioProblem: boolean;
  linted?: {
    /** Its part of stdout in the chosen format (see OutputWriter); undefined when it shows nothing. */
    piece: string | undefined;
    /** Notices, which machine formats print to stderr after the run. */
    notices: string[];
    totals: Totals;
    /** Disable comments listed, and those without a reason (--list-suppressions). */
    suppressions: number;
    unexplained: number;
  };
  /** A worker's error, printed as the serial run prints the same error (after `cspr-lint: `). */
  error?: string;
  /** With `portfolio`: what the portfolio keeps of the draft (plain data, copied from a worker). */
  summary?: PortfolioDraftSummary;
  /** With `--cache`: sha256 of the bytes this outcome was made from, to keep it under (see result-cache.ts). */
  bytesHash?: string;
}

/** For `cspr-lint portfolio`: reads and lints one draft and gives its summary (see RunContext.portfolio). */
async function summarizeFile(file: string, context: RunContext, configs: ConfigCache): Promise<FileOutcome> {
  const { config, linter } = await configs.forFile(file);
  const outcome = await readDraft(file, context.options.maxFileSizeKB * 1024);
  if (!outcome.ok) return { stderr: `\rcspr-lint: ${path.relative(context.cwd, file)}: ${outcome.reason}\n`, ioProblem: outcome.fatal };
  const result = linter.lint(outcome.file.text, { templateOverride: context.options.template });
  // Each draft is seen once: keeping its parsed chunks would only grow memory with the folder.
  linter.clearCache();
  const name = path.relative(context.cwd, file).split(path.sep).join('/');
  const summary = summarizeDraft(name, result, new Map(Object.entries(config.settings.glossary ?? {})));
  return { stderr: '', ioProblem: false, summary, ...(context.cache ? { bytesHash: hashBytes(outcome.file.bytes) } : {}) };
}

/**
 * Lints one file: reads it (Markdown or Word), lints it with the config that applies, applies fixes
 * with --fix (and lints the fixed text), and formats its part of the output.
 */
export async function lintFile(file: string, context: RunContext, configs: ConfigCache): Promise<FileOutcome> {
  if (context.portfolio) return summarizeFile(file, context, configs);
  const { options, cwd } = context;
  let stderr = '';
  const name = path.relative(cwd, file);
  const { linter } = await configs.forFile(file);
  const word = isWordFile(file) ? await readWordDraft(file, options.maxFileSizeKB * 1024) : undefined;
  const outcome = word ?? (await readDraft(file, options.maxFileSizeKB * 1024));
  if (!outcome.ok) {
    stderr += `${context.showProgress ? '\r' : ''}cspr-lint: ${name}: ${outcome.reason}\n`;
    return { stderr, ioProblem: outcome.fatal };
  }
  let result = linter.lint(outcome.file.text, { templateOverride: options.template });
  let fixed = 0;
  if (word?.ok) {
    // A Word draft is read, never written: findings are located by paragraph and fixes are left to Word.
    result = locateByParagraph(result, word.paragraphLines);
    const notes = options.format === 'stylish' ? ['Word draft: positions are paragraph:character (headings, list items and table cells each count as a paragraph).', ...word.notes] : word.notes;
    for (const note of notes) stderr += `cspr-lint: ${name}: ${note}\n`;
    if (options.fix) stderr += `cspr-lint: ${name}: Word drafts are not fixed in place; fix them in Word, or import to Markdown first (cspr-lint import)\n`;
  } else if (options.fix) {
    const fixOutcome = await fixFile(outcome.file, result, new Set(options.fixSuggestions), name, (text) => (stderr += text));
    if (fixOutcome) {
      fixed = fixOutcome.applied;
      result = linter.lint(fixOutcome.text, { templateOverride: options.template });
    }
  }
  const findings = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
  const linted = summarise({ filePath: file, result, findings, fixed }, context);
  // A Word draft's outcome also depends on the Word reader's own bundle, and --fix changes the file: neither is kept.
  const cacheable = context.cache === true && !options.fix && word === undefined;
  return { stderr, ioProblem: false, linted, ...(cacheable ? { bytesHash: hashBytes(outcome.file.bytes) } : {}) };
}

function summarise(file: FileResult, context: RunContext): NonNullable<FileOutcome['linted']> {
  const { options, cwd, color } = context;
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const finding of file.findings) {
    if (finding.severity === 'error') totals.errors++;
    else if (finding.severity === 'warning') totals.warnings++;
    else totals.infos++;
    if (finding.fix) totals.fixable++;
  }
  let piece: string | undefined;
  let suppressions = 0;
  let unexplained = 0;
  if (options.listSuppressions) {
    const listed = suppressionsFile(file, cwd, color);
    piece = listed.text;
    suppressions = listed.count;
    unexplained = listed.unexplained;
  } else if (options.format === 'json') piece = jsonFile(file, cwd);
  else if (options.format === 'sarif') piece = sarifFile(file, cwd);
  else if (options.format === 'github') piece = githubFile(file, cwd);
  else piece = stylishFile(file, cwd, { color, coverage: options.coverage });
  return { piece, notices: file.result.notices, totals, suppressions, unexplained };
}

async function fixFile(
  draft: DraftFile,
  result: LintResult,
  suggestionsOf: ReadonlySet<string>,
  name: string,
  warn: (text: string) => void,
): Promise<{ text: string; applied: number } | undefined> {
  const outcome = applyFixes(draft.text, result.findings, { suggestionsOf });
  // A conflict comes back with applied = 0, so it must be checked first or it passes in silence.
  if (outcome.conflict) {
    warn(`cspr-lint: ${name}: fixes overlap; file left unchanged (apply them one at a time in the editor)\n`);
    return undefined;
  }
  if (outcome.applied === 0) return undefined;
  const written = await writeFixedDraft(draft, outcome.output);
  if (written === 'changed-on-disk') {
    warn(`cspr-lint: ${name}: changed on disk while linting; not overwritten\n`);
    return undefined;
  }
  return { text: outcome.output, applied: outcome.applied };
}

/**
 * Writes the run's stdout file by file, exactly as formatting every result at the end would:
 * stylish and --list-suppressions print each file's lines and then the summary; JSON is an array
 * whose entries are written as they come; SARIF is its frame with the results in between; github is
 * one line per finding.
 */
export class OutputWriter {
  private pieces = 0;
  readonly totals: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  files = 0;
  private suppressions = 0;
  private unexplained = 0;
  readonly notices: { file: string; notice: string }[] = [];
  private readerGone = false;

  constructor(
    private readonly context: RunContext,
    private readonly stdout: NodeJS.WritableStream,
  ) {}

  async add(file: string, linted: NonNullable<FileOutcome['linted']>): Promise<void> {
    this.files++;
    for (const key of ['errors', 'warnings', 'infos', 'fixable'] as const) this.totals[key] += linted.totals[key];
    this.suppressions += linted.suppressions;
    this.unexplained += linted.unexplained;
    const { options } = this.context;
    if (options.listSuppressions || options.format !== 'stylish') for (const notice of linted.notices) this.notices.push({ file, notice });
    const piece = linted.piece;
    if (piece === undefined || piece === '') return;
    let text: string;
    if (options.listSuppressions || options.format === 'stylish') text = `${piece}\n`;
    else if (options.format === 'json') text = `${this.pieces === 0 ? '[\n' : ',\n'}${piece}`;
    else if (options.format === 'sarif') text = `${this.pieces === 0 ? `${this.frame().head}\n` : ',\n'}${piece}`;
    else text = `${this.pieces === 0 ? '' : '\n'}${piece}`;
    this.pieces++;
    await this.write(text);
  }

  /** `unreadable`: files named or found that could not be read, already reported on stderr; the summary says so rather than "no problems". */
  async end(unreadable = 0): Promise<void> {
    const { options, color } = this.context;
    let text: string;
    if (options.listSuppressions) text = `${suppressionsSummary(this.suppressions, this.unexplained, color)}\n`;
    else if (options.format === 'json') text = this.pieces === 0 ? '[]\n' : '\n]\n';
    else if (options.format === 'sarif') text = this.pieces === 0 ? `${this.frame().head}${this.frame().emptyTail}\n` : `${this.frame().tail}\n`;
    else if (options.format === 'github') text = this.pieces === 0 ? '' : '\n';
    else text = `${stylishSummary(this.totals, this.files, color, unreadable)}\n`;
    if (text !== '') await this.write(text);
  }

  private frame(): ReturnType<typeof sarifFrame> {
    return sarifFrame(this.context.cwd);
  }

  private async write(text: string): Promise<void> {
    if (this.readerGone) return;
    try {
      // Waits when a slow reader (a pipe to `less`) has not taken the last piece yet, so output is not buffered without bound.
      if (!this.stdout.write(text)) await once(this.stdout, 'drain');
    } catch (error) {
      // A reader that stopped early (`| head`) wants no more: the run still lints and exits with its code.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      this.readerGone = true;
    }
  }
}

/** How many threads lint when --jobs is not given: one per CPU for more than 20 files, else this thread alone. */
export function defaultJobs(files: number): number {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return files > 20 && cpus > 1 ? Math.min(cpus, 8) : 1;
}

/** Worker threads need this file as plain JavaScript: the bundle (dist/cli.js), not the TypeScript sources tests run. */
export function canUseWorkers(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.js');
}

interface WorkerData {
  csprLintWorker: RunContext;
}

/**
 * Lints the files in `threads` threads, this one and `threads - 1` workers, and hands each outcome to
 * `consume` in file order. This thread lints too: it has loaded the engine and a Linter already, and
 * a worker of its own would compile the engine's code once more. Each worker is given two files at a
 * time, so that it has the next one while this thread is busy linting and cannot hand it over. A
 * file is given out only while fewer than a few files per thread wait to be written, so what is held
 * is bounded whatever the number of files. A file with an outcome in `cached` (a `--cache` hit) is
 * given to no thread: its outcome is handed over in its turn as if it had just been linted (and the
 * file is linted after all if the kept outcome does not parse).
 */
export async function lintInWorkers(
  files: readonly string[],
  context: RunContext,
  threads: number,
  configs: ConfigCache,
  consume: (index: number, outcome: FileOutcome) => Promise<void>,
  cached: readonly ((() => FileOutcome | undefined) | undefined)[] = [],
): Promise<void> {
  const toLint = files.filter((_file, index) => cached[index] === undefined).length;
  const workerCount = Math.max(1, Math.min(threads, toLint) - 1);
  const workers: Worker[] = [];
  const ahead = (workerCount + 1) * 4;
  const done = new Map<number, FileOutcome>();
  const inFlight = new Map<Worker, number>();
  let localBusy = false;
  let next = 0;
  let written = 0;
  let pumping = false;
  let failed = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: unknown) => {
        failed = true;
        reject(error);
      };
      const more = () => !failed && next < files.length && next < written + ahead;
      let served = false;
      // The next file to lint, once the cached files before it are done (served in this thread).
      const claim = (): number | undefined => {
        while (more()) {
          const index = next++;
          const outcome = cached[index]?.();
          if (outcome === undefined) return index;
          done.set(index, outcome);
          served = true;
        }
        return undefined;
      };
      const dispatch = () => {
        for (let round = 0; round < 2; round++) {
          for (const worker of workers) {
            if ((inFlight.get(worker) ?? 0) <= round) {
              const index = claim();
              if (index === undefined) break;
              worker.postMessage({ index, file: files[index] });
              inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
            }
          }
        }
        const index = localBusy ? undefined : claim();
        if (served) {
          served = false;
          void pump();
        }
        if (index !== undefined) {
          localBusy = true;
          // After this turn of the event loop, so the workers' messages just posted go out first.
          setImmediate(() => {
            lintFile(files[index], context, configs)
              .catch((error: unknown): FileOutcome => ({ stderr: '', ioProblem: false, error: errorText(error, context.cwd) }))
              .then((outcome) => {
                localBusy = false;
                finished(index, outcome);
              }, fail);
          });
        }
      };
      const finished = (index: number, outcome: FileOutcome) => {
        done.set(index, outcome);
        dispatch();
        void pump();
      };
      const pump = async () => {
        if (pumping) return;
        pumping = true;
        try {
          while (!failed && done.has(written)) {
            const outcome = done.get(written)!;
            done.delete(written);
            await consume(written, outcome);
            written++;
            dispatch();
          }
        } catch (error) {
          fail(error);
          return;
        } finally {
          pumping = false;
        }
        if (!failed && written === files.length) resolve();
      };
      for (let i = 0; i < workerCount; i++) {
        const worker = new Worker(__filename, { workerData: { csprLintWorker: context } satisfies WorkerData });
        workers.push(worker);
        worker.on('message', (message: { index: number; outcome: FileOutcome }) => {
          inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
          finished(message.index, message.outcome);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!failed && written < files.length) fail(new Error(`a linting thread stopped (exit code ${code})`));
        });
      }
      dispatch();
    });
  } finally {
    failed = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The worker thread's side: lints each file it is sent and posts the outcome back. Returns false in any other thread. */
export function startLintWorker(): boolean {
  const data = workerData as Partial<WorkerData> | null;
  if (!parentPort || !data?.csprLintWorker) return false;
  const context = data.csprLintWorker;
  const port = parentPort;
  const configs = new ConfigCache(context.cwd, context.options.config ? path.resolve(context.cwd, context.options.config) : undefined);
  port.on('message', (job: { index: number; file: string }) => {
    lintFile(job.file, context, configs).then(
      (outcome) => port.postMessage({ index: job.index, outcome }),
      (error: unknown) => port.postMessage({ index: job.index, outcome: { stderr: '', ioProblem: false, error: errorText(error, context.cwd) } satisfies FileOutcome }),
    );
  });
  return true;
}

/** An error as the CLI prints it after `cspr-lint: `. */
export function errorText(error: unknown, cwd: string): string {
  if (error instanceof ConfigError) {
    const file = path.relative(cwd, error.file) || error.file;
    return `${file}${error.line !== undefined ? `:${error.line}:${error.column}` : ''}: ${error.jsonPath ? `${error.jsonPath}: ` : ''}${error.detail}`;
  }
  return error instanceof Error ? error.message : String(error);
}
