// Entry point loaded by VS Code as `extensionTestsPath` (compiled to out-test/integration/index.js):
// runs, with mocha (BDD: describe/it/before/after), every compiled *.test.js of the current layout.
//
// Layout (one VS Code window each; see test/harness/suites.mjs):
//   CSPR_TEST_LAYOUT=workspace (default) -> every *.test.js outside the reserved folders below
//   CSPR_TEST_LAYOUT=no-config | multi-root | screenshots -> only <that folder>/**/*.test.js
// Optional env: CSPR_TEST_GREP (mocha grep), CSPR_TEST_TIMEOUT (ms per test, default 30000).
//
// Output goes through console.log with string arguments only: the offline harness forwards the
// extension host's console through the workbench log, which drops non-string arguments.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const LAYOUT_DIRS: Record<string, string> = { 'no-config': 'no-config', 'multi-root': 'multi-root', screenshots: 'screenshots' };

const out = (...parts: string[]) => console.log(parts.join(' '));

function suiteFiles(root: string, layout: string): string[] {
  const files = (fs.readdirSync(root, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  const dir = LAYOUT_DIRS[layout];
  if (dir) return files.filter((f) => f.startsWith(dir + '/'));
  if (layout !== 'workspace') throw new Error(`unknown CSPR_TEST_LAYOUT ${JSON.stringify(layout)}`);
  const reserved = Object.values(LAYOUT_DIRS);
  return files.filter((f) => !reserved.includes(f.split('/')[0]));
}

/** Reporter: one console.log line per suite, test, failure and summary (streams live through the harness). */
class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const C = Mocha.Runner.constants;
    let depth = 0;
    const pad = () => '  '.repeat(depth);
    const failures: Array<{ test: Mocha.Test | Mocha.Hook; err: Error }> = [];
    runner.on(C.EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.root) return;
      out(pad() + suite.title);
      depth++;
    });
    runner.on(C.EVENT_SUITE_END, (suite: Mocha.Suite) => { if (!suite.root) depth--; });
    runner.on(C.EVENT_TEST_PASS, (test: Mocha.Test) => out(`${pad()}✓ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(C.EVENT_TEST_PENDING, (test: Mocha.Test) => out(`${pad()}- ${test.title} (skipped)`));
    runner.on(C.EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      failures.push({ test, err });
      out(`${pad()}✗ ${test.title}`);
      out(`${pad()}  ${formatError(err).split('\n').join('\n' + pad() + '  ')}`);
    });
    runner.once(C.EVENT_RUN_END, () => {
      const s = this.stats;
      out('');
      out(`${s.passes} passing, ${s.failures} failing, ${s.pending} pending (${s.duration ?? 0} ms)`);
      failures.forEach(({ test, err }, i) => {
        out(`${i + 1}) ${test.fullTitle()}: ${String(err instanceof Error ? err.message : err).split('\n')[0]}`);
      });
    });
  }
}

function formatError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { actual?: unknown; expected?: unknown; showDiff?: boolean };
  let text = e.stack || `${e.name}: ${e.message}`;
  if (e.showDiff !== false && 'expected' in e && e.actual !== undefined && !/[+-] expected/.test(text)) {
    const j = (v: unknown) => { try { return JSON.stringify(v, null, 2); } catch { return String(v); } };
    text += `\nexpected: ${j(e.expected)}\nactual:   ${j(e.actual)}`;
  }
  return text;
}

export function run(): Promise<void> {
  const layout = process.env.CSPR_TEST_LAYOUT || 'workspace';
  const files = suiteFiles(__dirname, layout);
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.CSPR_TEST_TIMEOUT) || 30000,
    reporter: ConsoleReporter as unknown as Mocha.ReporterConstructor,
    ...(process.env.CSPR_TEST_GREP ? { grep: process.env.CSPR_TEST_GREP } : {}),
  });
  out(`[integration] layout ${layout}: ${files.length} suite file(s): ${files.join(', ')}`);
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (files.length === 0) reject(new Error(`no *.test.js suites for layout ${layout} in ${__dirname}`));
        else resolve();
      });
    } catch (err) {
      out('[integration] mocha crashed: ' + formatError(err));
      reject(err);
    }
  });
}
