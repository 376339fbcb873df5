#!/usr/bin/env node
// Integration tests in a real VS Code, offline (issue #4). `npm run test:integration` runs this.
//
//   1. scripts/install-test-prereqs.sh (instant when everything is cached)
//   2. builds the extension (`node esbuild.mjs`) if dist/extension.js is missing or older than src/
//   3. bundles test/integration/**/*.test.ts into out-test/integration/
//   4. one harness run (test/harness/run-tests.mjs: code-server + headless Chromium) per layout that
//      has suites: workspace, no-config, multi-root (see test/harness/suites.mjs)
//   Exit code 0 when every run passed, else 1. Artifacts (screenshots, webview dumps): .test-artifacts/<layout>/
//
// Options:
//   --vsix PATH            test an installed .vsix instead of the working tree (no development extension)
//   --package              package the working tree with vsce into .test-artifacts/cspr-lint.vsix and test that
//   --layout NAME          only this layout (repeatable): workspace | no-config | multi-root | screenshots
//   --grep PATTERN         only tests whose full title matches (mocha grep)
//   --extension-path DIR   development extension folder (default: the repository root)
//   --screenshot-dir DIR   where [harness:screenshot] NAME goes (default .test-artifacts/<layout>/screenshots)
//   --timeout SECONDS      per harness run (default 300)
//   --viewport WxH         browser window size (default 1400x900)
//   --parallel             run the layouts at the same time (output lines prefixed with [layout])
//   --no-install  --no-build  --verbose
//   -- ARGS                passed on to test/harness/run-tests.mjs
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LAYOUTS, buildSuites, indexJs, repoRoot, suitesByLayout } from '../test/harness/suites.mjs';

const t0 = Date.now();
const secs = (ms) => (ms / 1000).toFixed(1) + 's';
const say = (msg) => console.log(`[integration] ${msg}`);

function parseArgs(argv) {
  const o = { layout: [], passthrough: [], install: true, build: true, verbose: false, package: false, parallel: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) usage(`missing value for ${a}`); return v; };
    switch (a) {
      case '--vsix': o.vsix = path.resolve(val()); break;
      case '--package': o.package = true; break;
      case '--layout': o.layout.push(val()); break;
      case '--grep': o.grep = val(); break;
      case '--extension-path': o.extensionPath = path.resolve(val()); break;
      case '--screenshot-dir': o.screenshotDir = path.resolve(val()); break;
      case '--timeout': o.timeout = val(); break;
      case '--viewport': o.viewport = val(); break;
      case '--no-install': o.install = false; break;
      case '--no-build': o.build = false; break;
      case '--verbose': o.verbose = true; break;
      case '--parallel': o.parallel = true; break;
      case '--': o.passthrough.push(...argv.slice(i + 1)); i = argv.length; break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown option ${a}`);
    }
  }
  for (const l of o.layout) if (!LAYOUTS[l]) usage(`unknown layout ${l} (${Object.keys(LAYOUTS).join(', ')})`);
  return o;
}

function usage(err) {
  const text = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n');
  if (err) { console.error(`error: ${err}\n`); console.error(text); process.exit(2); }
  console.log(text); process.exit(0);
}

const opts = parseArgs(process.argv.slice(2));

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const st = fs.statSync(path.join(dir, String(f)));
    if (st.isFile()) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

function runSync(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) { console.error(`[integration] ${what} failed (${r.status ?? r.signal})`); process.exit(1); }
}

// ------------------------------------------------------------------ 1. prerequisites
if (opts.install) runSync('bash', [path.join(repoRoot, 'scripts/install-test-prereqs.sh')], 'scripts/install-test-prereqs.sh');

// ------------------------------------------------------------------ 2. the extension under test
const artifactsRoot = path.join(repoRoot, '.test-artifacts');
let extensionPath = opts.vsix || opts.package ? undefined : opts.extensionPath ?? repoRoot;
let vsix = opts.vsix;
if (extensionPath === repoRoot && opts.build) {
  const built = path.join(repoRoot, 'dist/extension.js');
  const stale = !fs.existsSync(built) || newestMtime(path.join(repoRoot, 'src')) > fs.statSync(built).mtimeMs;
  if (stale) { say('building the extension (node esbuild.mjs)'); runSync(process.execPath, ['esbuild.mjs'], 'node esbuild.mjs'); }
}
if (extensionPath && !fs.existsSync(path.join(extensionPath, 'package.json'))) {
  console.error(`[integration] no package.json in ${extensionPath}`); process.exit(1);
}
if (opts.package) {
  const harnessEnv = JSON.parse(fs.readFileSync(path.join(process.env.HARNESS_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(process.env.HOME, '.cache'), 'vscode-harness'), 'harness.env.json'), 'utf8'));
  if (!harnessEnv.vsce) { console.error('[integration] vsce is not installed; run scripts/install-test-prereqs.sh'); process.exit(1); }
  if (opts.build) runSync(process.execPath, ['esbuild.mjs'], 'node esbuild.mjs');
  fs.mkdirSync(artifactsRoot, { recursive: true });
  vsix = path.join(artifactsRoot, 'cspr-lint.vsix');
  say(`packaging ${path.relative(repoRoot, vsix)}`);
  runSync(harnessEnv.vsce, ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], 'vsce package');
}
if (vsix && !fs.existsSync(vsix)) { console.error(`[integration] no such .vsix: ${vsix}`); process.exit(1); }

// ------------------------------------------------------------------ 3. suites
if (opts.build || !fs.existsSync(indexJs)) await buildSuites();
const suites = suitesByLayout();
const layouts = opts.layout.length ? opts.layout : Object.keys(LAYOUTS).filter((l) => !LAYOUTS[l].onDemand && suites[l].length);

// ------------------------------------------------------------------ 4. one harness run per layout
const children = new Set();
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (!children.size) process.exit(1);
    for (const c of children) c.kill(sig); // each runner cleans up its code-server + chromium, then exits
  });
}

function runLayout(layout, prefix) {
  const artifacts = path.join(artifactsRoot, layout);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const args = [
    path.join(repoRoot, 'test/harness/run-tests.mjs'),
    ...(extensionPath ? ['--extensionDevelopmentPath', extensionPath] : []),
    ...(vsix ? ['--install-extension', vsix] : []),
    '--extensionTestsPath', indexJs,
    '--workspace', LAYOUTS[layout].workspace,
    '--artifacts-dir', artifacts,
    '--screenshot-dir', opts.screenshotDir ?? path.join(artifacts, 'screenshots'),
    '--dump-webviews',
    ...(opts.timeout ? ['--timeout', opts.timeout] : []),
    ...(opts.viewport ? ['--viewport', opts.viewport] : []),
    ...(opts.verbose ? ['--verbose'] : []),
    ...opts.passthrough,
  ];
  const env = { ...process.env, CSPR_TEST_LAYOUT: layout, CSPR_REPO_ROOT: repoRoot };
  if (opts.grep) env.CSPR_TEST_GREP = opts.grep;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    children.add(child);
    if (prefix) {
      for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
        let buf = '';
        from.on('data', (d) => { buf += d; let i; while ((i = buf.indexOf('\n')) >= 0) { to.write(`${prefix} ${buf.slice(0, i)}\n`); buf = buf.slice(i + 1); } });
        from.on('end', () => { if (buf) to.write(`${prefix} ${buf}\n`); });
      }
    }
    child.on('exit', (code) => { children.delete(child); resolve(code ?? 1); });
  });
}

const target = vsix ? path.relative(repoRoot, vsix) || vsix : path.relative(repoRoot, extensionPath) || 'the working tree';
const runOne = async (layout) => {
  const t = Date.now();
  say(`---- layout ${layout} (${suites[layout].join(', ') || 'no suites'}) against ${target}`);
  const code = await runLayout(layout, opts.parallel ? `[${layout}]` : undefined);
  return { layout, code, ms: Date.now() - t };
};
const results = [];
if (opts.parallel) results.push(...await Promise.all(layouts.map(runOne)));
else for (const layout of layouts) results.push(await runOne(layout));

const failed = results.filter((r) => r.code !== 0);
say(`results: ${results.map((r) => `${r.layout} ${r.code === 0 ? 'PASS' : 'FAIL'} (${secs(r.ms)})`).join(', ') || 'nothing ran'}; total ${secs(Date.now() - t0)}`);
process.exit(failed.length || !results.length ? 1 : 0);
