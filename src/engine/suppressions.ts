// Inline control comments: `<!-- cspr-lint-disable RULE... -- reason -->`, `-enable`, and
// `-disable-next-line`. A comment without rule ids applies to every rule.
import type { DraftDocument } from './document';
import { lastIndexAtOrBefore } from './text/search';
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
    const written = reasonParts.join(' -- ').trim();
    // A prompt left as it was inserted ("-- [reason]") is no reason at sign-off.
    const reason = /^\[[^\]]*\]$/.test(written) ? '' : written;
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
  // Indexed per rule rather than scanned per finding: a draft with thousands of control comments
  // and thousands of findings took seconds (8,000 of each: 13 s).
  const regions = new Map<string, { lines: number[]; indices: number[] }>();
  const regionsFor = (ruleId: string) => {
    let found = regions.get(ruleId);
    if (!found) {
      const indices = comments
        .map((comment, index) => ({ comment, index }))
        .filter(({ comment }) => comment.kind !== 'disable-next-line' && applies(comment, ruleId))
        .sort((a, b) => a.comment.line - b.comment.line || a.index - b.index)
        .map(({ index }) => index);
      found = { lines: indices.map((index) => comments[index].line), indices };
      regions.set(ruleId, found);
    }
    return found;
  };
  const nextLine = new Map<number, number[]>();
  comments.forEach((comment, index) => {
    if (comment.kind !== 'disable-next-line') return;
    const list = nextLine.get(comment.endLine + 1) ?? [];
    list.push(index);
    nextLine.set(comment.endLine + 1, list);
  });
  const reported: Finding[] = [];
  for (const finding of findings) {
    const line = finding.range.start.line;
    let silencedBy = -1;
    // disable/enable regions: the last such comment above (or on) the line decides.
    const { lines, indices } = regionsFor(finding.ruleId);
    const last = lastIndexAtOrBefore(lines, line);
    if (last !== -1 && comments[indices[last]].kind === 'disable') silencedBy = indices[last];
    if (silencedBy === -1) silencedBy = nextLine.get(line)?.find((index) => applies(comments[index], finding.ruleId)) ?? -1;
    if (silencedBy === -1) reported.push(finding);
    else suppressions[silencedBy].suppressed.push(finding);
  }
  return { reported, suppressions };
}
