// `npm run package`: build, then package the extension offline with @vscode/vsce from the harness
// cache (installed by scripts/install-test-prereqs.sh with --ignore-scripts; nothing downloads).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cache = process.env.HARNESS_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'vscode-harness');
const env = JSON.parse(readFileSync(path.join(cache, 'harness.env.json'), 'utf8'));
const vsce = env.vsce;
if (!vsce || !existsSync(vsce)) {
  console.error(`@vscode/vsce not found in ${cache}; run: bash scripts/install-test-prereqs.sh`);
  process.exit(2);
}
execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.argv[2] ?? `${name}-${version}.vsix`;
execFileSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--out', out], { stdio: 'inherit' });
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
