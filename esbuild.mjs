// Builds the three bundles from one engine: the CLI (node), the desktop extension (node) and the
// web extension (browser web worker), then regenerates the config JSON Schema from zod.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const production = !process.argv.includes('--dev');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  define: { __CSPR_LINT_VERSION__: JSON.stringify(version) },
  // Prefer ES module builds: jsonc-parser's UMD build uses a dynamic require esbuild cannot bundle.
  mainFields: ['module', 'main'],
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    // ES-module dependencies (tinyglobby) call createRequire(import.meta.url); give them a CommonJS equivalent.
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
    metafile: true,
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/node.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    loader: { '.code-snippets': 'json' },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    loader: { '.code-snippets': 'json' },
    mainFields: ['browser', 'module', 'main'],
    // A web worker has no DOM: take packages' worker builds (decode-named-character-reference's
    // browser build calls document.createElement).
    conditions: ['worker'],
    format: 'cjs',
    external: ['vscode'],
    // The engine is pure; nothing here may pull in a Node built-in for the web host.
    define: { __CSPR_LINT_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  }),
  // The language server: `cspr-lint lsp --stdio` loads dist/server.js; the web extension runs dist/web/server.js in a worker.
  esbuild.build({ ...common, entryPoints: ['src/server/node.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs' }),
  esbuild.build({
    ...common,
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/web/server.js',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['worker'],
    format: 'iife',
    define: { __CSPR_LINT_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  }),
  // Word in and out (mammoth, docx): loaded by the CLI only for import, export and .docx drafts.
  esbuild.build({ ...common, entryPoints: ['src/word/index.ts'], outfile: 'dist/word.js', platform: 'node', format: 'cjs' }),
  // Build-time generators: the JSON Schema, snippets and grammar come from the same data as the engine.
  ...[
    ['src/config/schema.ts', 'dist/tools/emit-json-schema.mjs'],
    ['src/tools/snippets.ts', 'dist/tools/snippets.mjs'],
    ['src/tools/grammar.ts', 'dist/tools/grammar.mjs'],
  ].map(([entry, outfile]) =>
    esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: [entry], outfile, platform: 'node', format: 'esm' }),
  ),
]);

const { generateSnippets } = await import(pathToFileURL(path.resolve('dist/tools/snippets.mjs')).href);
mkdirSync('snippets', { recursive: true });
writeFileSync('snippets/cspr.code-snippets', JSON.stringify(generateSnippets(), null, 2) + '\n');

const { generateInjectionGrammar } = await import(pathToFileURL(path.resolve('dist/tools/grammar.mjs')).href);
mkdirSync('syntaxes', { recursive: true });
writeFileSync('syntaxes/cspr-injection.tmLanguage.json', JSON.stringify(generateInjectionGrammar(), null, 2) + '\n');

const { emitJsonSchema } = await import(pathToFileURL(path.resolve('dist/tools/emit-json-schema.mjs')).href);
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/cspr-lint.schema.json', JSON.stringify(emitJsonSchema(), null, 2) + '\n');
