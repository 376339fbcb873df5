// The CLI's fix/suggestion model: --fix applies fixes only; --fix-suggestions RULE[,RULE] (with
// --fix) also applies the first suggestion of those rules' findings; --format json lists each
// message's suggestions as [{ desc, fix: { range, text } }].
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capture } from './capture';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-fix-suggestions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const DRAFT = '# Review of Child L\n\n## Background\n\nThe rapid review recommended an LCSPR. Child L was briefly LAC and was seen in ED.\n';

async function run(args: string[], text = DRAFT) {
  const file = path.join(dir, 'draft.md');
  writeFileSync(file, text);
  const stdout = capture();
  const stderr = capture();
  const code = await main([...args, 'draft.md'], { cwd: dir, stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text(), after: readFileSync(file, 'utf8') };
}

describe('--fix and --fix-suggestions', () => {
  it('--fix alone leaves suggestions (spelling out acronyms, rewording) unapplied', async () => {
    const { after } = await run(['--fix']);
    expect(after).toBe(DRAFT);
  });

  it('--fix --fix-suggestions applies the named rules\' first suggestions, keeping the grammar', async () => {
    const { after } = await run(['--fix', '--fix-suggestions', 'undefined-acronym']);
    expect(after).toContain('recommended a Local Child Safeguarding Practice Review (LCSPR).');
    expect(after).toContain('was briefly a looked-after child (LAC)');
    expect(after).toContain('seen in the Emergency Department (ED).');
  });

  it('takes a comma-separated list; a suggestion overlapping one already taken is left out, not the whole batch', async () => {
    const { after, stderr } = await run(['--fix', '--fix-suggestions', 'language-matters,undefined-acronym']);
    expect(stderr).not.toMatch(/overlap/);
    expect(after).toContain('Child L was briefly looked after and');
    expect(after).toContain('a Local Child Safeguarding Practice Review (LCSPR)');
  });

  it('is a usage error without --fix or with an unknown rule', async () => {
    expect((await run(['--fix-suggestions', 'undefined-acronym'])).code).toBe(2);
    const unknown = await run(['--fix', '--fix-suggestions', 'undefined-acronyms']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--fix-suggestions undefined-acronyms: unknown rule/);
    expect(unknown.after).toBe(DRAFT);
  });

  it('--format json lists suggestions under each message as { desc, fix: { range, text } }', async () => {
    const { stdout } = await run(['--format', 'json']);
    const [file] = JSON.parse(stdout);
    const acronym = file.messages.find((message: { ruleId: string; message: string }) => message.ruleId === 'undefined-acronym' && message.message.includes('LCSPR'));
    const [suggestion] = acronym.suggestions;
    expect(suggestion.desc).toMatch(/LCSPR/);
    expect(DRAFT.slice(suggestion.fix.range[0], suggestion.fix.range[1])).toBe('an LCSPR');
    expect(suggestion.fix.text).toBe('a Local Child Safeguarding Practice Review (LCSPR)');
    expect(acronym.fix).toBeUndefined();
  });
});
