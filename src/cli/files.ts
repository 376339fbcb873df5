// Finding drafts on disk and reading them safely: binary, non-UTF-8 and oversized files are skipped
// with a message; unreadable files are reported while the rest are linted.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { NOT_DRAFTS } from '../config/index';

export interface DraftFile {
  path: string;
  text: string;
  /** Bytes as read, to detect a change before --fix writes. */
  bytes: Buffer;
  mode: number;
  /** The file starts with a UTF-8 byte order mark, which `text` leaves out and --fix writes back. */
  bom: boolean;
}

export type ReadOutcome = { ok: true; file: DraftFile } | { ok: false; path: string; reason: string; fatal: boolean };

const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];

/** A file a folder walk or glob could not use, reported while the rest are linted. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * `named` holds the files given by their own path, and the Word files a glob for them finds: they are
 * linted even when a config's include or ignore would not select them (the user asked for them),
 * while files found through a folder or other glob are filtered by the config that applies to each.
 */
export async function expandPatterns(
  patterns: string[],
  cwd: string,
  ignore: string[],
): Promise<{ files: string[]; named: Set<string>; missing: string[]; skipped: SkippedFile[] }> {
  const files = new Set<string>();
  const named = new Set<string>();
  const missing: string[] = [];
  const links = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch {
      stat = undefined;
    }
    // A named pipe, device or socket is passed on so that readDraft reports it as skipped.
    if (stat && !stat.isDirectory()) {
      files.add(absolute);
      named.add(absolute);
      continue;
    }
    const globPattern = stat?.isDirectory() ? `${toGlob(absolute)}/**/*.{md,markdown}` : toGlob(absolute);
    const matches = await glob(globPattern, { cwd, absolute: true, dot: false, ignore: [...DEFAULT_IGNORE, ...ignore], followSymbolicLinks: false, expandDirectories: false });
    const linked = await findLinks(globPattern, cwd, ignore);
    if (matches.length === 0 && linked.length === 0 && !stat) missing.push(pattern);
    // README.md, CHANGELOG.md and the like are never drafts unless named explicitly. A glob that
    // asks for Word files ("reviews/*.docx") names each it finds: a config selects Markdown drafts.
    const asksForWord = !stat && /\.docx$/i.test(pattern);
    for (const match of matches) {
      if (NOT_DRAFTS.test(match)) continue;
      files.add(path.resolve(match));
      if (asksForWord) named.add(path.resolve(match));
    }
    for (const link of linked) if (!NOT_DRAFTS.test(link)) links.add(link);
  }
  const skipped: SkippedFile[] = [];
  // Real paths, so that a link is matched to its target even when the folder is reached through a link.
  const targets = new Set(links.size === 0 ? [] : await Promise.all([...files].map((file) => fs.realpath(file).catch(() => file))));
  for (const link of [...links].sort()) {
    let target;
    try {
      target = await fs.realpath(link);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      skipped.push({ path: link, reason: code === 'ELOOP' ? 'skipped: symbolic link loop' : `skipped: symbolic link to a missing file (${code ?? 'unreadable'})` });
      continue;
    }
    // A link beside its own target (or two links to one draft) would lint, and --fix, it twice.
    if (targets.has(target)) continue;
    targets.add(target);
    files.add(link);
  }
  return { files: [...files].sort(), named, missing, skipped };
}

/**
 * The glob above does not follow symbolic links, so that a link to a parent folder cannot loop and a
 * link to a folder elsewhere cannot widen the lint; it also leaves out links to files. This walk
 * finds those links, without entering linked folders, so a linked draft is linted like any other
 * and a dangling or looping link is reported instead of vanishing.
 */
async function findLinks(globPattern: string, cwd: string, ignore: string[]): Promise<string[]> {
  const isMatch = picomatch(globPattern, { dot: false });
  const isIgnored = picomatch([...DEFAULT_IGNORE, ...ignore], { dot: true });
  const ignored = (file: string) => isIgnored(toGlob(path.relative(cwd, file))) || isIgnored(toGlob(file));
  // `**/node_modules/**` names what is inside a folder, so a folder is tested through a child path.
  const ignoredFolder = (folder: string) => ignored(path.join(folder, 'child'));
  const { base, glob: rest } = picomatch.scan(globPattern);
  // Without `**` a pattern reaches only as deep as its own segments.
  const maxDepth = rest.includes('**') ? Infinity : rest.split('/').length - 1;
  const found: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < maxDepth && !ignoredFolder(full)) await walk(full, depth + 1);
      } else if (entry.isSymbolicLink() && isMatch(toGlob(full)) && !ignored(full)) {
        found.push(full);
      }
    }
  };
  await walk(base === '' ? cwd : path.resolve(cwd, base), 0);
  return found;
}

function toGlob(absolute: string): string {
  return absolute.split(path.sep).join('/');
}

/** Why a file could not be read or written, in words ("no such file", "permission denied"), with the system's code. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EBUSY: 'the file is in use',
  };
  return code ? `${words[code] ?? 'system error'} (${code})` : String(error instanceof Error ? error.message : error);
}

export async function readDraft(file: string, maxBytes: number): Promise<ReadOutcome> {
  let handleStat;
  try {
    handleStat = await fs.stat(file);
  } catch (error) {
    return { ok: false, path: file, reason: `cannot read: ${ioReason(error)}`, fatal: true };
  }
  // Reading a FIFO blocks until a writer comes; /dev/zero never ends.
  if (!handleStat.isFile()) return { ok: false, path: file, reason: 'skipped: not a regular file (a pipe, device or socket)', fatal: false };
  if (handleStat.size > maxBytes) {
    return { ok: false, path: file, reason: `skipped: ${Math.round(handleStat.size / 1024)} KB is over the ${Math.round(maxBytes / 1024)} KB limit (--max-file-size)`, fatal: false };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, path: file, reason: `cannot read: ${ioReason(error)}`, fatal: true };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, path: file, reason: 'skipped: binary file', fatal: false };
  let text: string;
  try {
    // The decoder drops a leading BOM, as editors do: left in, it hides front matter (`---` must open
    // the file) and shifts every column of line 1.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, path: file, reason: 'skipped: not UTF-8 text (save the draft as UTF-8)', fatal: false };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, file: { path: file, text, bytes, mode: handleStat.mode, bom } };
}

/**
 * Writes a fixed draft without ever leaving a truncated file: the text goes to a temporary file in
 * the same folder, which then replaces the draft in one rename. Refuses when the draft changed
 * since it was read.
 */
export async function writeFixedDraft(draft: DraftFile, text: string): Promise<'written' | 'changed-on-disk'> {
  // Renaming onto a symbolic link would replace the link with a copy and leave its target unfixed.
  const target = await fs.realpath(draft.path);
  const current = await fs.readFile(target);
  if (!current.equals(draft.bytes)) return 'changed-on-disk';
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.cspr-lint-${process.pid}-${Date.now().toString(36)}.tmp`);
  const handle = await fs.open(temp, 'wx', draft.mode & 0o777);
  try {
    await handle.writeFile(draft.bom ? `\uFEFF${text}` : text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.chmod(temp, draft.mode & 0o7777);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return 'written';
}
