// What the portfolio keeps of one linted draft (PortfolioDraftSummary): made where the lint runs (the
// CLI, the language server), so only plain data travels to whoever builds the portfolio.
import type { Glossary } from '../engine/data/glossary';
import type { LintResult } from '../engine/index';
import { recommendationSections, recommendationWords } from '../engine/sections/recommendations';
import type { PortfolioDraftSummary, ThemeStatus } from './build';

/** The summary of one linted draft (see PortfolioBuilder.addSummary). */
export function summarizeDraft(filePath: string, result: LintResult, glossary: Glossary = new Map()): PortfolioDraftSummary {
  const themes: Record<string, ThemeStatus> = {};
  const themeLabels: Record<string, string> = {};
  for (const theme of result.coverage) {
    themes[theme.id] = theme.status;
    themeLabels[theme.id] = theme.label;
  }
  const recommendations: PortfolioDraftSummary['recommendations'] = [];
  for (const section of recommendationSections(result.document, glossary)) {
    for (const item of section.items) {
      recommendations.push({
        filePath,
        number: item.number ?? null,
        text: item.text.replace(/\s+/g, ' ').trim(),
        owner: item.owner ?? null,
        timescale: item.timescale ?? null,
        measure: item.measure ?? null,
        line: result.document.positionAt(item.start).line,
        words: [...recommendationWords(item, glossary)],
      });
    }
  }
  return {
    draft: {
      filePath,
      template: result.template.id,
      errorCount: result.findings.filter((finding) => finding.severity === 'error').length,
      // As in the lint JSON: warnings only, not info findings (a draft's notes are not its warnings).
      warningCount: result.findings.filter((finding) => finding.severity === 'warning').length,
      sections: result.sections.map((section) => ({ id: section.id, status: section.status })),
      themes,
    },
    themeLabels,
    recommendations,
  };
}

