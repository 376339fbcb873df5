// Builds the three bundles from one engine: the CLI (node), the desktop extension (node) and the
// web extension (browser web worker), then regenerates the config JSON Schema from zod.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const production = !process.argv.includes('--dev');
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/node.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    // The engine is pure; nothing here may pull in a Node built-in for the web host.
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  esbuild.build({
    ...common,
    minify: false,
    sourcemap: false,
    entryPoints: ['src/config/emit-json-schema.ts'],
    outfile: 'dist/tools/emit-json-schema.mjs',
    platform: 'node',
    format: 'esm',
  }),
]);

const { emitJsonSchema } = await import(pathToFileURL(path.resolve('dist/tools/emit-json-schema.mjs')).href);
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/cspr-lint.schema.json', JSON.stringify(emitJsonSchema(), null, 2) + '\n');
