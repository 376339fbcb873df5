// The Quality part of the HTML and Markdown reports: markers with status in words and the lines
// that need work, reading figures per section, no script, and hostile text kept as text.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../../src/engine/index';
import { renderHtmlReport, renderMarkdownReport, type ReportInput } from '../../../src/report/index';
import { qualityReport } from '../../../src/report/quality';

const CHRONOLOGY =
  "On 3 March 2022 the health visitor visited the family home. On 10 March she rang the GP surgery and left a message. In April 2022 the GP saw Child K with a rash and prescribed cream. On 2 May the nursery manager emailed the health visitor about Child K's weight. The health visitor visited again on 9 May. On 20 May the case was closed to health visiting.";
const TEXT = `# Review: Child K\n\n## Family involvement\n\nThe family were involved in the review and their views have been taken into account throughout this report.\n\n## Findings and analysis\n\n${CHRONOLOGY}\n`;

function inputFor(result: LintResult, overrides: Partial<ReportInput> = {}): ReportInput {
  return { title: 'Review', filePath: 'draft.md', template: result.template, sections: result.sections, coverage: result.coverage, generatedAt: '2024-06-01T10:00:00Z', quality: qualityReport(result), ...overrides };
}

const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');
const result = new Linter().lint(TEXT);

describe('report: quality', () => {
  it('HTML: a Quality table with every marker, its status in words, and the lines of what needs work; no script', () => {
    const html = renderHtmlReport(inputFor(result));
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/\son\w+=/i);
    const heading = Array.from(doc.querySelectorAll('h2')).find((node) => node.textContent === 'Quality')!;
    expect(heading).toBeDefined();
    const rows = Array.from(heading.nextElementSibling!.nextElementSibling!.querySelectorAll('tbody tr'));
    expect(rows.map((row) => row.querySelector('td')!.textContent)).toEqual([
      'Family involvement',
      'Analysis explains why',
      'Findings easy to find',
      'Recommendations few and owned',
      'Identity considered',
      'Readable for a family',
    ]);
    const analysis = rows[1];
    expect(analysis.className).toBe('q-needs-work');
    expect(analysis.querySelectorAll('td')[1].textContent).toBe('needs work');
    const findingsLine = TEXT.split('\n').indexOf('## Findings and analysis') + 1;
    expect(analysis.querySelector('ol.places li')!.textContent).toMatch(new RegExp(`^line ${findingsLine}, column 1: The "Findings and analysis" section retells events`));
    const figures = Array.from(doc.querySelectorAll('h3')).find((node) => node.textContent === 'Reading figures by section')!;
    expect(figures).toBeDefined();
  });

  it('Markdown: the same markers and figures as tables', () => {
    const markdown = renderMarkdownReport(inputFor(result));
    expect(markdown).toContain('## Quality');
    expect(markdown).toContain('| Marker | Status | What was found, and where |');
    expect(markdown).toMatch(/^\| Analysis explains why \| needs work \| .*line \d+: The "Findings and analysis" section retells events/m);
    expect(markdown).toContain('### Reading figures by section');
    expect(markdown).toMatch(/^\| Findings and analysis \| \d+ \| 6 \| [\d.]+ \| -?[\d.]+ \| \d+% \|$/m);
  });

  it('leaves the part out when the input has none, and keeps hostile text as text', () => {
    expect(renderHtmlReport(inputFor(result, { quality: undefined }))).not.toContain('<h2>Quality</h2>');
    expect(renderMarkdownReport(inputFor(result, { quality: undefined }))).not.toContain('## Quality');
    const hostile = '<img src=x onerror=alert(1)>|**x**';
    const quality = qualityReport(result);
    quality.markers[0] = { ...quality.markers[0], status: 'needs-work', label: hostile, detail: hostile, targets: [{ line: 1, column: 1, label: hostile }] };
    quality.readability[0] = { ...quality.readability[0], title: hostile };
    const html = renderHtmlReport(inputFor(result, { quality }));
    const doc = parse(html);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.body.textContent).toContain(hostile);
    const markdown = renderMarkdownReport(inputFor(result, { quality }));
    expect(markdown).not.toContain('<img');
    // A hostile "|" is escaped: the marker's row still has its three cells.
    const row = markdown.split('\n').find((line) => line.startsWith('| ') && line.includes('needs work') && line.includes('img src'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5);
  });
});
