// Output formats. Every formatter gets the same per-file results; only the presentation differs.
import pc from 'picocolors';
import path from 'node:path';
import { RULES, docsUrl, type Finding, type Fix, type LintResult } from '../engine/index';
import { renderCoverageTable } from '../report/index';

declare const __CSPR_LINT_VERSION__: string;
export const VERSION = typeof __CSPR_LINT_VERSION__ === 'string' ? __CSPR_LINT_VERSION__ : '0.0.0-dev';

export interface FileResult {
  filePath: string;
  result: LintResult;
  findings: Finding[];
  /** Findings fixed in place by --fix (already applied). */
  fixed: number;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function totals(files: FileResult[]): Totals {
  const out: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') out.errors++;
      else if (finding.severity === 'warning') out.warnings++;
      else out.infos++;
      if (finding.fix) out.fixable++;
    }
  }
  return out;
}

export function formatJson(files: FileResult[], cwd: string): string {
  if (files.length === 0) return '[]';
  return `[\n${files.map((file) => jsonFile(file, cwd)).join(',\n')}\n]`;
}

/**
 * One file's entry of the JSON array, as `JSON.stringify(array, null, 2)` writes it there (indented
 * two spaces), so a run can print each file as it is linted: `[`, entries joined by `,`, `]`.
 */
export function jsonFile(file: FileResult, cwd: string): string {
  void cwd;
  const entry = {
    filePath: file.filePath,
    template: file.result.template.id,
    messages: file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      ...(finding.severity === 'info' ? { info: true } : {}),
      message: finding.message,
      line: finding.range.start.line,
      column: finding.range.start.column,
      endLine: finding.range.end.line,
      endColumn: finding.range.end.column,
      ...(finding.fix ? { fix: { title: finding.fix.title, ...jsonEdit(file.result.document.text, finding.fix) } } : {}),
      ...(finding.suggestions ? { suggestions: finding.suggestions.map((suggestion) => ({ desc: suggestion.title, fix: jsonEdit(file.result.document.text, suggestion) })) } : {}),
    })),
    errorCount: file.findings.filter((finding) => finding.severity === 'error').length,
    warningCount: file.findings.filter((finding) => finding.severity === 'warning').length,
    infoCount: file.findings.filter((finding) => finding.severity === 'info').length,
    coverage: file.result.coverage.map((theme) => ({
      id: theme.id,
      label: theme.label,
      status: theme.status,
      expected: theme.expected,
      hits: theme.hits.map((hit) => ({ line: hit.line, phrase: hit.phrase, concepts: hit.concepts, passage: hit.passage })),
      // What would cover a theme that is not covered yet: the nearest miss, and what its evidence needs.
      ...(theme.missing.length > 0 ? { missing: theme.missing } : {}),
    })),
  };
  // JSON escapes line breaks inside strings, so every line break here is the layout's own.
  return indent(JSON.stringify(entry, null, 2), '  ');
}

function indent(text: string, by: string): string {
  return by + text.replace(/\n/g, `\n${by}`);
}

/**
 * A fix as ESLint's JSON gives it: one `range` of 0-based document offsets [start, end) and the
 * text that replaces it. Several edits become one edit over their span, the text between them kept.
 */
function jsonEdit(text: string, fix: Fix): { range: [number, number]; text: string } {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const start = edits[0].start;
  let replacement = '';
  let cursor = start;
  for (const edit of edits) {
    replacement += text.slice(cursor, edit.start) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  return { range: [start, cursor], text: replacement };
}

export interface StylishOptions {
  color: boolean;
  coverage: boolean;
}

export function formatStylish(files: FileResult[], cwd: string, options: StylishOptions): string {
  const pieces: string[] = [];
  for (const file of files) {
    const piece = stylishFile(file, cwd, options);
    if (piece !== undefined) pieces.push(piece);
  }
  pieces.push(stylishSummary(totals(files), files.length, options.color));
  return pieces.join('\n');
}

/** One file's lines of the stylish output (starting with a blank line), or undefined when it shows nothing. */
export function stylishFile(file: FileResult, cwd: string, options: StylishOptions): string | undefined {
  const show = file.findings.length > 0 || options.coverage || file.fixed > 0 || file.result.notices.length > 0;
  if (!show) return undefined;
  const c = pc.createColors(options.color);
  const lines: string[] = [];
  lines.push('', `${c.underline(path.relative(cwd, file.filePath) || file.filePath)}  ${c.dim(`(template: ${file.result.template.id})`)}`);
  const width = Math.max(0, ...file.findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column}`.length));
  for (const finding of file.findings) {
    const where = `${finding.range.start.line}:${finding.range.start.column}`.padStart(width);
    const label = finding.severity === 'error' ? c.red('error  ') : finding.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
    lines.push(`  ${c.dim(where)}  ${label}  ${finding.message}  ${c.dim(finding.ruleId)}`);
  }
  if (file.fixed > 0) lines.push(c.green(`  ✔ fixed ${file.fixed} problem${file.fixed === 1 ? '' : 's'}`));
  for (const notice of file.result.notices) lines.push(c.yellow(`  ! ${notice}`));
  if (options.coverage) lines.push('', renderCoverageTable(file.result.coverage, { color: options.color }).replace(/^/gm, '  '));
  return lines.join('\n');
}

/**
 * The closing lines of the stylish output (starting with a blank line). `unreadable` files (named
 * but missing, or refused; each already said on stderr) mean the run did not check everything it
 * was asked to, so it never ends with a green tick.
 */
export function stylishSummary(total: Totals, fileCount: number, color: boolean, unreadable = 0): string {
  const c = pc.createColors(color);
  const lines: string[] = [''];
  const problems = total.errors + total.warnings + total.infos;
  const drafts = `${fileCount} draft${fileCount === 1 ? '' : 's'}`;
  const notRead = unreadable > 0 ? `; ${unreadable} file${unreadable === 1 ? '' : 's'} could not be read (see above)` : '';
  if (problems === 0 && unreadable === 0) {
    lines.push(c.green(`✔ ${drafts} checked, no problems`));
  } else if (problems === 0) {
    const checked = fileCount === 0 ? `No drafts checked: ${notRead.slice(2)}` : `${drafts} checked, no problems in ${fileCount === 1 ? 'it' : 'them'}${notRead}`;
    lines.push(c.red(c.bold(`✖ ${checked}`)));
  } else {
    const summary = `${problems} problem${problems === 1 ? '' : 's'} (${total.errors} error${total.errors === 1 ? '' : 's'}, ${total.warnings} warning${total.warnings === 1 ? '' : 's'}, ${total.infos} info) in ${drafts}${notRead}`;
    lines.push((total.errors > 0 || unreadable > 0 ? c.red : c.yellow)(c.bold(`✖ ${summary}`)));
    if (total.fixable > 0) lines.push(c.dim(`  ${total.fixable} fixable with --fix`));
  }
  return lines.join('\n');
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: annotations on the pull request. */
export function formatGithub(files: FileResult[], cwd: string): string {
  return files.map((file) => githubFile(file, cwd)).filter((piece) => piece !== '').join('\n');
}

/** One file's workflow commands, one a line ('' when it has no findings). */
export function githubFile(file: FileResult, cwd: string): string {
  const lines: string[] = [];
  const relative = path.relative(cwd, file.filePath).split(path.sep).join('/');
  for (const finding of file.findings) {
    const command = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
    const { start, end } = finding.range;
    const properties = [
      `file=${escapeProperty(relative)}`,
      `line=${start.line}`,
      `col=${start.column}`,
      `endLine=${end.line}`,
      `endColumn=${end.column}`,
      `title=${escapeProperty(`cspr-lint ${finding.ruleId}`)}`,
    ].join(',');
    lines.push(`::${command} ${properties}::${escapeData(`${finding.message} (${finding.docsUrl})`)}`);
  }
  return lines.join('\n');
}

/** SARIF 2.1.0 for code scanning. */
export function formatSarif(files: FileResult[], cwd: string): string {
  const { head, tail, emptyTail } = sarifFrame(cwd);
  const results = files.map((file) => sarifFile(file, cwd)).filter((piece) => piece !== '');
  return results.length === 0 ? head + emptyTail : `${head}\n${results.join(',\n')}${tail}`;
}

/**
 * The SARIF document around its results, as `JSON.stringify(sarif, null, 2)` writes it: `head` ends
 * with the results array's opening bracket; `tail` closes a non-empty array, `emptyTail` an empty one.
 */
export function sarifFrame(cwd: string): { head: string; tail: string; emptyTail: string } {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cspr-lint',
            version: VERSION,
            informationUri: 'https://github.com/cspr-lint/cspr-lint',
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.description },
              helpUri: docsUrl(rule.meta.id),
              help: { text: `${rule.meta.description} See ${docsUrl(rule.meta.id)}` },
              defaultConfiguration: { level: sarifLevel(rule.meta.defaultSeverity) },
              properties: { tags: [rule.meta.category] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToUri(cwd)}/` } },
        results: [],
      },
    ],
  };
  const text = JSON.stringify(sarif, null, 2);
  // Keys and layout are the document's own: inside a string value the quotes would be escaped.
  const marker = '\n      "results": [';
  const at = text.lastIndexOf(`${marker}]`);
  const head = text.slice(0, at + marker.length);
  const rest = text.slice(at + marker.length + 1);
  return { head, tail: `\n      ]${rest}`, emptyTail: `]${rest}` };
}

function sarifLevel(severity: Finding['severity']): string {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

let sarifRuleIndex: Map<string, number> | undefined;

/** One file's SARIF results, laid out as in the results array and joined by `,` ('' when none). */
export function sarifFile(file: FileResult, cwd: string): string {
  const ruleIndex = (sarifRuleIndex ??= new Map(RULES.map((rule, index) => [rule.meta.id, index])));
  return file.findings
    .map((finding) =>
      indent(
        JSON.stringify(
          {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
            level: sarifLevel(finding.severity),
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: path.relative(cwd, file.filePath).split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' },
                  region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: finding.range.end.column,
                  },
                },
              },
            ],
          },
          null,
          2,
        ),
        '        ',
      ),
    )
    .join(',\n');
}

function pathToUri(absolute: string): string {
  const posix = absolute.split(path.sep).join('/');
  return `file://${posix.startsWith('/') ? '' : '/'}${posix.split('/').map(encodeURIComponent).join('/')}`;
}

export function formatSuppressions(files: FileResult[], cwd: string, color: boolean): string {
  const pieces: string[] = [];
  let count = 0;
  let unexplained = 0;
  for (const file of files) {
    const piece = suppressionsFile(file, cwd, color);
    count += piece.count;
    unexplained += piece.unexplained;
    if (piece.text !== '') pieces.push(piece.text);
  }
  pieces.push(suppressionsSummary(count, unexplained, color));
  return pieces.join('\n');
}

/** One file's suppression lines ('' when it has none), and how many disable comments (without a reason) they list. */
export function suppressionsFile(file: FileResult, cwd: string, color: boolean): { text: string; count: number; unexplained: number } {
  const c = pc.createColors(color);
  const lines: string[] = [];
  let count = 0;
  let unexplained = 0;
  for (const suppression of file.result.suppressions) {
    const rules = suppression.ruleIds === 'all' ? 'all rules' : suppression.ruleIds.join(', ');
    // An enable comment only closes a disable block: listed to show where it ends, but it silences
    // nothing and needs no reason.
    if (suppression.kind === 'enable') {
      lines.push(`${path.relative(cwd, file.filePath)}:${suppression.line}  ${suppression.kind}  ${rules}`);
      continue;
    }
    count++;
    if (!suppression.reason) unexplained++;
    const reason = suppression.reason ? `"${suppression.reason}"` : c.yellow('(no reason given)');
    const silenced = `${suppression.suppressed.length} finding${suppression.suppressed.length === 1 ? '' : 's'} silenced`;
    lines.push(`${path.relative(cwd, file.filePath)}:${suppression.line}  ${suppression.kind}  ${rules}  ${reason}  ${c.dim(silenced)}`);
  }
  return { text: lines.join('\n'), count, unexplained };
}

/** The closing lines of the suppression list (starting with a blank line). */
export function suppressionsSummary(count: number, unexplained: number, color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = ['', count === 0 ? 'No suppressions.' : `${count} suppression${count === 1 ? '' : 's'}.`];
  if (unexplained > 0) lines.push(c.yellow(`${unexplained} without a reason: add "-- reason" to ${unexplained === 1 ? 'it' : 'each'} before sign-off.`));
  return lines.join('\n');
}
