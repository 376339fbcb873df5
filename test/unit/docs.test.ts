// Every rule has its documentation page, the README lists it, and the page covers what authors need.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, RULES, docsUrl } from '../../src/engine/index';
import { HELP, parseCliArgs, UsageError } from '../../src/cli/args';
import { formatJson, formatStylish, type FileResult } from '../../src/cli/formats';
import { DEFAULT_SETTINGS } from '../../src/server/settings';

const root = path.join(__dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const CONTRACT_RULES = [
  'required-section',
  'empty-section',
  'section-order',
  'duplicate-section',
  'child-voice',
  'good-practice',
  'recommendation-format',
  'identifying-detail',
  'undefined-acronym',
  'blame-language',
  'placeholder',
  'language-matters',
  'analysis-depth',
  'recommendation-count',
  'family-involvement',
  'identity-considered',
  'readability',
];

describe('rule documentation', () => {
  it('the engine implements exactly the contract\'s rules, in its order', () => {
    expect(RULES.map((rule) => rule.meta.id)).toEqual(CONTRACT_RULES);
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id} has docs/rules/${id}.md with examples, options and how to disable`, () => {
      const file = path.join(root, 'docs', 'rules', `${id}.md`);
      expect(existsSync(file)).toBe(true);
      const doc = readFileSync(file, 'utf8');
      expect(doc.startsWith(`# ${id}`)).toBe(true);
      expect(doc).toMatch(/## Why/i);
      expect(doc).toMatch(/bad/i);
      expect(doc).toMatch(/good/i);
      expect(doc).toMatch(/## Options/);
      expect(doc).toMatch(/## Disable/);
      expect(doc).toContain(`"${id}": "off"`);
      expect(docsUrl(id).endsWith(`docs/rules/${id}.md`)).toBe(true);
    });
    it(`${id} is in the README's rule table with its default severity`, () => {
      expect(readme).toContain(`| [\`${id}\`](docs/rules/${id}.md) | ${rule.meta.defaultSeverity} |`);
    });
  }
});

// What a new user reads and types stays true: each rule page's header says what the rule's meta
// says, links between the documents lead somewhere, every flag shown with the command exists, and
// every `csprLint.*` name is a setting or command the extension contributes.
const docFiles = [
  'README.md',
  ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ...readdirSync(path.join(root, 'docs', 'rules')).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`),
];
const docText = new Map(docFiles.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));

/** The anchors GitHub gives a page's headings (outside fenced code). */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const slug = heading[1].trim().toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug);
    seen.set(slug, (count ?? -1) + 1);
    anchors.add(count === undefined ? slug : `${slug}-${count + 1}`);
  }
  return anchors;
}

describe('documents a new user follows', () => {
  for (const rule of RULES) {
    const { id, defaultSeverity, category, fixable } = rule.meta;
    it(`docs/rules/${id}.md's header gives its default severity, category and whether --fix can fix it`, () => {
      const header = readFileSync(path.join(root, 'docs', 'rules', `${id}.md`), 'utf8').split('\n## ')[0];
      expect(header).toContain(`**Default:** ${defaultSeverity}`);
      expect(header).toContain(`**Category:** ${category}`);
      const fix = /\*\*Fix:\*\* ([^·\n]*)/.exec(header)?.[1].trim() ?? '';
      expect(fix, id).not.toBe('');
      if (fixable) expect(fix).not.toMatch(/^none|^suggestions only/);
      else expect(fix).toMatch(/^none|^suggestions only/);
    });
  }

  it('every relative link in README.md and docs/ leads to a file (and heading) that exists', () => {
    const broken: string[] = [];
    for (const [file, text] of docText) {
      const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const [, href] of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z]+:/i.test(href)) continue;
        const [target, anchor] = href.split('#');
        const resolved = target === '' ? path.join(root, file) : path.join(root, path.dirname(file), target);
        if (!existsSync(resolved)) broken.push(`${file}: ${href}`);
        else if (anchor && resolved.endsWith('.md') && !headingAnchors(readFileSync(resolved, 'utf8')).has(anchor)) broken.push(`${file}: ${href} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every flag shown with the command is one it accepts', () => {
    const longFlags = new Set(HELP.match(/--[a-z][a-z-]*/g));
    const problems: string[] = [];
    for (const [file, text] of docText) {
      for (const [line, rest] of text.matchAll(/(?:\bcspr-lint|\bdist\/cli\.js)((?: +[^\s`|#>);]+)+)/g)) {
        const tokens = rest.trim().split(/\s+/);
        for (const token of tokens) {
          const flag = /^(--?[a-zA-Z][\w-]*)/.exec(token)?.[1];
          if (!flag) continue;
          if (flag.startsWith('--') ? !longFlags.has(flag) : unknownOption([flag, 'x'])) problems.push(`${file}: ${flag} in "${line}"`);
        }
        // A lint command (no subcommand) must parse: no unknown or misspelt option.
        if (!['report', 'lsp', 'import', 'export', 'portfolio', 'briefing'].includes(tokens[0]) && unknownOption(tokens)) problems.push(`${file}: "${line}" is rejected`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every csprLint.* name is a setting or command the extension contributes', () => {
    const contributes = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).contributes;
    const configurations = Array.isArray(contributes.configuration) ? contributes.configuration : [contributes.configuration];
    const known = new Set<string>([
      ...configurations.flatMap((section: { properties: Record<string, unknown> }) => Object.keys(section.properties)),
      ...contributes.commands.map((command: { command: string }) => command.command),
    ]);
    const unknown = [...docText].flatMap(([file, text]) => [...text.matchAll(/\bcsprLint\.[A-Za-z]+\b(?!\.)/g)].map((match) => match[0]).filter((name) => !known.has(name)).map((name) => `${file}: ${name}`));
    expect(unknown).toEqual([]);
  });
});

describe('settings: the language server, the VS Code extension and docs/editors.md agree on every default', () => {
  const contributes = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).contributes;
  const configurations = Array.isArray(contributes.configuration) ? contributes.configuration : [contributes.configuration];
  const vscodeDefaults = new Map<string, unknown>(configurations.flatMap((section: { properties: Record<string, { default?: unknown }> }) => Object.entries(section.properties).map(([key, schema]) => [key, schema.default])));
  const editorsDoc = readFileSync(path.join(root, 'docs', 'editors.md'), 'utf8');
  const rows = [...editorsDoc.matchAll(/^\| ((?:`\w+`(?:, )?)+) \| ([^|]+) \|/gm)].flatMap(([, keys, value]) => [...keys.matchAll(/`(\w+)`/g)].map(([, key]) => [key, value.trim()] as const));
  const documented = new Map(rows);

  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    it(`${key}: ${JSON.stringify(value)}`, () => {
      expect(documented.get(key), `docs/editors.md's row for ${key}`).toBe(`\`${JSON.stringify(value)}\``);
      if (vscodeDefaults.has(`csprLint.${key}`)) expect(vscodeDefaults.get(`csprLint.${key}`)).toEqual(value);
    });
  }
});

/** Whether the lint command's parser rejects these arguments for an option it does not know. */
function unknownOption(args: string[]): boolean {
  try {
    parseCliArgs(args);
    return false;
  } catch (error) {
    return error instanceof UsageError && /unknown option/i.test(error.message);
  }
}

describe("docs/cli.md's output samples are what the command prints for examples/lcspr-gaps.md", () => {
  const cliDoc = readFileSync(path.join(root, 'docs', 'cli.md'), 'utf8');
  const draft = path.join(root, 'examples', 'lcspr-gaps.md');
  const result = new Linter().lint(readFileSync(draft, 'utf8'));
  const file: FileResult = { filePath: draft, result, findings: result.findings, fixed: 0 };

  it('stylish: every line shown (but the … that stands for those left out) is printed as shown', () => {
    const sample = /```text\n(examples\/lcspr-gaps\.md {2}\(template[\s\S]*?)\n```/.exec(cliDoc)?.[1];
    expect(sample).toBeDefined();
    const printed = new Set(formatStylish([file], root, { color: false, coverage: false }).split('\n'));
    const shown = sample!.split('\n').filter((line) => line.trim() !== '…' && line !== '');
    expect(shown.length).toBeGreaterThan(4);
    expect(shown.filter((line) => !printed.has(line))).toEqual([]);
  });

  it('json: the counts, and each message shown (up to its …), are in the real output', () => {
    const [example] = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(cliDoc)![1]);
    const [real] = JSON.parse(formatJson([file], root));
    expect([example.template, example.errorCount, example.warningCount]).toEqual([real.template, real.errorCount, real.warningCount]);
    for (const message of example.messages) {
      const prefix = (message.message as string).split('…')[0];
      const match = real.messages.find((candidate: typeof message) => ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn'].every((key) => candidate[key] === message[key]) && candidate.message.startsWith(prefix));
      expect(match, `${message.ruleId} at ${message.line}:${message.column}`).toBeDefined();
      if (message.suggestions) expect(match.suggestions).toEqual(expect.arrayContaining(message.suggestions));
    }
    // Themes are judged by the coverage model, which changes often: only the theme itself is checked here.
    for (const theme of example.coverage) expect(real.coverage.map((entry: { id: string; label: string }) => [entry.id, entry.label])).toContainEqual([theme.id, theme.label]);
  });
});
