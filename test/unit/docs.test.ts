// Every rule has its documentation page, the README lists it, and the page covers what authors need.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, docsUrl } from '../../src/engine/index';

const root = path.join(__dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const CONTRACT_RULES = [
  'required-section',
  'empty-section',
  'section-order',
  'duplicate-section',
  'child-voice',
  'good-practice',
  'recommendation-format',
  'identifying-detail',
  'undefined-acronym',
  'blame-language',
  'placeholder',
  'language-matters',
  'analysis-depth',
  'recommendation-count',
  'family-involvement',
  'identity-considered',
  'readability',
];

describe('rule documentation', () => {
  it('the engine implements exactly the contract\'s rules, in its order', () => {
    expect(RULES.map((rule) => rule.meta.id)).toEqual(CONTRACT_RULES);
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id} has docs/rules/${id}.md with examples, options and how to disable`, () => {
      const file = path.join(root, 'docs', 'rules', `${id}.md`);
      expect(existsSync(file)).toBe(true);
      const doc = readFileSync(file, 'utf8');
      expect(doc.startsWith(`# ${id}`)).toBe(true);
      expect(doc).toMatch(/## Why/i);
      expect(doc).toMatch(/bad/i);
      expect(doc).toMatch(/good/i);
      expect(doc).toMatch(/## Options/);
      expect(doc).toMatch(/## Disable/);
      expect(doc).toContain(`"${id}": "off"`);
      expect(docsUrl(id).endsWith(`docs/rules/${id}.md`)).toBe(true);
    });
    it(`${id} is in the README's rule table with its default severity`, () => {
      expect(readme).toContain(`| [\`${id}\`](docs/rules/${id}.md) | ${rule.meta.defaultSeverity} |`);
    });
  }
});
