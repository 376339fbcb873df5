// The CLI on broken configs and strange files: a config problem is exit 2 with the file (and,
// where there is one, the JSON path), never a stack trace and never a hang; a strange file is
// skipped with a message while the other drafts are linted.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce, cleanDraft, cliPath, samplesDir } from '../cli/build-cli';

let dir: string;

beforeAll(() => {
  buildCliOnce();
  dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-hostile-cli-'));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with a hard time limit: a hang fails the test instead of stalling the suite. */
function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function folder(name: string): string {
  const target = mkdtempSync(path.join(dir, `${name}-`));
  writeFileSync(path.join(target, 'draft.md'), cleanDraft());
  return target;
}

const STACK_TRACE = /\n\s+at \S+ \(|\bat Object\.|node:internal/;

describe('bad configs: exit 2 naming the file, no stack trace, no hang', () => {
  const nested = (depth: number) => `{ "rules": ${'['.repeat(depth)}${']'.repeat(depth)} }`;
  const cases: { name: string; files: Record<string, string>; message: RegExp }[] = [
    { name: 'invalid JSON', files: { '.cspr-lint.json': '{ "rules": { "placeholder": "off" ' }, message: /\.cspr-lint\.json:1:\d+: invalid JSON/ },
    { name: 'binary bytes', files: { '.cspr-lint.json': '\u0000\u0001\u0002\u00ff{}' }, message: /\.cspr-lint\.json:1:1: invalid JSON/ },
    { name: 'an array at the top', files: { '.cspr-lint.json': '[1, 2]' }, message: /\.cspr-lint\.json:1:1: the config must be a JSON object/ },
    { name: 'null', files: { '.cspr-lint.json': 'null' }, message: /the config must be a JSON object/ },
    { name: 'an empty file', files: { '.cspr-lint.json': '' }, message: /\.cspr-lint\.json:1:1: invalid JSON: value expected/ },
    { name: 'wrong type for a severity', files: { '.cspr-lint.json': '{\n  "rules": {\n    "placeholder": 3\n  }\n}' }, message: /\.cspr-lint\.json:3:\d+: rules\.placeholder/ },
    { name: 'wrong type for allowNames', files: { '.cspr-lint.json': '{ "allowNames": "Child J" }' }, message: /\.cspr-lint\.json:1:\d+: allowNames/ },
    { name: 'wrong type in a theme', files: { '.cspr-lint.json': '{ "themes": [{ "id": "x", "label": "X", "phrases": [1] }] }' }, message: /themes\[0\]\.phrases\[0\]|themes\.0\.phrases\.0/ },
    { name: 'a negative coveredAt', files: { '.cspr-lint.json': '{ "coverage": { "coveredAt": -1 } }' }, message: /coverage\.coveredAt/ },
    { name: 'an unknown rule id, with the closest suggested', files: { '.cspr-lint.json': '{ "rules": { "placeholders": "off" } }' }, message: /unknown rule "placeholders" \(did you mean "placeholder"\?\)/ },
    { name: '__proto__ as a rule id', files: { '.cspr-lint.json': '{ "rules": { "__proto__": "off" } }' }, message: /unknown rule "__proto__"/ },
    { name: 'an unknown key', files: { '.cspr-lint.json': '{ "rulez": {} }' }, message: /unknown key "rulez"/ },
    { name: 'an extends cycle of three', files: { '.cspr-lint.json': '{ "extends": "./a.json" }', 'a.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./.cspr-lint.json" }' }, message: /extends cycle/ },
    { name: 'a config that extends itself', files: { '.cspr-lint.json': '{ "extends": "./.cspr-lint.json" }' }, message: /extends cycle/ },
    { name: 'a missing extends target', files: { '.cspr-lint.json': '{ "extends": ["cspr-lint:lcspr", "./team/shared.json"] }' }, message: /\.cspr-lint\.json:1:\d+: extends\[?\.?1\]?: cannot find "\.\/team\/shared\.json"/ },
    { name: 'an error inside an extended config', files: { '.cspr-lint.json': '{ "extends": "./team.json" }', 'team.json': '{\n  "rules": { "blame-language": "shout" }\n}' }, message: /team\.json:2:\d+: rules\.blame-language/ },
    { name: 'an enormous file', files: { '.cspr-lint.json': `{ "allowNames": [${Array.from({ length: 200_000 }, (_, index) => `"Name ${index}"`).join(',')}] }` }, message: /\.cspr-lint\.json: config is \d+ KB; the limit is \d+ KB/ },
    { name: 'arrays nested 100,000 deep', files: { '.cspr-lint.json': nested(100_000) }, message: /\.cspr-lint\.json: the JSON is nested too deeply/ },
  ];
  for (const { name, files, message } of cases) {
    it(name, () => {
      const target = folder('config');
      for (const [file, content] of Object.entries(files)) writeFileSync(path.join(target, file), content);
      const result = run(['draft.md'], target);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    });
  }

  it('an extends target outside the workspace is exit 2 naming the config and JSON path; inside the repository it loads', () => {
    const target = folder('outside');
    writeFileSync(path.join(path.dirname(target), 'elsewhere.json'), '{ "rules": { "placeholder": "off" } }');
    writeFileSync(path.join(target, '.cspr-lint.json'), '{\n  "extends": "../elsewhere.json"\n}');
    const outside = run(['draft.md'], target);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/\.cspr-lint\.json:2:14: extends: "\.\.\/elsewhere\.json" is outside the workspace \(/);
    expect(outside.stderr).not.toMatch(STACK_TRACE);

    // In a git repository the repository is the workspace: a review folder may extend a shared
    // config beside it, even when the CLI runs from inside the review folder.
    mkdirSync(path.join(target, '.git'));
    mkdirSync(path.join(target, 'reviews'));
    writeFileSync(path.join(target, 'shared.json'), '{ "template": "rapid-review" }');
    copyFileSync(path.join(samplesDir, 'rapid-review.md'), path.join(target, 'reviews', 'rapid.md'));
    writeFileSync(path.join(target, 'reviews', '.cspr-lint.json'), '{ "extends": "../shared.json" }');
    const inside = run(['--format', 'json', 'rapid.md'], path.join(target, 'reviews'));
    expect(inside.stderr).toBe('');
    expect((JSON.parse(inside.stdout) as { template: string }[])[0].template).toBe('rapid-review');
  });

  it('an extends target that is a named pipe is not read (it would block forever)', () => {
    const target = folder('fifo-config');
    const made = spawnSync('mkfifo', [path.join(target, 'team.json')]);
    if (made.status !== 0) return expect.soft(made.status, 'mkfifo unavailable').toBe(0);
    writeFileSync(path.join(target, '.cspr-lint.json'), '{ "extends": "./team.json" }');
    const result = run(['draft.md'], target);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot find "\.\/team\.json"/);
  });

  it('a config extending a JavaScript file reads it as JSON and never runs it', () => {
    const target = folder('js-config');
    const marker = path.join(target, 'ran.txt');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};`;
    writeFileSync(path.join(target, 'evil.js'), code);
    writeFileSync(path.join(target, '.cspr-lint.js'), code);
    writeFileSync(path.join(target, '.cspr-lint.json'), '{ "extends": "./evil.js" }');
    const result = run(['draft.md'], target);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/evil\.js:1:1: invalid JSON/);
    expect(existsSync(marker)).toBe(false);
  });

  it('a byte order mark before the JSON is accepted', () => {
    const target = folder('bom-config');
    writeFileSync(path.join(target, '.cspr-lint.json'), '\uFEFF{ "rules": { "placeholder": "off" } }');
    const result = run(['draft.md'], target);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('--config naming a missing file is exit 2 naming it', () => {
    const target = folder('missing-config');
    const result = run(['--config', 'nope.json', 'draft.md'], target);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.json/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('strange files: skipped with a message, the rest linted', () => {
  it('binary, non-UTF-8, UTF-16, oversized, empty and BOM-only files among good drafts', () => {
    const target = folder('files');
    writeFileSync(path.join(target, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(path.join(target, 'latin1.md'), Buffer.from('# Caf\xe9 na\xefve review\n', 'latin1'));
    writeFileSync(path.join(target, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Introduction\n', 'utf16le')]));
    writeFileSync(path.join(target, 'big.md'), `# Introduction\n\n${'Words of the draft. '.repeat(4000)}`);
    writeFileSync(path.join(target, 'empty.md'), '');
    writeFileSync(path.join(target, 'bom-only.md'), '\uFEFF');
    copyFileSync(path.join(samplesDir, 'lcspr-gaps.md'), path.join(target, 'gaps.md'));
    const result = run(['--format', 'json', '--max-file-size', '40', '.'], target);
    expect(result.signal).toBeNull();
    expect(result.stderr).toMatch(/binary\.md: skipped: binary file/);
    expect(result.stderr).toMatch(/latin1\.md: skipped: not UTF-8/);
    expect(result.stderr).toMatch(/utf16\.md: skipped/);
    expect(result.stderr).toMatch(/big\.md: skipped: \d+ KB is over the 40 KB limit/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const linted = (JSON.parse(result.stdout) as { filePath: string }[]).map((file) => path.basename(file.filePath)).sort();
    expect(linted).toEqual(['bom-only.md', 'draft.md', 'empty.md', 'gaps.md']);
    expect(result.code).toBe(1);
  });

  it('a named pipe or a link to /dev/zero given by name is skipped with a message, not read', () => {
    const target = folder('special');
    const made = spawnSync('mkfifo', [path.join(target, 'pipe.md')]);
    if (made.status !== 0) return expect.soft(made.status, 'mkfifo unavailable').toBe(0);
    symlinkSync('/dev/zero', path.join(target, 'zero.md'));
    const result = run(['pipe.md', 'zero.md', 'draft.md'], target);
    expect(result.signal).toBeNull();
    expect(result.stderr).toMatch(/pipe\.md: skipped: not a regular file/);
    expect(result.stderr).toMatch(/zero\.md: skipped: not a regular file/);
    expect(result.stdout).toMatch(/1 draft checked/);
  });

  it('symbolic link loops and dangling links met in a folder are reported; a folder linking to its parent is not followed; the rest is linted', () => {
    const target = folder('links');
    symlinkSync('loop-b.md', path.join(target, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(target, 'loop-b.md'));
    symlinkSync('/nonexistent/draft.md', path.join(target, 'dangling.md'));
    mkdirSync(path.join(target, 'sub'));
    symlinkSync('..', path.join(target, 'sub', 'up'));
    const result = run(['--format', 'json', '.'], target);
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).toMatch(/loop-a\.md: skipped: symbolic link loop/);
    expect(result.stderr).toMatch(/loop-b\.md: skipped: symbolic link loop/);
    expect(result.stderr).toMatch(/dangling\.md: skipped: symbolic link to a missing file/);
    expect(result.stderr).not.toMatch(/up/);
    const linted = (JSON.parse(result.stdout) as { filePath: string }[]).map((file) => path.relative(target, file.filePath));
    expect(linted).toEqual(['draft.md']);
    // A broken link is not the draft's fault: the clean draft still passes.
    expect(result.code).toBe(0);
  });

  it('a linked draft met in a folder or glob is linted once, and a linked folder is not entered', () => {
    const target = folder('linked-draft');
    const elsewhere = folder('elsewhere');
    copyFileSync(path.join(samplesDir, 'lcspr-gaps.md'), path.join(elsewhere, 'gaps.md'));
    symlinkSync(path.join(elsewhere, 'gaps.md'), path.join(target, 'shared-gaps.md'));
    symlinkSync('draft.md', path.join(target, 'same-draft.md'));
    symlinkSync(elsewhere, path.join(target, 'linked-folder'));
    for (const pattern of ['.', '*.md']) {
      const result = run(['--format', 'json', pattern], target);
      expect(result.stderr).toBe('');
      const linted = (JSON.parse(result.stdout) as { filePath: string; errorCount: number }[]).map((file) => [path.relative(target, file.filePath), file.errorCount > 0]);
      expect(linted, pattern).toEqual([
        ['draft.md', false],
        ['shared-gaps.md', true],
      ]);
    }
  });

  it('a symbolic link loop named on the command line is reported, and the other draft still linted', () => {
    const target = folder('named-loop');
    symlinkSync('loop-b.md', path.join(target, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(target, 'loop-b.md'));
    const result = run(['--format', 'json', 'loop-a.md', 'draft.md'], target);
    expect(result.signal).toBeNull();
    expect(result.stderr).toMatch(/loop-a\.md/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1);
  });

  it('--fix touches only the drafts it fixes', () => {
    const target = folder('fix-only');
    copyFileSync(path.join(samplesDir, 'lcspr-gaps.md'), path.join(target, 'gaps.md'));
    writeFileSync(path.join(target, 'notes.txt'), 'not a draft');
    const before = { draft: readFileSync(path.join(target, 'draft.md'), 'utf8'), notes: readFileSync(path.join(target, 'notes.txt'), 'utf8'), gaps: readFileSync(path.join(target, 'gaps.md'), 'utf8') };
    run(['--fix', 'gaps.md'], target);
    expect(readFileSync(path.join(target, 'draft.md'), 'utf8')).toBe(before.draft);
    expect(readFileSync(path.join(target, 'notes.txt'), 'utf8')).toBe(before.notes);
    expect(readFileSync(path.join(target, 'gaps.md'), 'utf8')).not.toBe(before.gaps);
  });
});
