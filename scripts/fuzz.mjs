// npm run fuzz — the long reliability run (issue #8). Lints 100,000+ random hostile drafts (the
// generators and checks of test/unit/reliability/hostile.ts, which `npm test` runs a few hundred
// times) in worker processes, then kills `cspr-lint --fix` at random moments on a large draft.
// Prints inputs tried, crashes, hangs, invariant failures and data lost; exits 1 if any is not 0.
//
//   npm run fuzz -- [--cases 100000] [--workers 2] [--seed 20241] [--from 0] [--kills 200] [--hang-ms 60000] [--json out.json]
import { execFileSync, fork, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    workers: { type: 'string', default: String(Math.max(1, Math.min(2, os.cpus().length))) },
    seed: { type: 'string', default: '20241' },
    from: { type: 'string', default: '0' },
    kills: { type: 'string', default: '200' },
    'hang-ms': { type: 'string', default: '60000' },
    'slow-ms': { type: 'string', default: '5000' },
    json: { type: 'string' },
  },
});
const cases = Number(values.cases);
const workers = Number(values.workers);
const seed = Number(values.seed);
const from = Number(values.from);
const kills = Number(values.kills);
const hangMs = Number(values['hang-ms']);
const slowMs = Number(values['slow-ms']);

const work = mkdtempSync(path.join(os.tmpdir(), 'cspr-fuzz-'));
const workerBundle = path.join(work, 'fuzz-worker.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'test', 'unit', 'reliability', 'fuzz-worker.ts')],
  outfile: workerBundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});

const totals = { inputs: 0, bytes: 0, crashes: 0, hangs: 0, slow: 0, failures: 0, dataLost: 0, maxMs: 0 };
const byKind = {};
const reports = [];
const started = Date.now();
let lastPrint = 0;

function classify(problems) {
  if (problems.some((problem) => /threw|rule crashed/.test(problem))) return 'crash';
  if (problems.some((problem) => /removed words/.test(problem))) return 'data lost';
  return 'failure';
}

function progress(force = false) {
  const now = Date.now();
  if (!force && now - lastPrint < 10_000) return;
  lastPrint = now;
  const rate = totals.inputs / Math.max(1, (now - started) / 1000);
  process.stderr.write(`  ${totals.inputs}/${cases} inputs, ${Math.round(totals.bytes / 1024 / 1024)} MB, ${rate.toFixed(0)}/s; crashes ${totals.crashes}, hangs ${totals.hangs}, failures ${totals.failures}, data lost ${totals.dataLost}\n`);
}

/** Runs cases [start, end) in one worker; a worker that stops answering is killed and the rest of its range resumes in a new one. */
function runRange(start, end) {
  return new Promise((resolve) => {
    if (start >= end) return resolve();
    const child = fork(workerBundle, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: ['--max-old-space-size=2048'] });
    let current = start;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        totals.hangs++;
        totals.inputs++;
        reports.push({ kind: 'hang', index: current, seed, note: `no answer in ${hangMs} ms` });
        child.kill('SIGKILL');
      }, hangMs);
    };
    child.on('message', (message) => {
      if (message.type === 'start') {
        current = message.index;
        arm();
      } else if (message.type === 'done') {
        totals.inputs++;
        totals.bytes += message.bytes;
        totals.maxMs = Math.max(totals.maxMs, message.ms);
        byKind[message.kind] = (byKind[message.kind] ?? 0) + 1;
        if (message.ms > slowMs) {
          totals.slow++;
          reports.push({ kind: 'slow', index: message.index, seed, ms: Math.round(message.ms), bytes: message.bytes });
        }
        if (message.problems.length > 0) {
          const kind = classify(message.problems);
          if (kind === 'crash') totals.crashes++;
          else if (kind === 'data lost') totals.dataLost++;
          else totals.failures++;
          const report = { kind, index: message.index, seed, case: message.kind, problems: message.problems.slice(0, 3), input: message.input };
          reports.push(report);
          process.stderr.write(`  ${JSON.stringify(report)}\n`);
        }
        progress();
      } else if (message.type === 'finished') {
        clearTimeout(timer);
        child.kill();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Killed for a hang, or died (out of memory counts as a crash): go on after the case it was on.
      if (current < end - 1 || (signal && signal !== 'SIGTERM')) {
        if (signal !== 'SIGKILL' && code !== 0 && signal !== 'SIGTERM') {
          totals.crashes++;
          totals.inputs++;
          reports.push({ kind: 'crash', index: current, seed, note: `worker exited with ${signal ?? code}` });
        }
        resolve(runRange(current + 1, end));
      } else resolve();
    });
    arm();
    child.send({ seed, from: start, to: end, samplesDir: path.join(root, 'test', 'fixtures', 'samples') });
  });
}

process.stderr.write(`cspr-lint fuzz: ${cases} random drafts from seed ${seed} (cases ${from}–${from + cases - 1}) in ${workers} workers\n`);
const share = Math.ceil(cases / workers);
await Promise.all(Array.from({ length: workers }, (_, index) => runRange(from + index * share, Math.min(from + cases, from + (index + 1) * share))));
progress(true);
const lintSeconds = (Date.now() - started) / 1000;

/**
 * --fix killed at random moments: a large draft with missing sections and undefined acronyms is
 * fixed again and again, each run killed with SIGKILL at a random time up to a little past how
 * long a full run takes. Afterwards the file must be the original or the fully fixed text.
 */
async function killDuringFix() {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'ignore' });
  const cli = path.join(root, 'dist', 'cli.js');
  const dir = mkdtempSync(path.join(work, 'kill-'));
  const samples = path.join(root, 'test', 'fixtures', 'samples');
  const gaps = readFileSync(path.join(samples, 'lcspr-gaps.md'), 'utf8');
  const filler = readFileSync(path.join(samples, 'lcspr-messy.md'), 'utf8').replace(/^#+ .*$/gm, '').replace(/^[=-]{3,}$/gm, '');
  const original = gaps.replace('## Findings', `${filler.repeat(60)}\n\n## Findings`);
  const target = path.join(dir, 'draft.md');
  writeFileSync(target, original);
  const fullRun = Date.now();
  // Exit 1 (errors left after fixing) is expected: not every finding has a fix.
  spawnSync(process.execPath, [cli, '--fix', 'draft.md'], { cwd: dir, stdio: 'ignore' });
  const runMs = Date.now() - fullRun;
  const fixed = readFileSync(target, 'utf8');
  const outcomes = { original: 0, fixed: 0, corrupt: 0 };
  for (let attempt = 0; attempt < kills; attempt++) {
    writeFileSync(target, original);
    const child = spawn(process.execPath, [cli, '--fix', 'draft.md'], { cwd: dir, stdio: 'ignore' });
    const closed = new Promise((resolve) => child.on('close', resolve));
    // Most kills land in the last fifth of the run, where the file is written.
    const delay = Math.random() < 0.7 ? runMs * (0.8 + Math.random() * 0.35) : Math.random() * runMs;
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill('SIGKILL');
    await closed;
    const after = readFileSync(target, 'utf8');
    const state = after === original ? 'original' : after === fixed ? 'fixed' : 'corrupt';
    outcomes[state]++;
    if (state === 'corrupt') reports.push({ kind: 'data lost', note: `--fix killed after ${Math.round(delay)} ms left ${after.length} characters (original ${original.length}, fixed ${fixed.length})` });
    for (const name of readdirSync(dir)) if (name.endsWith('.tmp')) rmSync(path.join(dir, name));
  }
  return { runs: kills, bytes: original.length, fullRunMs: runMs, ...outcomes };
}

const fixKills = kills > 0 ? await killDuringFix() : undefined;
if (fixKills) totals.dataLost += fixKills.corrupt;
rmSync(work, { recursive: true, force: true });

const summary = {
  seed,
  from,
  inputsTried: totals.inputs,
  inputsByKind: byKind,
  megabytesLinted: Math.round((totals.bytes / 1024 / 1024) * 10) / 10,
  crashes: totals.crashes,
  hangs: totals.hangs,
  invariantFailures: totals.failures,
  dataLost: totals.dataLost,
  slowInputs: totals.slow,
  slowestInputMs: Math.round(totals.maxMs),
  lintSeconds: Math.round(lintSeconds),
  fixKills,
  reports: reports.slice(0, 50),
};
console.log(`
inputs tried:        ${summary.inputsTried} (${Object.entries(byKind).map(([kind, count]) => `${count} ${kind}`).join(', ')}), ${summary.megabytesLinted} MB linted in ${summary.lintSeconds} s
crashes:             ${summary.crashes}
hangs:               ${summary.hangs} (no answer in ${hangMs / 1000} s); slowest input ${summary.slowestInputMs} ms, ${summary.slowInputs} over ${slowMs / 1000} s
invariant failures:  ${summary.invariantFailures}
data lost:           ${summary.dataLost}${fixKills ? ` (incl. --fix killed ${fixKills.runs} times on a ${Math.round(fixKills.bytes / 1024)} KB draft: ${fixKills.original} original, ${fixKills.fixed} fixed, ${fixKills.corrupt} corrupt)` : ''}`);
for (const report of summary.reports) console.log(JSON.stringify(report));
if (values.json) writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
process.exit(summary.crashes + summary.hangs + summary.invariantFailures + summary.dataLost === 0 ? 0 : 1);
