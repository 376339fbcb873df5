// Words of real content, once for the engine: section lengths (empty-section, child-voice,
// good-practice), word counts in the panel and recommendation cells all count here. A placeholder
// is not content: the spans `placeholderSpans` finds (the `placeholder` rule's findings, the
// prompts of a template skeleton) are skipped, so a section holding only its prompt has 0 words
// and a prompt is reported by the placeholder rule exactly when it is left out of the count.
import { placeholderSpansIn } from './placeholders';

// A written word: letters and digits, with apostrophes and hyphens inside it ("didn't", "Marsh-Okafor"
// is one word, as a reader counts it).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words in the text outside placeholders; `inQuote` when the whole text is quoted (block quote). */
export function countWords(text: string, inQuote = false): number {
  const spans = placeholderSpansIn(text, inQuote);
  let count = 0;
  let span = 0;
  for (const match of text.matchAll(WORD)) {
    while (span < spans.length && spans[span][1] <= match.index) span++;
    if (span < spans.length && spans[span][0] <= match.index) continue;
    count++;
  }
  return count;
}
