// docs/configuration.md and docs/cli.md stay true to the code: every key, option and CLI flag is
// documented, and the examples are valid configs, JSON and workflow YAML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseJsonc } from 'jsonc-parser';
import { HELP } from '../../../src/cli/args';
import { configSchema, loadConfigFile } from '../../../src/config/index';
import { RULES } from '../../../src/engine/index';

const repoRoot = path.join(__dirname, '..', '..', '..');
const configurationDoc = readFileSync(path.join(repoRoot, 'docs', 'configuration.md'), 'utf8');
const cliDoc = readFileSync(path.join(repoRoot, 'docs', 'cli.md'), 'utf8');

function fencedBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g'))].map((match) => match[1]);
}

describe('docs/configuration.md', () => {
  it('documents every config key', () => {
    for (const key of Object.keys(configSchema.shape)) expect(configurationDoc, key).toMatch(new RegExp(`^### .*\`${key.replace('$', '\\$')}\``, 'm'));
  });

  it('documents every rule and every rule option with its default', () => {
    for (const rule of RULES) {
      expect(configurationDoc).toContain(`[\`${rule.meta.id}\`](rules/${rule.meta.id}.md) | ${rule.meta.defaultSeverity} |`);
      if (!rule.options) continue;
      const defaults = rule.options.parse({}) as Record<string, unknown>;
      for (const [option, value] of Object.entries(defaults)) expect(configurationDoc, `${rule.meta.id}.${option}`).toContain(`\`${option}\` (${String(value)})`);
    }
  });

  it('every example is a valid config', async () => {
    const examples = fencedBlocks(configurationDoc, 'jsonc').filter((block) => parseJsonc(block)?.constructor === Object);
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const example of examples) {
      // Shared team configs the examples extend exist as empty configs.
      const host = { readFile: async (file: string) => (file === '/repo/.cspr-lint.json' ? example : file.endsWith('.json') ? '{}' : undefined) };
      await expect(loadConfigFile('/repo/.cspr-lint.json', host), example).resolves.toBeDefined();
    }
  });
});

describe('docs/cli.md', () => {
  it('documents every option the command accepts', () => {
    const options = [...new Set(HELP.match(/--[a-z-]+/g))];
    expect(options.length).toBeGreaterThanOrEqual(14);
    for (const option of options) expect(cliDoc, option).toContain(`\`${option}`);
    expect(cliDoc).toContain('report <draft> --out');
  });

  it('documents the three exit codes and the four formats', () => {
    for (const code of ['`0`', '`1`', '`2`']) expect(cliDoc).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    for (const format of ['stylish', 'json', 'sarif', 'github']) expect(cliDoc).toMatch(new RegExp(`^### ${format}`, 'm'));
  });

  it('the JSON example has the contract shape', () => {
    const [example] = fencedBlocks(cliDoc, 'json');
    const [file] = JSON.parse(example);
    expect(Object.keys(file)).toEqual(['filePath', 'template', 'messages', 'errorCount', 'warningCount', 'coverage']);
    expect(Object.keys(file.messages[0])).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
  });

  it('the GitHub Actions example is a workflow that annotates and uploads SARIF', () => {
    const workflow = fencedBlocks(cliDoc, 'yaml').map((block) => parseYaml(block)).find((doc) => doc?.jobs);
    const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs['cspr-lint'].steps;
    expect(steps.some((step) => step.run?.includes('--format github'))).toBe(true);
    const sarifStep = steps.find((step) => step.run?.includes('--format sarif'));
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(sarifStep?.run).toMatch(/> (\S+)/);
    expect(upload?.with?.sarif_file).toBe(/> (\S+)/.exec(sarifStep!.run!)![1]);
    expect(workflow.permissions['security-events']).toBe('write');
  });
});
