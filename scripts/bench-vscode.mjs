#!/usr/bin/env node
// `npm run bench:vscode`: the extension's performance in a real VS Code (issue #17). Builds the
// extension, bundles test/perf/suite.ts (like scripts/test-web.mjs bundles its suite), runs it in
// the Node extension host through the harness (code-server + headless Chromium; the development
// extension is the repository root, so the language server is dist/server.js as a child process)
// with csprLint.debounceMs = 0, and prints the figures with their budgets. Writes
// .test-artifacts/perf/vscode-bench.json ({ figures, runs: [the suite's raw results] }).
//
// The window opens a copy of the workspace fixture (test/fixtures/workspace: its .cspr-lint.json and
// drafts) in .test-artifacts/perf/workspace/, so the generated drafts (50k and 200k words, in its
// perf-tmp/ folder) never appear in the fixture other test runs may be using; the copy is deleted
// afterwards (git-ignored in any case).
//
// Options: --runs N (default 1; each figure is then the median of the runs' values and the context
//          lists every run), --quick (20 edits, one open per size), --edits N, --opens N,
//          --configs default,quiet-markdown (see CONFIGS), --no-build, --no-install, --verbose, --from FILE (figures from an earlier vscode-bench.json), --keep (leave the generated drafts),
//          --profile (CPU profiles of the extension host during the edits and of the language server
//          for the whole run, in .test-artifacts/perf/profiles/, and a summary of who kept the extension
//          host busy; profiling slows both, so the figures of a profiled run are not comparable).
// Exit code: 0 when every run completed (budgets are reported, not enforced), 1 otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { formatTable } from '../bench/table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const quick = flag('--quick');
const runs = Number(option('--runs', '1'));
const edits = option('--edits', quick ? '20' : '100');
const opens = option('--opens', quick ? '1' : '3');
const say = (message) => console.log(`[bench:vscode] ${message}`);

const artifacts = path.join(root, '.test-artifacts', 'perf');
const suite = path.join(artifacts, 'suite', 'index.js');
const workspace = path.join(artifacts, 'workspace');
const draftsDir = path.join(workspace, 'perf-tmp');
const profiles = path.join(artifacts, 'profiles');
const resultFile = path.join(artifacts, 'vscode-bench.json');

function must(result, what) {
  if (result.status !== 0) {
    console.error(`[bench:vscode] ${what} failed (${result.status ?? result.signal})`);
    process.exit(1);
  }
}

if (!flag('--no-install')) must(spawnSync('bash', [path.join(root, 'scripts/install-test-prereqs.sh')], { stdio: 'inherit' }), 'scripts/install-test-prereqs.sh');
if (!flag('--no-build')) must(spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' }), 'node esbuild.mjs');
fs.rmSync(path.dirname(suite), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/perf/suite.ts'],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});
// The floor (test/perf/floor-server.ts): a language server that does no linting, which the suite
// measures the same way after cspr-lint, so each VS Code figure has a baseline from the same run.
const floorServer = path.join(path.dirname(suite), 'floor-server.js');
await esbuild.build({ absWorkingDir: root, entryPoints: ['test/perf/floor-server.ts'], outfile: floorServer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });

if (flag('--profile')) {
  fs.rmSync(profiles, { recursive: true, force: true });
  fs.mkdirSync(profiles, { recursive: true });
  // Loaded into the language server (NODE_OPTIONS=--require): it profiles its own thread through
  // the inspector and writes the profile on exit (a same-thread session answers synchronously).
  fs.writeFileSync(path.join(profiles, 'preload.cjs'), `const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 200 });
session.post('Profiler.start');
process.on('exit', () => session.post('Profiler.stop', (error, result) => {
  if (!error) fs.writeFileSync(${JSON.stringify(profiles)} + '/server-' + process.pid + '.cpuprofile', JSON.stringify(result.profile));
}));
`);
}

// One window per run, VS Code as installed. Its built-in Markdown extension (markdown-language-features)
// also works on every edit of a Markdown file, in the same extension host, and code-server has no
// --disable-extension to leave it out: --profile attributes the extension host's time to each extension.
// `--configs default,quiet-markdown` adds a run with the editor features that make it re-read the
// draft on every edit turned off (folding, breadcrumbs, sticky scroll, document links; its
// validation is off by default), to see what is left when it is not competing for the thread.
const CONFIGS = {
  default: { label: '', note: 'VS Code as installed', args: [] },
  'quiet-markdown': {
    label: ' (built-in Markdown features off)',
    note: "VS Code with the built-in Markdown extension's per-edit editor features off",
    args: ['editor.folding=false', 'breadcrumbs.enabled=false', 'editor.stickyScroll.enabled=false', 'editor.links=false', 'markdown.validate.enabled=false'].flatMap((setting) => ['--setting', setting]),
  },
};
const configs = option('--configs', 'default').split(',');
for (const config of configs) if (!CONFIGS[config]) throw new Error(`--configs: unknown configuration "${config}"; known: ${Object.keys(CONFIGS).join(', ')}`);

// --profile runs an unminified copy of the extension (same sources and esbuild settings, names
// kept), so the profiles name cspr-lint's functions; it lives in .test-artifacts/perf/extension/.
let extensionPath = root;
let suitePath = suite;
if (flag('--profile')) {
  extensionPath = path.join(artifacts, 'extension');
  fs.rmSync(extensionPath, { recursive: true, force: true });
  fs.mkdirSync(extensionPath, { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(extensionPath, 'package.json'));
  for (const dir of ['media', 'schemas', 'snippets', 'syntaxes', 'docs/rules', 'test/fixtures/samples']) fs.cpSync(path.join(root, dir), path.join(extensionPath, dir), { recursive: true });
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const common = { absWorkingDir: root, bundle: true, minify: false, keepNames: true, target: 'es2022', platform: 'node', format: 'cjs', logLevel: 'warning', legalComments: 'none', mainFields: ['module', 'main'], define: { __CSPR_LINT_VERSION__: JSON.stringify(version) } };
  await esbuild.build({ ...common, entryPoints: ['src/extension/node.ts'], outfile: path.join(extensionPath, 'dist/extension.js'), external: ['vscode'], loader: { '.code-snippets': 'json' } });
  await esbuild.build({ ...common, entryPoints: ['src/server/node.ts'], outfile: path.join(extensionPath, 'dist/server.js') });
  suitePath = path.join(extensionPath, 'test/perf/index.js');
  fs.mkdirSync(path.dirname(suitePath), { recursive: true });
  fs.copyFileSync(suite, suitePath);
  say(`--profile: unminified copy of the extension in ${path.relative(root, extensionPath)}`);
}

// ------------------------------------------------------------ who kept the threads busy
// Every run profiles the extension host while the author types (1 ms samples; --profile: 0.2 ms and
// the language server too): the lag probe sees every cause of a block, the profile says whose code
// ran in it, which is what the "because of linting" budget is about.
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GROUPS = [
  ['perf suite', /perf\/suite|perf\/index\.js/],
  // The extension's bundles as loaded from the repository (or the unminified --profile copy).
  ['cspr-lint', new RegExp(`${escapeRegExp(pathToFileURL(path.join(root, 'dist')).href)}/|${escapeRegExp(path.join(root, 'dist'))}/|perf/extension/dist/`)],
  ['markdown-language-features', /markdown-language-features/],
  ['markdown-math', /markdown-math/],
];
function readProfile(file) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return { profile, byId, parent };
}
/** The extension a sample belongs to: the outermost frame from an extension's script on its stack. */
function groupOf({ byId, parent }, id, memo) {
  if (memo.has(id)) return memo.get(id);
  let found;
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const match = GROUPS.find(([, re]) => re.test(byId.get(cur).callFrame.url));
    if (match) found = match[0];
  }
  const name = byId.get(id).callFrame.functionName;
  const group = name === '(idle)' ? 'idle' : found ?? (name === '(garbage collector)' ? 'garbage collection' : 'VS Code / Node');
  memo.set(id, group);
  return group;
}
function summariseHostProfile(file) {
  const read = readProfile(file);
  const { profile, byId } = read;
  const memo = new Map();
  const totals = {};
  const stretches = [];
  let stretch;
  // A sample lasts the sampling interval while the thread runs. One that lasts many times longer
  // is time the process waited for a CPU: the profiler's own sampling thread did not get to run
  // either (on this 2-CPU machine a 1 ms sample in a few lines of plain JavaScript lasted 23 ms).
  // The on-CPU figure counts each sample for at most twice the usual interval.
  const deltas = profile.timeDeltas.slice(1).filter((delta) => delta > 0).sort((a, b) => a - b);
  const capMs = (2 * (deltas[deltas.length >> 1] ?? 1000)) / 1000;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const group = groupOf(read, id, memo);
    totals[group] = (totals[group] ?? 0) + ms;
    if (group === 'idle') {
      if (stretch) stretches.push(stretch);
      stretch = undefined;
      continue;
    }
    stretch ??= { ms: 0, by: {}, onCpu: {}, frames: new Map() };
    stretch.ms += ms;
    stretch.by[group] = (stretch.by[group] ?? 0) + ms;
    stretch.onCpu[group] = (stretch.onCpu[group] ?? 0) + Math.min(ms, capMs);
    const frame = byId.get(id).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
    stretch.frames.set(key, (stretch.frames.get(key) ?? 0) + ms);
  }
  if (stretch) stretches.push(stretch);
  const r = (x) => Math.round(x * 10) / 10;
  const describe = (s) => ({ ms: r(s.ms), by: Object.fromEntries(Object.entries(s.by).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, r(v)])), top: [...s.frames].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${r(v)}`) });
  const mostly = (group) => stretches.filter((s) => (s.by[group] ?? 0) > s.ms / 2);
  return {
    file: path.relative(root, file),
    totalsMs: Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)])),
    stretches: stretches.length,
    over16Ms: stretches.filter((s) => s.ms > 16).length,
    over16MsMostlyCsprLint: mostly('cspr-lint').filter((s) => s.ms > 16).length,
    over16MsMostlyMarkdown: mostly('markdown-language-features').filter((s) => s.ms > 16).length,
    longest: [...stretches].sort((a, b) => b.ms - a.ms).slice(0, 5).map(describe),
    longestMostlyCsprLint: mostly('cspr-lint').sort((a, b) => b.ms - a.ms).slice(0, 5).map(describe),
    // The time cspr-lint's code (and what it called) held the thread within one uninterrupted busy
    // stretch: the longest, and how many stretches it kept busy for over 16 ms.
    csprLintMaxMs: r(Math.max(0, ...stretches.map((s) => s.by['cspr-lint'] ?? 0))),
    csprLintOver16Ms: stretches.filter((s) => (s.by['cspr-lint'] ?? 0) > 16).length,
    // The same, with each sample counted for at most twice the sampling interval (see above).
    sampleCapMs: r(capMs),
    csprLintOnCpuMaxMs: r(Math.max(0, ...stretches.map((s) => s.onCpu['cspr-lint'] ?? 0))),
    csprLintOnCpuOver16Ms: stretches.filter((s) => (s.onCpu['cspr-lint'] ?? 0) > 16).length,
    longestCsprLint: [...stretches].sort((a, b) => (b.by['cspr-lint'] ?? 0) - (a.by['cspr-lint'] ?? 0)).slice(0, 3).map(describe),
  };
}
function summariseServerProfile(file) {
  const { profile, byId } = readProfile(file);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = byId.get(profile.samples[i]).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-1)[0]}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  // Inclusive time of the server's main steps (a function counted once per sample, however deep it recurses).
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const STEPS = ['lint', 'evaluate', 'diagnosticsOf', 'documentState', 'panelState', 'codeLenses', 'documentSymbols', 'codeActions', 'hover', 'draftSummary', 'parse', 'stringify', 'sendDiagnostics', 'update', 'applyEdits', 'positionAt', 'getText'];
  const inclusive = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const names = new Set();
    for (let cur = profile.samples[i]; cur !== undefined; cur = parent.get(cur)) names.add(byId.get(cur).callFrame.functionName);
    for (const name of names) if (STEPS.includes(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return {
    file: path.relative(root, file),
    inclusiveMs: Object.fromEntries([...inclusive].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)])),
    topSelfMs: [...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${Math.round(v)} ${k}`),
  };
}
const results = Object.fromEntries(configs.map((config) => [config, []]));
let failed = 0;
// --from FILE: the figures of an earlier run's vscode-bench.json again (no VS Code run).
const from = option('--from', undefined);
if (from) Object.assign(results, JSON.parse(fs.readFileSync(from, 'utf8')).runs);
try {
  for (let run = 1; run <= (from ? 0 : runs); run++) {
    for (const config of configs) {
      const out = path.join(artifacts, `suite-result-${config}-${run}.json`);
      fs.rmSync(out, { force: true });
      const hostProfileDir = flag('--profile') ? path.join(profiles, config) : path.join(artifacts, 'host-profiles', `${config}-${run}`);
      fs.rmSync(hostProfileDir, { recursive: true, force: true });
      fs.rmSync(workspace, { recursive: true, force: true });
      fs.mkdirSync(workspace, { recursive: true });
      fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true, filter: (source) => !/-tmp$/.test(source) });
      say(`run ${run} of ${runs}, ${CONFIGS[config].note}: ${edits} edits, ${opens} open(s) per size; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
      const harness = spawnSync(
        process.execPath,
        [
          path.join(root, 'test/harness/run-tests.mjs'),
          '--extensionDevelopmentPath', extensionPath,
          '--extensionTestsPath', suitePath,
          '--workspace', workspace,
          '--setting', 'csprLint.debounceMs=0',
          '--timeout', '900',
          ...CONFIGS[config].args,
          ...(flag('--verbose') ? ['--verbose'] : []),
        ],
        {
          cwd: root,
          stdio: 'inherit',
          env: {
            ...process.env,
            CSPR_PERF_OUT: out,
            CSPR_PERF_DIR: draftsDir,
            CSPR_PERF_EDITS: edits,
            CSPR_PERF_OPENS: opens,
            CSPR_PERF_FLOOR_SERVER: floorServer,
            CSPR_PERF_PROFILE_DIR: hostProfileDir,
            CSPR_PERF_PROFILE_INTERVAL: flag('--profile') ? '200' : '1000',
            ...(flag('--profile') ? { CSPR_PERF_SERVER_PROFILE_DIR: profiles } : {}),
          },
        },
      );
      if (!flag('--keep')) fs.rmSync(workspace, { recursive: true, force: true });
      const hostProfile = fs.existsSync(hostProfileDir) ? fs.readdirSync(hostProfileDir).filter((f) => f.startsWith('exthost-') && f.endsWith('.cpuprofile')).map((f) => path.join(hostProfileDir, f))[0] : undefined;
      if (fs.existsSync(out)) {
        results[config].push({ ...JSON.parse(fs.readFileSync(out, 'utf8')), loadAverage: os.loadavg().map((load) => load.toFixed(2)).join(' '), ...(hostProfile ? { hostProfile: summariseHostProfile(hostProfile) } : {}) });
      }
      if (harness.status !== 0 || !fs.existsSync(out)) failed++;
    }
  }
} finally {
  if (!flag('--keep')) fs.rmSync(workspace, { recursive: true, force: true });
}

// ------------------------------------------------------------ figures (the shape bench/bench.ts uses)
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (value) => (value === null || value === undefined ? '—' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`);
const words = (n) => `${Math.round(n / 1000)}k words`;

function figuresOf(config, list) {
  const figures = [];
  if (list.length === 0) return figures;
  const suffix = config === 'default' ? '' : `-${config}`;
  const label = CONFIGS[config].label;
  const perRun = (values) => (list.length > 1 ? `; runs: ${values.map(fmt).join(', ')}` : '');
  // The budgets are for VS Code as installed; another configuration's rows are context beside them.
  const figure = (id, text, values, defaultBudget, context) => {
    const budget = config === 'default' ? defaultBudget : null;
    const value = median(values.filter((v) => typeof v === 'number'));
    return { id: `${id}${suffix}`, label: `${text}${label}`, value, unit: 'ms', budget, strict: false, pass: budget === null || value === null ? null : value <= budget, context: `${context}${perRun(values)}` };
  };
  const keystrokes = list.map((r) => r.keystroke);
  const k = keystrokes[0];
  const keyContext = `VS Code ${list[0].vscode}, debounceMs 0; ${k.edits} edits (${k.inserts} inserting an undefined acronym, ${k.removes} replacing an earlier one by a word), editor.edit() to onDidChangeDiagnostics; max ${fmt(k.maxMs)}; from the document change event p50 ${fmt(k.fromDocumentChangeP50Ms)}, p95 ${fmt(k.fromDocumentChangeP95Ms)}; per edit, language server CPU p50 ${fmt(k.serverCpuP50Ms)}, p95 ${fmt(k.serverCpuP95Ms)} (waiting for a CPU p50 ${fmt(k.serverWaitP50Ms)}), extension host main thread CPU p50 ${fmt(k.hostCpuP50Ms)}, p95 ${fmt(k.hostCpuP95Ms)}${k.serverBytesP50 != null ? `; bytes the server read per edit (its pause included) p50 ${k.serverBytesP50}, max ${k.serverBytesMax}` : ''}${k.failures.length ? `; ${k.failures.length} edits without matching diagnostics (FAILS)` : ''}`;
  figures.push(figure('vscode-keystroke-p50', `VS Code: keystroke to diagnostics p50, ${words(k.words)}`, keystrokes.map((x) => x.p50Ms), null, keyContext));
  const p95 = figure('vscode-keystroke-p95', `VS Code: keystroke to diagnostics p95, ${words(k.words)}`, keystrokes.map((x) => x.p95Ms), 50, keyContext);
  if (keystrokes.some((x) => x.failures.length > 0)) p95.pass = false;
  figures.push(p95);
  const loops = list.map((r) => r.loop);
  const l = loops[0];
  const loopContext = `setTimeout(0) lag probe in the extension host during the edits (${l.samples} samples, ${Math.round(l.windowMs / 1000)} s): every cause counts (other extensions, VS Code, waiting for a CPU on a loaded machine), so an upper bound on linting's share; ${l.over16Ms} gaps over 16 ms; p99.9 ${fmt(l.p999BlockMs)}; the main thread's on-CPU time in a gap (Linux schedstat): longest ${fmt(l.maxCpuBlockMs)}, p99 ${fmt(l.p99CpuBlockMs)}, ${l.cpuOver16Ms} gaps with over 16 ms`;
  figures.push(figure('vscode-exthost-block-max', 'VS Code: longest extension host block while typing (every cause)', loops.map((x) => x.maxBlockMs), 16, loopContext));
  const attributed = list.map((r) => r.hostProfile).filter(Boolean);
  if (attributed.length > 0) {
    const h = attributed[0];
    const top = h.longestCsprLint[0];
    const share = (group) => Object.entries(h.totalsMs).filter(([name]) => name === group).map(([, ms]) => ms)[0] ?? 0;
    const attributedContext = `CPU profile of the extension host during the same edits (1 ms samples): the most time cspr-lint's code, and what it called, held the thread within one uninterrupted busy stretch; ${h.csprLintOver16Ms} of ${h.stretches} stretches had over 16 ms of it${top ? `; that stretch: ${top.ms} ms in all (${Object.entries(top.by).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}; time over the edits: cspr-lint ${share('cspr-lint')} ms, VS Code's Markdown extension ${share('markdown-language-features')} ms, VS Code and Node ${share('VS Code / Node')} ms`;
    figures.push(figure('vscode-exthost-cspr-lint-max', "VS Code: longest extension host block in cspr-lint's code while typing", attributed.map((x) => x.csprLintMaxMs), 16, attributedContext));
    const onCpuContext = `the same profile and stretches, each sample counted for at most ${h.sampleCapMs} ms (twice the usual sampling interval): a sample that lasts longer is the process waiting for a CPU, its sampling thread stalled too; ${h.csprLintOnCpuOver16Ms} of ${h.stretches} stretches had over 16 ms of cspr-lint's code on CPU`;
    figures.push(figure('vscode-exthost-cspr-lint-on-cpu-max', "VS Code: longest extension host block in cspr-lint's code while typing, on CPU", attributed.map((x) => x.csprLintOnCpuMaxMs), 16, onCpuContext));
  }
  figures.push(figure('vscode-exthost-block-p99', 'VS Code: extension host block p99 while typing', loops.map((x) => x.p99BlockMs), null, loopContext));
  const sizeOf = (o) => o.size ?? Math.round(o.words / 50_000) * 50_000;
  const sizes = [...new Set(list.flatMap((r) => r.open.map(sizeOf)))].sort((a, b) => a - b);
  for (const size of sizes) {
    const opensOf = (r) => r.open.filter((o) => sizeOf(o) === size);
    const values = list.map((r) => median(opensOf(r).map((o) => o.toDiagnosticsMs)));
    const all = list.flatMap(opensOf);
    const context = `openTextDocument + showTextDocument to the first cspr-lint diagnostics, a new ${all[0].kb} KB file, median of ${opensOf(list[0]).length} open(s): ${all.map((o) => fmt(o.toDiagnosticsMs)).join(', ')} (editor shown after ${all.map((o) => fmt(o.toEditorMs)).join(', ')}); language server CPU ${all.map((o) => fmt(o.server?.cpu)).join(', ')}`;
    figures.push(figure(`vscode-open-${Math.round(size / 1000)}k`, `VS Code: first diagnostics after opening, ${words(size)}`, values, 1500, context));
    // A long draft's first publication has the structure and publication rules' findings only (src/server/first-pass.ts): the whole lint's time beside it.
    if (all.some((o) => typeof o.toCompleteMs === 'number' && o.toCompleteMs !== o.toDiagnosticsMs)) {
      const completeContext = `the same opens, to the first diagnostics with every rule's findings (a draft over 100,000 characters is first published with the structure and publication rules' only): ${all.map((o) => `${fmt(o.toCompleteMs)} (${o.diagnostics} then ${o.completeDiagnostics} diagnostics)`).join(', ')}; language server CPU to then ${all.map((o) => fmt(o.serverComplete?.cpu)).join(', ')}`;
      figures.push(figure(`vscode-open-${Math.round(size / 1000)}k-every-rule`, `VS Code: every rule's diagnostics after opening, ${words(size)}`, list.map((r) => median(opensOf(r).map((o) => o.toCompleteMs))), null, completeContext));
    }
  }

  // The floor: the same measures through a language server that does no linting (test/perf/floor-server.ts),
  // in the same VS Code and run. A budget below the floor cannot be met by any language server here.
  const floors = list.map((r) => r.floor).filter(Boolean);
  if (floors.length > 0) {
    const ratio = (ours, base) => (typeof ours === 'number' && typeof base === 'number' && base > 0 ? Math.round((ours / base) * 100) / 100 : null);
    const ratioFigure = (id, text, values, context) => ({ id: `${id}${suffix}`, label: `${text}${label}`, value: median(values.filter((v) => typeof v === 'number')), unit: 'x', budget: null, pass: null, context });
    const f = floors[0].keystroke;
    const floorKeyContext = `a language server that does no linting (it finds the inserted acronyms with one regular expression and publishes them), same transport and incremental sync, cspr-lint switched off; ${f.edits} edits as above on a new ${words(f.words)} draft; p50 ${fmt(f.p50Ms)}, max ${fmt(f.maxMs)}; from the document change event p50 ${fmt(f.fromDocumentChangeP50Ms)}, p95 ${fmt(f.fromDocumentChangeP95Ms)}; per edit, server CPU p50 ${fmt(f.serverCpuP50Ms)}, extension host main thread CPU p50 ${fmt(f.hostCpuP50Ms)}, p95 ${fmt(f.hostCpuP95Ms)}${f.failures.length ? `; ${f.failures.length} edits without matching diagnostics` : ''}`;
    figures.push(figure('vscode-floor-keystroke-p95', `VS Code floor: keystroke to diagnostics p95, ${words(f.words)}, a server that does no linting`, floors.map((x) => x.keystroke.p95Ms), null, floorKeyContext));
    const pairs = list.filter((r) => r.floor);
    figures.push(ratioFigure('vscode-keystroke-p95-vs-floor', 'VS Code: keystroke to diagnostics p95, cspr-lint vs the floor', pairs.map((r) => ratio(r.keystroke.p95Ms, r.floor.keystroke.p95Ms)), `cspr-lint p95 ${pairs.map((r) => fmt(r.keystroke.p95Ms)).join(', ')} against the floor's ${pairs.map((r) => fmt(r.floor.keystroke.p95Ms)).join(', ')}: cspr-lint adds ${pairs.map((r) => fmt(r.keystroke.p95Ms - r.floor.keystroke.p95Ms)).join(', ')} at p95 (p50: ${pairs.map((r) => fmt(r.keystroke.p50Ms - r.floor.keystroke.p50Ms)).join(', ')})`));
    for (const size of sizes) {
      const opensOf = (r) => (r.floor?.open ?? []).filter((o) => sizeOf(o) === size);
      const floorValues = pairs.map((r) => median(opensOf(r).map((o) => o.toDiagnosticsMs)));
      const oursValues = pairs.map((r) => median(r.open.filter((o) => sizeOf(o) === size).map((o) => o.toDiagnosticsMs)));
      const all = pairs.flatMap(opensOf);
      if (all.length === 0) continue;
      const floorOpenContext = `the floor server, opening a new ${all[0].kb} KB draft: ${all.map((o) => fmt(o.toDiagnosticsMs)).join(', ')} (editor shown after ${all.map((o) => fmt(o.toEditorMs)).join(', ')}); server CPU ${all.map((o) => fmt(o.server?.cpu)).join(', ')}`;
      figures.push(figure(`vscode-floor-open-${Math.round(size / 1000)}k`, `VS Code floor: first diagnostics after opening, ${words(size)}, a server that does no linting`, floorValues, null, floorOpenContext));
      figures.push(ratioFigure(`vscode-open-${Math.round(size / 1000)}k-vs-floor`, `VS Code: first diagnostics after opening ${words(size)}, cspr-lint vs the floor`, pairs.map((r, i) => ratio(oursValues[i], floorValues[i])), `medians: cspr-lint ${oursValues.map(fmt).join(', ')}, the floor ${floorValues.map(fmt).join(', ')}: cspr-lint adds ${oursValues.map((v, i) => fmt(v - floorValues[i])).join(', ')}`));
    }
  }
  return figures;
}
const figures = configs.flatMap((config) => figuresOf(config, results[config]));

let profileSummary;
if (flag('--profile') && fs.existsSync(profiles)) {
  const files = fs.readdirSync(profiles, { recursive: true }).map(String).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profiles, f));
  profileSummary = {
    extensionHost: files.filter((f) => path.basename(f).startsWith('exthost-')).map(summariseHostProfile),
    server: files.filter((f) => path.basename(f).startsWith('server-')).map(summariseServerProfile),
  };
  fs.writeFileSync(path.join(profiles, 'summary.json'), `${JSON.stringify(profileSummary, null, 2)}\n`);
  for (const host of profileSummary.extensionHost) {
    say(`extension host profile ${host.file}: time by extension ${JSON.stringify(host.totalsMs)}; ${host.over16Ms} busy stretches over 16 ms, ${host.over16MsMostlyCsprLint} of them mostly cspr-lint, ${host.over16MsMostlyMarkdown} mostly the built-in Markdown extension`);
    for (const s of host.longestMostlyCsprLint) say(`  cspr-lint stretch ${s.ms} ms ${JSON.stringify(s.by)}: ${s.top.join('; ')}`);
  }
  for (const server of profileSummary.server) say(`language server profile ${server.file}: inclusive ${JSON.stringify(server.inclusiveMs)}`);
  say(`profile summary: ${path.relative(root, path.join(profiles, 'summary.json'))}`);
}


const machine = { cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', cpus: os.cpus().length, node: process.versions.node, loadAverage: os.loadavg().map((load) => load.toFixed(2)).join(' ') };
fs.mkdirSync(artifacts, { recursive: true });
fs.writeFileSync(resultFile, `${JSON.stringify({ date: new Date().toISOString(), quick, machine, failedRuns: failed, figures, runs: results, ...(profileSummary ? { profileSummary } : {}) }, null, 2)}\n`);
console.log(`\n${formatTable(figures)}\n`);
say(`${figures.filter((f) => f.pass).length} within budget, ${figures.filter((f) => f.pass === false).length} over; ${Object.values(results).flat().length} harness run(s) completed, ${failed} failed. Results: ${path.relative(root, resultFile)}`);
process.exit(failed > 0 || Object.values(results).flat().length === 0 ? 1 : 0);
