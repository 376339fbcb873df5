// What a placeholder is, once for the whole engine: the `placeholder` rule reports these spans,
// word counts and theme coverage skip them.
import type { TextBlock } from '../parse/markdown';
import { insideSpans, quotedSpans } from './quotes';

// Marker words ("TODO", "tbc", "TBA"), runs of X standing for a missing value, alone or in a date
// ("XX/XX/2023", "12 XX 2023" is two tokens), question marks standing for one ("from ??? 2022"; not
// "Why??", which ends a word), and bracketed text. Links and footnote references are
// resolved out of block text by the parser, so a bracket left in the text is literal.
// The date branch may not start just after a separator or digit, so a long "1/1/1/…" run is tried
// from its first character only (otherwise every "/" would restart a scan to the end of the run).
const MARKER = String.raw`(?:(?<![\p{L}\p{N}])(?:TODO|FIXME|[Tt][Bb][CcDdAa])|(?<![\p{L}\p{N}/.:-])(?:\d+[/.-])*X{2,}(?:[/.:-](?:X+|\d+))*|(?<![\p{L}\p{N}?!])\?{2,}(?![?!]))(?![\p{L}\p{N}])`;
const BRACKETED = String.raw`\[[^\][\n]{1,200}\]`;
const PLACEHOLDER = new RegExp(`${MARKER}|${BRACKETED}`, 'gu');

// Brackets that belong in a published report: "[sic]", redaction and emphasis notes, elisions
// ("[…]"), citation numbers ("[3]", "[2, 5]"), a ticked box ("[x]").
const EDITORIAL = /^\[\s*(?:sic!?|sic\.|redacted|name redacted|details redacted|emphasis added|emphasis in original|original emphasis|my emphasis|translated|translation|paraphrased|inaudible|unclear|sic erat scriptum|\.{3}|…|\d+(?:\s*[,–-]\s*\d+)*|x|X|\s*)\s*\]$/;

// Words that make bracketed text an instruction to the author, even inside a quotation
// ("“[insert quote from Child J]”").
const INSTRUCTION = /^\[\s*(?:insert|add|enter|complete|confirm|check|update|fill|include|tbc|tbd|todo|placeholder|awaiting|to be|agency to|reviewer to|name of|date of)\b/i;

// A bracketed reference such as "[Brandon et al., 2020]" is a citation, not a gap.
const CITATION = /\b(?:19|20)\d{2}[a-z]?\b/;

// A title in brackets, every main word capitalised ("[Working Together to Safeguard Children]"), is
// a reference whose link was never defined. Prompts are written in sentence case ("[Role or
// agency]", "[What the child said …]"); short ones ("[Agency]", "[Child A]") stay placeholders.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
function isTitle(text: string): boolean {
  const words = text.slice(1, -1).trim().split(/\s+/);
  return words.length >= 3 && words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && MINOR_WORDS.has(word)));
}

function isPlaceholderBracket(text: string, quoted: boolean): boolean {
  if (INSTRUCTION.test(text)) return true;
  if (EDITORIAL.test(text) || CITATION.test(text) || isTitle(text)) return false;
  // Inside a quotation, brackets are the reviewer's editorial insertions: "she said [the social worker] came".
  return !quoted;
}

/** Placeholders in a block's text, as [start, end) indexes into `block.text`. */
export function placeholderSpans(block: Pick<TextBlock, 'text' | 'inQuote'>): [number, number][] {
  return placeholderSpansIn(block.text, block.inQuote);
}

/** Placeholders in a text, as [start, end) indexes; `inQuote` when the whole text is quoted (a block quote). */
export function placeholderSpansIn(text: string, inQuote = false): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return spans;
  let quotes: [number, number][] | undefined;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const found = match[0];
    if (found.startsWith('[')) {
      quotes ??= quotedSpans(text);
      if (!isPlaceholderBracket(found, inQuote || insideSpans(quotes, match.index))) continue;
    }
    spans.push([match.index, match.index + found.length]);
  }
  return spans;
}

// Every placeholder has a bracket, an X run or a marker word: most blocks have none, and are
// turned away before the full pattern runs (word counts ask for every block of every chunk).
const MAY_HOLD_PLACEHOLDER = /[[X]|\?\?|TODO|FIXME|[Tt][Bb][CcDdAa]/;
