// Whose words a quotation holds. Quoted speech and quoted records are someone else's words and no
// rule judges them ("Mother said 'they let us down'"). A word or two in quotation marks inside the
// reviewer's own sentence, with nobody it is attributed to, is a scare quote: the reviewer's own
// judgement, marked but not disowned (the agency's "failure" was 'obvious').
import { quotedSpans } from './quotes';

/** Verbs that attribute a quotation to someone: their word, not the reviewer's. */
const ATTRIBUTION = new Set(
  `said say says saying told tell tells described describe describes describing called call calls calling wrote write writes written
  recorded record records noted notes reported report reports stated state states felt feel feels put puts asked ask asks explained
  explains replied replies added recalled remembered shouted screamed cried whispered texted messaged words according referred
  labelled labeled known termed dubbed quoted quote quotes`.split(/\s+/),
);

/** Quotations as short as this (in words) are scare quotes unless something attributes them. */
const SCARE_QUOTE_WORDS = 3;

const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * Spans of `text` in quotation marks that hold someone else's words: long quotations, and short
 * ones the sentence attributes to someone ("described the response as 'unacceptable'",
 * "'NO', he shouted").
 */
export function attributedQuoteSpans(text: string): [number, number][] {
  return quotationSpans(text).filter(([start, end]) => {
    const words = text.slice(start, end).match(WORD)?.length ?? 0;
    if (words > SCARE_QUOTE_WORDS) return true;
    return attributedNear(text, start, end);
  });
}

// Straight single quotes double as apostrophes: a quotation opens before a letter where no word
// precedes, and closes where no word follows; apostrophes inside words ("didn't") do not close it.
const STRAIGHT_SINGLE = /(?<![\p{L}\p{N}])'(?=\p{L})(?:[^'\n]|'(?=\p{L})){0,300}'(?![\p{L}\p{N}])/gu;

function straightSingleQuoteSpans(text: string): [number, number][] {
  if (!text.includes("'")) return [];
  return [...text.matchAll(STRAIGHT_SINGLE)].map((match): [number, number] => [match.index, match.index + match[0].length]);
}

/** Drops spans that start inside an earlier one (a 'single' quotation inside a "double" one). */
function disjoint(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) if (out.length === 0 || span[0] >= out[out.length - 1][1]) out.push(span);
  return out;
}

/** Every quotation, in curly, straight double or straight single quotes, in order and disjoint. */
export function quotationSpans(text: string): [number, number][] {
  return disjoint([...quotedSpans(text), ...straightSingleQuoteSpans(text)].sort((a, b) => a[0] - b[0]));
}

function attributedNear(text: string, start: number, end: number): boolean {
  // The clause before the quotation (back to a full stop), and a few words after it ("…', she said").
  // Only a bounded window is read, so a block of thousands of quotations stays linear.
  const window = text.slice(Math.max(0, start - 160), start);
  const clause = window.slice(window.lastIndexOf('. ') + 1);
  const before = clause.toLowerCase().match(WORD) ?? [];
  const after = text.slice(end, end + 40).toLowerCase().match(WORD)?.slice(0, 3) ?? [];
  return before.some((word) => ATTRIBUTION.has(word)) || after.some((word) => ATTRIBUTION.has(word));
}
