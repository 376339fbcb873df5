// What counts as real content in a section: words of prose, not headings, HTML comments (never
// part of a block), or placeholders such as "[insert date]", "TODO", "TBC" and "XX".
import type { DocBlock, DraftDocument, SectionMatch } from '../document';

// The innermost brackets: `[^\]\n]*` alone let each of many "[" search to the line's end (quadratic).
const PLACEHOLDER_TEXT = /\[[^[\]\n]*\]|\b(?:TODO|TBC|TBD|FIXME|XX+)\b/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.replace(PLACEHOLDER_TEXT, ' ').matchAll(WORD)) count++;
  return count;
}

/** Prose blocks of a section (subsection headings excluded). */
export function proseBlocks(doc: DraftDocument, match: SectionMatch): DocBlock[] {
  return doc.sectionBlocks(match).filter((block) => block.kind !== 'heading');
}

export function sectionWordCount(doc: DraftDocument, match: SectionMatch): number {
  let words = 0;
  for (const block of proseBlocks(doc, match)) words += block.words;
  return words;
}

export function isSectionEmpty(doc: DraftDocument, match: SectionMatch): boolean {
  return sectionWordCount(doc, match) < Math.max(1, match.section.minWords);
}

/** Speaks of the child by the draft's pseudonym in guidance text. */
export function personalise(guidance: string, childName: string): string {
  return childName === 'the child' ? guidance : guidance.replace(/\bthe child\b/g, childName);
}
