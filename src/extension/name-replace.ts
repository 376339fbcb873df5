// Where a detected name occurs in a draft, and the edits that replace every occurrence with a
// pseudonym or role. No vscode import: unit-tested, and the code action builds one WorkspaceEdit
// from the result; and the config text with a name added to `allowNames`.
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import { PSEUDONYM_SOURCE } from '../engine/text/pseudonyms';

export interface TextChange {
  start: number;
  end: number;
  text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Not a whole word when a letter, digit, hyphen or apostrophe joins it to its neighbour
// ("Kerry-Ann", "O'Kerry"); a possessive after it ("Kerry's") is still the name.
const BEFORE = String.raw`(?<![\p{L}\p{N}'’-])`;
const AFTER = String.raw`(?![\p{L}\p{N}-])`;

/**
 * The forms of a person's name a draft uses for them: the full name, and for a name of two or more
 * words the first name alone ("Kerry said" after "Kerry Smith" was introduced is the same person).
 */
export function nameForms(name: string): string[] {
  const full = name.trim().replace(/\s+/g, ' ');
  const words = full.split(' ');
  return words.length > 1 ? [full, words[0]] : [full];
}

/** Every occurrence of the name (full name first, then the first name where it stands alone), in text order. */
export function nameOccurrences(text: string, name: string): { start: number; end: number }[] {
  const taken: { start: number; end: number }[] = [];
  for (const form of nameForms(name)) {
    if (form.length === 0) continue;
    const pattern = new RegExp(`${BEFORE}${escape(form)}${AFTER}`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!taken.some((range) => start < range.end && range.start < end)) taken.push({ start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** True when the offset starts a sentence: line start (after a Markdown marker), or after . ! ? */
function startsSentence(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)*["“‘(]?$/.test(before)) return true;
  return /[.!?]["”’)]?\s+["“‘(]?$/.test(before);
}

/**
 * One edit per occurrence. A role that starts in lower case ("the mother") is capitalised where it
 * starts a sentence, so "Kerry said" becomes "The mother said".
 */
export function replaceNameEdits(text: string, name: string, replacement: string): TextChange[] {
  const capitalised = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return nameOccurrences(text, name).map(({ start, end }) => ({ start, end, text: startsSentence(text, start) ? capitalised : replacement }));
}

const PSEUDONYM = new RegExp(PSEUDONYM_SOURCE, 'gu');

/** Pseudonyms the draft already uses ("Child A", "Baby M", "Sibling 2"), most used first, as the engine defines them. */
export function pseudonymsIn(text: string): string[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(PSEUDONYM)) {
    const pseudonym = match[0].replace(/\s+/g, ' ');
    counts.set(pseudonym, (counts.get(pseudonym) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([pseudonym]) => pseudonym);
}

/** Relationships and roles a review uses instead of a name. */
export const COMMON_ROLES = [
  'the mother',
  'the father',
  "the mother's partner",
  'the stepfather',
  'the grandmother',
  'the grandfather',
  'an older sibling',
  'a younger sibling',
  'the carer',
  'the allocated social worker',
  'the health visitor',
  'the class teacher',
];

const FORMATTING: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The text of a config with `name` added to its `allowNames` (unchanged when it is already there). */
export function withAllowedName(text: string, name: string): string {
  const tree = parseTree(text);
  const list = tree ? findNodeAtLocation(tree, ['allowNames']) : undefined;
  if (list?.type === 'array') {
    if (list.children?.some((child) => typeof child.value === 'string' && child.value.toLowerCase() === name.toLowerCase())) return text;
    return applyEdits(text, modify(text, ['allowNames', -1], name, { formattingOptions: FORMATTING, isArrayInsertion: true }));
  }
  return applyEdits(text, modify(text, ['allowNames'], [name], { formattingOptions: FORMATTING }));
}
