// The draft as the rules see it: chunks parsed once (and cached by text), assembled into headings,
// text blocks with absolute offsets, HTML comments, front matter, and the template sections the
// headings name, each with its extent in the document.
import { splitEditedText, splitIntoChunks, type Chunk } from './parse/chunks';
import { parseChunk, sourceOffsetOf, type Definition, type FrontMatter, type HtmlComment, type ListPlacement, type ParsedChunk, type TablePlacement, type TextBlock } from './parse/markdown';
import { compileHeadingMatcher, type HeadingMatcher, type HeadingReading } from './sections/heading-match';
import type { ScanItem } from './rule';
import { firstIndexWhere, lastIndexAtOrBefore } from './text/search';
import { DECLARATION_SAMPLE_LENGTH, declaredChildName, declaredPseudonyms } from './text/declared-name';
import { CHILD_NAME_SAMPLE_LENGTH, childPseudonymCounts, findChildName, mayEndInChildPseudonym, mostUsedChildPseudonym } from './text/pseudonyms';
import type { Template, TemplateSection } from './templates/schema';
import type { Position, Range } from './types';

export interface DocHeading {
  index: number;
  depth: number;
  text: string;
  start: number;
  end: number;
  line: number;
  setext: boolean;
  /** Template sections this heading opens (empty when it is a plain subheading or absorbed into its parent). */
  sectionIds: string[];
}

export interface DocBlock extends TextBlock {
  /** Offset of the block's chunk, to translate the chunk-relative `pieces`. */
  base: number;
  /** Index of the nearest heading above the block, or -1. */
  headingIndex: number;
}

export interface SectionMatch {
  section: TemplateSection;
  heading: DocHeading;
  /** Offset just after the heading. */
  bodyStart: number;
  /** Offset where the section ends: the next heading of the same or a higher level, or the next template section. */
  end: number;
  /** Set on the second and later matches of the same section. */
  duplicateOf?: SectionMatch;
}

export interface ChunkEntry {
  text: string;
  parsed: ParsedChunk;
  /**
   * Per-rule facts found by scanning the chunk's blocks, by rule id (or 'coverage'): one placement
   * for each place the chunk has in a document (almost always one; a pasted section can make two).
   */
  scans: Map<string, PlacedScan[]>;
  lastUsed: number;
  /** The child pseudonyms in the chunk's text (DraftDocument.childName); null when one may run on into the next chunk. */
  childPseudonyms?: ReadonlyMap<string, number> | null;
  /** Names the chunk declares as pseudonyms ("Tyler (a pseudonym)"; DraftDocument.declaredPseudonyms), kept once asked for. */
  declaredPseudonyms?: readonly string[];
  /** The text in lower case, kept once asked for: whether the chunk may refer to another chunk's definitions is asked on every lint. */
  lowerText?: string;
  /**
   * The chunk's blocks and comments as last placed in a document: at offset `base`, after
   * `headingsBefore` headings. A document that finds the chunk at the same offset after as many
   * headings places it identically, so it takes these same objects (a keystroke re-places only the
   * chunks it moved), and what is remembered per block (block-text's words and sentences) carries
   * over to the next lint.
   */
  placed?: { base: number; headingsBefore: number; blocks: DocBlock[]; comments: HtmlComment[] };
}

/**
 * A chunk's scan items with document offsets for the chunk at `base`. A keystroke moves every chunk
 * after it: the engine then moves the items in place (their offsets only) rather than rescanning or
 * copying them. The items are the engine's own copies of what a scan returned, seen by rules only
 * during a lint, so moving them changes nothing a finished lint handed out.
 */
export interface PlacedScan {
  base: number;
  items: ScanItem[];
  /** The collection (one per rule per lint) that last used this placement, so a chunk twice in one document gets two. */
  usedBy: number;
}

/** Parsed chunks by text, shared by every document linted with the same engine instance. */
export class ChunkCache {
  private readonly entries = new Map<string, ChunkEntry>();
  private generation = 0;

  get size(): number {
    return this.entries.size;
  }

  beginRun(): number {
    return ++this.generation;
  }

  /** The chunk parsed, with the definitions (from other chunks) its references need. */
  get(text: string, generation: number, definitions: readonly Definition[] = []): ChunkEntry {
    // A chunk's parse depends on its text and on the definitions lent to it, so both make the key.
    const key = definitions.length === 0 ? text : `${text}\u0000${definitions.map((definition) => `${definition.footnote ? '^' : ''}${definition.label}`).join('\u0000')}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { text, parsed: parseChunk(text, definitions), scans: new Map(), lastUsed: generation };
      this.entries.set(key, entry);
    }
    entry.lastUsed = generation;
    return entry;
  }

  /** Drops chunks no document has used for a while, so memory follows the open drafts, not their history. */
  evict(keepGenerations: number, maxEntries: number): void {
    if (this.entries.size <= maxEntries) return;
    const oldest = this.generation - keepGenerations;
    for (const [key, entry] of this.entries) if (entry.lastUsed < oldest) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

export class DraftDocument {
  readonly lineStarts: number[];
  readonly headings: DocHeading[] = [];
  readonly blocks: DocBlock[] = [];
  readonly comments: HtmlComment[] = [];
  frontMatter?: FrontMatter;
  readonly matches: SectionMatch[] = [];
  readonly chunkEntries: ChunkEntry[];
  readonly chunks: Chunk[];
  private readonly firstMatchById = new Map<string, SectionMatch>();
  private sectionSegments?: { starts: number[]; innermost: (SectionMatch | undefined)[] };

  constructor(
    readonly text: string,
    readonly template: Template,
    cache: ChunkCache,
    generation: number,
    matcher: HeadingMatcher = compileHeadingMatcher(template),
    /** false: the whole draft is one chunk, as a parser that reads it at once sees it (tests hold chunking to that). */
    chunking = true,
    /**
     * The document this engine linted last, when chunking: most often this text before a keystroke,
     * whose split into chunks is kept around the edit (and whose chunk texts, hashed once already,
     * find their cache entries without hashing the draft again).
     */
    previous?: DraftDocument,
  ) {
    this.lineStarts = computeLineStarts(text);
    this.chunks = !chunking ? [{ start: 0, startLine: 0, text }] : previous ? splitEditedText(text, previous.text, previous.chunks) : splitIntoChunks(text);
    this.chunkEntries = withLentDefinitions(this.chunks, generation, cache);
    this.chunks.forEach((chunk, chunkIndex) => {
      const entry = this.chunkEntries[chunkIndex];
      const parsed = entry.parsed;
      const base = chunk.start;
      if (parsed.frontMatter && base === 0) this.frontMatter = parsed.frontMatter;
      const headingsBefore = this.headings.length;
      // Headings are made anew every time: they carry line numbers and the sections matched to them.
      for (const heading of parsed.headings) this.addHeading(heading, base);
      let placed = entry.placed;
      if (!placed || placed.base !== base || placed.headingsBefore !== headingsBefore) {
        const blocks: DocBlock[] = [];
        let headingCursor = 0;
        for (const block of parsed.blocks) {
          while (headingCursor < parsed.headings.length && parsed.headings[headingCursor].start <= block.start) headingCursor++;
          blocks.push(placeBlock(block, base, headingsBefore + headingCursor - 1));
        }
        const comments = parsed.comments.map((comment) => ({ ...comment, start: comment.start + base, end: comment.end + base }));
        placed = { base, headingsBefore, blocks, comments };
        entry.placed = placed;
      }
      for (const block of placed.blocks) this.blocks.push(block);
      for (const comment of placed.comments) this.comments.push(comment);
    });
    // Reading the opening pages for a declared name costs a fraction of a millisecond: a keystroke past them keeps the last answer.
    if (previous?.declared && previous.openingTitle() === this.openingTitle() && sameOpening(previous.text, text)) this.declared = previous.declared;
    this.headingMatcher = matcher;
    this.matchSections();
  }

  private readonly headingMatcher: HeadingMatcher;
  private childAsWritten?: RegExp | null;

  /** What a heading with this text would name in this draft (a rule may ask it of a line that is not a heading). */
  readHeading(text: string): HeadingReading {
    if (this.childAsWritten === undefined) this.childAsWritten = this.childNameAsWritten();
    const asChild = this.childAsWritten;
    if (!asChild) return this.headingMatcher.read(text);
    // Not after a part word: looked at only where the name is found (a lookbehind of "Part\s+" before every character is quadratic on white space).
    return this.headingMatcher.read(text.replace(asChild, (name, offset: number) => (AFTER_PART_WORD.test(text.slice(Math.max(0, offset - 24), offset)) ? name : 'the child')));
  }

  /**
   * How a heading may name the child besides "Child K" (which the matcher reads itself): by a first
   * name declared as the pseudonym ("What Kai told us"), or by the pseudonym's label alone ("What R
   * told us" in a review of Young Person R); readHeading leaves the label of a part ("Appendix R").
   */
  private childNameAsWritten(): RegExp | null {
    const declared = this.declaredChildName;
    if (declared !== undefined) return new RegExp(`(?<![\\p{L}\\p{N}])${declared}(?![\\p{L}\\p{N}])`, 'gu');
    const label = CHILD_PSEUDONYM_LABEL_OF.exec(this.childName())?.[1];
    if (label === undefined) return null;
    // "A" and "I" are words too ("A day in the life"): as labels only in the possessive ("A's story").
    const after = label === 'A' || label === 'I' ? `(?=['’]s(?![\\p{L}\\p{N}]))` : '(?![\\p{L}\\p{N}])';
    return new RegExp(`(?<![\\p{L}\\p{N}])${label}${after}`, 'gu');
  }

  /** The draft's title: its first top-level heading. */
  openingTitle(): string | undefined {
    return this.headings.find((heading) => heading.depth === 1)?.text;
  }

  private addHeading(heading: ParsedChunk['headings'][number], base: number): void {
    const start = heading.start + base;
    this.headings.push({
      index: this.headings.length,
      depth: heading.depth,
      text: heading.text,
      start,
      end: heading.end + base,
      line: this.positionAt(start).line,
      setext: heading.setext,
      sectionIds: [],
    });
  }

  private matchSections(): void {
    const readings = this.headings.map((heading) => this.readHeading(heading.text));
    const promotable = this.assignSections(readings, new Set());
    // A bare subheading ("### Recommendations" under "## Conclusions") stays inside its section,
    // unless the draft names that required section nowhere else: then it is the section.
    const missing = new Set(this.template.sections.filter((section) => section.required && !this.firstMatchById.has(section.id)).map((section) => section.id));
    const promote = new Set(promotable.filter(({ sectionIds }) => sectionIds.some((id) => missing.has(id))).map(({ index }) => index));
    if (promote.size === 0) return;
    this.matches.length = 0;
    this.firstMatchById.clear();
    for (const heading of this.headings) heading.sectionIds.length = 0;
    this.assignSections(readings, promote);
  }

  /**
   * Opens and closes template sections heading by heading. A heading at the level of the open
   * sections or above ends them and opens what it names (a second opening of a section is a
   * duplicate). A deeper heading is a subheading: it stays inside the open section ("### Finding 2:
   * hearing the child in assessments" under "## Findings", "### Analysis" under the voice of the
   * child, "### Recommendations from the previous review" under the background), unless every word
   * of it names a section not yet present ("### Practitioner involvement" under the methodology,
   * "#### What We Looked At" under the introduction), which then begins there. Returns the bare
   * subheadings kept inside, which a second pass may promote.
   */
  private assignSections(readings: HeadingReading[], promote: ReadonlySet<number>): { index: number; sectionIds: string[] }[] {
    const promotable: { index: number; sectionIds: string[] }[] = [];
    let active: SectionMatch[] = [];
    for (const heading of this.headings) {
      const reading = readings[heading.index];
      const parents = active.filter((match) => match.heading.depth < heading.depth);
      let opening: TemplateSection[];
      if (parents.length > 0) {
        const namesParent = reading.sections.some((section) => parents.some((match) => match.section.id === section.id));
        const absent = reading.sections.filter((section) => !this.firstMatchById.has(section.id));
        if (namesParent || reading.instance) opening = [];
        else if (reading.bare && !promote.has(heading.index)) {
          if (absent.length > 0) promotable.push({ index: heading.index, sectionIds: absent.map((section) => section.id) });
          opening = [];
        } else opening = absent.filter((section) => reading.full.has(section.id) || promote.has(heading.index));
      } else {
        // "## Finding 2" after "## Finding 1" continues the same section.
        const continued = reading.instance && active.some((match) => reading.sections.some((section) => section.id === match.section.id));
        if (continued) continue;
        opening = reading.sections;
      }
      const stillOpen: SectionMatch[] = [];
      for (const match of active) {
        if (opening.length > 0 || heading.depth <= match.heading.depth) match.end = heading.start;
        else stillOpen.push(match);
      }
      active = stillOpen;
      for (const section of opening) {
        const match: SectionMatch = { section, heading, bodyStart: heading.end, end: this.text.length };
        const first = this.firstMatchById.get(section.id);
        if (first) match.duplicateOf = first;
        else this.firstMatchById.set(section.id, match);
        heading.sectionIds.push(section.id);
        this.matches.push(match);
        active.push(match);
      }
    }
    return promotable;
  }

  /** The child's name for messages: the pseudonym the draft uses most ("Child J"), else a first name it declares as one ("Kai"), else "the child". */
  childName(): string {
    const pseudonym = this.mostUsedChildPseudonym();
    return pseudonym === 'the child' ? (this.declaredChildName ?? pseudonym) : pseudonym;
  }

  /**
   * findChildName(this.text), counted chunk by chunk with each chunk's counts kept: a keystroke
   * counts only the chunk it changed, not the whole draft. A chunk starts after a line break, so a
   * pseudonym at its start is one in the draft too; one that may run on into the next chunk, and
   * the chunk the sample ends in, are counted in the draft's text.
   */
  private mostUsedChildPseudonym(): string {
    const parts: ReadonlyMap<string, number>[] = [];
    for (let index = 0; index < this.chunks.length; index++) {
      const chunk = this.chunks[index];
      if (chunk.start >= CHILD_NAME_SAMPLE_LENGTH) break;
      if (chunk.start + chunk.text.length > CHILD_NAME_SAMPLE_LENGTH) {
        parts.push(childPseudonymCounts(chunk.text.slice(0, CHILD_NAME_SAMPLE_LENGTH - chunk.start)));
        break;
      }
      const entry = this.chunkEntries[index];
      if (entry.childPseudonyms === undefined) entry.childPseudonyms = mayEndInChildPseudonym(entry.text) ? null : childPseudonymCounts(entry.text);
      if (entry.childPseudonyms === null && index < this.chunks.length - 1) return findChildName(this.text);
      parts.push(entry.childPseudonyms ?? childPseudonymCounts(entry.text));
    }
    return mostUsedChildPseudonym(parts);
  }

  private declaredNames?: ReadonlySet<string>;

  /** Every name the draft declares as a pseudonym, anywhere in it: "her brother Tyler (a pseudonym)", "referred to as Kai". */
  declaredPseudonyms(): ReadonlySet<string> {
    if (this.declaredNames) return this.declaredNames;
    const names = new Set<string>();
    for (const entry of this.chunkEntries) for (const name of (entry.declaredPseudonyms ??= declaredPseudonyms(entry.text))) names.add(name);
    return (this.declaredNames = names);
  }

  private declared?: { name: string | undefined };

  /** A first name the draft declares as the child's pseudonym ("referred to as Kai"; text/declared-name.ts). */
  get declaredChildName(): string | undefined {
    this.declared ??= { name: declaredChildName(this.openingTitle(), this.text.slice(0, DECLARATION_SAMPLE_LENGTH)) };
    return this.declared.name;
  }

  /** The first heading that names the template section, if any. */
  section(id: string): SectionMatch | undefined {
    return this.firstMatchById.get(id);
  }

  sectionsWithRole(role: NonNullable<TemplateSection['role']>): SectionMatch[] {
    return this.matches.filter((match) => match.section.role === role && !match.duplicateOf);
  }

  /** The innermost template section containing the offset. */
  sectionAt(offset: number): SectionMatch | undefined {
    // Looked up for every theme hit and many rule items: a binary search over the offsets where
    // the answer can change, rather than a pass over every section each time.
    const segments = (this.sectionSegments ??= this.computeSectionSegments());
    const segment = lastIndexAtOrBefore(segments.starts, offset);
    return segment < 0 ? undefined : segments.innermost[segment];
  }

  /** Between two consecutive section starts or ends, the same sections contain every offset. */
  private computeSectionSegments() {
    const starts = [...new Set(this.matches.flatMap((match) => [match.heading.start, match.end]))].sort((a, b) => a - b);
    const innermost = starts.map((offset) => {
      let found: SectionMatch | undefined;
      for (const match of this.matches) {
        if (match.heading.start <= offset && offset < match.end) {
          if (!found || match.heading.start >= found.heading.start) found = match;
        }
      }
      return found;
    });
    return { starts, innermost };
  }

  /** Blocks whose start lies in [start, end), found by binary search. */
  blocksIn(start: number, end: number): DocBlock[] {
    const out: DocBlock[] = [];
    for (let i = this.firstBlockFrom(start); i < this.blocks.length && this.blocks[i].start < end; i++) out.push(this.blocks[i]);
    return out;
  }

  /**
   * Whether a paragraph or table cell under the heading (down to the next heading of its level or
   * higher, subsections included) has words of its own; placeholders are not words.
   */
  hasTextUnder(headingIndex: number): boolean {
    const heading = this.headings[headingIndex];
    let end = this.text.length;
    for (let next = headingIndex + 1; next < this.headings.length; next++) {
      if (this.headings[next].depth <= heading.depth) {
        end = this.headings[next].start;
        break;
      }
    }
    for (let i = this.firstBlockFrom(heading.end); i < this.blocks.length && this.blocks[i].start < end; i++) {
      if (this.blocks[i].kind !== 'heading' && this.blocks[i].words > 0) return true;
    }
    return false;
  }

  private firstBlockFrom(start: number): number {
    const blocks = this.blocks;
    return firstIndexWhere(blocks.length, (index) => blocks[index].start >= start);
  }

  /** Body blocks of a section (its heading excluded). */
  sectionBlocks(match: SectionMatch): DocBlock[] {
    return this.blocksIn(match.bodyStart, match.end);
  }

  /** Document offset of a character in a block's text. */
  offsetInBlock(block: DocBlock, textIndex: number): number {
    return block.base + sourceOffsetOf(block, textIndex);
  }

  /** Document range of block.text.slice(from, to). */
  rangeInBlock(block: DocBlock, from: number, to: number): { start: number; end: number } {
    const start = this.offsetInBlock(block, from);
    const end = to > from ? this.offsetInBlock(block, to - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The first line starts at 0, so some line starts at or before any clamped offset.
    const line = lastIndexAtOrBefore(this.lineStarts, clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1, offset: clamped };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset where the body starts (after front matter), for edits that go "at the top". */
  get bodyStart(): number {
    return this.frontMatter ? this.lineStartAfter(this.frontMatter.end) : 0;
  }

  lineStartAfter(offset: number): number {
    return this.lineStarts[this.positionAt(offset).line] ?? this.text.length;
  }

  /** Whether an offset is inside a block, i.e. body text rather than markup like comments or code. */
  isInComment(offset: number): boolean {
    return this.comments.some((comment) => comment.start <= offset && offset < comment.end);
  }
}

/**
 * Each chunk parsed, lending it the link and footnote definitions other chunks hold when its text
 * may refer to one: "[^1]" in the findings and "[^1]: …" under "Notes" are a footnote, as they are
 * when the whole draft is parsed at once, not a bracketed placeholder. A chunk whose references are
 * all defined in itself (every chunk of most drafts) is parsed and cached on its text alone.
 */
function withLentDefinitions(chunks: readonly Chunk[], generation: number, cache: ChunkCache): ChunkEntry[] {
  const entries = chunks.map((chunk) => cache.get(chunk.text, generation));
  if (chunks.length < 2) return entries;
  const all = new Map<string, Definition>();
  for (const entry of entries) {
    for (const definition of entry.parsed.definitions) {
      const key = `${definition.footnote ? '^' : ''}${definition.identifier}`;
      if (!all.has(key)) all.set(key, definition);
    }
  }
  if (all.size === 0) return entries;
  return entries.map((entry, index) => {
    const own = new Set(entry.parsed.definitions.map((definition) => `${definition.footnote ? '^' : ''}${definition.identifier}`));
    const lent: Definition[] = [];
    for (const [key, definition] of all) {
      if (own.has(key)) continue;
      // A cheap test that the chunk could refer to the label; a definition lent needlessly changes nothing but the cache key.
      const lower = (entry.lowerText ??= entry.text.toLowerCase());
      if (definition.identifier.includes(' ') || lower.includes(definition.identifier)) lent.push(definition);
    }
    return lent.length === 0 ? entry : cache.get(chunks[index].text, generation, lent);
  });
}

/**
 * A chunk's block at its place in the document. Written out field by field rather than spread
 * (`{ ...block }`): one spread site copying blocks of many shapes ran megamorphic and was a fifth of
 * a keystroke re-lint on a 50k-word draft. The `satisfies` clause fails to compile when TextBlock
 * gains a field that is not copied here.
 */
function placeBlock(block: TextBlock, base: number, headingIndex: number): DocBlock {
  const { list, table } = block;
  return {
    kind: block.kind,
    text: block.text,
    start: block.start + base,
    end: block.end + base,
    pieces: block.pieces,
    list: list && { listStart: list.listStart + base, ordered: list.ordered, firstNumber: list.firstNumber, itemIndex: list.itemIndex, itemStart: list.itemStart + base, nesting: list.nesting },
    table: table && { tableStart: table.tableStart + base, row: table.row, column: table.column },
    inQuote: block.inQuote,
    emphasisOnly: block.emphasisOnly,
    words: block.words,
    base,
    headingIndex,
  } satisfies Record<keyof TextBlock, unknown> & { list: Record<keyof ListPlacement, unknown> | undefined; table: Record<keyof TablePlacement, unknown> | undefined } & Omit<DocBlock, keyof TextBlock>;
}

/**
 * Where each line starts. A line ends at LF, CRLF or a lone CR, as in the parser and in VS Code:
 * counting LF alone put everything after a lone CR on one long line.
 */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let index = text.indexOf('\n');
  if (text.indexOf('\r') === -1) {
    while (index !== -1) {
      starts.push(index + 1);
      index = text.indexOf('\n', index + 1);
    }
    return starts;
  }
  for (const lineBreak of text.matchAll(/\r\n?|\n/g)) starts.push(lineBreak.index + lineBreak[0].length);
  return starts;
}

/** The label of a child's pseudonym: "R" of "Young Person R", "K2" of "Child K2". */
const CHILD_PSEUDONYM_LABEL_OF = /^(?:Child|Baby|Infant|Young Person|YP) ([A-Z]{1,2}\d?)$/;
/** Text ending in a word after which a letter labels a part of the report, not the child: "Appendix R", "Finding A", "Part B". */
const AFTER_PART_WORD = /(?:^|[^\p{L}])(?:[Pp]arts?|[Ss]ections?|[Aa]ppendix|[Aa]nnexe?|[Cc]hapter|[Ss]tage|[Tt]heme|[Ff]inding|[Rr]ecommendation|[Oo]ption|[Pp]hase|[Tt]able|[Ff]igure|[Ee]pisode|[Ll]evel|[Gg]rade|[Ss]ibling|[Pp]arent|[Aa]dult|[Pp]erson|[Cc]hild|[Bb]aby|[Ii]nfant|YP)\s+$/u;

/** Whether two texts share the part declaredChildName reads. */
function sameOpening(a: string, b: string): boolean {
  const length = Math.min(DECLARATION_SAMPLE_LENGTH, Math.max(a.length, b.length));
  return a.length >= length && b.length >= length && a.startsWith(b.slice(0, length));
}
