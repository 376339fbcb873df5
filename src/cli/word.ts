// Word in and out for the command line: `cspr-lint import DRAFT.docx --out DRAFT.md`,
// `cspr-lint export DRAFT.md --out REPORT.docx`, and reading a .docx named to the linter.
// Nothing is written unless the conversion succeeded: the output goes to a temporary file in the
// target folder and replaces the target in one rename.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Finding, LintResult } from '../engine/index';
import { UsageError } from './args';
import { ioReason, type DraftFile } from './files';

interface Io {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}


/** The Word bundle beside this one (dist/word.js), loaded on first use. */
function word(): typeof import('../word/index') {
  return require(path.join(__dirname, 'word.js')) as typeof import('../word/index');
}

export function isWordFile(file: string): boolean {
  return /\.docx$/i.test(file);
}

function parseConversionArgs(command: string, argv: string[], input: RegExp, output: RegExp, example: string): { source: string; out: string; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [source, ...rest] = parsed.positionals;
  if (!source || rest.length > 0) throw new UsageError(`${command} takes one file: ${example}`);
  if (!input.test(source)) throw new UsageError(`${command}: ${source} is not a ${input.source.includes('docx') ? '.docx' : '.md'} file (${example})`);
  const out = parsed.values.out;
  if (!out) throw new UsageError(`${command} needs --out: ${example}`);
  if (!output.test(out)) throw new UsageError(`${command}: --out must end in ${output.source.includes('docx') ? '.docx' : '.md'} (${example})`);
  return { source, out, force: parsed.values.force ?? false };
}

async function readInput(file: string, io: Io, maxBytes: number): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new UsageError(`${path.relative(io.cwd, file)}: no such file`);
  // import and export have a fixed limit (no --max-file-size): a draft this size is not a review.
  if (stat.size > maxBytes) throw new UsageError(`${path.relative(io.cwd, file)}: ${Math.round(stat.size / 1024)} KB is over the ${Math.round(maxBytes / 1024)} KB limit for import and export`);
  return fs.readFile(file);
}

async function writeAtomically(target: string, data: Uint8Array | string, force: boolean, io: Io): Promise<void> {
  if (!force && (await fs.stat(target).then(() => true, () => false))) {
    throw new UsageError(`${path.relative(io.cwd, target)} already exists; add --force to replace it`);
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

const WORD_LIMIT_BYTES = 50 * 1024 * 1024;

export async function runImport(argv: string[], io: Io): Promise<number> {
  const { source, out, force } = parseConversionArgs('import', argv, /\.docx$/i, /\.(?:md|markdown)$/i, 'cspr-lint import draft.docx --out draft.md');
  const file = path.resolve(io.cwd, source);
  const bytes = await readInput(file, io, WORD_LIMIT_BYTES);
  let imported;
  try {
    imported = await word().importWordDraft(new Uint8Array(bytes), path.relative(io.cwd, file));
  } catch (error) {
    if (error instanceof word().WordError) {
      io.stderr.write(`cspr-lint: ${error.message} Nothing was written.\n`);
      return 2;
    }
    throw error;
  }
  const target = path.resolve(io.cwd, out);
  await writeAtomically(target, imported.markdown, force, io);
  for (const note of imported.notes) io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: ${note}\n`);
  io.stdout.write(`Wrote ${path.relative(io.cwd, target)} (${imported.paragraphLines.length} paragraphs)\n`);
  return 0;
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const { source, out, force } = parseConversionArgs('export', argv, /\.(?:md|markdown)$/i, /\.docx$/i, 'cspr-lint export draft.md --out report.docx');
  const file = path.resolve(io.cwd, source);
  const bytes = await readInput(file, io, WORD_LIMIT_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    io.stderr.write(`cspr-lint: ${path.relative(io.cwd, file)}: not UTF-8 text (save the draft as UTF-8). Nothing was written.\n`);
    return 2;
  }
  const target = path.resolve(io.cwd, out);
  await writeAtomically(target, await word().markdownToDocx(text), force, io);
  io.stdout.write(`Wrote ${path.relative(io.cwd, target)}\n`);
  return 0;
}

export type WordReadOutcome = { ok: true; file: DraftFile; paragraphLines: number[]; notes: string[] } | { ok: false; path: string; reason: string; fatal: boolean };

/** A Word draft named to the linter, as Markdown text plus where each Word paragraph starts. */
export async function readWordDraft(file: string, maxBytes: number): Promise<WordReadOutcome> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, path: file, reason: 'skipped: not a regular file', fatal: false };
    if (stat.size > maxBytes) return { ok: false, path: file, reason: `skipped: ${Math.round(stat.size / 1024)} KB is over the ${Math.round(maxBytes / 1024)} KB limit (--max-file-size)`, fatal: false };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, path: file, reason: `cannot read: ${ioReason(error)}`, fatal: true };
  }
  try {
    const imported = await word().importWordDraft(new Uint8Array(bytes), path.basename(file));
    return { ok: true, file: { path: file, text: imported.markdown, bytes, mode: 0, bom: false }, paragraphLines: imported.paragraphLines, notes: imported.notes };
  } catch (error) {
    if (error instanceof word().WordError) return { ok: false, path: file, reason: error.message, fatal: true };
    throw error;
  }
}

/**
 * The result with each finding located by Word paragraph: `line` is the paragraph number (headings,
 * list items and table-cell paragraphs each count, as in Word), `column` the character within it.
 */
export function locateByParagraph(result: LintResult, paragraphLines: readonly number[]): LintResult {
  const lines = result.document.text.split('\n');
  const locate = (line: number, column: number) => {
    const paragraph = word().paragraphOfLine(paragraphLines, line);
    // Markdown syntax the author never typed in Word (a list marker, "## ", a table pipe) is not counted.
    const marker = /^(?:\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|\|\s*))?/.exec(lines[line - 1] ?? '')?.[0].length ?? 0;
    return { line: paragraph, column: Math.max(1, column - marker) };
  };
  const relocate = (finding: Finding): Finding => {
    const start = locate(finding.range.start.line, finding.range.start.column);
    const end = locate(finding.range.end.line, finding.range.end.column);
    return { ...finding, range: { start: { ...finding.range.start, ...start }, end: { ...finding.range.end, ...end } }, fix: undefined, suggestions: undefined };
  };
  return { ...result, findings: result.findings.map(relocate) };
}
