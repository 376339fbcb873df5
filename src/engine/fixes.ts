// Applies fixes as one batch of edits. Insertions at the same point keep their report order; any two
// edits that overlap make the whole batch refuse, so a file is never left half-fixed.
import type { Finding, TextEdit } from './types';

export interface FixOutcome {
  output: string;
  applied: number;
  /** True when edits overlapped and nothing was applied. */
  conflict: boolean;
}

export function applyFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const edits: { edit: TextEdit; order: number }[] = [];
  let order = 0;
  let applied = 0;
  for (const finding of findings) {
    if (!finding.fix) continue;
    applied++;
    for (const edit of finding.fix.edits) edits.push({ edit, order: order++ });
  }
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
