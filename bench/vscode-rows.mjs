// The VS Code rows of `npm run bench` (issue #17): runs scripts/bench-vscode.mjs (the extension in a
// real VS Code: keystroke to diagnostics, extension host blocking, first diagnostics on open) after
// bench/bench.ts, adds its figures to the results file bench.ts wrote (and to the docs table with
// --write-docs) and prints them. bench/run.mjs calls it once bench.ts has finished (and succeeded).
//
// Also runnable on its own, with bench.ts's arguments: `node bench/vscode-rows.mjs [--quick] [--out F] [--write-docs]`.
// A partial run (--only) has no VS Code rows. When the VS Code run fails, the rows are "not measured".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './table.mjs';

/** Returns 0, or 1 when the VS Code run failed (its rows are then recorded as not measured). */
export async function addVscodeRows(root, benchArgs) {
  if (benchArgs.includes('--only')) return 0;
  const outIndex = benchArgs.indexOf('--out');
  const out = path.resolve(root, outIndex >= 0 ? benchArgs[outIndex + 1] : 'bench/results.json');
  // A full run adds the configuration with the built-in Markdown extension's per-edit features off (context rows, no budgets).
  const vscodeArgs = ['--no-build', ...(benchArgs.includes('--quick') ? ['--quick'] : ['--configs', 'default,quiet-markdown'])];
  process.stderr.write('VS Code: the extension in a real VS Code (scripts/bench-vscode.mjs) …\n');
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/bench-vscode.mjs'), ...vscodeArgs], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const file = path.join(root, '.test-artifacts/perf/vscode-bench.json');
  let rows = run.status === 0 && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).figures : [];
  if (rows.length === 0) {
    rows = ['vscode-keystroke-p95', 'vscode-exthost-block-max', 'vscode-open-200k'].map((id) => ({ id, label: `VS Code: ${id.slice(7)}`, value: null, unit: 'ms', budget: id === 'vscode-exthost-block-max' ? 16 : id === 'vscode-keystroke-p95' ? 50 : 1500, pass: null, context: `not measured: scripts/bench-vscode.mjs exited with ${run.status ?? run.signal}` }));
  }

  if (existsSync(out)) {
    const results = JSON.parse(readFileSync(out, 'utf8'));
    results.figures = [...results.figures.filter((figure) => !String(figure.id).startsWith('vscode-')), ...rows];
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\nWith the VS Code rows (also in ${path.relative(root, out)}):\n\n${formatTable(results.figures)}\n`);
    const passed = results.figures.filter((figure) => figure.pass).length;
    const failed = results.figures.filter((figure) => figure.pass === false).length;
    process.stdout.write(`\n${passed} within budget, ${failed} over budget, the VS Code rows included.\n`);
  } else {
    process.stdout.write(`\n${formatTable(rows)}\n`);
  }

  if (benchArgs.includes('--write-docs')) {
    const docs = path.join(root, 'docs/benchmarks.md');
    const text = readFileSync(docs, 'utf8');
    // The rows go at the end of the table bench.ts just wrote between the markers (column widths
    // differ from bench.ts's rows; Markdown renders the table the same).
    const updated = text.replace(/(<!-- bench-table:start -->\n[\s\S]*?)(\n<!-- bench-table:end -->)/, (_, table, end) => `${table}\n${formatTable(rows).split('\n').slice(2).join('\n')}${end}`);
    writeFileSync(docs, updated);
  }
  return run.status === 0 ? 0 : 1;
}


if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  process.exit(await addVscodeRows(root, process.argv.slice(2)));
}
