// Lints the samples, fixtures and generated drafts and prints a digest of every result, to compare two builds.
// Usage: node bench/profile-rules.mjs bench/compare-output.ts > before.txt; then again after a change, and diff.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Linter } from '../src/engine/index';
import { generateDraft } from './drafts';

const root = process.cwd();
const files: string[] = [];
const walk = (dir: string) => { for (const name of readdirSync(dir)) { const full = path.join(dir, name); if (statSync(full).isDirectory()) walk(full); else if (name.endsWith('.md')) files.push(full); } };
walk(path.join(root, 'test/fixtures'));
const samples = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'].map((name) => readFileSync(path.join(root, 'test/fixtures/samples', name), 'utf8'));
const texts: [string, string][] = files.map((file) => [path.relative(root, file), readFileSync(file, 'utf8')]);
for (const [i, words] of [2000, 5000, 20000, 60000].entries()) for (let skeleton = 0; skeleton < 4; skeleton++) texts.push([`generated ${words}/${skeleton}`, generateDraft(samples, { words, seed: words + i, skeleton })]);
const linter = new Linter();
const linterNamed = new Linter({ allowNames: ['Kai'], glossary: { SGO: 'Safeguarding Officer' } });
const all = createHash('sha1');
for (const [name, text] of texts) {
  for (const [which, l] of [['default', linter], ['named', linterNamed]] as const) {
    const r = l.lint(text);
    const json = JSON.stringify({ f: r.findings, s: r.suppressions, sec: r.sections, c: r.coverage, n: r.notices, rd: r.readability });
    const digest = createHash('sha1').update(json).digest('hex').slice(0, 10);
    all.update(json);
    console.log(`${digest} ${which} ${name} (${r.findings.length} findings)`);
  }
}
console.log(`ALL ${all.digest('hex')}`);
