import path from 'node:path';
import type { LintResult } from '../engine/index';
import { renderHtmlReport, renderMarkdownReport } from '../report/index';
import { qualityReport } from '../report/quality';

/** HTML or Markdown by the output file's extension. */
export function renderReport(outPath: string, draftLabel: string, result: LintResult): string {
  const firstHeading = result.document.headings[0]?.text;
  const input = {
    title: firstHeading ?? path.basename(draftLabel),
    filePath: draftLabel,
    template: result.template,
    sections: result.sections,
    coverage: result.coverage,
    quality: qualityReport(result),
  };
  return /\.(?:md|markdown)$/i.test(outPath) ? renderMarkdownReport(input) : renderHtmlReport(input);
}
