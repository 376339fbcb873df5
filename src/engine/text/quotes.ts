// Text helpers the language rules share: where someone else's words are quoted, and regex escaping.
import { lastIndexWhere } from './search';

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
  // Spans are disjoint: only the last one starting at or before the index can hold it.
  const last = lastIndexWhere(spans.length, (at) => spans[at][0] <= index);
  return last >= 0 && spans[last][0] < index && index < spans[last][1];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
