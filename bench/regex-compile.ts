// How long each of the engine's regular expressions takes to compile (its first executions), the cost
// a CLI run pays once and an editor pays again whenever V8 has flushed an expression's code.
// Usage: node bench/profile-rules.mjs bench/regex-compile.ts -- [how many to list]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = process.cwd();
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}
const found: { where: string; source: string; flags: string }[] = [];
for (const file of sourceFiles(path.join(root, 'src/engine'))) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf('/');
      found.push({ where: `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
const Original = RegExp;
globalThis.RegExp = new Proxy(Original, {
  construct(target, args: [string | RegExp, string?]) {
    const regex = Reflect.construct(target, args) as RegExp;
    const stack = new Error().stack!.split('\n').slice(2, 4).map((line) => line.trim().replace(/^at /, '')).join(' < ');
    found.push({ where: `new RegExp @ ${stack}`, source: regex.source, flags: regex.flags });
    return regex;
  },
}) as RegExpConstructor;
const engine = await import('../src/engine/index');
const sample = readFileSync(path.join(root, 'test/fixtures/samples/lcspr-complete.md'), 'utf8');
new engine.Linter().lint(sample);
globalThis.RegExp = Original;
const text = 'The school nurse saw Child R alone on 3 March 2021 and wrote to the GP; her mother said “I was not told”. The health visiting team did not follow up.';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const seen = new Set<string>();
const rows: [number, string, string][] = [];
for (const { where, source, flags } of found) {
  const key = `${source}/${flags}`;
  if (seen.has(key)) continue;
  seen.add(key);
  // A fresh expression (V8 shares compiled code between expressions of the same source and flags).
  const fresh = new RegExp(`(?:)${source}`, flags.includes('g') ? flags : `${flags}g`);
  const start = cpu();
  for (let i = 0; i < 3; i++) { fresh.lastIndex = 0; [...(text + i).matchAll(fresh)]; }
  rows.push([cpu() - start, where, `/${source.slice(0, 70)}/${flags}`]);
}
rows.sort((a, b) => b[0] - a[0]);
const total = rows.reduce((sum, row) => sum + row[0], 0);
console.log(`${rows.length} distinct expressions, ${total.toFixed(0)} ms CPU to compile and run each three times`);
for (const [ms, where, what] of rows.slice(0, Number(process.argv[2] ?? 40))) console.log(`${ms.toFixed(1).padStart(7)} ms  ${where}  ${what}`);
