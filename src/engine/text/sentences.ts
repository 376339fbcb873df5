// Sentences, once for the whole engine: rules, coverage and readability split a block's text here,
// so "a sentence" means the same thing to all of them.
//
// A sentence ends at ".", "!" or "?" (with any closing quotation marks or brackets after it) followed
// by whitespace and then something that can start a sentence. It does not end after an abbreviation
// ("Dr.", "e.g.", "et al."), an initial ("J. Smith"), inside a number ("7.1", "£3.50") or at a soft
// line break: wrapped Markdown breaks lines mid-sentence.

export interface SentenceSpan {
  /** [start, end) indexes into the text, trimmed of surrounding whitespace. */
  start: number;
  end: number;
}

// Lower-case, without the final full stop. "No." only before a number ("No. 4").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'hon', 'cllr', 'insp', 'sgt', 'pc', 'dc', 'det',
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'al', 'cf', 'viz', 'vs', 'v', 'approx', 'c', 'ca', 'incl', 'esp',
  'para', 'paras', 'ref', 'fig', 'vol', 'pp', 'p', 'ch', 'sec', 'app', 'ed', 'eds',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

// The last mark of a run only, so a long run of dots is matched once, not once per dot.
const TERMINATOR = /[.!?…](?![.!?…])["'”’)\]]*(?=\s)/g;
const MARKS = '.!?…';

/** Sentence spans of a block's text, in order; text without a terminator is one sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(text); match; match = TERMINATOR.exec(text)) {
    const end = match.index + match[0].length;
    let runStart = match.index;
    while (runStart > from && MARKS.includes(text[runStart - 1])) runStart--;
    if (!endsSentence(text, runStart, text.slice(runStart, match.index + 1), end)) continue;
    push(spans, text, from, end);
    from = end;
  }
  push(spans, text, from, text.length);
  return spans;
}

/** The sentences themselves, as strings (for callers that need no offsets). */
export function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

function endsSentence(text: string, at: number, mark: string, after: number): boolean {
  // "?" and "!" always end; so does an ellipsis followed by a capital.
  const next = nextNonSpace(text, after);
  if (next === -1) return true;
  const following = text[next];
  // A lower-case continuation is the same sentence ("e.g. the school", "approx. three").
  if (/\p{Ll}/u.test(following)) return false;
  if (mark[0] !== '.') return true;
  const word = wordBefore(text, at);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (lower === 'no' && /\d/.test(following)) return false;
  // A single capital is an initial ("J. Smith", "Child A. said" is rare; initials are common in citations).
  if (/^\p{Lu}$/u.test(word) && /\p{Lu}/u.test(following)) return false;
  // Dotted abbreviations ("U.K.", "a.m.") end only when a capital follows after a blank line, which this cannot see.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && !/\p{Lu}/u.test(following)) return false;
  return true;
}

function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start--;
  return text.slice(start, at);
}

function nextNonSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i])) return i;
  return -1;
}

function push(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
