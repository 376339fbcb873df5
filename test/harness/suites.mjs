// Shared by scripts/test-integration.mjs, scripts/screenshots.mjs and test/electron/run.mjs:
// where the integration suites live, which fixture workspace each group runs in, and how they are built.
//
// Layout = one VS Code window (one harness run). Suites are grouped by folder under test/integration/:
//   test/integration/*.test.ts, test/integration/<any other folder>/*.test.ts -> layout "workspace"
//   test/integration/no-config/*.test.ts   -> layout "no-config"  (folder without .cspr-lint.json)
//   test/integration/multi-root/*.test.ts  -> layout "multi-root" (root-a + root-b, different configs)
//   test/integration/screenshots/*.test.ts -> layout "screenshots" (only `npm run screenshots`)
// Keep in sync with LAYOUT_DIRS in test/integration/index.ts.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const srcDir = path.join(repoRoot, 'test', 'integration');
export const outDir = path.join(repoRoot, 'out-test', 'integration');
export const indexJs = path.join(outDir, 'index.js');
const fixtures = path.join(repoRoot, 'test', 'fixtures');

export const LAYOUTS = {
  workspace: { dir: null, workspace: path.join(fixtures, 'workspace') },
  'no-config': { dir: 'no-config', workspace: path.join(fixtures, 'no-config') },
  'multi-root': { dir: 'multi-root', workspace: path.join(fixtures, 'multi-root.code-workspace') },
  screenshots: { dir: 'screenshots', workspace: path.join(fixtures, 'workspace'), onDemand: true },
};
const RESERVED = new Set(Object.values(LAYOUTS).map((l) => l.dir).filter(Boolean));

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map(String).map((f) => f.split(path.sep).join('/')).sort();
}

/** Relative paths (posix, from test/integration) of the suite sources, per layout. */
export function suitesByLayout() {
  const out = Object.fromEntries(Object.keys(LAYOUTS).map((k) => [k, []]));
  for (const f of walk(srcDir)) {
    if (!f.endsWith('.test.ts')) continue;
    const top = f.includes('/') ? f.slice(0, f.indexOf('/')) : null;
    const layout = top && RESERVED.has(top) ? Object.keys(LAYOUTS).find((k) => LAYOUTS[k].dir === top) : 'workspace';
    out[layout].push(f);
  }
  return out;
}

/**
 * Bundle index.ts and every *.test.ts into out-test/integration/ (same relative paths, .js).
 * Each file is a self-contained CommonJS bundle; `vscode` and `mocha` stay external
 * (mocha resolves from the repo's node_modules at run time).
 */
export async function buildSuites({ quiet = false } = {}) {
  const t0 = Date.now();
  const entries = ['index.ts', ...walk(srcDir).filter((f) => f.endsWith('.test.ts'))];
  fs.rmSync(outDir, { recursive: true, force: true }); // no stale suites from deleted sources
  await esbuild.build({
    entryPoints: entries.map((f) => path.join(srcDir, f)),
    outbase: srcDir,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  if (!quiet) console.log(`[integration] built ${entries.length - 1} suite file(s) into ${path.relative(repoRoot, outDir)}/ in ${Date.now() - t0} ms`);
  return entries;
}
