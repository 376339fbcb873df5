// The exported coverage reports: a self-contained HTML page with no script in which every piece of
// draft text stays text, a Markdown variant whose tables survive hostile text, and the CLI table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../../src/engine/index';
import { renderCoverageTable, renderHtmlReport, renderMarkdownReport, type ReportInput } from '../../../src/report/index';

const sample = (name: string) => readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'samples', name), 'utf8');

function inputFor(result: LintResult, overrides: Partial<ReportInput> = {}): ReportInput {
  return { title: 'LCSPR Child J', filePath: 'drafts/lcspr-gaps.md', template: result.template, sections: result.sections, coverage: result.coverage, generatedAt: '2024-06-01T10:00:00Z', ...overrides };
}

/** Parses HTML without running anything in it. */
function parse(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const gaps = new Linter().lint(sample('lcspr-gaps.md'));

describe('HTML report', () => {
  const html = renderHtmlReport(inputFor(gaps));
  const doc = parse(html);

  it('is one self-contained page: inline CSS, no script, nothing loaded from elsewhere', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('script, link, iframe, object, embed, img')).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toMatch(/^default-src 'none';/);
    expect(html).not.toMatch(/\s(?:src|href)=|url\(|@import/i);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('has the sections checklist, with what to add for a missing section', () => {
    const rows = Array.from(doc.querySelectorAll('table')[0].querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(gaps.sections.length);
    const voice = rows.find((row) => row.querySelector('td')!.textContent === 'Voice of the child')!;
    expect(voice.className).toBe('missing');
    expect(voice.textContent).toContain("Add what the child said, did and felt");
    const findings = rows.find((row) => row.querySelector('td')!.textContent === 'Findings and analysis')!;
    expect(findings.textContent).toMatch(/present.*line \d+: Findings/);
  });

  it('draws one bar per theme, sized by distinct phrases, with its status', () => {
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const groups = Array.from(svg.querySelectorAll('g'));
    expect(groups).toHaveLength(21);
    const widthOf = (label: string) => {
      const group = groups.find((g) => g.querySelector('text')!.textContent!.startsWith(label))!;
      const bars = group.querySelectorAll('rect');
      return bars.length > 1 ? Number(bars[1].getAttribute('width')) : 0;
    };
    const harm = gaps.coverage.find((theme) => theme.id === 'extra-familial-harm')!;
    const mentalHealth = gaps.coverage.find((theme) => theme.id === 'children-mental-health')!;
    expect(harm.distinctPhrases).toBeGreaterThan(mentalHealth.distinctPhrases);
    expect(widthOf('Extra-familial harm')).toBeGreaterThan(widthOf('Safeguarding children with mental health needs'));
    expect(widthOf('Neglect')).toBe(0);
    expect(groups.find((g) => g.textContent!.startsWith('Extra-familial harm'))!.textContent).toContain(`covered (${harm.distinctPhrases})`);
  });

  it('names the expected themes the draft does not address yet', () => {
    // lcspr-gaps now addresses every expected theme (by meaning); a draft that has not started on them does not.
    const sparse = new Linter().lint('# Review\n\n## Findings\n\nThe review is at an early stage.\n');
    const absent = sparse.coverage.filter((theme) => theme.expected && theme.status === 'absent').map((theme) => theme.label);
    expect(absent.length).toBeGreaterThan(0);
    const sparseDoc = parse(renderHtmlReport(inputFor(sparse)));
    expect(sparseDoc.querySelector('.notice')!.textContent).toBe(`Expected for this template but not yet addressed: ${absent.join('; ')}.`);
  });

  it('escapes every piece of draft text, wherever it appears', () => {
    const hostile = `<img src=x onerror=alert(1)>"'\`<script>alert(2)</script>`;
    const result = new Linter({ themes: [{ id: 'x', label: `Theme ${hostile}`, phrases: ['strategy meeting'] }] }).lint(
      `# Review\n\n## Findings &lt;img src=x onerror=alert(1)&gt;\n\nA strategy meeting.\n`,
    );
    const hostileTemplate = { ...result.template, label: `Template ${hostile}`, sections: result.template.sections.map((section) => ({ ...section, guidance: `guidance ${hostile}` })) };
    const report = renderHtmlReport(inputFor(result, { title: hostile, filePath: `drafts/${hostile}.md`, template: hostileTemplate, generatedAt: hostile }));
    const parsed = parse(report);
    expect(parsed.querySelectorAll('img, script')).toHaveLength(0);
    expect(Array.from(parsed.querySelectorAll('*')).some((node) => Array.from(node.attributes).some((attribute) => /^on/i.test(attribute.name)))).toBe(false);
    expect(parsed.querySelector('h1')!.textContent).toBe(hostile);
    expect(parsed.querySelector('title')!.textContent).toContain(hostile);
    expect(parsed.body.textContent).toContain(`Theme ${hostile}`);
    expect(parsed.body.textContent).toContain('Findings <img src=x onerror=alert(1)>');
    expect(parsed.body.textContent).toContain(`guidance ${hostile}`);
  });
});

describe('Markdown report', () => {
  const markdown = renderMarkdownReport(inputFor(gaps));
  const tableRows = (text: string, header: string) => {
    const lines = text.split('\n');
    const start = lines.indexOf(header);
    const rows: string[] = [];
    for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
    return rows;
  };
  const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

  it('has a sections table and a themes table with one row each', () => {
    expect(tableRows(markdown, '| Section | Template | Status | Where |')).toHaveLength(gaps.sections.length);
    const themeRows = tableRows(markdown, '| Theme | Status | Distinct evidence | Evidence (first line) and why it counts | To cover it |');
    expect(themeRows).toHaveLength(21);
    const harm = themeRows.find((row) => row.startsWith('| Extra\\-familial harm'))!;
    // Each piece of evidence with its line and the concepts that made it count.
    expect(harm).toMatch(/\| covered \| \d+ \| .*county lines \(line \d+: exploitation or harm outside the home: “county lines”\)/);
    // A theme not covered says what would cover it.
    expect(themeRows.some((row) => / \| absent \| 0 \| {2}\| .*evidence is /.test(row))).toBe(true);
  });

  it('keeps hostile text from breaking the tables or becoming HTML', () => {
    const hostile = 'A | B <img src=x onerror=alert(1)>\n# heading [link](javascript:alert(1)) *x*';
    const result = new Linter({ themes: [{ id: 'x', label: hostile, phrases: ['strategy meeting'] }] }).lint('# R\n\n## Findings\n\nA strategy meeting.\n');
    const report = renderMarkdownReport(inputFor(result, { title: hostile }));
    expect(report).not.toMatch(/<img|\]\(javascript:/);
    expect(report.split('\n')[0]).toBe('# Coverage report: A \\| B &lt;img src=x onerror=alert\\(1\\)&gt; \\# heading \\[link\\]\\(javascript:alert\\(1\\)\\) \\*x\\*');
    const row = tableRows(report, '| Theme | Status | Distinct evidence | Evidence (first line) and why it counts | To cover it |').find((line) => line.includes('img'))!;
    expect(cells(row)).toHaveLength(5);
  });
});

describe('coverage table for the terminal', () => {
  it('has one aligned line per theme, colour only when asked', () => {
    const plain = renderCoverageTable(gaps.coverage, { color: false });
    const lines = plain.split('\n');
    expect(lines[0]).toMatch(/^Theme coverage: \d+ covered, \d+ mentioned, \d+ absent$/);
    expect(lines).toHaveLength(2 + 21);
    expect(plain).not.toContain('\x1b[');
    const statusColumn = lines[1].indexOf('Status');
    // Status, an 11-character bar, the count right-aligned in two columns, then the reason.
    for (const line of lines.slice(2)) expect(line.slice(statusColumn)).toMatch(/^(?:covered  |mentioned|absent   ) {2}[█+ ]{11} [ \d]\d(?: {2}\(expected\))?(?: {2}.+)?$/);
    // Why a theme is covered: its first evidence, with the line.
    for (const line of lines.slice(2).filter((entry) => / covered /.test(entry))) expect(line).toMatch(/ {2}line \d+: /);
    expect(renderCoverageTable(gaps.coverage, { color: true })).toContain('\x1b[32mcovered');
  });
});
