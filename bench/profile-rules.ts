// Where a lint's time goes, rule by rule: wraps every rule's scanBlock and check and the coverage
// analyzer with timers, then lints generated drafts cold (cache cleared) and warm (one keystroke).
// Usage: node bench/profile-rules.mjs [node flags --] [--words 50000,200000] [--runs 5] [--edits 40] [--clock cpu] [--profile-dir DIR]
// Each figure is the minimum over the runs (the machine may be shared: the least disturbed run).
import { lintingCoverage } from './full-lint';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { Linter } from '../src/engine/index';
import { RULES } from '../src/engine/rules/index';
import { CoverageAnalyzer } from '../src/engine/coverage/analyzer';
import { generateDraft, seededRandom } from './drafts';

const args = process.argv.slice(2);
const argOf = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const sizes = argOf('--words', '50000,200000').split(',').map(Number);
const runs = Number(argOf('--runs', '5'));
const edits = Number(argOf('--edits', '40'));
// --profile-dir DIR: a CPU profile of the cold lints and one of the warm re-lints per size (not of draft generation or the first lint).
const profileDir = argOf('--profile-dir', '');
// --clock cpu: time by process CPU (user + system, so other threads' GC and compilation count too) rather than wall clock.
const now = argOf('--clock', 'wall') === 'cpu' ? () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; } : () => performance.now();
const session = profileDir ? new Session() : undefined;
if (session) {
  session.connect();
  mkdirSync(profileDir, { recursive: true });
}
const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
async function startProfile() {
  if (!session) return;
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
}
async function stopProfile(name: string) {
  if (!session) return;
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
}

const totals = new Map<string, number>();
const time = <F extends (...a: never[]) => unknown>(key: string, fn: F): F =>
  function (this: unknown, ...a: never[]) {
    const start = now();
    try {
      return fn.apply(this, a);
    } finally {
      totals.set(key, (totals.get(key) ?? 0) + now() - start);
    }
  } as F;
for (const rule of RULES) {
  const id = rule.meta.id;
  if (rule.scanBlock) rule.scanBlock = time(`${id} scan`, rule.scanBlock);
  rule.check = time(`${id} check`, rule.check);
}
const proto = CoverageAnalyzer.prototype as unknown as Record<string, (...a: never[]) => unknown>;
proto.scanBlock = time('coverage scan', proto.scanBlock);
proto.summarize = time('coverage summarize', proto.summarize);
const lintProto = Linter.prototype as unknown as Record<string, (...a: never[]) => unknown>;
lintProto.lint = time('TOTAL lint', lintingCoverage(lintProto.lint));

const root = process.cwd();
const samples = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'].map((name) => readFileSync(path.join(root, 'test/fixtures/samples', name), 'utf8'));

function report(label: string, perRun: Map<string, number>[]) {
  const keys = [...new Set(perRun.flatMap((m) => [...m.keys()]))];
  const rows = keys.map((key) => [key, Math.min(...perRun.map((m) => m.get(key) ?? 0)), Math.max(...perRun.map((m) => m.get(key) ?? 0))] as const).sort((a, b) => b[1] - a[1]);
  console.log(`\n${label}`);
  for (const [key, value, max] of rows) if (max >= 0.05) console.log(`  ${key.padEnd(34)} ${value.toFixed(1).padStart(8)} ms  (max ${max.toFixed(1)})`);
}

for (const words of sizes) {
  const text = generateDraft(samples, { words, seed: words, skeleton: 0 });
  const linter = new Linter();
  totals.clear();
  linter.lint(text); // warm-up: compile the code and the coverage matcher
  report(`first lint, ${words} words`, [new Map(totals)]);
  await startProfile();
  const cold: Map<string, number>[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    linter.clearCache();
    totals.clear();
    const before = process.cpuUsage();
    linter.lint(text);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    cold.push(new Map(totals));
  }
  await stopProfile(`cold-${words}`);
  report(`cold lint, ${words} words (min of ${runs}; process CPU min ${Math.min(...cpu).toFixed(0)} ms)`, cold);
  const random = seededRandom(42);
  let edited = text;
  linter.lint(edited);
  await startProfile();
  const warm: Map<string, number>[] = [];
  const walls: number[] = [];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * edited.length);
    edited = JSON.parse(JSON.stringify(edited.slice(0, at) + 'e' + edited.slice(at))) as string;
    totals.clear();
    linter.lint(edited);
    walls.push(totals.get('TOTAL lint') ?? 0);
    warm.push(new Map(totals));
  }
  await stopProfile(`warm-${words}`);
  walls.sort((a, b) => a - b);
  // Per key: the median over edits (a keystroke's typical cost).
  const keys = [...new Set(warm.flatMap((m) => [...m.keys()]))];
  console.log(`\nwarm re-lint, ${words} words, ${edits} edits: p50 ${walls[walls.length >> 1].toFixed(1)} ms, p95 ${walls[Math.ceil(0.95 * walls.length) - 1].toFixed(1)} ms; median per key:`);
  const rows = keys.map((key) => {
    const values = warm.map((m) => m.get(key) ?? 0).sort((a, b) => a - b);
    return [key, values[values.length >> 1], values[values.length - 1]] as const;
  }).sort((a, b) => b[1] - a[1]);
  for (const [key, value, max] of rows) if (max >= 0.05) console.log(`  ${key.padEnd(34)} ${value.toFixed(2).padStart(8)} ms  (max ${max.toFixed(1)})`);
}
