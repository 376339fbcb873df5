// What counts as real content in a section: words of prose, not headings, HTML comments (never
// part of a block), or placeholders. Word counting itself lives in text/count (`countWords`), so
// the parser, the rules and the placeholder rule agree on what a placeholder is.
import type { DocBlock, DraftDocument, SectionMatch } from '../document';

export { countWords } from '../text/count';

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
