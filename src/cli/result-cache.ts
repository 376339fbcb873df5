// `--cache`: what each draft produced (its FileOutcome) kept in one file between runs, so that a re-run
// over a folder of drafts lints only the drafts that changed. An outcome is reused only when its key
// matches, and the key is everything the outcome depends on: the draft's bytes, the settings of the
// config that applies to it, the options that change what a draft prints, and the CLI's own code
// (a new build or version never reuses what an older one produced). Hits are served by the main
// thread without reading the draft's text into the engine; misses are linted as without the cache.
// The file is read once at the start and written once at the end (a temporary file renamed over
// it), and only where the user runs the command or points --cache-location: it holds findings, which
// may quote names from a draft.
//
// The file is JSON Lines, so that neither reading nor writing it needs one string as large as the
// whole cache (the JSON format's output for 1,000 drafts is over 100 MB): a header line
// `{"cspr-lint-cache":1,"code":"<hash>"}`, then a line per entry, `["lint"|"portfolio","<file>",
// "<key>"]`, a tab, and the outcome as JSON (JSON never holds a raw tab). An outcome is kept as its
// text and parsed only when its draft's turn comes.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
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

/**
 * An entry as its line of the file; the outcome's JSON starts at `outcomeAt`. A line read from the
 * file is a string; one made in this run is UTF-8 bytes (half the memory of a string holding any
 * non-Latin-1 character, such as the typographic quotes findings use).
 */
interface Entry {
  key: string;
  line: string | Buffer;
  outcomeAt: number;
}

type Entries = Map<string, Entry>;

interface Loaded {
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
  private readonly current: Entries = new Map();
  private readonly prefixByConfig = new WeakMap<LoadedConfig, string>();

  private constructor(
    readonly file: string,
    private readonly kind: CacheKind,
    private readonly io: Io,
    private readonly previous: Loaded,
  ) {}

  /**
   * Reads the cache file. Missing: an empty cache, in silence. Unreadable, damaged or not a cache:
   * one line on stderr naming the file, and an empty cache that replaces it at the end of the run.
   */
  static async open(file: string, kind: CacheKind, io: Io): Promise<ResultCache> {
    const name = path.relative(io.cwd, file) || file;
    let previous: Loaded = { lint: new Map(), portfolio: new Map() };
    try {
      const read = await readCacheFile(file);
      if (read === 'damaged') io.stderr.write(`cspr-lint: ${name}: not a cspr-lint cache, or damaged; linting every draft and writing it anew\n`);
      else if (read !== undefined) previous = read;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') io.stderr.write(`cspr-lint: ${name}: cannot read the cache (${code ?? String(error)}); linting every draft and writing it anew\n`);
    }
    return new ResultCache(file, kind, io, previous);
  }

  /**
   * For each file whose key still matches, a function that gives its kept outcome (undefined where
   * the draft must be linted, and from the function if the kept text does not parse). Reads and
   * hashes only the files the cache has an entry for.
   */
  async lookup(files: readonly string[], context: RunContext, configs: ConfigCache): Promise<(CachedOutcome | undefined)[]> {
    const run = runKey(context, this.kind);
    const entries = this.previous[this.kind];
    const found: (CachedOutcome | undefined)[] = new Array<CachedOutcome | undefined>(files.length).fill(undefined);
    const maxBytes = context.options.maxFileSizeKB * 1024;
    await eachAtMost(16, files, async (file, index) => {
      const { config } = await configs.forFile(file);
      let prefix = this.prefixByConfig.get(config);
      if (prefix === undefined) {
        prefix = hashBytes(`${ownCode()}\0${run}\0${canonical(config.settings)}`);
        this.prefixByConfig.set(config, prefix);
      }
      this.prefixes.set(file, prefix);
      const entry = entries.get(file);
      // Word drafts are read by their own bundle (dist/word.js), whose code the key does not cover.
      if (entry === undefined || isWordFile(file)) return;
      const bytes = await readForKey(file, maxBytes);
      if (bytes !== undefined && entry.key === entryKey(prefix, hashBytes(bytes))) {
        found[index] = () => parseOutcome(entry);
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
    this.current.set(file, entryLine(this.kind, file, entryKey(prefix, bytesHash), kept));
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
      const otherKind: CacheKind = this.kind === 'lint' ? 'portfolio' : 'lint';
      const others = this.previous[otherKind];
      const unreached = [...this.previous[this.kind].keys()].filter((file) => !this.prefixes.has(file));
      const keep = new Set(await existingFiles([...unreached, ...others.keys()]));
      for (const file of unreached) if (keep.has(file)) this.current.set(file, this.previous[this.kind].get(file)!);
      const theirs: Entries = new Map([...others].filter(([file]) => keep.has(file)));
      const byKind = { [this.kind]: this.current, [otherKind]: theirs } as Record<CacheKind, Entries>;
      const lines = function* () {
        yield JSON.stringify({ [MARK]: LAYOUT, code: ownCode() });
        for (const kind of ['lint', 'portfolio'] as const) for (const file of [...byKind[kind].keys()].sort()) yield byKind[kind].get(file)!.line;
      };
      await writeAtomically(this.file, lines());
    } catch (error) {
      this.io.stderr.write(`cspr-lint: ${name}: could not write the cache (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))})\n`);
    }
  }
}

/** A kept outcome, parsed when its draft's turn comes; undefined if its text does not parse (the draft is then linted). */
export type CachedOutcome = () => FileOutcome | undefined;

function parseOutcome(entry: Entry): FileOutcome | undefined {
  try {
    const text = typeof entry.line === 'string' ? entry.line.slice(entry.outcomeAt) : entry.line.toString('utf8', entry.outcomeAt);
    const outcome = JSON.parse(text) as unknown;
    if (!isObject(outcome) || typeof outcome.stderr !== 'string' || typeof outcome.ioProblem !== 'boolean') return undefined;
    if ((outcome.linted !== undefined && !isObject(outcome.linted)) || (outcome.summary !== undefined && !isObject(outcome.summary))) return undefined;
    return outcome as unknown as FileOutcome;
  } catch {
    return undefined;
  }
}

function entryLine(kind: CacheKind, file: string, key: string, outcome: FileOutcome): Entry {
  const head = JSON.stringify([kind, file, key]);
  return { key, line: Buffer.from(`${head}\t${JSON.stringify(outcome)}`, 'utf8'), outcomeAt: Buffer.byteLength(head, 'utf8') + 1 };
}

/**
 * The file's entries, line by line; undefined when it was written by another build or version of
 * cspr-lint (none of it can be reused, and it is replaced in silence), 'damaged' when it is not a
 * cspr-lint cache or a line is not an entry. Throws what reading throws (ENOENT: no cache yet).
 */
async function readCacheFile(file: string): Promise<Loaded | 'damaged' | undefined> {
  const loaded: Loaded = { lint: new Map(), portfolio: new Map() };
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  try {
    for await (const line of lines) {
      if (first) {
        first = false;
        let header: unknown;
        try {
          header = JSON.parse(line);
        } catch {
          return 'damaged';
        }
        if (!isObject(header) || typeof header[MARK] !== 'number' || typeof header.code !== 'string') return 'damaged';
        if (header[MARK] !== LAYOUT || header.code !== ownCode()) return undefined;
        continue;
      }
      if (line === '') continue;
      const tab = line.indexOf('\t');
      let head: unknown;
      try {
        head = tab === -1 ? undefined : JSON.parse(line.slice(0, tab));
      } catch {
        head = undefined;
      }
      if (!Array.isArray(head) || head.length !== 3 || (head[0] !== 'lint' && head[0] !== 'portfolio') || typeof head[1] !== 'string' || typeof head[2] !== 'string') return 'damaged';
      if (line[tab + 1] !== '{' || !line.endsWith('}')) return 'damaged';
      loaded[head[0] as CacheKind].set(head[1], { key: head[2], line, outcomeAt: tab + 1 });
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return first ? 'damaged' : loaded;
}

function entryKey(prefix: string, bytesHash: string): string {
  return hashBytes(`${prefix}\0${bytesHash}`);
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

/** Writes the lines to `file` through a temporary file in the same folder renamed over it (readable by the user only). */
async function writeAtomically(file: string, lines: Iterable<string | Buffer>): Promise<void> {
  const folder = path.dirname(file);
  await fs.mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      // A megabyte at a time: never one string as large as the cache.
      const writeAll = async (data: Buffer) => {
        for (let offset = 0; offset < data.length; ) offset += (await handle.write(data, offset, data.length - offset)).bytesWritten;
      };
      const newline = Buffer.from('\n');
      let chunk: Buffer[] = [];
      let size = 0;
      for (const line of lines) {
        const bytes = typeof line === 'string' ? Buffer.from(line, 'utf8') : line;
        chunk.push(bytes, newline);
        size += bytes.length + 1;
        if (size >= 1 << 20) {
          await writeAll(Buffer.concat(chunk, size));
          chunk = [];
          size = 0;
        }
      }
      if (chunk.length > 0) await writeAll(Buffer.concat(chunk, size));
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
