// What a keystroke re-lint spends outside the rules: the document build (and its section matching),
// collecting the cached scan items (shifted when their chunk moved), the control comments, the
// coverage summary. Median CPU ms per keystroke, over random edits to a generated draft.
// Usage: node bench/profile-rules.mjs bench/keystroke-profile.ts -- [--words 50000] [--edits 60] [--profile-edits FILE.cpuprofile]
// --profile-edits writes a CPU profile of the keystroke re-lints alone (not the first lint, not the
// timers: the parts are not timed then), for `node .tmp/top.mjs FILE 40 total`.
import { lintingCoverage } from './full-lint';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { Linter } from '../src/engine/index';
import { DraftDocument } from '../src/engine/document';
import { CoverageAnalyzer } from '../src/engine/coverage/analyzer';
import { RULES } from '../src/engine/rules/index';
import { generateDraft, seededRandom } from './drafts';

const args = process.argv.slice(2);
const argOf = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const words = Number(argOf('--words', '50000'));
const edits = Number(argOf('--edits', '60'));
const profileFile = args.includes('--profile-edits') ? argOf('--profile-edits', '') : undefined;
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const totals = new Map<string, number>();
const wrap = (target: Record<string, unknown>, name: string, key = name) => {
  const original = target[name] as (...a: unknown[]) => unknown;
  target[name] = function (this: unknown, ...a: unknown[]) {
    const start = cpu();
    try {
      return original.apply(this, a);
    } finally {
      totals.set(key, (totals.get(key) ?? 0) + cpu() - start);
    }
  };
};
const linterProto = Linter.prototype as unknown as Record<string, unknown>;
linterProto.lint = lintingCoverage(linterProto.lint as (...args: never[]) => unknown);
wrap(linterProto, 'lint', 'TOTAL lint');
if (!profileFile) wrapParts();
function wrapParts() {
wrap(linterProto, 'collectScans');
const documentProto = DraftDocument.prototype as unknown as Record<string, unknown>;
wrap(documentProto, 'matchSections');
wrap(CoverageAnalyzer.prototype as unknown as Record<string, unknown>, 'summarize', 'coverage summarize');
// The scans themselves (rules' and coverage's work on the chunks an edit changed), to tell them from collecting.
wrap(CoverageAnalyzer.prototype as unknown as Record<string, unknown>, 'scanBlock', 'scanBlock (coverage and rules)');
for (const rule of RULES) if (rule.scanBlock) wrap(rule as unknown as Record<string, unknown>, 'scanBlock', 'scanBlock (coverage and rules)');
for (const rule of RULES) wrap(rule as unknown as Record<string, unknown>, 'check', 'rules check');
}
const samples = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'].map((name) => readFileSync(path.join(process.cwd(), 'test/fixtures/samples', name), 'utf8'));
let text = generateDraft(samples, { words, seed: 7, skeleton: 0 });
const linter = new Linter();
linter.lint(text);
const random = seededRandom(42);
const perEdit: Map<string, number>[] = [];
const session = profileFile ? new Session() : undefined;
const post = (method: string) =>
  new Promise<unknown>((resolve, reject) => session!.post(method, (error, result) => (error ? reject(error) : resolve(result))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
for (let i = 0; i < edits; i++) {
  const at = Math.floor(random() * text.length);
  text = JSON.parse(JSON.stringify(text.slice(0, at) + 'e' + text.slice(at))) as string;
  totals.clear();
  const start = cpu();
  const result = linter.lint(text);
  totals.set('document build (constructor)', 0);
  void result;
  totals.set('wall of lint', cpu() - start);
  perEdit.push(new Map(totals));
}
if (session) {
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(profileFile!, JSON.stringify(profile));
  session.disconnect();
}
// The document build alone, warm: the same text again.
const documentTimes: number[] = [];
const collectTimes: number[] = [];
for (let i = 0; i < edits; i++) {
  totals.clear();
  const start = cpu();
  linter.lint(text);
  documentTimes.push(cpu() - start);
  collectTimes.push(totals.get('collectScans') ?? 0);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`${words} words, ${edits} keystrokes, median CPU ms per keystroke`);
for (const key of perEdit[0].keys()) if (key !== 'document build (constructor)') console.log(`  ${key.padEnd(28)} ${median(perEdit.map((m) => m.get(key) ?? 0)).toFixed(2).padStart(8)}`);
console.log(`  same text again (all cached) ${median(documentTimes).toFixed(2).padStart(8)}, of which collectScans ${median(collectTimes).toFixed(2)}`);
