// `--cache`: what each draft produced (its FileOutcome) kept in one file between runs, so that a re-run
// over a folder of drafts lints only the drafts that changed. An outcome is reused only when its key
// matches, and the key is everything the outcome depends on: the draft's bytes, the settings of the
// config that applies to it, the options that change what a draft prints, and the CLI's own code
// (a new build or version never reuses what an older one produced). Hits are served by the main
// thread without reading the draft's text into the engine; misses are linted as without the cache.
// The file is read once at the start and written once at the end (a temporary file renamed over
// it), and only where the user runs the command or points --cache-location: it holds findings, which
// may quote names from a draft.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedConfig } from '../config/index';
import { UsageError } from './args';
import type { ConfigCache } from './config-cache';
import { VERSION } from './formats';
import type { FileOutcome, RunContext } from './lint-files';
import { isWordFile } from './word';

/** The cache file's name when --cache-location does not give one. */
export const DEFAULT_CACHE_FILE = '.cspr-lint-cache';

/** Marks the file as ours; a different number (another layout) is dropped in silence, as old code's entries are. */
const MARK = 'cspr-lint-cache';
const LAYOUT = 1;

/** The linting command's outcomes and the portfolio's are kept apart, so running both does not evict either. */
export type CacheKind = 'lint' | 'portfolio';

interface Entry {
  key: string;
  outcome: FileOutcome;
}

type Entries = Record<string, Entry>;

interface CacheFile {
  [MARK]: number;
  code: string;
  lint: Entries;
  portfolio: Entries;
}

interface Io {
  cwd: string;
  stderr: NodeJS.WritableStream;
}

export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let codeHash: string | undefined;

/**
 * The running CLI's own code, once: in the bundle `__filename` is dist/cli.js, which holds the engine,
 * its rules, presets and data. From the TypeScript sources (tests) it is only this module, so a test
 * starts from an empty cache folder. If the code cannot be read, nothing is ever reused.
 */
function ownCode(): string {
  if (codeHash === undefined) {
    const hash = createHash('sha256').update(`${VERSION}\0${process.version}\0`);
    try {
      hash.update(readFileSync(__filename));
    } catch {
      hash.update(randomUUID());
    }
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

/** JSON with the odd non-JSON value spelled out, so that two different settings never serialise alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RegExp) return `RegExp ${String(item)}`;
    if (item instanceof Map) return ['Map', [...item]];
    if (item instanceof Set) return ['Set', [...item]];
    if (typeof item === 'function' || typeof item === 'bigint' || typeof item === 'symbol') return `${typeof item} ${String(item)}`;
    return item;
  });
}

/**
 * What changes a draft's outcome besides its bytes and its config: the options that change what it
 * prints. Not --jobs (the output is the same), not the patterns (each entry is one file), not
 * --max-warnings (the exit code is decided from the totals), not the cache options themselves.
 */
function runKey(context: RunContext, kind: CacheKind): string {
  const { options } = context;
  return canonical({
    kind,
    format: options.format,
    quiet: options.quiet,
    coverage: options.coverage,
    template: options.template ?? null,
    listSuppressions: options.listSuppressions,
    maxFileSizeKB: options.maxFileSizeKB,
    color: context.color,
    showProgress: context.showProgress,
    portfolio: context.portfolio === true,
    cwd: context.cwd,
  });
}

/**
 * The cache file for `--cache-location` (relative to the current folder): `.cspr-lint-cache` in the
 * current folder without one, and in the folder named when it names a folder (an existing one, or a
 * path ending in a slash).
 */
export async function resolveCacheLocation(given: string | undefined, cwd: string): Promise<string> {
  if (given === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, given);
  if (/[\\/]$/.test(given)) return path.join(resolved, DEFAULT_CACHE_FILE);
  const isFolder = await fs.stat(resolved).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

/**
 * The --cache file for a run over `drafts`, opened: a location that is one of the drafts themselves
 * is a usage error, since the cache would overwrite it.
 */
export async function openCache(location: string | undefined, kind: CacheKind, drafts: readonly string[], io: Io): Promise<ResultCache> {
  const file = await resolveCacheLocation(location, io.cwd);
  if (drafts.includes(file)) throw new UsageError(`--cache-location ${location ?? path.relative(io.cwd, file)}: that is one of the drafts; the cache would overwrite it`);
  return ResultCache.open(file, kind, io);
}

/** One run's view of the cache file: looks drafts up, records what was linted, and writes the file at the end. */
export class ResultCache {
  /** This run's prefix of each file's key (code, options, config), set by lookup. */
  private readonly prefixes = new Map<string, string>();
  /** The entries the file will hold for this kind: hits and newly linted drafts. */
  private readonly current = new Map<string, Entry>();
  private readonly prefixByConfig = new WeakMap<LoadedConfig, string>();

  private constructor(
    readonly file: string,
    private readonly kind: CacheKind,
    private readonly io: Io,
    private readonly previous: CacheFile,
  ) {}

  /**
   * Reads the cache file. Missing: an empty cache, in silence. Unreadable, damaged or not a cache:
   * one line on stderr naming the file, and an empty cache that replaces it at the end of the run.
   */
  static async open(file: string, kind: CacheKind, io: Io): Promise<ResultCache> {
    const empty = (): CacheFile => ({ [MARK]: LAYOUT, code: ownCode(), lint: {}, portfolio: {} });
    const name = path.relative(io.cwd, file) || file;
    let text: string | undefined;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') io.stderr.write(`cspr-lint: ${name}: cannot read the cache (${code ?? String(error)}); linting every draft and writing it anew\n`);
    }
    let previous = empty();
    if (text !== undefined) {
      const parsed = parseCacheFile(text);
      if (parsed === undefined) io.stderr.write(`cspr-lint: ${name}: not a cspr-lint cache, or damaged; linting every draft and writing it anew\n`);
      // Written by another build or version of cspr-lint: none of it can be reused.
      else if (parsed[MARK] === LAYOUT && parsed.code === ownCode()) previous = parsed;
    }
    return new ResultCache(file, kind, io, previous);
  }

  /**
   * The outcome kept for each file whose key still matches (undefined where the draft must be
   * linted). Reads and hashes only the files the cache has an entry for.
   */
  async lookup(files: readonly string[], context: RunContext, configs: ConfigCache): Promise<(FileOutcome | undefined)[]> {
    const run = runKey(context, this.kind);
    const entries = this.previous[this.kind];
    const found: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length).fill(undefined);
    const maxBytes = context.options.maxFileSizeKB * 1024;
    await eachAtMost(16, files, async (file, index) => {
      const { config } = await configs.forFile(file);
      let prefix = this.prefixByConfig.get(config);
      if (prefix === undefined) {
        prefix = hashBytes(`${ownCode()}\0${run}\0${canonical(config.settings)}`);
        this.prefixByConfig.set(config, prefix);
      }
      this.prefixes.set(file, prefix);
      const entry = Object.hasOwn(entries, file) ? entries[file] : undefined;
      // Word drafts are read by their own bundle (dist/word.js), whose code the key does not cover.
      if (entry === undefined || isWordFile(file)) return;
      const bytes = await readForKey(file, maxBytes);
      if (bytes !== undefined && entry.key === entryKey(prefix, hashBytes(bytes))) {
        found[index] = entry.outcome;
        this.current.set(file, entry);
      }
    });
    return found;
  }

  /**
   * Keeps a draft just linted (its outcome carries the hash of the bytes it was linted from, so a
   * draft that changed while it was linted is kept under what was linted). Outcomes of unreadable
   * files, errors and Word drafts carry no hash and are not kept.
   */
  remember(file: string, outcome: FileOutcome): void {
    const prefix = this.prefixes.get(file);
    if (prefix === undefined || outcome.bytesHash === undefined || outcome.error !== undefined || outcome.ioProblem) return;
    const { bytesHash, ...kept } = outcome;
    this.current.set(file, { key: entryKey(prefix, bytesHash), outcome: kept });
  }

  /**
   * Writes the file: this run's entries, and the entries of drafts this run did not reach whose files
   * still exist (a file that is gone loses its entry). A temporary file in the same folder is renamed
   * over the cache, so a run that stops half way leaves the old cache whole. A cache that cannot be
   * written is said on stderr and does not change the exit code.
   */
  async save(): Promise<void> {
    const name = path.relative(this.io.cwd, this.file) || this.file;
    try {
      const ours: Entries = {};
      const others = this.kind === 'lint' ? this.previous.portfolio : this.previous.lint;
      const unreached = Object.keys(this.previous[this.kind]).filter((file) => !this.prefixes.has(file));
      const keep = new Set(await existingFiles([...unreached, ...Object.keys(others)]));
      for (const file of unreached) if (keep.has(file)) this.current.set(file, this.previous[this.kind][file]);
      for (const file of [...this.current.keys()].sort()) ours[file] = this.current.get(file)!;
      const theirs: Entries = {};
      for (const file of Object.keys(others).sort()) if (keep.has(file)) theirs[file] = others[file];
      const data: CacheFile = { [MARK]: LAYOUT, code: ownCode(), lint: {}, portfolio: {} };
      data[this.kind] = ours;
      data[this.kind === 'lint' ? 'portfolio' : 'lint'] = theirs;
      await writeAtomically(this.file, `${JSON.stringify(data)}\n`);
    } catch (error) {
      this.io.stderr.write(`cspr-lint: ${name}: could not write the cache (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))})\n`);
    }
  }
}

function entryKey(prefix: string, bytesHash: string): string {
  return hashBytes(`${prefix}\0${bytesHash}`);
}

/** The parsed file, or undefined when it is not a cspr-lint cache or is damaged. */
function parseCacheFile(text: string): CacheFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value[MARK] !== 'number') return undefined;
  if (value[MARK] !== LAYOUT) return value as unknown as CacheFile;
  if (typeof value.code !== 'string') return undefined;
  for (const kind of ['lint', 'portfolio'] as const) {
    const entries = value[kind];
    if (!isObject(entries)) return undefined;
    for (const entry of Object.values(entries)) {
      if (!isObject(entry) || typeof entry.key !== 'string' || !isObject(entry.outcome)) return undefined;
      const outcome = entry.outcome;
      if (typeof outcome.stderr !== 'string' || typeof outcome.ioProblem !== 'boolean') return undefined;
      if (outcome.linted !== undefined && !isObject(outcome.linted)) return undefined;
      if (outcome.summary !== undefined && !isObject(outcome.summary)) return undefined;
    }
  }
  return value as unknown as CacheFile;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A draft's bytes for its key: regular files within the size limit only (readDraft skips the rest, and a FIFO would block). */
async function readForKey(file: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return await fs.readFile(file);
  } catch {
    return undefined;
  }
}

async function existingFiles(files: string[]): Promise<string[]> {
  const exists: boolean[] = new Array<boolean>(files.length).fill(false);
  await eachAtMost(32, files, async (file, index) => {
    exists[index] = await fs.stat(file).then(
      (stat) => stat.isFile(),
      () => false,
    );
  });
  return files.filter((_file, index) => exists[index]);
}

/** Runs `work` over `items`, at most `limit` at once. */
async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes `text` to `file` through a temporary file in the same folder renamed over it (readable by the user only). */
async function writeAtomically(file: string, text: string): Promise<void> {
  const folder = path.dirname(file);
  await fs.mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, text, { mode: 0o600, flag: 'wx' });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
