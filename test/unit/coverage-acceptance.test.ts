// Theme coverage on the sample drafts matches what each plainly discusses (their headers list
// expected-themes-covered / expected-themes-absent), the matcher handles inflections, hyphens and
// line breaks, and draft text is inert in the report and the panel.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/index';
import { renderHtmlReport, renderMarkdownReport } from '../../src/report/index';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');

describe('coverage of the sample drafts', () => {
  for (const file of readdirSync(SAMPLES).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(path.join(SAMPLES, file), 'utf8');
    const preset = /^preset:\s*(\S+)/m.exec(text)?.[1] ?? 'lcspr';
    const list = (key: string) => (new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1] ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    const coverage = new Linter({ template: preset }).lint(text).coverage;
    const status = (id: string) => coverage.find((theme) => theme.id === id)?.status;
    it(`${file}: expected themes are covered`, () => {
      for (const id of list('expected-themes-covered')) expect(status(id), id).toBe('covered');
    });
    it(`${file}: themes it does not discuss are absent`, () => {
      for (const id of list('expected-themes-absent')) expect(status(id), id).toBe('absent');
    });
  }
});

describe('phrase matching', () => {
  const lint = (body: string, themes = [{ id: 'test', label: 'Test theme', phrases: ['missed appointment', 'self-harm', 'strategy meeting'] }]) =>
    new Linter({ themes }).lint(`# Review\n\n## Findings\n\n${body}\n`).coverage.find((theme) => theme.id === 'test')!;

  it('matches plurals and simple inflections', () => {
    // A hit's phrase is the draft's own words that carry the evidence (PRODUCT.md "Theme coverage").
    expect(lint('She missed appointments twice.').hits.map((hit) => hit.phrase)).toEqual(['missed appointments']);
  });
  it('treats hyphen and space variants alike', () => {
    expect(lint('Repeated self harm was recorded.').hits).toHaveLength(1);
  });
  it('matches across a soft line break', () => {
    const theme = lint('A strategy\nmeeting was held.');
    expect(theme.hits).toHaveLength(1);
    expect(theme.hits[0].line).toBe(5);
  });
  it('needs two distinct phrases for covered, one for mentioned', () => {
    expect(lint('A strategy meeting. Another strategy meeting.').status).toBe('mentioned');
    expect(lint('A strategy meeting after self-harm.').status).toBe('covered');
    expect(lint('Nothing relevant.').status).toBe('absent');
  });
  it('ignores the glossary', () => {
    const result = new Linter({ themes: [{ id: 'test', label: 'T', phrases: ['strategy meeting'] }] }).lint('# R\n\n## Glossary\n\nstrategy meeting: a meeting\n');
    expect(result.coverage.find((theme) => theme.id === 'test')!.status).toBe('absent');
  });
  it('config themes replace built-in themes with the same id', () => {
    const result = new Linter({ themes: [{ id: 'neglect', label: 'Neglect (local)', phrases: ['unwashed uniform'] }] }).lint('# R\n\nAn unwashed uniform.\n');
    const neglect = result.coverage.find((theme) => theme.id === 'neglect')!;
    expect(neglect.label).toBe('Neglect (local)');
    expect(neglect.distinctPhrases).toBe(1);
  });
});

describe('hostile text in reports', () => {
  const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3) ${process.exit()} </style>';
  const result = new Linter({ themes: [{ id: 'x', label: `Theme ${hostile}`, phrases: ['strategy meeting'] }] }).lint(`# ${hostile}\n\n## Findings\n\nA strategy meeting.\n`);
  const input = { title: hostile, filePath: `drafts/${hostile}.md`, template: result.template, sections: result.sections, coverage: result.coverage };

  it('the HTML report escapes every piece of draft text and has no script', () => {
    const html = renderHtmlReport(input);
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });
  it('the Markdown report neutralises HTML', () => {
    const md = renderMarkdownReport(input);
    expect(md).not.toMatch(/<img|<script/i);
  });
});
