// What counts as real content in a section: words of prose, not headings, HTML comments (never
// part of a block), or placeholders. Word counting itself lives in text/count (`countWords`), so
// the parser, the rules and the placeholder rule agree on what a placeholder is.
import type { ChunkEntry, DocBlock, DraftDocument, SectionMatch } from '../document';
import { lastIndexWhere } from '../text/search';

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

const REMEMBERED = new WeakMap<ChunkEntry, Map<string, { parts: readonly string[]; value: unknown }>>();

/**
 * What `compute` makes of a section, remembered until the section changes: a rule that reads a
 * whole section in `check` would otherwise read it again on every keystroke anywhere in the draft.
 * It is kept with the cache entry of the chunk holding the section's heading, so it lasts as long
 * as that parsed chunk. `parts` must be everything the value depends on (the section's texts and
 * any setting); `purpose` tells apart what different rules remember of the same section.
 */
export function rememberedForSection<Value>(doc: DraftDocument, match: SectionMatch, purpose: string, parts: readonly string[], compute: () => Value): Value {
  const entry = doc.chunkEntries[chunkIndexAt(doc, match.heading.start)];
  let remembered = REMEMBERED.get(entry);
  if (!remembered) REMEMBERED.set(entry, (remembered = new Map()));
  const kept = remembered.get(purpose);
  if (kept && sameParts(kept.parts, parts)) return kept.value as Value;
  const value = compute();
  remembered.set(purpose, { parts, value });
  return value;
}

/**
 * Whether two lists of parts are the same, part by part. The texts of blocks a keystroke left alone
 * are the same strings from lint to lint, so most compare at once; joining the parts into one key
 * copied a long section's whole text on every keystroke.
 */
function sameParts(kept: readonly string[], parts: readonly string[]): boolean {
  if (kept.length !== parts.length) return false;
  for (let index = 0; index < parts.length; index++) if (kept[index] !== parts[index]) return false;
  return true;
}

function chunkIndexAt(doc: DraftDocument, offset: number): number {
  const chunks = doc.chunks;
  return Math.max(0, lastIndexWhere(chunks.length, (index) => chunks[index].start <= offset));
}
