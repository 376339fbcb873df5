// Applies fixes as one batch of edits. Insertions at the same point keep their report order; any two
// fixes that overlap make the whole batch refuse, so a file is never left half-fixed. Suggestions the
// caller asked for join the batch where they touch nothing already in it; one that overlaps a fix or
// an earlier suggestion (two rules rewording the same words) is left out, and its finding stays.
import type { Finding, Fix, TextEdit } from './types';

export interface FixOutcome {
  output: string;
  applied: number;
  /** True when edits overlapped and nothing was applied. */
  conflict: boolean;
}

export interface ApplyOptions {
  /**
   * Rules whose first suggestion is applied when the finding has no fix (the CLI's
   * `--fix-suggestions`): suggestions rewrite prose, so they are applied only when the author asks.
   */
  suggestionsOf?: ReadonlySet<string>;
}

/** The edit a finding contributes to a batch: its fix, else its first suggestion when its rule was asked for. */
export function chosenEdit(finding: Finding, options: ApplyOptions = {}): Fix | undefined {
  if (finding.fix) return finding.fix;
  if (options.suggestionsOf?.has(finding.ruleId)) return finding.suggestions?.[0];
  return undefined;
}

export function applyFixes(text: string, findings: readonly Finding[], options: ApplyOptions = {}): FixOutcome {
  const edits: { edit: TextEdit; order: number }[] = [];
  let order = 0;
  let applied = 0;
  for (const finding of findings) {
    if (!finding.fix) continue;
    applied++;
    for (const edit of finding.fix.edits) edits.push({ edit, order: order++ });
  }
  for (const finding of findings) {
    const suggestion = finding.fix ? undefined : chosenEdit(finding, options);
    if (!suggestion || suggestion.edits.some((edit) => edits.some((taken) => overlap(taken.edit, edit)))) continue;
    applied++;
    for (const edit of suggestion.edits) edits.push({ edit, order: order++ });
  }
  return applyEdits(text, edits, applied);
}

/** Two edits touch the same text (an insertion overlaps a range it falls strictly inside). */
function overlap(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Applies one fix or suggestion alone (an editor's quick fix). */
export function applyFix(text: string, fix: Fix): FixOutcome {
  return applyEdits(text, fix.edits.map((edit, order) => ({ edit, order })), 1);
}

function applyEdits(text: string, edits: { edit: TextEdit; order: number }[], applied: number): FixOutcome {
  if (edits.length === 0) return { output: text, applied: 0, conflict: false };
  edits.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  for (let i = 1; i < edits.length; i++) {
    const previous = edits[i - 1].edit;
    const current = edits[i].edit;
    const overlaps = current.start < previous.end || (current.start === previous.start && current.end > current.start && previous.end > previous.start);
    if (overlaps) return { output: text, applied: 0, conflict: true };
  }
  let output = '';
  let cursor = 0;
  for (const { edit } of edits) {
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) return { output: text, applied: 0, conflict: true };
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  output += text.slice(cursor);
  return { output, applied, conflict: false };
}
