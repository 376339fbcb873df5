// `npm run bench [-- --quick] [-- --out FILE] [-- --no-build] [-- --profile]`: builds the production
// bundles (so the CLI and the sizes measured are current), bundles bench/bench.ts with the same
// esbuild settings as the shipped engine, and runs it in a fresh Node process.
// --profile keeps names readable (no minification) and writes a CPU profile of the whole run to
// bench/.build/profiles/ (open it in Chrome DevTools or VS Code).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addVscodeRows } from './vscode-rows.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const profile = args.includes('--profile');
const benchArgs = args.filter((arg) => arg !== '--no-build' && arg !== '--profile');

if (!skipBuild) {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// One bundle per run, so a smoke test and a full run at the same time do not overwrite each other's.
const outfile = path.join(root, `bench/.build/bench-${process.pid}.mjs`);
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/bench.ts'],
  outfile,
  bundle: true,
  // As in esbuild.mjs for the shipped bundles.
  minify: !profile,
  target: 'es2022',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  define: { __CSPR_LINT_VERSION__: '"bench"' },
  platform: 'node',
  format: 'esm',
  // The markdownlint baseline runs as its package ships; the language server client (vscode-jsonrpc) is CommonJS with dynamic requires.
  external: ['markdownlint', 'markdownlint/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'],
  logLevel: 'warning',
});

const nodeArgs = profile ? ['--cpu-prof', '--cpu-prof-dir', path.join(root, 'bench/.build/profiles')] : [];
const run = spawnSync(process.execPath, [...nodeArgs, outfile, ...benchArgs], { cwd: root, stdio: 'inherit' });
rmSync(outfile, { force: true });
// Then the extension in a real VS Code (scripts/bench-vscode.mjs): its rows join the results and the table.
process.exit((run.status ?? 1) || (await addVscodeRows(root, benchArgs)));
