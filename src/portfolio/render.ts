// The portfolio as a file: JSON (the contract in PRODUCT.md), CSV (the draft × theme matrix, for a
// spreadsheet), Markdown, and a self-contained HTML page with SVG charts and no script that prints
// and reads at 200% zoom. Draft text (recommendations, paths) is always escaped.
import { escapeHtml, escapeMarkdown } from '../report/index';
import type { Portfolio, PortfolioDraft, ThemeStatus } from './build';
import { standalonePage } from '../report/page';

export type PortfolioFormat = 'html' | 'md' | 'json' | 'csv';

export function portfolioFormatOf(file: string): PortfolioFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1].toLowerCase();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'json' || extension === 'csv') return extension;
  return undefined;
}

export function renderPortfolio(portfolio: Portfolio, format: PortfolioFormat, generatedAt = new Date().toISOString()): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(portfolio, null, 2)}\n`;
    case 'csv':
      return renderCsv(portfolio);
    case 'md':
      return renderMarkdown(portfolio, generatedAt);
    case 'html':
      return renderHtml(portfolio, generatedAt);
  }
}

const SYMBOL: Record<ThemeStatus, string> = { covered: '●', mentioned: '◐', absent: '○' };

function sectionsComplete(draft: PortfolioDraft): string {
  return `${draft.sections.filter((section) => section.status === 'present').length}/${draft.sections.length}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ makes a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function renderCsv(portfolio: Portfolio): string {
  const header = ['draft', 'template', 'errors', 'warnings', 'sections present', ...portfolio.themes.map((theme) => theme.label)];
  const rows = portfolio.drafts.map((draft) => [draft.filePath, draft.template, draft.errorCount, draft.warningCount, sectionsComplete(draft), ...portfolio.themes.map((theme) => draft.themes[theme.id] ?? 'absent')]);
  const share = ['share of reviews', '', '', '', '', ...portfolio.themes.map((theme) => percent(theme.share))];
  return `${[header, ...rows, share].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function recurringGroups(portfolio: Portfolio): Map<string, Portfolio['recommendations']> {
  const groups = new Map<string, Portfolio['recommendations']>();
  for (const item of portfolio.recommendations) {
    if (!item.group) continue;
    let list = groups.get(item.group);
    if (!list) groups.set(item.group, (list = []));
    list.push(item);
  }
  return groups;
}

function renderMarkdown(portfolio: Portfolio, generatedAt: string): string {
  const md = escapeMarkdown;
  const lines = [
    '# Review portfolio',
    '',
    `${portfolio.drafts.length} drafts · ${portfolio.recommendations.length} recommendations · generated ${generatedAt} by cspr-lint`,
    '',
    '## Themes across reviews',
    '',
    '| Theme | Covered | Mentioned | Share of reviews |',
    '| --- | --- | --- | --- |',
    ...portfolio.themes.map((theme) => `| ${md(theme.label)} | ${theme.covered} | ${theme.mentioned} | ${percent(theme.share)} |`),
    '',
    '## Themes by review',
    '',
    `● covered · ◐ mentioned · ○ absent`,
    '',
    `| Theme | ${portfolio.drafts.map((draft, index) => `D${index + 1}`).join(' | ')} |`,
    `| --- | ${portfolio.drafts.map(() => '---').join(' | ')} |`,
    ...portfolio.themes.map((theme) => `| ${md(theme.label)} | ${portfolio.drafts.map((draft) => SYMBOL[draft.themes[theme.id] ?? 'absent']).join(' | ')} |`),
    '',
    '## Drafts',
    '',
    '| | Draft | Template | Sections present | Errors | Warnings |',
    '| --- | --- | --- | --- | --- | --- |',
    ...portfolio.drafts.map((draft, index) => `| D${index + 1} | ${md(draft.filePath)} | ${md(draft.template)} | ${sectionsComplete(draft)} | ${draft.errorCount} | ${draft.warningCount} |`),
    '',
    '## Recommendations register',
    '',
    '| Draft | No. | Recommendation | Owner | Timescale | Measure | Line | Recurring |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...portfolio.recommendations.map(
      (item) => `| ${md(item.filePath)} | ${md(item.number ?? '')} | ${md(item.text)} | ${md(item.owner ?? '—')} | ${md(item.timescale ?? '—')} | ${md(item.measure ?? '—')} | ${item.line} | ${item.group ?? ''} |`,
    ),
  ];
  const groups = recurringGroups(portfolio);
  if (groups.size > 0) {
    lines.push('', '## Recurring recommendations', '', 'Recommendations in different reviews that ask for the same thing.', '');
    for (const [group, items] of groups) {
      lines.push(`### ${group} (${new Set(items.map((item) => item.filePath)).size} reviews)`, '');
      for (const item of items) lines.push(`- ${md(item.filePath)}${item.number ? ` no. ${md(item.number)}` : ''} (line ${item.line}): ${md(item.text)}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const CHART_COLOURS = { covered: '#1b5e20', mentioned: '#8a4b00', track: '#e6e6e6', text: '#1b1b1b' };

/** Horizontal bars: the share of reviews featuring each theme, covered and mentioned stacked. */
function shareChart(portfolio: Portfolio): string {
  const rowHeight = 34;
  const barWidth = 360;
  const drafts = Math.max(1, portfolio.drafts.length);
  // Room after the bar for "100% (12 covered, 12 mentioned)" at about 7 pixels a character.
  const width = Math.max(barWidth + 240, Math.ceil(Math.max(0, ...portfolio.themes.map((theme) => theme.label.length)) * 7.5));
  const rows = portfolio.themes
    .map((theme, index) => {
      const covered = Math.round((theme.covered / drafts) * barWidth);
      const mentioned = Math.round((theme.mentioned / drafts) * barWidth);
      return [
        `<g transform="translate(0,${index * rowHeight})">`,
        `<text x="0" y="12" fill="${CHART_COLOURS.text}">${escapeHtml(theme.label)}</text>`,
        `<rect x="0" y="17" width="${barWidth}" height="11" fill="${CHART_COLOURS.track}"/>`,
        covered > 0 ? `<rect x="0" y="17" width="${covered}" height="11" fill="${CHART_COLOURS.covered}"/>` : '',
        mentioned > 0 ? `<rect x="${covered}" y="17" width="${mentioned}" height="11" fill="${CHART_COLOURS.mentioned}"/>` : '',
        `<text x="${barWidth + 8}" y="27" fill="${CHART_COLOURS.text}">${percent(theme.share)} (${theme.covered} covered, ${theme.mentioned} mentioned)</text>`,
        `<title>${escapeHtml(`${theme.label}: featured in ${percent(theme.share)} of reviews`)}</title>`,
        '</g>',
      ].join('');
    })
    .join('\n');
  const height = portfolio.themes.length * rowHeight + 4;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Share of reviews featuring each national theme" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">\n${rows}\n</svg>`;
}

function renderHtml(portfolio: Portfolio, generatedAt: string): string {
  const e = escapeHtml;
  const draftHeads = portfolio.drafts.map((draft, index) => `<th scope="col" title="${e(draft.filePath)}">D${index + 1}</th>`).join('');
  const matrixRows = portfolio.themes
    .map((theme) => {
      const cells = portfolio.drafts.map((draft) => {
        const status = draft.themes[theme.id] ?? 'absent';
        return `<td class="${status}"><span aria-hidden="true">${SYMBOL[status]}</span><span class="visually-hidden">${status}</span></td>`;
      });
      return `<tr><th scope="row">${e(theme.label)}</th>${cells.join('')}<td>${percent(theme.share)}</td></tr>`;
    })
    .join('\n');
  const draftRows = portfolio.drafts
    .map((draft, index) => `<tr><td>D${index + 1}</td><td>${e(draft.filePath)}</td><td>${e(draft.template)}</td><td>${sectionsComplete(draft)}</td><td>${draft.errorCount}</td><td>${draft.warningCount}</td></tr>`)
    .join('\n');
  const registerRows = portfolio.recommendations
    .map(
      (item) =>
        `<tr${item.group ? ' class="recurring"' : ''}><td>${e(item.filePath)}</td><td>${e(item.number ?? '')}</td><td>${e(item.text)}</td><td>${e(item.owner ?? '—')}</td><td>${e(item.timescale ?? '—')}</td><td>${e(item.measure ?? '—')}</td><td>${item.line}</td><td>${item.group ?? ''}</td></tr>`,
    )
    .join('\n');
  const groups = recurringGroups(portfolio);
  const recurring =
    groups.size === 0
      ? '<p>No recommendation asks for the same thing as one in another review.</p>'
      : [...groups]
          .map(([group, items]) => `<h3>${group} · ${new Set(items.map((item) => item.filePath)).size} reviews</h3><ul>${items.map((item) => `<li><span class="muted">${e(item.filePath)}${item.number ? ` no. ${e(item.number)}` : ''}, line ${item.line}:</span> ${e(item.text)}</li>`).join('')}</ul>`)
          .join('\n');
  return standalonePage({
    title: 'Review portfolio — cspr-lint',
    style: `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 75rem; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ccc; vertical-align: top; }
.matrix td { text-align: center; } .matrix th[scope=row] { max-width: 24rem; font-weight: 400; }
td.covered { color: #1b5e20; } td.mentioned { color: #8a4b00; } td.absent { color: #595959; }
tr.recurring td:last-child { font-weight: 700; }
.muted { color: #595959; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; } .scroll { overflow: visible; } tr { break-inside: avoid; } h2 { break-after: avoid; } }`,
    body: `<h1>Review portfolio</h1>
<p class="muted">${portfolio.drafts.length} drafts · ${portfolio.recommendations.length} recommendations · generated ${e(generatedAt)} by cspr-lint</p>
<h2>Share of reviews featuring each national theme</h2>
${shareChart(portfolio)}
<h2>Themes by review</h2>
<p>● covered · ◐ mentioned · ○ absent</p>
<div class="scroll"><table class="matrix"><thead><tr><th scope="col">Theme</th>${draftHeads}<th scope="col">Share</th></tr></thead><tbody>
${matrixRows}
</tbody></table></div>
<h2>Drafts</h2>
<div class="scroll"><table><thead><tr><th></th><th>Draft</th><th>Template</th><th>Sections present</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>
${draftRows}
</tbody></table></div>
<h2>Recurring recommendations</h2>
${recurring}
<h2>Recommendations register</h2>
<div class="scroll"><table><thead><tr><th>Draft</th><th>No.</th><th>Recommendation</th><th>Owner</th><th>Timescale</th><th>Measure</th><th>Line</th><th>Group</th></tr></thead><tbody>
${registerRows}
</tbody></table></div>`,
  });
}
