// Bundles a bench tool as bench/run.mjs bundles the benchmark (unminified, so profiles keep names)
// and runs it: bench/profile-rules.ts (time per rule and in coverage, cold and warm), or the .ts
// given first (bench/regex-compile.ts, bench/compare-output.ts). Node flags (e.g. --cpu-prof) go
// before `--`, the tool's own arguments after it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const given = process.argv[2]?.endsWith('.ts') ? process.argv[2] : undefined;
const args = process.argv.slice(given ? 3 : 2);
const split = args.indexOf('--');
const nodeArgs = split >= 0 ? args.slice(0, split) : [];
const scriptArgs = split >= 0 ? args.slice(split + 1) : args;
const outfile = path.join(root, `bench/.build/profile-${process.pid}.mjs`);
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [given ?? 'bench/profile-rules.ts'],
  // The regular-expression sweep parses the sources with TypeScript, as it ships.
  external: ['typescript'],
  outfile,
  bundle: true,
  minify: false,
  target: 'es2022',
  mainFields: ['module', 'main'],
  define: { __CSPR_LINT_VERSION__: '"profile"' },
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [...nodeArgs, outfile, ...scriptArgs], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
