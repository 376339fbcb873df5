// Small text helpers the language rules share.

/** Spans of text inside quotation marks (“…”, "…"), where the words are someone else's. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"\n]*"/g)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

export function insideSpans(spans: readonly [number, number][], index: number): boolean {
  return spans.some(([start, end]) => start < index && index < end);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
