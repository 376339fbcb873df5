// The web extension in the browser's web-worker extension host (vscode.dev-like), offline.
// Builds a browser-only copy of the extension (package.json without "main"), so VS Code runs it,
// and the single-file suite next to it, in the web worker; then runs the harness.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const ext = path.join(root, '.test-artifacts', 'web-extension');
rmSync(ext, { recursive: true, force: true });
mkdirSync(ext, { recursive: true });
spawnSync('bash', [path.join(root, 'scripts/install-test-prereqs.sh')], { stdio: 'inherit' });
spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
delete pkg.main;
writeFileSync(path.join(ext, 'package.json'), JSON.stringify(pkg, null, 2));
for (const dir of ['dist/web', 'media', 'schemas', 'snippets', 'syntaxes', 'docs/rules']) cpSync(path.join(root, dir), path.join(ext, dir), { recursive: true });
await esbuild.build({ entryPoints: [path.join(root, 'test/web/suite.ts')], outfile: path.join(ext, 'test/index.js'), bundle: true, platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'warning' });
const result = spawnSync(
  process.execPath,
  [path.join(root, 'test/harness/run-tests.mjs'), '--extensionDevelopmentPath', ext, '--extensionTestsPath', path.join(ext, 'test/index.js'), '--workspace', path.join(root, 'test/fixtures/workspace'), '--timeout', '180'],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
