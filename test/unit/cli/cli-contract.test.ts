// The CLI as a team's CI sees it: the built dist/cli.js run against temporary folders.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildCliOnce, cleanDraft, cliPath, runCli, samplesDir as samples } from './build-cli';

let dir: string;

function run(args: string[], cwd = dir) {
  return runCli(args, cwd);
}

beforeAll(() => {
  buildCliOnce();
  dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-cli-'));
  for (const name of ['lcspr-gaps.md', 'lcspr-messy.md']) copyFileSync(path.join(samples, name), path.join(dir, name));
  writeFileSync(path.join(dir, 'lcspr-complete.md'), cleanDraft());
  writeFileSync(path.join(dir, 'rapid.md'), `---\ncspr-template: rapid-review\n---\n${readFileSync(path.join(samples, 'rapid-review.md'), 'utf8')}`);
  writeFileSync(path.join(dir, 'README.md'), '# Our repository\n\nNot a review.\n');
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 for a clean draft', () => {
    const { code, stdout } = run(['lcspr-complete.md']);
    expect(stdout).toMatch(/no problems/);
    expect(code).toBe(0);
  });
  it('1 for lint errors', () => {
    expect(run(['lcspr-gaps.md']).code).toBe(1);
  });
  it('1 when warnings exceed --max-warnings, 0 within it', () => {
    const sub = mkdtempSync(path.join(dir, 'warn-'));
    writeFileSync(path.join(sub, 'd.md'), `${cleanDraft()}\nTODO check dates.\n`);
    expect(run(['--max-warnings', '0', path.join(sub, 'd.md')]).code).toBe(1);
    expect(run(['--max-warnings', '5', path.join(sub, 'd.md')]).code).toBe(0);
  });
  it('2 for a usage error', () => {
    const { code, stderr } = run(['--format', 'xml', 'lcspr-gaps.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be stylish, json, sarif or github/);
  });
  it('2 for a missing file', () => {
    expect(run(['nope.md']).code).toBe(2);
  });
  it('a reader that stops early (| head -c) ends the output quietly, and the code still says the drafts have errors', () => {
    // Many copies, so the output outgrows the pipe's buffer after head has gone.
    const sub = mkdtempSync(path.join(dir, 'pipe-'));
    for (let i = 0; i < 40; i++) copyFileSync(path.join(samples, 'lcspr-gaps.md'), path.join(sub, `gaps-${i}.md`));
    for (const format of ['stylish', 'json']) {
      const shell = spawnSync('bash', ['-c', `set -o pipefail; node "$0" --format ${format} --jobs 1 . | head -c 20 > /dev/null`, cliPath], { cwd: sub, encoding: 'utf8' });
      expect(shell.stderr, format).toBe('');
      expect(shell.status, format).toBe(1);
    }
  });
});

describe('config errors name the file, line and JSON path (exit 2)', () => {
  const cases: [string, string, RegExp][] = [
    ['bad severity', '{\n  "rules": { "child-voice": "loud" }\n}', /\.cspr-lint\.json:2:\d+: rules\.child-voice: expected one of off\|info\|warning\|error/],
    ['unknown rule with suggestion', '{ "rules": { "chld-voice": "off" } }', /unknown rule "chld-voice" \(did you mean "child-voice"\?\)/],
    ['unknown key', '{ "colour": "red" }', /unknown key "colour"/],
    ['invalid JSON', '{ "rules": { ', /invalid JSON/],
    ['bad option type', '{ "rules": { "child-voice": ["warning", { "minWords": "many" }] } }', /rules\.child-voice\[1\]\.minWords/],
    ['missing extends target', '{ "extends": "./team.json" }', /extends: cannot find "\.\/team\.json"/],
    ['unknown preset', '{ "extends": "cspr-lint:nonsense" }', /unknown preset "cspr-lint:nonsense"/],
  ];
  for (const [name, config, pattern] of cases) {
    it(name, () => {
      const sub = mkdtempSync(path.join(dir, 'cfg-'));
      writeFileSync(path.join(sub, '.cspr-lint.json'), config);
      writeFileSync(path.join(sub, 'draft.md'), cleanDraft());
      const { code, stderr } = run(['draft.md'], sub);
      expect(code).toBe(2);
      expect(stderr).toMatch(pattern);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }
  it('an extends cycle', () => {
    const sub = mkdtempSync(path.join(dir, 'cycle-'));
    writeFileSync(path.join(sub, '.cspr-lint.json'), '{ "extends": "./a.json" }');
    writeFileSync(path.join(sub, 'a.json'), '{ "extends": "./b.json" }');
    writeFileSync(path.join(sub, 'b.json'), '{ "extends": "./a.json" }');
    writeFileSync(path.join(sub, 'draft.md'), cleanDraft());
    const { code, stderr } = run(['draft.md'], sub);
    expect(code).toBe(2);
    expect(stderr).toMatch(/extends cycle: a\.json → b\.json → a\.json/);
  });
  it('JSONC, presets and a shared team config apply', () => {
    const sub = mkdtempSync(path.join(dir, 'team-'));
    writeFileSync(path.join(sub, 'team.json'), '{\n  // team defaults\n  "rules": { "required-section": "warning", },\n}');
    writeFileSync(path.join(sub, '.cspr-lint.json'), '{ "extends": ["cspr-lint:lcspr", "./team.json"], "glossary": { "YJS": "Youth Justice Service" } }');
    copyFileSync(path.join(samples, 'lcspr-gaps.md'), path.join(sub, 'draft.md'));
    const [file] = JSON.parse(run(['--format', 'json', 'draft.md'], sub).stdout);
    const required = file.messages.filter((m: { ruleId: string }) => m.ruleId === 'required-section');
    expect(required.length).toBe(3);
    expect(required.every((m: { severity: number }) => m.severity === 1)).toBe(true);
    expect(file.messages.some((m: { message: string }) => /Spell out YJS/.test(m.message))).toBe(false);
  });
});

describe('--format json', () => {
  it('follows the contract shape', () => {
    const { stdout, code } = run(['--format', 'json', 'lcspr-gaps.md', 'rapid.md']);
    expect(code).toBe(1);
    const files = JSON.parse(stdout);
    expect(files).toHaveLength(2);
    const gaps = files.find((file: { filePath: string }) => file.filePath.endsWith('lcspr-gaps.md'));
    expect(gaps.template).toBe('lcspr');
    expect(Object.keys(gaps)).toEqual(expect.arrayContaining(['filePath', 'template', 'messages', 'errorCount', 'warningCount', 'coverage']));
    const name = gaps.messages.find((m: { ruleId: string; line: number }) => m.ruleId === 'identifying-detail' && m.line === 54);
    expect(name).toMatchObject({ severity: 2, line: 54, column: 1, endLine: 54, endColumn: 20 });
    const info = gaps.messages.find((m: { ruleId: string }) => m.ruleId === 'blame-language');
    expect(info).toMatchObject({ severity: 1, info: true });
    expect(gaps.errorCount).toBe(gaps.messages.filter((m: { severity: number }) => m.severity === 2).length);
    const theme = gaps.coverage.find((c: { id: string }) => c.id === 'extra-familial-harm');
    expect(theme.status).toBe('covered');
    // line and phrase as the contract says, with the passage and the concepts that made it count (issue 14).
    expect(theme.hits[0]).toEqual({ line: expect.any(Number), phrase: expect.any(String), passage: expect.any(String), concepts: expect.any(Array) });
    const rapid = files.find((file: { filePath: string }) => file.filePath.endsWith('rapid.md'));
    expect(rapid.template).toBe('rapid-review');
    // The rapid review sample never considers the family's identity: one info finding, nothing else.
    expect(rapid.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['identity-considered']);
    expect(rapid.warningCount).toBe(0);
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with rule metadata, help URIs and regions', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'lcspr-gaps.md']).stdout);
    expect(sarif.version).toBe('2.1.0');
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe('cspr-lint');
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toContain('identifying-detail');
    for (const rule of driver.rules) expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'identifying-detail');
    expect(result.level).toBe('error');
    expect(driver.rules[result.ruleIndex].id).toBe('identifying-detail');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('lcspr-gaps.md');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number) });
  });
});

describe('--format github', () => {
  it('prints workflow commands with file, line and column', () => {
    const lines = run(['--format', 'github', 'lcspr-gaps.md']).stdout.trim().split('\n');
    expect(lines.some((line) => /^::error file=lcspr-gaps\.md,line=54,col=1,endLine=54,endColumn=20,title=cspr-lint identifying-detail::/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('::notice '))).toBe(true);
  });
});

describe('--fix', () => {
  it('inserts missing sections and spells out acronyms (their suggestions, asked for) atomically, keeps permissions, and is idempotent', () => {
    const sub = mkdtempSync(path.join(dir, 'fix-'));
    const file = path.join(sub, 'draft.md');
    copyFileSync(path.join(samples, 'lcspr-gaps.md'), file);
    chmodSync(file, 0o640);
    const first = run(['--fix', '--fix-suggestions', 'required-section,undefined-acronym', 'draft.md'], sub);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toMatch(/\n## Voice of the child\n/);
    expect(fixed).toMatch(/Local Child Safeguarding Practice Review \(LCSPR\)/);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(first.stdout).toMatch(/fixed \d+ problems/);
    run(['--fix', '--fix-suggestions', 'required-section,undefined-acronym', 'draft.md'], sub);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(readFileSync(path.join(sub, '..', 'lcspr-gaps.md'), 'utf8')).toBe(readFileSync(path.join(samples, 'lcspr-gaps.md'), 'utf8'));
  });
});

describe('files', () => {
  it('skips binary, non-UTF-8 and oversized files with a message and lints the rest', () => {
    const sub = mkdtempSync(path.join(dir, 'files-'));
    writeFileSync(path.join(sub, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(sub, 'latin1.md'), Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(sub, 'big.md'), `# Big\n\n${'word '.repeat(400_000)}`);
    writeFileSync(path.join(sub, 'ok.md'), cleanDraft());
    const { code, stderr, stdout } = run(['--max-file-size', '1000', '.'], sub);
    expect(stderr).toMatch(/binary\.md: skipped: binary file/);
    expect(stderr).toMatch(/latin1\.md: skipped: not UTF-8/);
    expect(stderr).toMatch(/big\.md: skipped: .* over the 1000 KB limit/);
    expect(stdout).toMatch(/1 draft checked, no problems/);
    expect(code).toBe(0);
  });
  it('a named file that is not there: said on stderr, and the summary ends without a green tick, exit 2', () => {
    const sub = mkdtempSync(path.join(dir, 'missing-'));
    writeFileSync(path.join(sub, 'ok.md'), cleanDraft());
    const alone = run(['nope.md'], sub);
    expect(alone.stderr).toMatch(/nope\.md: no such file or no drafts match/);
    expect(alone.stdout).not.toMatch(/✔/);
    expect(alone.stdout).toMatch(/✖ No drafts checked: 1 file could not be read \(see above\)/);
    expect(alone.code).toBe(2);
    const withOthers = run(['nope.md', 'ok.md'], sub);
    expect(withOthers.stdout).toMatch(/✖ 1 draft checked, no problems in it; 1 file could not be read \(see above\)/);
    expect(withOthers.code).toBe(2);
  });

  it('never picks up README.md from a folder or glob', () => {
    const sub = mkdtempSync(path.join(dir, 'readme-'));
    writeFileSync(path.join(sub, 'README.md'), '# Our repository\n\nNot a review. TODO: badges.\n');
    copyFileSync(path.join(samples, 'lcspr-gaps.md'), path.join(sub, 'lcspr-gaps.md'));
    for (const target of ['.', '**/*.md']) {
      const files = JSON.parse(run(['--format', 'json', target], sub).stdout).map((file: { filePath: string }) => path.basename(file.filePath));
      expect(files).toEqual(['lcspr-gaps.md']);
    }
  });
});

describe('--init and --list-suppressions', () => {
  it('--init writes a starter config once and refuses to overwrite it', () => {
    const sub = mkdtempSync(path.join(dir, 'init-'));
    expect(run(['--init'], sub).code).toBe(0);
    expect(existsSync(path.join(sub, '.cspr-lint.json'))).toBe(true);
    writeFileSync(path.join(sub, 'draft.md'), cleanDraft());
    expect(run(['draft.md'], sub).code).toBe(0);
    const again = run(['--init'], sub);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
  it('--list-suppressions lists each control comment with its reason', () => {
    const sub = mkdtempSync(path.join(dir, 'supp-'));
    mkdirSync(path.join(sub, 'd'));
    const text = readFileSync(path.join(samples, 'lcspr-gaps.md'), 'utf8').replace('Jayden Marsh-Okafor, as he', '<!-- cspr-lint-disable-next-line identifying-detail -- name used with consent -->\nJayden Marsh-Okafor, as he');
    writeFileSync(path.join(sub, 'd', 'draft.md'), text);
    const { stdout } = run(['--list-suppressions', 'd'], sub);
    expect(stdout).toMatch(/d\/draft\.md:\d+\s+disable-next-line\s+identifying-detail\s+"name used with consent"\s+1 finding silenced/);
  });
});

describe('report', () => {
  it('writes a self-contained HTML report with no script, and a Markdown variant', () => {
    expect(run(['report', 'lcspr-gaps.md', '--out', 'coverage.html']).code).toBe(0);
    const html = readFileSync(path.join(dir, 'coverage.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('Voice of the child');
    expect(html).not.toMatch(/<script/i);
    expect(run(['report', 'lcspr-gaps.md', '--out', 'coverage.md']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'coverage.md'), 'utf8')).toMatch(/^# Coverage report/);
  });
});
