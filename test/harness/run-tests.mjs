#!/usr/bin/env node
// Run a VS Code extension's integration tests inside a real (Node) VS Code extension host,
// offline: code-server (VS Code server + web workbench) driven by headless Chromium via playwright-core.
// Adapted for cspr-lint from /work/shared/vscode-harness/run-tests.mjs; prerequisites come from
// scripts/install-test-prereqs.sh. Normally called through scripts/test-integration.mjs.
//
// Changes from the reference: --workspace may be a .code-workspace file (multi-root); --viewport WxH;
// the extension host also sees HARNESS_SCREENSHOT_DIR, and after each screenshot the runner writes
// ARTIFACTS_DIR/NAME.screenshot.json ({ file } or { error }) so a test can wait until the shot is taken.
//
// Usage:
//   node run-tests.mjs --extensionDevelopmentPath /abs/ext --extensionTestsPath /abs/ext/out/test/index.js \
//        [--workspace /abs/folder] [--timeout 300] [--screenshot /abs/shot.png] [--verbose] \
//        [--screenshot-dir DIR] [--user-data-dir DIR] [--extensions-dir DIR] [--keep-data] [--install-extension ID_OR_VSIX ...] \
//        [--setting key=jsonValue ...] [--code-server-arg ARG ...] [--port N] [--headed] [--no-isolate-xdg]
//        [--artifacts-dir DIR] [--dump-webviews] [--test-host node|web] [--viewport 1400x900]
//
// --extensionDevelopmentPath may be omitted: the runner then uses an empty stub extension as the
// development extension, so the tests run against the *installed* extensions (e.g. --install-extension x.vsix).
// The tests run in the extension host of the development extension: Node for one with `main` (or neither),
// the browser's web worker for one with only `browser` (--test-host web makes the stub browser-only).
// Extensions are only visible (vscode.extensions.getExtension) from the host they run in.
//
// Test markers (log them from the tests with console.log):
//   [harness:screenshot] NAME     -> SCREENSHOT_DIR/NAME.png (with --screenshot-dir)
//   [harness:dump-webviews] NAME  -> ARTIFACTS_DIR/NAME.webviews.json (with --dump-webviews): url, text and
//                                    HTML of every webview frame. The extension host sees ARTIFACTS_DIR as
//                                    process.env.HARNESS_ARTIFACTS_DIR (and HARNESS_DUMP_WEBVIEWS=1), so a
//                                    test can poll for the file and assert on the webview's rendered DOM.
//   [harness:click-webview] NAME CSS-SELECTOR
//                                 -> (with --dump-webviews) a real mouse click, through Playwright, on the first
//                                    element matching the selector in a webview frame (waiting until it is
//                                    visible and enabled); ARTIFACTS_DIR/NAME.click.json says {clicked} or {error}.
//   [harness:axe-webview] NAME CSS-SELECTOR
//                                 -> (with --dump-webviews) runs axe-core (node_modules/axe-core, WCAG 2 A/AA rules) in
//                                    every webview frame that has an element matching the selector;
//                                    ARTIFACTS_DIR/NAME.axe.json says {frames: [{url, violations, passes}]} or {error}.
//
// Exit codes: 0 = tests passed; 1 = tests failed, timed out or the harness broke.
//
// Env: HARNESS_CACHE (default ~/.cache/vscode-harness) - where install.sh put code-server/playwright-core;
//      HARNESS_ENV_FILE overrides $HARNESS_CACHE/harness.env.json.
//
// How it works: the web workbench accepts ?payload=[["extensionDevelopmentPath",URI],["extensionTestsPath",URI]].
// With vscode-remote:// URIs the dev extension is scanned and run in code-server's *Node* extension host,
// which require()s the test module and awaits its `run()`. The result is reported back to the
// browser, which calls window.codeAutomationExit(code) if present - we expose that function via playwright.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import http from 'node:http';
import util from 'node:util';

const require = createRequire(import.meta.url);
const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const log = (...a) => console.log(`[harness ${elapsed()}]`, ...a);

// ------------------------------------------------------------------ args
function parseArgs(argv) {
  const multi = new Set(['install-extension', 'setting', 'code-server-arg']);
  const flags = new Set(['verbose', 'keep-data', 'headed', 'no-isolate-xdg', 'dump-webviews']);
  const out = { 'install-extension': [], setting: [], 'code-server-arg': [] };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    a = a.slice(2);
    let val;
    const eq = a.indexOf('=');
    if (eq >= 0) { val = a.slice(eq + 1); a = a.slice(0, eq); }
    if (flags.has(a)) { out[a] = val === undefined ? true : val !== 'false'; continue; }
    if (val === undefined) val = argv[++i];
    if (val === undefined) throw new Error(`missing value for --${a}`);
    if (multi.has(a)) out[a].push(val); else out[a] = val;
  }
  return out;
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) throw new Error('--extensionTestsPath is required');
} catch (e) {
  console.error(`error: ${e.message}\nusage: node run-tests.mjs [--extensionDevelopmentPath DIR | --install-extension X.vsix [--test-host node|web]] --extensionTestsPath FILE [--workspace DIR|FILE.code-workspace] [--timeout SECONDS] [--screenshot-dir DIR] [--dump-webviews] [--viewport WxH] [--verbose]`);
  process.exit(1);
}

let extDev = args.extensionDevelopmentPath ? path.resolve(args.extensionDevelopmentPath) : undefined;
let extTests = path.resolve(args.extensionTestsPath);
const workspace = args.workspace ? path.resolve(args.workspace) : undefined;
if (args['test-host'] && extDev) console.log('warning: --test-host only applies without --extensionDevelopmentPath (the development extension decides the host)');
const timeoutSec = Number(args.timeout || process.env.HARNESS_TIMEOUT || 300);
const verbose = !!args.verbose || process.env.HARNESS_VERBOSE === '1';

const cache = process.env.HARNESS_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vscode-harness');
const envFile = process.env.HARNESS_ENV_FILE || path.join(cache, 'harness.env.json');
if (!fs.existsSync(envFile)) {
  console.error(`error: ${envFile} not found - run scripts/install-test-prereqs.sh first (HARNESS_CACHE=${cache})`);
  process.exit(1);
}
const env = JSON.parse(fs.readFileSync(envFile, 'utf8'));
for (const p of [...(extDev ? [extDev] : []), extTests, ...(workspace ? [workspace] : [])]) {
  if (!fs.existsSync(p)) { console.error(`error: path does not exist: ${p}`); process.exit(1); }
}

// ------------------------------------------------------------------ state + cleanup
let server; // child process (its own process group)
let browser;
let tmpRoot;
let finished = false;
const serverTail = [];

function killServerSync(signal) {
  if (server && server.exitCode === null && server.signalCode === null) {
    try { process.kill(-server.pid, signal); } catch { /* already gone */ }
  }
}
// last-resort: never leave code-server (and its extension host) behind
process.on('exit', () => killServerSync('SIGKILL'));

async function cleanup() {
  try { if (browser) await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 5000))]); } catch { /* ignore */ }
  browser = undefined;
  if (server && server.exitCode === null && server.signalCode === null) {
    // kill the whole process group we created (code-server + its extension host / pty host children)
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    const exited = await new Promise((r) => {
      const t = setTimeout(() => r(false), 5000);
      server.once('exit', () => { clearTimeout(t); r(true); });
    });
    if (!exited) { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* ignore */ } }
  }
  server = undefined;
  if (tmpRoot && !args['keep-data']) fs.rmSync(tmpRoot, { recursive: true, force: true });
}

async function finish(code, reason, testResult = false) {
  if (finished) return;
  finished = true;
  if (reason) log(reason);
  if (code !== 0 && !testResult && serverTail.length && !verbose) {
    console.log('---- last code-server output ----\n' + serverTail.join('\n') + '\n---------------------------------');
  }
  await cleanup();
  log(code === 0 ? 'RESULT: PASS (exit 0)' : `RESULT: FAIL (exit ${code})`);
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `received ${sig}`));
process.on('uncaughtException', (e) => finish(1, `harness error: ${e && e.stack || e}`));
process.on('unhandledRejection', (e) => finish(1, `harness error: ${e && e.stack || e}`));

// ------------------------------------------------------------------ helpers
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.unref();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const httpOk = (url) => new Promise((resolve) => {
  const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode > 0 && res.statusCode < 500); });
  req.on('error', () => resolve(false));
  req.setTimeout(2000, () => { req.destroy(); resolve(false); });
});

// Browser console -> text. VS Code's ConsoleLogger prints '%c INFO' + css + message; strip the styling.
function cleanConsoleText(msg) {
  const text = msg.text();
  if (!text.includes('%c')) return text.trimEnd();
  // text() joins the format string and the css args with spaces: drop '%c' and the css args.
  let out = text.replace(/%c/g, '');
  out = out.replace(/(^|\s)(color|font-weight|background|font-style)\s*:\s*[^\s;]+;?/g, '$1');
  return out.replace(/\s+$/, '');
}

// In "tests from CLI" mode VS Code routes the extension host's console.* through the workbench
// log service, which (because extensionTestsPath is set) also calls window.codeAutomationLog(level, args)
// - the same hook @vscode/test-web uses. Extension-host output and workbench log lines arrive mixed,
// so by default we drop well-known workbench noise; --verbose prints everything (+ browser console + server).
const NOISE = [
  /^Resolving connection token/, /^Resolved connection token/, /^Creating a socket/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/, /^ChatSessionStore/, /^Started local extension host/, /^\[perf\]/,
  /^Extension host \(\w+\) is unresponsive/, /^Failed to fetch .*(gallery|marketplace)/i,
];
function printAutomationLog(level, args) {
  const text = util.format(...(Array.isArray(args) ? args : [args]));
  if (!verbose && (level === 'trace' || level === 'debug' || NOISE.some((re) => re.test(text)))) return;
  const prefix = level === 'info' ? '' : `${level.toUpperCase()}: `;
  (level === 'error' ? console.error : console.log)(verbose ? `[log:${level}] ${text}` : prefix + text);
}

/** The webview frames of the page: inner frames hold the extension's HTML, outer ones VS Code's host page. */
function webviewFrames(page) {
  const frames = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    let outer = f; while (outer.parentFrame() && outer.parentFrame() !== page.mainFrame()) outer = outer.parentFrame();
    if (!/\/webview\/browser\/pre\//.test(outer.url()) && !/\/webview\/browser\/pre\//.test(f.url())) continue;
    frames.push({ frame: f, outer });
  }
  return frames;
}

// A test cannot reach into a webview from the extension host; the click goes through the browser as a
// user's would, so the panel's own script, its message validation and the extension's handler all run.
async function clickInWebview(page, selector, ack) {
  const writeAck = (o) => { fs.mkdirSync(path.dirname(ack), { recursive: true }); fs.writeFileSync(ack + '.tmp', JSON.stringify(o)); fs.renameSync(ack + '.tmp', ack); };
  try {
    for (const { frame } of webviewFrames(page)) {
      const target = frame.locator(selector).first();
      if ((await target.count()) === 0) continue;
      await target.click({ timeout: 10000 });
      log(`clicked ${selector} in a webview`);
      return writeAck({ clicked: true });
    }
    writeAck({ error: `no element matches ${selector} in any webview frame` });
  } catch (e) { writeAck({ error: e.message }); }
}

// axe-core runs in the webview's own document, where the theme's CSS variables apply. The source is
// evaluated through the DevTools protocol, which the webview's Content-Security-Policy does not govern.
async function axeInWebview(page, selector, ack) {
  const writeAck = (o) => { fs.mkdirSync(path.dirname(ack), { recursive: true }); fs.writeFileSync(ack + '.tmp', JSON.stringify(o, null, 2)); fs.renameSync(ack + '.tmp', ack); };
  try {
    const source = fs.readFileSync(require.resolve('axe-core/axe.min.js', { paths: [process.cwd(), path.dirname(new URL(import.meta.url).pathname)] }), 'utf8');
    const frames = [];
    for (const { frame } of webviewFrames(page)) {
      if ((await frame.locator(selector).count()) === 0) continue;
      await frame.evaluate(source);
      const result = await frame.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }, resultTypes: ['violations'] });
        const brief = (rule) => ({ id: rule.id, impact: rule.impact, help: rule.help, nodes: rule.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })) });
        return { violations: r.violations.map(brief), passes: r.passes.map((rule) => ({ id: rule.id, nodes: rule.nodes.length })) };
      });
      frames.push({ url: frame.url(), ...result });
    }
    log(`axe ran in ${frames.length} webview frame(s): ${frames.map((f) => `${f.violations.length} violation(s)`).join(', ')}`);
    writeAck(frames.length ? { frames } : { error: `no webview frame has ${selector}` });
  } catch (e) { writeAck({ error: e.message }); }
}

// Webviews are iframes of the workbench page: an outer host frame (.../webview/browser/pre/index.html?id=..&extensionId=..)
// with the extension's HTML in an inner frame (.../pre/fake.html?id=..). Playwright sees both in page.frames().
// Write url/extensionId/text/html of every webview frame to `file` (written atomically: tests may poll for it).
async function dumpWebviewFrames(page, file) {
  try {
    const frames = [];
    for (const { frame: f, outer } of webviewFrames(page)) {
      const url = f.url();
      const info = { url, inner: f !== outer, extensionId: new URL(outer.url()).searchParams.get('extensionId') };
      try {
        info.title = await f.title();
        info.text = await f.evaluate(() => (document.body ? document.body.innerText : ''));
        info.html = await f.content();
      } catch (e) { info.error = e.message; }
      frames.push(info);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file + '.tmp', JSON.stringify({ time: new Date().toISOString(), frames }, null, 2));
    fs.renameSync(file + '.tmp', file);
    log(`webview dump written to ${file} (${frames.length} webview frame(s))`);
    for (const fr of frames) if (fr.text) log(`  webview ${fr.extensionId || '?'} text: ${JSON.stringify(fr.text.slice(0, 200))}`);
  } catch (e) { log(`webview dump ${file} failed: ${e.message}`); }
}

// ------------------------------------------------------------------ main
async function main() {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-ext-test-'));
  const userDataDir = path.resolve(args['user-data-dir'] || path.join(tmpRoot, 'user-data'));
  const extensionsDir = path.resolve(args['extensions-dir'] || path.join(tmpRoot, 'extensions'));
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // per-run by default (removed with the temp dir unless --keep-data); --artifacts-dir DIR keeps them
  const artifactsDir = path.resolve(args['artifacts-dir'] || path.join(tmpRoot, 'artifacts'));
  fs.mkdirSync(artifactsDir, { recursive: true });
  const dumpWebviews = !!args['dump-webviews'];

  // No --extensionDevelopmentPath: test the installed extensions. VS Code needs *some* development
  // extension to pick the (Node) extension host that runs the tests, so use an empty stub.
  if (!extDev) {
    extDev = path.join(tmpRoot, 'harness-test-host');
    fs.mkdirSync(extDev, { recursive: true });
    // --test-host web: a browser-only stub, so the tests run in the web worker extension host
    // (where browser-only extensions run); default: the Node extension host.
    const webHost = args['test-host'] === 'web';
    fs.writeFileSync(path.join(extDev, 'package.json'), JSON.stringify({
      name: 'harness-test-host', publisher: 'vscode-harness', version: '0.0.0', engines: { vscode: '^1.60.0' },
      ...(webHost ? { browser: './stub.js' } : {}),
    }, null, 2));
    if (webHost) {
      fs.writeFileSync(path.join(extDev, 'stub.js'), 'exports.activate = function () {};\n');
      // VS Code runs the tests in the host of the extension whose folder *contains* the test module
      // (a module outside every extension -> the remote Node host). So copy the (single-file, bundled)
      // suite into the browser-only stub.
      const copy = path.join(extDev, 'tests', path.basename(extTests));
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.copyFileSync(extTests, copy);
      extTests = copy;
    }
    log(`no --extensionDevelopmentPath: using a stub development extension (${webHost ? 'web worker' : 'Node'} extension host); testing installed extensions`);
  }

  // Quiet, deterministic settings (server-side user settings for code-server).
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'window.restoreWindows': 'none',
    // As in desktop VS Code: a test's unsaved edit to a fixture never reaches the disk by itself
    // (code-server's default, afterDelay, saved edits that tests then reverted in the editor only).
    'files.autoSave': 'off',
  };
  for (const kv of args.setting) {
    const i = kv.indexOf('=');
    const k = kv.slice(0, i); const v = kv.slice(i + 1);
    try { settings[k] = JSON.parse(v); } catch { settings[k] = v; }
  }
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));

  // Keep code-server (~/.local/share/code-server), @vscode/deviceid (~/.cache) and chromium (~/.config/chromium)
  // from writing into $HOME and from sharing state between parallel runs. --no-isolate-xdg disables this.
  const xdgEnv = args['no-isolate-xdg'] ? {} : {
    XDG_DATA_HOME: path.join(tmpRoot, 'xdg', 'data'),
    XDG_CONFIG_HOME: path.join(tmpRoot, 'xdg', 'config'),
    XDG_CACHE_HOME: path.join(tmpRoot, 'xdg', 'cache'),
  };
  for (const d of Object.values(xdgEnv)) fs.mkdirSync(d, { recursive: true });

  const nodeBin = process.execPath;
  const entry = env.codeServerEntry;
  const commonArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  // Optional: pre-install dependency extensions (from .vsix files; gallery needs network).
  for (let ext of args['install-extension']) {
    if (/\.vsix$/i.test(ext)) ext = path.resolve(ext); // a path (else a gallery id, which needs network)
    log(`installing extension ${ext}`);
    const t = Date.now();
    const r = await new Promise((resolve) => {
      const p = spawn(nodeBin, [entry, ...commonArgs, '--config', path.join(tmpRoot, 'code-server-config.yaml'), '--install-extension', ext],
        { stdio: 'inherit', env: { ...process.env, ...xdgEnv, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{"serviceUrl":""}' } });
      p.on('exit', (c) => resolve(c));
    });
    if (r !== 0) throw new Error(`--install-extension ${ext} failed (${r})`);
    log(`installed ${ext} in ${Date.now() - t} ms`);
  }

  const port = Number(args.port || 0) || await freePort();
  const host = `127.0.0.1:${port}`;
  const csArgs = [
    entry,
    '--auth', 'none',
    '--bind-addr', host,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config', path.join(tmpRoot, 'code-server-config.yaml'), // don't create ~/.config/code-server/config.yaml
    ...commonArgs,
    ...args['code-server-arg'],
  ];
  log(`starting code-server ${env.codeServerVersion} on ${host}`);
  server = spawn(nodeBin, csArgs, {
    detached: true, // own process group -> we can kill exactly what we started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, ...xdgEnv, VSCODE_CLI: undefined, ELECTRON_RUN_AS_NODE: undefined, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{"serviceUrl":""}',
      // inherited by the extension host -> visible to the tests
      HARNESS_ARTIFACTS_DIR: artifactsDir, HARNESS_DUMP_WEBVIEWS: dumpWebviews ? '1' : '0',
      HARNESS_SCREENSHOT_DIR: args['screenshot-dir'] ? path.resolve(args['screenshot-dir']) : '',
    },
  });
  const onServerLine = (line) => {
    if (!line) return;
    serverTail.push(line); if (serverTail.length > 60) serverTail.shift();
    if (verbose) console.log(`[server] ${line}`);
  };
  for (const stream of [server.stdout, server.stderr]) {
    let buf = '';
    stream.on('data', (d) => { buf += d; let i; while ((i = buf.indexOf('\n')) >= 0) { onServerLine(buf.slice(0, i)); buf = buf.slice(i + 1); } });
  }
  server.on('exit', (code, sig) => { if (!finished) finish(1, `code-server exited unexpectedly (code ${code}, signal ${sig})`); });

  const deadline = Date.now() + timeoutSec * 1000;
  const overall = setTimeout(() => finish(1, `TIMEOUT after ${timeoutSec}s - no test result from the extension host`), timeoutSec * 1000);
  overall.unref();

  while (!(await httpOk(`http://${host}/healthz`))) {
    if (Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  log('code-server is up');

  const { chromium } = require(env.playwrightCore);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || env.chromium,
    headless: !args.headed,
    // we do our own signal handling (playwright's default SIGINT handler would exit before code-server is killed)
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    env: { ...process.env, ...xdgEnv },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--no-first-run', '--no-default-browser-check', '--disable-extensions'],
  });
  const [vw, vh] = String(args.viewport || '1400x900').split('x').map(Number);
  const context = await browser.newContext({ viewport: { width: vw || 1400, height: vh || 900 } });
  const page = await context.newPage();

  let resolveExit;
  const exitPromise = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    if (verbose && Array.isArray(logs)) {
      for (const l of logs) console.log(`---- ${l.relativePath} ----\n${l.contents}`);
    }
    resolveExit(code);
  });

  // On-demand screenshots: test code logs "[harness:screenshot] NAME" -> DIR/NAME.png
  const shotDir = args['screenshot-dir'] ? path.resolve(args['screenshot-dir']) : undefined;
  const pendingShots = [];
  await page.exposeFunction('codeAutomationLog', (level, args) => printAutomationLog(String(level), args));
  page.on('console', (msg) => {
    const text = cleanConsoleText(msg);
    const m = /\[harness:screenshot\]\s+([\w.-]+)/.exec(text);
    if (m && shotDir) {
      const file = path.join(shotDir, `${m[1]}.png`);
      const ack = path.join(artifactsDir, `${m[1]}.screenshot.json`);
      fs.mkdirSync(shotDir, { recursive: true });
      fs.rmSync(ack, { force: true });
      const writeAck = (o) => { fs.writeFileSync(ack + '.tmp', JSON.stringify(o)); fs.renameSync(ack + '.tmp', ack); };
      pendingShots.push(page.screenshot({ path: file }).then(
        () => { log(`screenshot written to ${file}`); writeAck({ file }); },
        (e) => { log(`screenshot ${file} failed: ${e.message}`); writeAck({ error: e.message }); }));
    }
    const d = /\[harness:dump-webviews\]\s+([\w.-]+)/.exec(text);
    if (d && dumpWebviews) pendingShots.push(dumpWebviewFrames(page, path.join(artifactsDir, `${d[1]}.webviews.json`)));
    const c = /\[harness:click-webview\]\s+([\w.-]+)\s+(.+)$/.exec(text);
    if (c && dumpWebviews) pendingShots.push(clickInWebview(page, c[2].trim(), path.join(artifactsDir, `${c[1]}.click.json`)));
    const x = /\[harness:axe-webview\]\s+([\w.-]+)\s+(.+)$/.exec(text);
    if (x && dumpWebviews) pendingShots.push(axeInWebview(page, x[2].trim(), path.join(artifactsDir, `${x[1]}.axe.json`)));
    if (verbose) console.log(`[browser:${msg.type()}] ${text}`);
  });
  page.on('pageerror', (e) => { if (verbose) console.log(`[browser:pageerror] ${e.message}`); });

  const remote = (p) => `vscode-remote://${host}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extDev)],
    ['extensionTestsPath', remote(extTests)],
  ];
  // a .code-workspace file opens as a (multi-root) workspace, a directory as a folder
  const target = !workspace ? 'ew=true'
    : /\.code-workspace$/.test(workspace) ? `workspace=${encodeURIComponent(workspace)}` : `folder=${encodeURIComponent(workspace)}`;
  const url = `http://${host}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`opening workbench ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });

  const code = await exitPromise;
  log(`extension host test runner finished with exit code ${code}`);
  await Promise.allSettled(pendingShots);
  if (args.screenshot) {
    try {
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.resolve(args.screenshot) });
      log(`screenshot written to ${path.resolve(args.screenshot)}`);
    } catch (e) { log(`screenshot failed: ${e.message}`); }
  }
  clearTimeout(overall);
  await finish(code === 0 ? 0 : 1, undefined, true);
}

main().catch((e) => finish(1, `harness error: ${e && e.stack || e}`));
