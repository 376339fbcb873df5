// The starter config `cspr-lint --init` writes: valid JSON with Comments, and no remote "$schema"
// (VS Code validates .cspr-lint.json with the bundled schema; a remote URL cannot load offline
// and would override it, so a typo in a rule name would no longer be flagged).
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG, loadConfigFile } from '../../../src/config/index';

describe('--init starter config', () => {
  it('names no remote $schema and loads without errors', async () => {
    expect(STARTER_CONFIG).not.toMatch(/\$schema/);
    expect(STARTER_CONFIG).not.toMatch(/https?:\/\/[^\s"]*\.json/);
    const config = await loadConfigFile('/ws/.cspr-lint.json', { readFile: async (file) => (file === '/ws/.cspr-lint.json' ? STARTER_CONFIG : undefined) }, { workspace: '/ws' });
    expect(config.path).toBe('/ws/.cspr-lint.json');
  });
});
