// Text helpers the language rules share: where someone else's words are quoted, and regex escaping.

// Curly double quotes, straight double quotes and curly single quotes (British style), within one
// block, so across the soft line breaks of wrapped Markdown. A curly apostrophe inside a word
// ("didn’t") does not close a single-quoted span. Each branch excludes its own opening mark, so an
// unclosed quote costs one scan to the next mark, not to the end.
const QUOTED = /“[^“”]*”|"[^"]*"|‘(?:[^‘’]|’(?=\p{L}))*’/gu;

/** Spans of text inside quotation marks, in order, where the words are someone else's. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(QUOTED)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** Whether the index falls strictly inside one of the (ordered, disjoint) spans. */
export function insideSpans(spans: readonly [number, number][], index: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spans[mid];
    if (index <= start) hi = mid - 1;
    else if (index >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
