// Coverage reports: a self-contained HTML page (inline CSS, an SVG bar chart, the sections
// checklist; no script) and a Markdown variant, plus the plain-text table the CLI prints. Pure
// TypeScript, so the web extension can export reports too. Every piece of draft text is escaped.
import type { SectionStatus, Template, ThemeCoverage, ThemeHit } from '../engine/index';
import { QUALITY_CSS, renderQualityHtml, renderQualityMarkdown, type QualityReport } from './quality';
import { standalonePage } from './page';

export interface ReportInput {
  title: string;
  filePath: string;
  template: Template;
  sections: readonly SectionStatus[];
  coverage: readonly ThemeCoverage[];
  generatedAt?: string;
  /** The Quality part (quality markers and reading figures); left out when absent. */
  quality?: QualityReport;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch]);
}

/** Markdown-inline-safe text: no HTML, no emphasis or link syntax from the draft leaks into the report. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`)).replace(/\r?\n/g, ' ');
}

function summary(input: ReportInput): { covered: number; mentioned: number; absent: number; present: number; missing: number; empty: number } {
  return {
    covered: input.coverage.filter((theme) => theme.status === 'covered').length,
    mentioned: input.coverage.filter((theme) => theme.status === 'mentioned').length,
    absent: input.coverage.filter((theme) => theme.status === 'absent').length,
    present: input.sections.filter((section) => section.status === 'present').length,
    missing: input.sections.filter((section) => section.status === 'missing' && section.required).length,
    empty: input.sections.filter((section) => section.status === 'empty').length,
  };
}

const STATUS_COLOURS: Record<ThemeCoverage['status'], string> = { covered: '#2e7d32', mentioned: '#c77700', absent: '#9e9e9e' };

/**
 * One row per theme: the label on its own line (labels run to 70 characters and an SVG cannot
 * wrap or measure text, so a label column beside the bars would clip them), the bar below it,
 * and the status after the bar. Bars are full at four distinct phrases or the draft's maximum.
 */
function barChart(coverage: readonly ThemeCoverage[]): string {
  const rowHeight = 34;
  const barWidth = 360;
  // Wide enough for the longest label at about 7.5px a character (bold, 12px); custom themes may have long labels.
  const longestLabel = Math.max(0, ...coverage.map((theme) => theme.label.length + (theme.expected ? 11 : 0)));
  const width = Math.max(barWidth + 130, Math.ceil(longestLabel * 7.5));
  const max = Math.max(4, ...coverage.map((theme) => theme.distinctPhrases));
  const rows = coverage
    .map((theme, index) => {
      const y = index * rowHeight;
      const filled = Math.round((theme.distinctPhrases / max) * barWidth);
      const label = `${theme.label}${theme.expected ? ' (expected)' : ''}`;
      return [
        `<g transform="translate(0,${y})">`,
        `<text x="0" y="12"${theme.expected ? ' font-weight="600"' : ''}>${escapeHtml(label)}</text>`,
        `<rect x="0" y="17" width="${barWidth}" height="11" rx="2" fill="#eeeeee"/>`,
        filled > 0 ? `<rect x="0" y="17" width="${filled}" height="11" rx="2" fill="${STATUS_COLOURS[theme.status]}"/>` : '',
        `<text x="${barWidth + 8}" y="27" fill="${STATUS_COLOURS[theme.status] === '#9e9e9e' ? '#555555' : STATUS_COLOURS[theme.status]}">${theme.status} (${theme.distinctPhrases})</text>`,
        `<title>${escapeHtml(`${theme.label}: ${theme.status}, ${theme.distinctPhrases} distinct phrase${theme.distinctPhrases === 1 ? '' : 's'}`)}</title>`,
        '</g>',
      ].join('');
    })
    .join('\n');
  const height = coverage.length * rowHeight + 4;
  const covered = coverage.filter((theme) => theme.status === 'covered').length;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(`Bar chart of distinct phrases found per theme: ${covered} of ${coverage.length} themes covered`)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">\n${rows}\n</svg>`;
}

/** The first hit of each distinct piece of evidence, in order. */
function firstOfEachEvidence(theme: ThemeCoverage): ThemeHit[] {
  const first = new Map<string, ThemeHit>();
  for (const hit of theme.hits) if (!first.has(hit.phrase)) first.set(hit.phrase, hit);
  return [...first.values()];
}

/** Why a passage counts, compactly: each concept with the words that carried it. */
export function conceptReasons(hit: Pick<ThemeHit, 'concepts'>): string {
  return hit.concepts.map((concept) => `${concept.label}: “${concept.words.join('”, “')}”`).join(' + ');
}

function expectedAbsent(coverage: readonly ThemeCoverage[]): string[] {
  return coverage.filter((theme) => theme.expected && theme.status === 'absent').map((theme) => theme.label);
}

/** Where a present section starts, or for a missing or empty one what it should contain (the template's guidance). */
function sectionWhere(template: Template, section: SectionStatus): string {
  const at = section.line !== undefined ? `line ${section.line}: ${escapeHtml(section.heading ?? '')}` : '';
  if (section.status === 'present') return at;
  const guidance = template.sections.find((candidate) => candidate.id === section.id)?.guidance;
  const add = guidance ? `<span class="muted">Add ${escapeHtml(guidance)}.</span>` : '';
  return [at, add].filter(Boolean).join('<br>');
}

export function renderHtmlReport(input: ReportInput): string {
  const totals = summary(input);
  const generated = input.generatedAt ?? new Date().toISOString();
  const sectionRows = input.sections
    .map(
      (section) =>
        `<tr class="${section.status}${section.required ? '' : ' recommended'}"><td>${escapeHtml(section.title)}</td><td>${section.required ? 'required' : 'recommended'}</td><td>${section.status}</td><td>${sectionWhere(input.template, section)}</td></tr>`,
    )
    .join('\n');
  const notAddressed = expectedAbsent(input.coverage);
  const notice = notAddressed.length > 0 ? `<p class="notice">Expected for this template but not yet addressed: ${notAddressed.map(escapeHtml).join('; ')}.</p>` : '';
  const themeRows = input.coverage
    .map((theme) => {
      const hits = theme.hits
        .slice(0, 20)
        .map(
          (hit) =>
            `<li>line ${hit.line}: “${escapeHtml(hit.phrase)}” <span class="muted">in ${escapeHtml(hit.section || 'the opening')}</span><br><q>${escapeHtml(hit.passage)}</q><br><span class="why">${escapeHtml(conceptReasons(hit))}</span></li>`,
        )
        .join('');
      const more = theme.hits.length > 20 ? `<li class="muted">… and ${theme.hits.length - 20} more</li>` : '';
      const missing = theme.missing.length > 0 ? `<p class="muted">To cover it: ${theme.missing.map(escapeHtml).join('; ')}.</p>` : '';
      return `<tr class="${theme.status}"><td>${escapeHtml(theme.label)}${theme.expected ? ' <span class="muted">(expected)</span>' : ''}</td><td>${theme.status}</td><td>${theme.distinctPhrases}</td><td>${hits ? `<details><summary>${theme.hits.length} hit(s)</summary><ul>${hits}${more}</ul></details>` : ''}${missing}</td></tr>`;
    })
    .join('\n');
  return standalonePage({
    title: `${input.title} — cspr-lint coverage report`,
    allowDataImages: true,
    style: `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 70rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
tr.missing td:nth-child(3), tr.absent td:nth-child(2) { color: #b00020; font-weight: 600; }
tr.empty td:nth-child(3), tr.mentioned td:nth-child(2) { color: #a15c00; font-weight: 600; }
tr.present td:nth-child(3), tr.covered td:nth-child(2) { color: #2e7d32; font-weight: 600; }
.muted { color: #666; } ul { margin: .3rem 0; padding-left: 1.2rem; } .why { font-size: .9em; color: #2e4a62; } q { font-style: italic; }
tr.missing.recommended td:nth-child(3) { color: #666; font-weight: 400; }
.notice { border-left: 4px solid #c77700; background: #fff6e5; padding: .4rem .7rem; }
svg { max-width: 100%; height: auto; margin: .5rem 0 1rem; }
@media print { details { display: block; } details > summary { display: none; } }${input.quality ? QUALITY_CSS : ''}`,
    body: `<h1>${escapeHtml(input.title)}</h1>
<p class="muted">${escapeHtml(input.filePath)} · template: ${escapeHtml(input.template.label)} · generated ${escapeHtml(generated)} by cspr-lint</p>
<p><strong>${totals.covered}</strong> themes covered, <strong>${totals.mentioned}</strong> mentioned, <strong>${totals.absent}</strong> absent · <strong>${totals.present}</strong> sections present, <strong>${totals.empty}</strong> empty, <strong>${totals.missing}</strong> required sections missing.</p>
<h2>Sections</h2>
<table><thead><tr><th>Section</th><th>Template</th><th>Status</th><th>Where</th></tr></thead><tbody>
${sectionRows}
</tbody></table>
<h2>National practice themes</h2>
${notice}
${barChart(input.coverage)}
<table><thead><tr><th>Theme</th><th>Status</th><th>Distinct evidence</th><th>Where, and why it counts</th></tr></thead><tbody>
${themeRows}
</tbody></table>
${input.quality ? renderQualityHtml(input.quality, escapeHtml) : ''}`,
  });
}

export function renderMarkdownReport(input: ReportInput): string {
  const totals = summary(input);
  const lines = [
    `# Coverage report: ${escapeMarkdown(input.title)}`,
    '',
    `${escapeMarkdown(input.filePath)} · template: ${escapeMarkdown(input.template.label)} · generated ${escapeMarkdown(input.generatedAt ?? new Date().toISOString())} by cspr-lint`,
    '',
    `**${totals.covered}** themes covered, **${totals.mentioned}** mentioned, **${totals.absent}** absent; **${totals.present}** sections present, **${totals.empty}** empty, **${totals.missing}** required sections missing.`,
    '',
    '## Sections',
    '',
    '| Section | Template | Status | Where |',
    '|---|---|---|---|',
    ...input.sections.map((section) => `| ${escapeMarkdown(section.title)} | ${section.required ? 'required' : 'recommended'} | ${section.status} | ${section.line !== undefined ? `line ${section.line}` : ''} |`),
    '',
    '## National practice themes',
    '',
    ...(expectedAbsent(input.coverage).length > 0 ? [`Expected for this template but not yet addressed: ${expectedAbsent(input.coverage).map(escapeMarkdown).join('; ')}.`, ''] : []),
    '| Theme | Status | Distinct evidence | Evidence (first line) and why it counts | To cover it |',
    '|---|---|---|---|---|',
    ...input.coverage.map(
      (theme) =>
        `| ${escapeMarkdown(theme.label)}${theme.expected ? ' (expected)' : ''} | ${theme.status} | ${theme.distinctPhrases} | ${firstOfEachEvidence(theme)
          .map((hit) => `${escapeMarkdown(hit.phrase)} (line ${hit.line}: ${escapeMarkdown(conceptReasons(hit))})`)
          .join('; ')} | ${theme.missing.map(escapeMarkdown).join('; ')} |`,
    ),
    '',
    ...(input.quality ? renderQualityMarkdown(input.quality, escapeMarkdown) : []),
  ];
  return lines.join('\n');
}

/** Characters of the reason shown on each row of the terminal table. */
const REASON_WIDTH = 60;

/** A row's reason, compactly: its first evidence (line and carrying words), or for an absent theme the nearest miss. */
function tableReason(theme: ThemeCoverage): string {
  const hit = theme.hits[0];
  const reason = hit ? `line ${hit.line}: ${hit.phrase}` : (theme.missing.find((entry) => entry.startsWith('line ')) ?? '');
  const flat = reason.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return flat.length > REASON_WIDTH ? `${flat.slice(0, REASON_WIDTH - 1)}…` : flat;
}

export interface TableColours {
  color: boolean;
}

/** A plain-text theme table for terminals: label, status, a bar of distinct phrases. */
export function renderCoverageTable(coverage: readonly ThemeCoverage[], options: TableColours): string {
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const covered = coverage.filter((theme) => theme.status === 'covered').length;
  const mentioned = coverage.filter((theme) => theme.status === 'mentioned').length;
  const width = Math.max(5, ...coverage.map((theme) => theme.label.length));
  const lines = [`Theme coverage: ${covered} covered, ${mentioned} mentioned, ${coverage.length - covered - mentioned} absent`, `${'Theme'.padEnd(width)}  ${'Status'.padEnd(9)}  Evidence`];
  for (const theme of coverage) {
    const status = theme.status === 'covered' ? paint(32, 'covered  ') : theme.status === 'mentioned' ? paint(33, 'mentioned') : paint(2, 'absent   ');
    const bar = ('█'.repeat(Math.min(theme.distinctPhrases, 10)) + (theme.distinctPhrases > 10 ? '+' : '')).padEnd(11);
    const reason = tableReason(theme);
    lines.push(`${theme.label.padEnd(width)}  ${status}  ${bar} ${String(theme.distinctPhrases).padStart(2)}${theme.expected ? paint(2, '  (expected)') : ''}${reason ? paint(2, `  ${reason}`) : ''}`);
  }
  return lines.join('\n');
}
