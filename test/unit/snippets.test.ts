// Snippets are generated from the templates; the committed file must match, and every template
// section must have one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, PRESET_TEMPLATES } from '../../src/engine/index';
import { generateSnippets } from '../../src/tools/snippets';

const root = path.join(__dirname, '..', '..');
const committed = JSON.parse(readFileSync(path.join(root, 'snippets', 'cspr.code-snippets'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('snippets', () => {
  it('the committed snippets file is what the generator produces (run npm run build)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(generateSnippets())));
  });

  it('every section of every template has a cspr- snippet with a description', () => {
    const prefixes = new Set(Object.values(committed).map((snippet) => (snippet as { prefix: string }).prefix));
    for (const template of Object.values(PRESET_TEMPLATES)) {
      for (const section of template.sections) {
        expect([...prefixes].some((prefix) => prefix.endsWith(`-${section.id}`)), `${template.id}/${section.id}`).toBe(true);
      }
    }
    for (const snippet of Object.values(committed) as { prefix: string; description: string }[]) {
      expect(snippet.prefix.startsWith('cspr-')).toBe(true);
      expect(snippet.description.length).toBeGreaterThan(10);
    }
    for (const prefix of ['cspr-lcspr', 'cspr-rr', 'cspr-recommendation', 'cspr-kpe', 'cspr-glossary-entry', 'cspr-disable-next-line']) expect(prefixes.has(prefix), prefix).toBe(true);
  });

  it('is contributed for Markdown, with the injection grammar', () => {
    expect(pkg.contributes.snippets).toEqual([{ language: 'markdown', path: './snippets/cspr.code-snippets' }]);
    expect(pkg.contributes.grammars[0].injectTo).toEqual(['text.html.markdown']);
  });
  it('every default an author must replace is a bracketed prompt the placeholder rule reports', () => {
    const linter = new Linter({});
    for (const [name, snippet] of Object.entries(generateSnippets())) {
      for (const match of snippet.body.join('\n').matchAll(/\$\{(\d+):((?:[^{}\\]|\\.)*)\}/g)) {
        const value = match[2];
        // A number ("1." of a numbered recommendation) or the draft's pseudonym is content, not a prompt.
        if (/^\d+$/.test(value) || value === 'Child A' || value === 'rule-id') continue;
        expect(value, `${name}: \${${match[1]}:${value}}`).toMatch(/^\[[^\]]+\]$/);
        const found = linter.lint(`# Review\n\nThe reviewer wrote ${value} here.\n`).findings.filter((finding) => finding.ruleId === 'placeholder');
        expect(found.length, `placeholder reports ${value}`).toBe(1);
      }
    }
  });
});
