// Inline control comments: `<!-- cspr-lint-disable RULE... -- reason -->`, `-enable`, and
// `-disable-next-line`. A comment without rule ids applies to every rule.
import type { DraftDocument } from './document';
import type { Finding, Suppression } from './types';

const CONTROL = /^\s*cspr-lint-(disable-next-line|disable|enable)\b([\s\S]*)$/;

export interface ControlComment {
  kind: Suppression['kind'];
  ruleIds: string[] | 'all';
  reason?: string;
  /** 1-based line where the comment starts. */
  line: number;
  /** 1-based line where the comment ends. */
  endLine: number;
  start: number;
  end: number;
}

export function readControlComments(doc: DraftDocument): ControlComment[] {
  const out: ControlComment[] = [];
  for (const comment of doc.comments) {
    const match = CONTROL.exec(comment.body);
    if (!match) continue;
    const [ruleText, ...reasonParts] = match[2].split(/\s--\s?|^--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    const ids = ruleText
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
    out.push({
      kind: match[1] as Suppression['kind'],
      ruleIds: ids.length === 0 ? 'all' : ids,
      reason: reason.length > 0 ? reason : undefined,
      line: doc.positionAt(comment.start).line,
      endLine: doc.positionAt(comment.end).line,
      start: comment.start,
      end: comment.end,
    });
  }
  return out;
}

function applies(comment: ControlComment, ruleId: string): boolean {
  return comment.ruleIds === 'all' || comment.ruleIds.includes(ruleId);
}

/** Splits findings into those still reported and the suppressions (with what each one silenced). */
export function applyControlComments(
  findings: Finding[],
  comments: ControlComment[],
): { reported: Finding[]; suppressions: Suppression[] } {
  const suppressions: Suppression[] = comments.map((comment) => ({
    ruleIds: comment.ruleIds,
    kind: comment.kind,
    reason: comment.reason,
    line: comment.line,
    suppressed: [],
  }));
  if (comments.length === 0) return { reported: findings, suppressions };
  const reported: Finding[] = [];
  for (const finding of findings) {
    const line = finding.range.start.line;
    let silencedBy = -1;
    // disable/enable regions: the last such comment above (or on) the line decides.
    for (let i = 0; i < comments.length; i++) {
      const comment = comments[i];
      if (comment.kind === 'disable-next-line' || comment.line > line || !applies(comment, finding.ruleId)) continue;
      silencedBy = comment.kind === 'disable' ? i : -1;
    }
    if (silencedBy === -1) {
      silencedBy = comments.findIndex(
        (comment) => comment.kind === 'disable-next-line' && comment.endLine + 1 === line && applies(comment, finding.ruleId),
      );
    }
    if (silencedBy === -1) reported.push(finding);
    else suppressions[silencedBy].suppressed.push(finding);
  }
  return { reported, suppressions };
}
