import { parseArgs } from 'node:util';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github';

export interface CliOptions {
  command: 'lint' | 'report';
  patterns: string[];
  format: OutputFormat;
  template?: string;
  config?: string;
  maxWarnings?: number;
  coverage: boolean;
  fix: boolean;
  /** Rules whose first suggestion --fix also applies (`--fix-suggestions`). */
  fixSuggestions: string[];
  init: boolean;
  listSuppressions: boolean;
  quiet: boolean;
  version: boolean;
  help: boolean;
  maxFileSizeKB: number;
  out?: string;
  color?: boolean;
  /** Threads that lint (`--jobs`); undefined: one per CPU for more than 20 files. */
  jobs?: number;
  /** Reuse the results of drafts that have not changed since the last `--cache` run (never with --fix). */
  cache: boolean;
  /** `--drafts-only`: named files too are linted only where the config selects them (pre-commit passes every staged file by name). */
  draftsOnly: boolean;
  /** Where the cache is kept (`--cache-location`); undefined: `.cspr-lint-cache` in the current folder. */
  cacheLocation?: string;
}

export class UsageError extends Error {}

export const DEFAULT_MAX_FILE_SIZE_KB = 5 * 1024;

export const HELP = `Usage: cspr-lint [options] [paths or globs...]
       cspr-lint report <draft> --out coverage.html|coverage.md
       cspr-lint lsp --stdio                                  language server for editors
       cspr-lint import <draft.docx> --out <draft.md> [--force]      Word to Markdown
       cspr-lint export <draft.md> --out <report.docx> [--force]     Markdown to Word
       cspr-lint portfolio [paths...] --out <file.html|md|json|csv> [--jobs n] [--cache]   themes and recommendations across drafts
       cspr-lint briefing <draft> --out <briefing.md|html>            a 7-minute briefing

Lint Child Safeguarding Practice Review drafts (Markdown, or Word .docx named on the command line). With no paths, lints what the
.cspr-lint.json "include" selects, else every **/*.md outside node_modules.

Options:
  --format <name>         stylish (default), json, sarif or github
  --template <name>       template for drafts that do not name one in front matter (lcspr, rapid-review)
  --config <path>         use this config file instead of the nearest .cspr-lint.json
  --max-warnings <n>      exit 1 when there are more than n warnings
  --coverage              print the national theme coverage table for each draft
  --fix                   apply safe fixes in place (files whose fixes conflict are left untouched)
  --fix-suggestions <rules>
                          with --fix, also apply the first suggestion of these rules' findings
                          (comma-separated ids, e.g. undefined-acronym,language-matters)
  --init                  write a starter .cspr-lint.json in the current folder
  --list-suppressions     list every cspr-lint-disable comment with its reason, for sign-off
  --quiet                 report errors only
  --max-file-size <KB>    skip files larger than this (default ${DEFAULT_MAX_FILE_SIZE_KB})
  --jobs <n>              lint in n threads at once (default: one per CPU for more than 20 files;
                          1 lints one file at a time); the output is the same either way
  --cache                 reuse the results of drafts that have not changed since the last --cache
                          run (the output is the same; not with --fix, which never reads or writes it)
  --cache-location <path> the cache file (default .cspr-lint-cache in the current folder; a folder:
                          .cspr-lint-cache in it). It holds findings, which may quote names: keep it
                          out of git
  --drafts-only           lint a file named on the command line only if the config selects it, as
                          a folder would (its include and ignore; README, CHANGELOG never): for
                          hooks that pass every staged Markdown file
  --color, --no-color     force coloured or plain output (default: colour on a terminal, unless NO_COLOR is set)
  --version               print the version
  --help                  print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, config or I/O error.
Docs: https://github.com/cspr-lint/cspr-lint/blob/main/docs/cli.md`;

/** The subcommands, each with its usage line(s) in HELP. */
export const SUBCOMMANDS = ['report', 'lsp', 'import', 'export', 'portfolio', 'briefing'] as const;

/**
 * `cspr-lint <subcommand> --help`: the subcommand's usage line from HELP, and where the rest is.
 * Undefined when argv is not a subcommand asking for help.
 */
export function subcommandHelp(argv: readonly string[]): string | undefined {
  const command = SUBCOMMANDS.find((name) => name === argv[0]);
  if (!command || !argv.slice(1).some((arg) => arg === '--help' || arg === '-h')) return undefined;
  const usage = HELP.split('\n')
    .filter((line) => line.includes(`cspr-lint ${command} `))
    .map((line) => `Usage: ${line.replace(/^(?:Usage:)?\s+/, '').replace(/\s{2,}/, '   ')}`);
  return `${usage.join('\n')}\n\nRun cspr-lint --help for every option; docs: https://github.com/cspr-lint/cspr-lint/blob/main/docs/cli.md`;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        template: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        coverage: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-suggestions': { type: 'string', multiple: true },
        init: { type: 'boolean' },
        'list-suppressions': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        'max-file-size': { type: 'string' },
        out: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'drafts-only': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values;
  let positionals = parsed.positionals;
  let command: CliOptions['command'] = 'lint';
  if (positionals[0] === 'report') {
    command = 'report';
    positionals = positionals.slice(1);
  }
  const format = (values.format ?? 'stylish') as OutputFormat;
  if (!['stylish', 'json', 'sarif', 'github'].includes(format)) throw new UsageError(`--format must be stylish, json, sarif or github (got "${values.format}")`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings takes a whole number ≥ 0');
  const maxFileSizeKB = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE_KB : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSizeKB) || maxFileSizeKB <= 0) throw new UsageError('--max-file-size takes a size in KB > 0');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UsageError('--jobs takes a whole number from 1 to 256');
  const fixSuggestions = (values['fix-suggestions'] ?? []).flatMap((list) => list.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  if (values['fix-suggestions'] !== undefined && fixSuggestions.length === 0) throw new UsageError('--fix-suggestions takes rule ids: --fix-suggestions undefined-acronym,language-matters');
  // Suggestions rewrite prose: applying them is a deliberate extra step on top of --fix, never alone.
  if (fixSuggestions.length > 0 && !values.fix) throw new UsageError('--fix-suggestions only works with --fix');
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location only works with --cache');
  if (values['cache-location'] === '') throw new UsageError('--cache-location takes a file or folder');
  if (command === 'report') {
    if (positionals.length !== 1) throw new UsageError('report takes exactly one draft: cspr-lint report <draft> --out coverage.html');
    if (!values.out) throw new UsageError('report needs --out <file.html|file.md>');
    if (!/\.(?:html?|md|markdown)$/i.test(values.out)) throw new UsageError('--out must end in .html or .md');
  }
  return {
    command,
    patterns: positionals,
    format,
    template: values.template,
    config: values.config,
    maxWarnings,
    coverage: values.coverage ?? false,
    fix: values.fix ?? false,
    fixSuggestions,
    draftsOnly: values['drafts-only'] ?? false,
    init: values.init ?? false,
    listSuppressions: values['list-suppressions'] ?? false,
    quiet: values.quiet ?? false,
    version: values.version ?? false,
    help: values.help ?? false,
    maxFileSizeKB,
    out: values.out,
    color: values['no-color'] ? false : values.color,
    ...(jobs !== undefined ? { jobs } : {}),
    cache: values.cache ?? false,
    ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
  };
}
