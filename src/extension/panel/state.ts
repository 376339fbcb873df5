// The panel's state built from one lint result (data only, never HTML). It runs where the lint runs:
// in the language server, which sends it to the VS Code client with the document state.
import type { LintResult } from '../../engine/index';
import { qualityMarkers } from '../../engine/quality/markers';
import { HITS_PER_THEME, type PanelQuality, type PanelState } from './view-model';

export function panelQuality(result: LintResult): PanelQuality {
  return {
    markers: qualityMarkers(result),
    readability: (result.readability ?? []).map((section) => ({
      title: section.title,
      line: section.line,
      sentences: section.sentences,
      averageSentenceLength: section.averageSentenceLength,
      readingEase: section.readingEase,
      longShare: section.longShare,
    })),
  };
}

export function panelState(uri: { path: string }, result: LintResult): PanelState {
  const covered = result.coverage.filter((theme) => theme.status === 'covered').length;
  const missing = result.sections.filter((section) => section.required && section.status === 'missing').length;
  // Empty required sections are work still to do, counted beside the missing ones.
  const empty = result.sections.filter((section) => section.required && section.status === 'empty').length;
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const expectedAbsent = result.coverage.filter((theme) => theme.expected && theme.status === 'absent').map((theme) => theme.label);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return {
    file: uri.path.split('/').pop() ?? '',
    template: result.template.label,
    summary: `${plural(missing, 'required section')} missing · ${empty} empty · ${plural(errors, 'error')} · ${covered} of ${result.coverage.length} themes covered`,
    expectedAbsent,
    sections: result.sections.map((section) => ({
      id: section.id,
      title: section.title,
      required: section.required,
      status: section.status,
      line: section.line,
      heading: section.heading,
    })),
    themes: result.coverage.map((theme) => ({
      id: theme.id,
      label: theme.label,
      status: theme.status,
      expected: theme.expected,
      distinct: theme.distinctPhrases,
      phrases: theme.phrases,
      hitCount: theme.hits.length,
      hits: theme.hits.slice(0, HITS_PER_THEME).map((hit) => ({
        line: hit.line,
        column: hit.column,
        phrase: hit.phrase,
        section: hit.section,
        passage: hit.passage,
        concepts: hit.concepts.map((concept) => ({ label: concept.label, words: concept.words })),
      })),
      missing: theme.missing,
    })),
    quality: panelQuality(result),
  };
}

