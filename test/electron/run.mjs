#!/usr/bin/env node
// `npm run test:electron`: the same integration suites through @vscode/test-electron, i.e. in a
// downloaded desktop VS Code (needs internet: update.code.visualstudio.com). Offline, use
// `npm run test:integration` (code-server + Chromium) instead.
//
//   node test/electron/run.mjs [--layout NAME ...] [--grep PATTERN]
// Env: VSCODE_TEST_VERSION (default 'stable'; e.g. '1.96.0' for the oldest supported engine),
//      VSCODE_TEST_CACHE (download cache, default .test-artifacts/vscode-test).
// On a Linux machine without a display run it under xvfb-run.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import path from 'node:path';
import { LAYOUTS, buildSuites, indexJs, repoRoot, suitesByLayout } from '../harness/suites.mjs';

const argv = process.argv.slice(2);
const wanted = [];
let grep;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--layout') wanted.push(argv[++i]);
  else if (argv[i] === '--grep') grep = argv[++i];
  else { console.error(`unknown argument ${argv[i]}`); process.exit(2); }
}
for (const l of wanted) if (!LAYOUTS[l]) { console.error(`unknown layout ${l}`); process.exit(2); }

if (!fs.existsSync(path.join(repoRoot, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing - run `npm run build` first');
  process.exit(1);
}
await buildSuites();
const suites = suitesByLayout();
const layouts = wanted.length ? wanted : Object.keys(LAYOUTS).filter((l) => !LAYOUTS[l].onDemand && suites[l].length);

// Download (or reuse) VS Code once for all layouts.
let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    // downloads go to .test-artifacts/ (git-ignored), not .vscode-test/
    cachePath: process.env.VSCODE_TEST_CACHE || path.join(repoRoot, '.test-artifacts', 'vscode-test'),
  });
} catch (e) {
  console.error(`[electron] cannot download VS Code (${e && e.message ? e.message : e}); without internet use \`npm run test:integration\``);
  process.exit(1);
}

const failed = [];
for (const layout of layouts) {
  console.log(`[electron] ---- layout ${layout}: ${suites[layout].join(', ')}`);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: indexJs,
      launchArgs: [LAYOUTS[layout].workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { CSPR_TEST_LAYOUT: layout, CSPR_REPO_ROOT: repoRoot, ...(grep ? { CSPR_TEST_GREP: grep } : {}) },
    });
  } catch (e) {
    console.error(`[electron] layout ${layout} failed: ${e && e.message ? e.message : e}`);
    failed.push(layout);
  }
}
console.log(`[electron] ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all layouts passed'}`);
process.exit(failed.length ? 1 : 0);
