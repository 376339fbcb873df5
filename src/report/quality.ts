// The "Quality" part of the coverage report: each quality marker judged from the text, its status
// for this draft and the lines that need work, and the reading figures per section. The same
// markers as the side panel (engine/quality/markers). Pure TypeScript; every piece of draft text
// is escaped; the HTML part adds no script (the report has none).
import type { LintResult } from '../engine/index';
import { qualityMarkers, type QualityMarker, type QualityStatus } from '../engine/quality/markers';
import type { SectionReadability } from '../engine/quality/readability';

export interface QualityReport {
  markers: QualityMarker[];
  readability: SectionReadability[];
}

export function qualityReport(result: LintResult): QualityReport {
  return { markers: qualityMarkers(result), readability: [...(result.readability ?? [])] };
}

const STATUS_WORDS: Record<QualityStatus, string> = { ok: 'ok', 'needs-work': 'needs work', 'not-judged': 'not judged' };

/** Styles of the part, for the report's own stylesheet (the report's CSP allows only its inline style). */
export const QUALITY_CSS = `
tr.q-ok td:nth-child(2) { color: #2e7d32; font-weight: 600; }
tr.q-needs-work td:nth-child(2) { color: #a15c00; font-weight: 600; }
tr.q-not-judged td:nth-child(2) { color: #666; }
ol.places { margin: .3rem 0; padding-left: 1.2rem; }`;

type Escape = (value: string) => string;

function placesHtml(marker: QualityMarker, escapeHtml: Escape): string {
  if (marker.targets.length === 0) return '';
  const items = marker.targets.map((target) => `<li>line ${target.line}, column ${target.column}: ${escapeHtml(target.label)}</li>`).join('');
  const more = marker.moreTargets > 0 ? `<li class="muted">… and ${marker.moreTargets} more</li>` : '';
  return `<ol class="places">${items}${more}</ol>`;
}

/** The HTML part: a table of markers (status in words), then reading figures per section. */
export function renderQualityHtml(quality: QualityReport, escapeHtml: Escape): string {
  const rows = quality.markers
    .map(
      (marker) =>
        `<tr class="q-${marker.status}"><td>${escapeHtml(marker.label)}</td><td>${STATUS_WORDS[marker.status]}</td><td>${escapeHtml(marker.detail)}${marker.status === 'needs-work' ? placesHtml(marker, escapeHtml) : ''}</td></tr>`,
    )
    .join('\n');
  const figures = quality.readability
    .map(
      (section) =>
        `<tr><td>${escapeHtml(section.title || 'Opening')} <span class="muted">(line ${section.line})</span></td><td>${section.sentences}</td><td>${section.averageSentenceLength}</td><td>${section.readingEase}</td><td>${Math.round(section.longShare * 100)}%</td></tr>`,
    )
    .join('\n');
  return `<h2>Quality</h2>
<p class="muted">Quality markers that can be judged from the text (SCIE/NSPCC markers for family involvement, analysis and the report; recommendations; race and identity; plain language). Lines are lines of the draft.</p>
<table><thead><tr><th>Marker</th><th>Status</th><th>What was found, and where</th></tr></thead><tbody>
${rows}
</tbody></table>
${
  figures
    ? `<h3>Reading figures by section</h3>
<p class="muted">Flesch reading ease: 60–70 is plain English, below about 30 is very hard. Very long: sentences over the readability rule's long-sentence length.</p>
<table><thead><tr><th>Section</th><th>Sentences</th><th>Words a sentence</th><th>Reading ease</th><th>Very long</th></tr></thead><tbody>
${figures}
</tbody></table>`
    : ''
}`;
}

/** The Markdown part, as lines. */
export function renderQualityMarkdown(quality: QualityReport, escapeMarkdown: Escape): string[] {
  const lines = ['## Quality', '', '| Marker | Status | What was found, and where |', '|---|---|---|'];
  for (const marker of quality.markers) {
    const places =
      marker.status === 'needs-work' && marker.targets.length > 0
        ? ` ${marker.targets.map((target) => `line ${target.line}: ${escapeMarkdown(target.label)}`).join('; ')}${marker.moreTargets > 0 ? `; and ${marker.moreTargets} more` : ''}`
        : '';
    lines.push(`| ${escapeMarkdown(marker.label)} | ${STATUS_WORDS[marker.status]} | ${escapeMarkdown(marker.detail)}${places} |`);
  }
  lines.push('');
  if (quality.readability.length > 0) {
    lines.push('### Reading figures by section', '', '| Section | Line | Sentences | Words a sentence | Reading ease | Very long |', '|---|---|---|---|---|---|');
    for (const section of quality.readability) {
      lines.push(`| ${escapeMarkdown(section.title || 'Opening')} | ${section.line} | ${section.sentences} | ${section.averageSentenceLength} | ${section.readingEase} | ${Math.round(section.longShare * 100)}% |`);
    }
    lines.push('');
  }
  return lines;
}
