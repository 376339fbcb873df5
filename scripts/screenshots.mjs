#!/usr/bin/env node
// `npm run screenshots`: regenerates docs/images/ (diagnostics, panel, name-quick-fix, snippets, panel-light) by running
// test/integration/screenshots/*.test.ts in the offline VS Code harness (fixture workspace
// test/fixtures/workspace, window 1400x900). The panel shot is skipped, with a notice, while the
// csprLint.showCoverage command does not exist. Extra options go to scripts/test-integration.mjs
// (e.g. --extension-path DIR, --vsix PATH, --viewport 1280x800, --verbose).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
const i = extra.indexOf('--screenshot-dir');
const outDir = i >= 0 && extra[i + 1] ? path.resolve(extra.splice(i, 2)[1]) : path.join(root, 'docs', 'images');
fs.mkdirSync(outDir, { recursive: true });
const started = Date.now();
const r = spawnSync(process.execPath, [
  path.join(root, 'scripts', 'test-integration.mjs'),
  '--layout', 'screenshots',
  '--screenshot-dir', outDir,
  ...extra,
], { cwd: root, stdio: 'inherit' });
for (const name of ['diagnostics.png', 'panel.png', 'name-quick-fix.png', 'snippets.png', 'panel-light.png']) {
  const f = path.join(outDir, name);
  const fresh = fs.existsSync(f) && fs.statSync(f).mtimeMs >= started;
  console.log(`[screenshots] ${path.relative(root, f) || f}: ${fresh ? `written (${fs.statSync(f).size} bytes)` : 'not written by this run'}`);
}
process.exit(r.status ?? 1);
