// Words of real content, once for the engine: section lengths (empty-section, child-voice,
// good-practice), word counts in the panel and recommendation cells all count here. A placeholder
// is not content: the spans `placeholderSpans` finds (the `placeholder` rule's findings, the
// prompts of a template skeleton) are skipped, so a section holding only its prompt has 0 words
// and a prompt is reported by the placeholder rule exactly when it is left out of the count.
import { placeholderSpansIn } from './placeholders';

// A written word: letters and digits, with apostrophes and hyphens inside it ("didn't", "Marsh-Okafor"
// is one word, as a reader counts it). The pattern is /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu; countWords
// walks the text by code point instead of running it (every block of every chunk is counted when it
// is parsed, and a match object per word was a sixth of the parse).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Per UTF-16 unit below U+10000: 0 not yet asked, 1 a letter or digit, 2 not.
let basic: Uint8Array | undefined;

/** Whether a code point (or UTF-16 unit) is a letter or digit of any script (\p{L} or \p{N}). */
export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  const table = (basic ??= new Uint8Array(0x10000));
  let known = table[code];
  // A lone surrogate is no letter, as the pattern reads it.
  if (known === 0) table[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Words in the text outside placeholders; `inQuote` when the whole text is quoted (block quote). */
export function countWords(text: string, inQuote = false): number {
  const spans = placeholderSpansIn(text, inQuote);
  let count = 0;
  let span = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) code = text.codePointAt(i)!;
    if (!isLetterOrDigit(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += code > 0xffff ? 2 : 1;
    while (i < length) {
      let next = text.charCodeAt(i);
      if (next === 39 || next === 0x2019 || next === 45) {
        i++;
        continue;
      }
      if (next >= 0xd800 && next <= 0xdbff) next = text.codePointAt(i)!;
      if (!isLetterOrDigit(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    while (span < spans.length && spans[span][1] <= start) span++;
    if (span < spans.length && spans[span][0] <= start) continue;
    count++;
  }
  return count;
}
