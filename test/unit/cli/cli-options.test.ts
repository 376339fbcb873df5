// Options, file selection and output details of the built CLI that cli-contract.test.ts does not
// cover: --quiet, --template, --config, include/ignore (also of nested configs), --coverage,
// --version/--help, the exact JSON keys, SARIF and github details, notices, --fix on links.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine/index';
import { buildCliOnce, cleanDraft, repoRoot, runCli, samplesDir } from './build-cli';

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  info?: true;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFile {
  filePath: string;
  template: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  coverage: { id: string; label: string; status: string; hits: { line: number; phrase: string }[] }[];
}

let tmp: string;

beforeAll(() => {
  buildCliOnce();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cspr-cli-options-'));
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample = (name: string) => readFileSync(path.join(samplesDir, name), 'utf8');

/** A fresh folder holding the given files (path → content). */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmp, 'ws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function lintJson(args: string[], cwd: string): { files: JsonFile[]; code: number | null; stderr: string } {
  const run = runCli(['--format', 'json', ...args], cwd);
  return { files: JSON.parse(run.stdout) as JsonFile[], code: run.code, stderr: run.stderr };
}

const relativeNames = (files: JsonFile[], cwd: string) => files.map((file) => path.relative(cwd, file.filePath).split(path.sep).join('/')).sort();

describe('file selection', () => {
  it('--drafts-only lints a named file only where the config selects it (what pre-commit passes)', () => {
    const team = mkdtempSync(path.join(os.tmpdir(), 'cspr-drafts-only-'));
    mkdirSync(path.join(team, 'reviews'));
    writeFileSync(path.join(team, '.cspr-lint.json'), JSON.stringify({ include: ['reviews/**/*.md'] }));
    writeFileSync(path.join(team, 'README.md'), '# Our repository\n\nNot a review. TODO: badges.\n');
    writeFileSync(path.join(team, 'notes.md'), '# Notes\n\nMeeting notes, not a draft.\n');
    writeFileSync(path.join(team, 'reviews', 'draft.md'), cleanDraft());
    const named = ['README.md', 'notes.md', 'reviews/draft.md'];
    const linted = (args: string[]) => JSON.parse(runCli(['--format', 'json', ...args], team).stdout).map((file: { filePath: string }) => path.relative(team, file.filePath));
    expect(linted(named)).toEqual(named);
    expect(linted(['--drafts-only', ...named])).toEqual(['reviews/draft.md']);
    // Without a config's include, every Markdown file but README, CHANGELOG and the like is a draft.
    rmSync(path.join(team, '.cspr-lint.json'));
    expect(linted(['--drafts-only', ...named])).toEqual(['notes.md', 'reviews/draft.md']);
    rmSync(team, { recursive: true, force: true });
  });

  it('each subcommand answers --help with its usage line, exit 0', () => {
    for (const command of ['portfolio', 'briefing', 'import', 'export', 'report', 'lsp']) {
      const { code, stdout } = runCli([command, '--help'], repoRoot);
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(new RegExp(`^Usage: cspr-lint ${command} `));
      expect(stdout, command).toContain('Run cspr-lint --help for every option');
    }
  });

  it('with no paths, lints what the config includes minus what it ignores', () => {
    const dir = workspace({
      '.cspr-lint.json': '{ "include": ["reviews/**/*.md"], "ignore": ["reviews/archive/**"] }',
      'reviews/child-j.md': sample('lcspr-gaps.md'),
      'reviews/archive/child-a.md': sample('lcspr-gaps.md'),
      'notes/meeting.md': sample('lcspr-gaps.md'),
    });
    expect(relativeNames(lintJson([], dir).files, dir)).toEqual(['reviews/child-j.md']);
  });

  it('with no config and no paths, lints every Markdown draft outside node_modules', () => {
    const dir = workspace({
      'a.md': cleanDraft(),
      'sub/b.md': cleanDraft(),
      'node_modules/pkg/c.md': sample('lcspr-gaps.md'),
      'README.md': '# Repo\n',
      'notes.txt': 'TODO',
    });
    const { files, code } = lintJson([], dir);
    expect(relativeNames(files, dir)).toEqual(['a.md', 'sub/b.md']);
    expect(code).toBe(0);
  });

  it('globs and folders given on the command line are expanded', () => {
    const dir = workspace({ 'drafts/a.md': cleanDraft(), 'drafts/b.markdown': cleanDraft(), 'other/c.md': cleanDraft() });
    expect(relativeNames(lintJson(['drafts/*.md'], dir).files, dir)).toEqual(['drafts/a.md']);
    expect(relativeNames(lintJson(['drafts'], dir).files, dir)).toEqual(['drafts/a.md', 'drafts/b.markdown']);
  });

  it('a nested config’s include and ignore apply to the drafts under it', () => {
    const dir = workspace({
      'reviews/.cspr-lint.json': '{ "ignore": ["old/**"] }',
      'reviews/current.md': cleanDraft(),
      'reviews/old/2019.md': sample('lcspr-gaps.md'),
      'team/.cspr-lint.json': '{ "include": ["drafts/**/*.md"] }',
      'team/drafts/d.md': cleanDraft(),
      'team/minutes.md': sample('lcspr-gaps.md'),
    });
    const { files, code } = lintJson(['.'], dir);
    expect(relativeNames(files, dir)).toEqual(['reviews/current.md', 'team/drafts/d.md']);
    expect(code).toBe(0);
  });

  it('each draft is linted with the config nearest to it', () => {
    const dir = workspace({
      '.cspr-lint.json': '{ "rules": { "identifying-detail": "off" } }',
      'a/draft.md': sample('lcspr-gaps.md'),
      'b/.cspr-lint.json': '{ "rules": { "identifying-detail": "warning" } }',
      'b/draft.md': sample('lcspr-gaps.md'),
    });
    const { files } = lintJson(['.'], dir);
    const severities = (name: string) => [...new Set(files.find((file) => file.filePath.endsWith(name))!.messages.filter((m) => m.ruleId === 'identifying-detail').map((m) => m.severity))];
    expect(severities(path.join('a', 'draft.md'))).toEqual([]);
    expect(severities(path.join('b', 'draft.md'))).toEqual([1]);
  });
});

describe('--config', () => {
  it('forces one config for every draft, wherever they are', () => {
    const dir = workspace({
      'ci/strict.json': '{ "rules": { "blame-language": "error" } }',
      '.cspr-lint.json': '{ "rules": { "blame-language": "off" } }',
      'd.md': sample('lcspr-gaps.md'),
    });
    const forced = lintJson(['--config', 'ci/strict.json', 'd.md'], dir).files[0];
    expect(forced.messages.filter((m) => m.ruleId === 'blame-language').every((m) => m.severity === 2)).toBe(true);
    expect(forced.messages.some((m) => m.ruleId === 'blame-language')).toBe(true);
    expect(lintJson(['d.md'], dir).files[0].messages.some((m) => m.ruleId === 'blame-language')).toBe(false);
  });

  it('a missing or broken --config file is exit 2 naming it', () => {
    const dir = workspace({ 'broken.json': '{ "rules": { "placeholder": "loud" } }', 'd.md': cleanDraft() });
    const missing = runCli(['--config', 'nope.json', 'd.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--config nope\.json: file not found/);
    writeFileSync(path.join(dir, 'empty.json'), '');
    const empty = runCli(['--config', 'empty.json', 'd.md'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty\.json:\d+:\d+: invalid JSON/);
    const broken = runCli(['--config', 'broken.json', 'd.md'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+: rules\.placeholder: expected one of off\|info\|warning\|error/);
  });
});

describe('--template', () => {
  it('applies to drafts that do not name a template; front matter still wins', () => {
    const dir = workspace({ 'plain.md': sample('rapid-review.md'), 'named.md': `---\ncspr-template: lcspr\n---\n${cleanDraft()}` });
    const asLcspr = lintJson(['plain.md'], dir).files[0];
    expect(asLcspr.template).toBe('lcspr');
    expect(asLcspr.errorCount).toBeGreaterThan(0);
    const { files, code } = lintJson(['--template', 'rapid-review', 'plain.md', 'named.md'], dir);
    expect(files.map((file) => [path.basename(file.filePath), file.template, file.errorCount])).toEqual([
      ['named.md', 'lcspr', 0],
      ['plain.md', 'rapid-review', 0],
    ]);
    expect(code).toBe(0);
  });

  it('can name the config’s inline template', () => {
    const dir = workspace({
      '.cspr-lint.json': '{ "template": { "extends": "rapid-review", "id": "team-rapid", "sections": [{ "id": "equality", "title": "Equality and diversity", "required": true }] } }',
      'd.md': sample('rapid-review.md'),
    });
    const [file] = lintJson(['--template', 'team-rapid', 'd.md'], dir).files;
    expect(file.template).toBe('team-rapid');
    // The sample never considers identity (identity-considered, info); the team's section is what is missing.
    expect(file.messages.map((m) => m.ruleId).sort()).toEqual(['identity-considered', 'required-section']);
  });

  it('an unknown template is a usage error (exit 2) naming the known ones', () => {
    const dir = workspace({ 'd.md': sample('lcspr-gaps.md') });
    const { code, stderr, stdout } = runCli(['--template', 'scr', 'd.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--template scr: unknown template; use lcspr or rapid-review/);
    expect(stdout).toBe('');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only, in every format', () => {
    const dir = workspace({ 'd.md': sample('lcspr-gaps.md') });
    const { files, code } = lintJson(['--quiet', 'd.md'], dir);
    expect(files[0].messages.length).toBeGreaterThan(0);
    expect(files[0].messages.every((m) => m.severity === 2)).toBe(true);
    expect(files[0].warningCount).toBe(0);
    expect(code).toBe(1);
    const stylish = runCli(['--quiet', 'd.md'], dir).stdout;
    expect(stylish).not.toMatch(/\bwarning\b|\binfo\b {2}/);
    expect(runCli(['--quiet', '--format', 'github', 'd.md'], dir).stdout.trim().split('\n').every((line) => line.startsWith('::error '))).toBe(true);
  });

  it('--max-warnings counts warnings, not info findings', () => {
    const text = `${cleanDraft()}\nThe school failed to share it. TODO: confirm the date.\n`;
    const dir = workspace({ 'd.md': text });
    const { files } = lintJson(['d.md'], dir);
    const counts = { warnings: files[0].warningCount, infos: files[0].messages.filter((m) => m.info).length };
    expect(counts).toEqual({ warnings: 1, infos: 1 });
    expect(runCli(['--max-warnings', '1', 'd.md'], dir).code).toBe(0);
    const over = runCli(['--max-warnings', '0', 'd.md'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/1 warnings, more than --max-warnings 0/);
    expect(runCli(['--max-warnings', 'many', 'd.md'], dir).code).toBe(2);
  });
});

describe('--format json', () => {
  it('has exactly the contract’s keys, with info only on info findings', () => {
    const dir = workspace({ 'd.md': sample('lcspr-gaps.md') });
    const [file] = lintJson(['d.md'], dir).files;
    const contractFileKeys = ['filePath', 'template', 'messages', 'errorCount', 'warningCount', 'coverage'];
    expect(Object.keys(file)).toEqual(expect.arrayContaining(contractFileKeys));
    expect(path.isAbsolute(file.filePath)).toBe(true);
    for (const message of file.messages) {
      expect(Object.keys(message)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
      expect([1, 2]).toContain(message.severity);
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.column).toBeGreaterThanOrEqual(1);
      expect(message.endLine * 1e6 + message.endColumn).toBeGreaterThanOrEqual(message.line * 1e6 + message.column);
      if (message.info) expect(message.severity).toBe(1);
      else expect('info' in message).toBe(false);
    }
    expect(file.messages.filter((m) => m.ruleId === 'blame-language').every((m) => m.info === true)).toBe(true);
    expect(file.warningCount).toBe(file.messages.filter((m) => m.severity === 1 && !m.info).length);
    for (const theme of file.coverage) {
      expect(['covered', 'mentioned', 'absent']).toContain(theme.status);
      for (const hit of theme.hits) expect(Object.keys(hit).sort()).toEqual(['concepts', 'line', 'passage', 'phrase']);
    }
  });

  it('a clean draft still gets its element, with no messages', () => {
    const dir = workspace({ 'd.md': cleanDraft() });
    const { files, code } = lintJson(['d.md'], dir);
    expect(files).toHaveLength(1);
    expect(files[0].messages).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('--format sarif', () => {
  it('lists every rule with its default level and links every result to a rule and a region', () => {
    const dir = workspace({ 'reviews/child j.md': sample('lcspr-gaps.md') });
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'reviews'], dir).stdout);
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.tool.driver.version).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    for (const [index, rule] of RULES.entries()) {
      const described = run.tool.driver.rules[index];
      expect(described.shortDescription.text).toBe(rule.meta.description);
      expect(described.defaultConfiguration.level).toBe(levels[rule.meta.defaultSeverity]);
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation).toEqual({ uri: 'reviews/child%20j.md', uriBaseId: 'SRCROOT' });
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.endLine).toBeGreaterThanOrEqual(location.region.startLine);
    }
    expect(run.results.some((result: { level: string }) => result.level === 'note')).toBe(true);
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/);
  });
});

describe('--format github', () => {
  it('escapes commas and colons in file names so annotations land on the right file', () => {
    const dir = workspace({ 'a,b:c.md': sample('lcspr-gaps.md') });
    const lines = runCli(['--format', 'github', 'a,b:c.md'], dir).stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=a%2Cb%3Ac\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=cspr-lint [a-z-]+::.+ \(https:\/\/\S+\/docs\/rules\/[a-z-]+\.md\)$/);
  });

  it('prints nothing for a clean draft', () => {
    const dir = workspace({ 'd.md': cleanDraft() });
    const { stdout, code } = runCli(['--format', 'github', 'd.md'], dir);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });
});

describe('stylish output', () => {
  it('--coverage prints the theme table for each draft', () => {
    const dir = workspace({ 'd.md': cleanDraft() });
    const { stdout } = runCli(['--coverage', 'd.md'], dir);
    expect(stdout).toMatch(/Theme coverage: \d+ covered, \d+ mentioned, \d+ absent/);
    expect(stdout).toMatch(/Neglect\s+covered/);
  });

  it('colours only when asked or on a terminal, never with NO_COLOR', () => {
    const dir = workspace({ 'd.md': sample('lcspr-gaps.md') });
    expect(runCli(['d.md'], dir).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['--color', 'd.md'], dir).stdout).toMatch(/\x1b\[31m/);
  });

  it('shows engine notices even for a draft with no findings, and on stderr for machine formats', () => {
    const text = `---\ncspr-template: scr\n---\n${cleanDraft()}`;
    const dir = workspace({ 'd.md': text });
    const stylish = runCli(['d.md'], dir);
    expect(stylish.stdout).toMatch(/unknown template "cspr-template: scr"/);
    expect(stylish.code).toBe(0);
    const json = runCli(['--format', 'json', 'd.md'], dir);
    expect(JSON.parse(json.stdout)[0].messages).toEqual([]);
    expect(json.stderr).toMatch(/d\.md: Front matter names an unknown template "cspr-template: scr"/);
  });
});

describe('--version and --help', () => {
  it('--version prints the package version', () => {
    const { stdout, code } = runCli(['--version'], tmp);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
    expect(code).toBe(0);
  });

  it('--help lists every option of the contract and the exit codes', () => {
    const { stdout, code } = runCli(['--help'], tmp);
    for (const option of ['--format', '--template', '--config', '--max-warnings', '--coverage', '--fix', '--init', '--quiet', '--version', '--help', '--list-suppressions']) expect(stdout).toContain(option);
    expect(stdout).toMatch(/Exit codes: 0 .*1 .*2 /s);
    expect(code).toBe(0);
  });

  it('an unknown option is a usage error', () => {
    const { stderr, code } = runCli(['--frobnicate'], tmp);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--frobnicate'/);
  });
});

describe('--list-suppressions', () => {
  it('lists disable/enable blocks and flags a suppression without a reason', () => {
    const text = sample('lcspr-gaps.md').replace('## Findings', '<!-- cspr-lint-disable blame-language -->\n## Findings').replace('## Conclusions', '<!-- cspr-lint-enable blame-language -->\n## Conclusions');
    const dir = workspace({ 'd.md': text, 'clean.md': cleanDraft() });
    const { stdout } = runCli(['--list-suppressions', '.'], dir);
    expect(stdout).toMatch(/^d\.md:\d+\s+disable\s+blame-language\s+\(no reason given\)\s+\d+ findings silenced$/m);
    expect(stdout).toMatch(/^1 suppression\.$/m);
    expect(stdout).toMatch(/^1 without a reason: add "-- reason" to it before sign-off\.$/m);
    expect(stdout).not.toMatch(/clean\.md/);
  });
});

describe('--fix', () => {
  it('inserts the skeleton at its template position when its suggestion is asked for, replaces the file by rename and leaves no temporary file', () => {
    const dir = workspace({ 'd.md': sample('lcspr-gaps.md') });
    const file = path.join(dir, 'd.md');
    const inodeBefore = statSync(file).ino;
    const { files } = lintJson(['--fix', '--fix-suggestions', 'required-section', 'd.md'], dir);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.indexOf('## Voice of the child')).toBeGreaterThan(fixed.indexOf('### 5.8 Other processes'));
    expect(fixed.indexOf('## Voice of the child')).toBeLessThan(fixed.indexOf('## Findings'));
    expect(statSync(file).ino).not.toBe(inodeBefore);
    expect(readdirSync(dir)).toEqual(['d.md']);
    // The report describes the fixed file: no missing sections left.
    expect(files[0].messages.filter((m) => m.ruleId === 'required-section')).toEqual([]);
  });

  it('does not rewrite a draft with nothing to fix', () => {
    const dir = workspace({ 'd.md': cleanDraft() });
    const inode = statSync(path.join(dir, 'd.md')).ino;
    expect(runCli(['--fix', 'd.md'], dir).code).toBe(0);
    expect(statSync(path.join(dir, 'd.md')).ino).toBe(inode);
  });

  it('fixes the draft a symbolic link points to and keeps the link', () => {
    const dir = workspace({ 'real/d.md': sample('lcspr-gaps.md') });
    symlinkSync(path.join('real', 'd.md'), path.join(dir, 'link.md'));
    runCli(['--fix', '--fix-suggestions', 'required-section', 'link.md'], dir);
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.md'))).toBe(path.join('real', 'd.md'));
    expect(readFileSync(path.join(dir, 'real', 'd.md'), 'utf8')).toMatch(/\n## Voice of the child\n/);
  });
});

describe('byte order mark', () => {
  const BOM = '\uFEFF';

  it('a UTF-8 BOM (as Windows editors save) does not hide the front matter', () => {
    const dir = workspace({ 'r.md': `${BOM}---\ncspr-template: rapid-review\n---\n${sample('rapid-review.md')}` });
    const [file] = lintJson(['r.md'], dir).files;
    expect(file.template).toBe('rapid-review');
    // Read as a rapid review: only the sample's own info finding (it never considers identity).
    expect(file.messages.map((m) => m.ruleId)).toEqual(['identity-considered']);
  });

  it('columns on the first line do not count the BOM, and --fix keeps exactly one BOM', () => {
    const dir = workspace({ 'd.md': `${BOM}TODO: title\n\n${sample('lcspr-gaps.md')}` });
    const placeholder = lintJson(['d.md'], dir).files[0].messages.find((m) => m.ruleId === 'placeholder');
    expect(placeholder).toMatchObject({ line: 1, column: 1 });
    runCli(['--fix', '--fix-suggestions', 'required-section', 'd.md'], dir);
    const fixed = readFileSync(path.join(dir, 'd.md'), 'utf8');
    expect(fixed.startsWith(`${BOM}TODO: title`)).toBe(true);
    expect(fixed).toMatch(/\n## Voice of the child\n/);
  });
});

describe('I/O errors', () => {
  it('a missing path is exit 2 while the other drafts are still reported', () => {
    const dir = workspace({ 'd.md': cleanDraft() });
    const { code, stderr, stdout } = runCli(['--format', 'json', 'd.md', 'missing.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.md: no such file or no drafts match/);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('report names a draft that cannot be read', () => {
    const { code, stderr } = runCli(['report', 'missing.md', '--out', 'r.html'], tmp);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.md: cannot read: no such file or folder \(ENOENT\)/);
  });

  it('report, portfolio, briefing and export name the output they cannot write, in words', () => {
    const draft = path.join(samplesDir, 'lcspr-gaps.md');
    const runs = [
      { args: ['report', draft, '--out', 'no-folder/r.html'], expected: /no-folder[\\/]r\.html: cannot write: no such file or folder \(ENOENT\)/ },
      { args: ['portfolio', samplesDir, '--out', 'no-folder/p.html'], expected: /no-folder[\\/]p\.html: cannot open: no such file or folder \(ENOENT\)/ },
      { args: ['briefing', draft, '--out', 'no-folder/b.md'], expected: /no-folder[\\/]b\.md: cannot open: no such file or folder \(ENOENT\)/ },
      { args: ['export', draft, '--out', 'no-folder/x.docx'], expected: /no-folder: cannot write in this folder: no such file or folder \(ENOENT\)/ },
    ];
    for (const { args, expected } of runs) {
      const { code, stderr } = runCli(args, tmp);
      expect(code, args[0]).toBe(2);
      expect(stderr, args[0]).toMatch(expected);
      expect(stderr, args[0]).not.toMatch(/ENOENT: no such file or directory|\n\s+at /);
    }
  });

});
