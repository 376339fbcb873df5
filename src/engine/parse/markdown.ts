// Parses one chunk of Markdown with unified + remark-parse (GFM tables, front matter) and flattens
// the syntax tree into what the rules read: headings, text blocks with a map back to source
// offsets, HTML comments and front matter. All offsets here are relative to the chunk.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Processor } from 'unified';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { countWords } from '../text/count';
import { planChunk, readPlainStretch } from './plain-blocks';
import { lastIndexWhere } from '../text/search';
import { collectComments } from './html-comments';
import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';

export interface TextPiece {
  /** Index in the block's text where this piece starts. */
  textStart: number;
  /** Chunk offset of the piece's first character. */
  sourceStart: number;
  /** Per-character source offsets when the text is not a verbatim copy of the source (escapes, entities, stripped indentation). */
  sourceMap?: Int32Array;
}

export interface ListPlacement {
  listStart: number;
  ordered: boolean;
  /** Number of the first item of an ordered list (e.g. 7 for "7. …"). */
  firstNumber: number | null;
  itemIndex: number;
  itemStart: number;
  /** 0 for a top-level list, 1 for a list inside a list item, … */
  nesting: number;
}

export interface TablePlacement {
  tableStart: number;
  row: number;
  column: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

export interface TextBlock {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  pieces: TextPiece[];
  list?: ListPlacement;
  table?: TablePlacement;
  inQuote: boolean;
  /** True when the whole paragraph is bold or italic text ("**Glossary**"), which authors use as a pseudo-heading. */
  emphasisOnly: boolean;
  /**
   * Words of real content (text/count `countWords`: placeholders not counted), counted once
   * when the chunk is parsed because several rules weigh every section's length on every lint.
   */
  words: number;
}

export interface ParsedHeading {
  depth: number;
  text: string;
  start: number;
  end: number;
  setext: boolean;
}

export interface HtmlComment {
  start: number;
  end: number;
  /** Text between `<!--` and `-->`. */
  body: string;
}

export interface FrontMatter {
  start: number;
  end: number;
  raw: string;
  fields: Record<string, string>;
}

/** A link reference definition ("[ref]: https://…") or footnote definition ("[^1]: …") the chunk holds. */
export interface Definition {
  /** Normalised label, as the parser matches references to it (case and inner whitespace folded). */
  identifier: string;
  /** The label as written. */
  label: string;
  footnote: boolean;
  /** Chunk offset of the definition. */
  start: number;
}

export interface ParsedChunk {
  headings: ParsedHeading[];
  blocks: TextBlock[];
  comments: HtmlComment[];
  definitions: Definition[];
  frontMatter?: FrontMatter;
  /** Set when the parser failed on this chunk: it holds nothing and the engine reports it unchecked. */
  failure?: string;
}

/**
 * The parts of remark-gfm and remark-frontmatter the rules need (tables, footnotes, YAML front
 * matter), registered for parsing only: the serialisers those plugins also bring would double the
 * parser's share of every bundle.
 */
function parseExtensions(options: { table: boolean; frontMatter: boolean }) {
  return function (this: Processor) {
    const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    const micromark = (data.micromarkExtensions ??= []);
    const fromMarkdown = (data.fromMarkdownExtensions ??= []);
    if (options.table) {
      micromark.push(gfmTable());
      fromMarkdown.push(gfmTableFromMarkdown());
    }
    micromark.push(gfmFootnote());
    fromMarkdown.push(gfmFootnoteFromMarkdown());
    if (options.frontMatter) {
      micromark.push(frontmatter(['yaml']));
      fromMarkdown.push(frontmatterFromMarkdown(['yaml']));
    }
  };
}

const processors = new Map<string, ReturnType<typeof makeProcessor>>();
function makeProcessor(table: boolean, frontMatter: boolean) {
  return unified().use(remarkParse).use(parseExtensions({ table, frontMatter }));
}
function processorWith(table: boolean, frontMatter: boolean) {
  const key = `${table}${frontMatter}`;
  let found = processors.get(key);
  if (!found) processors.set(key, (found = makeProcessor(table, frontMatter)));
  return found;
}
const FENCE_LINE = /^---[ \t]*$/;

/**
 * Whether the text opens with a "---" line that a later "---" line closes. A line scan, not one
 * expression: a lazy "any lines" pattern backtracks exponentially over CRLF line ends (a 1.5 KB
 * chunk of CRLF lines after an unclosed "---" took 30 s).
 */
function hasClosedFrontMatter(text: string): boolean {
  let lineStart = 0;
  let first = true;
  while (lineStart <= text.length) {
    const lineEnd = nextLineEnd(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (first) {
      // The opening fence must end its line, as micromark's front matter extension requires.
      if (!FENCE_LINE.test(line) || lineEnd === text.length) return false;
      first = false;
    } else if (FENCE_LINE.test(line)) return true;
    if (lineEnd === text.length) return false;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return false;
}

function nextLineEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}

/**
 * For a chunk that opens with "---" but never closes it, the parser without front matter: after an
 * unclosed fence the front matter extension leaves micromark unable to see a block quote on the next
 * lines ("---\n> q\nL\n=" became a heading "> q L"), and an insertion further down then changed how
 * those lines parse.
 *
 * Without the table extension when the text cannot hold a table, which is most chunks: the
 * extension is tried at the start of every line and reads the line to its end (a tenth of the
 * parse). A GFM table needs a delimiter row, and micromark accepts one only if it holds a "|" or an
 * alignment colon, which always touches a dash (":-" or "-:"); with none of those the extension
 * fails on every line, and a failed attempt leaves nothing behind (its one flag, `interrupt`, is
 * set and reset within the attempt), so the tree is the same.
 */
function processorFor(text: string) {
  const frontMatter = !(text.startsWith('---') && !hasClosedFrontMatter(text));
  return processorWith(hasTableMarks(text), frontMatter);
}

function hasTableMarks(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

/**
 * Parses a chunk. `definitions` are link reference and footnote definitions that other chunks of
 * the draft hold ("[^1]: …" under a later "Notes" heading, "[ref]: …" under "References"): the
 * parser resolves a reference only when it knows the definition, so a chunk parsed without them
 * would read "[^1]" and "[text][ref]" as literal brackets where the whole draft reads a footnote and
 * a link. They are parsed as if written just before the chunk (or, for the first chunk, whose front
 * matter must stay first, just after it), and nothing they produce is kept.
 *
 * Stretches of plain prose are read directly (plain-blocks.ts), the rest with remark-parse; the
 * result is the one `parseChunkWithRemark` gives.
 */
export function parseChunk(source: string, definitions: readonly Definition[] = []): ParsedChunk {
  try {
    const plan = planChunk(source);
    if (!plan) return parseWithRemark(source, definitions, true);
    const out: ParsedChunk = { headings: [], blocks: [], comments: [], definitions: [] };
    for (const stretch of plan.stretches) {
      if (stretch.plain) readPlainStretch(source, plan, stretch, out);
      else appendMoved(out, parseWithRemark(source.slice(stretch.start, stretch.end), definitions, false), stretch.start);
    }
    return out;
  } catch (error) {
    return parseFailure(error);
  }
}

/** `parseChunk` with remark-parse reading all of the chunk. */
export function parseChunkWithRemark(source: string, definitions: readonly Definition[] = []): ParsedChunk {
  try {
    return parseWithRemark(source, definitions, true);
  } catch (error) {
    return parseFailure(error);
  }
}

/** Never expected, but a draft must not take the editor's linter down: the chunk goes unchecked and the engine says so. */
function parseFailure(error: unknown): ParsedChunk {
  return { headings: [], blocks: [], comments: [], definitions: [], failure: error instanceof Error ? error.message : String(error) };
}

/** `wholeChunk`: the source is a whole chunk, which may open with front matter; otherwise a stretch after its start. */
function parseWithRemark(source: string, definitions: readonly Definition[], wholeChunk: boolean): ParsedChunk {
  // micromark drops a leading byte order mark and counts offsets from the character after it.
  const origin = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const parsable = defuse(origin === 1 ? source.slice(1) : source);
  const { text: parsed, before } = withDefinitions(parsable, definitions, wholeChunk);
  const tree = (wholeChunk ? processorFor(parsed) : processorWith(hasTableMarks(parsed), false)).parse(parsed) as Root;
  if (origin - before !== 0) shiftOffsets(tree, origin - before);
  const out: ParsedChunk = { headings: [], blocks: [], comments: [], definitions: [] };
  walkBlocks(tree.children, origin === 1 ? source[0] + parsable : parsable, out, { inQuote: false, nesting: -1, root: true, origin });
  if (definitions.length > 0) dropOutside(out, source.length);
  return out;
}

/** Appends what a stretch starting at chunk offset `by` holds, at chunk offsets. */
function appendMoved(out: ParsedChunk, part: ParsedChunk, by: number): void {
  for (const block of part.blocks) {
    block.start += by;
    block.end += by;
    for (const piece of block.pieces) {
      piece.sourceStart += by;
      if (piece.sourceMap) for (let index = 0; index < piece.sourceMap.length; index++) piece.sourceMap[index] += by;
    }
    if (block.list) {
      block.list.listStart += by;
      block.list.itemStart += by;
    }
    if (block.table) block.table.tableStart += by;
    out.blocks.push(block);
  }
  for (const heading of part.headings) out.headings.push({ ...heading, start: heading.start + by, end: heading.end + by });
  for (const comment of part.comments) out.comments.push({ ...comment, start: comment.start + by, end: comment.end + by });
  for (const definition of part.definitions) out.definitions.push({ ...definition, start: definition.start + by });
}

/**
 * The text to parse with other chunks' definitions added, and how many characters were put before
 * it. A chunk after the first starts where a block starts whatever precedes it (see chunks.ts), so
 * definitions and a blank line in front change nothing in it; in front, not after, because the end
 * of a chunk may be inside an unclosed fence or comment that would swallow them.
 */
function withDefinitions(text: string, definitions: readonly Definition[], wholeChunk: boolean): { text: string; before: number } {
  if (definitions.length === 0) return { text, before: 0 };
  // A blank line after each: the text of a footnote definition is a paragraph, which would run on into the next line.
  const lines = definitions.map((definition) => (definition.footnote ? `[^${definition.label}]: x` : `[${definition.label}]: #`)).join('\n\n');
  // Front matter must stay first; only the first chunk of a draft can hold it.
  if (wholeChunk && text.startsWith('---')) return { text: `${text}\n\n${lines}\n`, before: 0 };
  const prefix = `${lines}\n\n`;
  return { text: prefix + text, before: prefix.length };
}

/** Drops what the added definitions produced (footnote text), which lies outside the chunk. */
function dropOutside(out: ParsedChunk, length: number): void {
  const inside = (item: { start: number }) => item.start >= 0 && item.start < length;
  out.blocks = out.blocks.filter(inside);
  out.headings = out.headings.filter(inside);
  out.comments = out.comments.filter(inside);
  out.definitions = out.definitions.filter(inside);
}

function shiftOffsets(tree: Root, by: number): void {
  const stack: { position?: Root['position']; children?: unknown }[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      if (node.position.start.offset !== undefined) node.position.start.offset += by;
      if (node.position.end.offset !== undefined) node.position.end.offset += by;
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child);
  }
}

/**
 * Block quotes and list items nested deeper than this, or starting further right than
 * MAX_CONTAINER_COLUMN, are read as text of the deepest container: remark's list handling is
 * quadratic in the nesting depth (a line of 2,000 "- " took seconds, 10,000 would hang the editor)
 * and 4,000 nested quotes overflowed the stack. Real reports nest three or four levels.
 */
const MAX_CONTAINER_DEPTH = 32;
const MAX_CONTAINER_COLUMN = 64;
/**
 * Emphasis, link and inline HTML marks one paragraph may hold before they are read as plain text:
 * micromark pairs them by searching back over every open mark, or forward to the paragraph's end,
 * so a paragraph of 16,000 unmatched "*", "[" or "<!--" took minutes. A real paragraph has a handful.
 */
const MAX_INLINE_MARKS = 1000;
/** Lazy continuation lines one quoted or listed paragraph may have before they are joined into one line. */
const MAX_LAZY_LINES = 100;

/**
 * The chunk as the parser should see it: the same length (so every offset still points into the
 * draft), with the first container marker beyond the nesting limit turned into a no-break space
 * (the rest of the line is then paragraph text), the inline marks of flooded paragraphs into
 * spaces, and the line breaks before excess lazy continuation lines into spaces. Returns the text
 * unchanged when it has none of these, which is every real draft.
 */
export function defuse(source: string): string {
  let chars: string[] | undefined;
  const replace = (at: number, by: string) => {
    chars ??= source.split('');
    chars[at] = by;
  };
  const lineBreak = /\r\n?|\n/g;
  // The marks of one inline run: a paragraph's lines, a heading, a table row. A new list item,
  // heading, table row or comment line starts a new run, so a long tight list or table is not
  // counted as one paragraph (and a block of control comments is never touched).
  let runStart = -1;
  let marks = 0;
  let runInContainer = false;
  let lazyLines = 0;
  let previousBreak: { index: number; length: number } | undefined;
  const endRun = (at: number) => {
    if (runStart !== -1 && marks > MAX_INLINE_MARKS) {
      for (let i = runStart; i < at; i++) if (isInlineMark(source.charCodeAt(i))) replace(i, ' ');
    }
    runStart = -1;
    marks = 0;
    lazyLines = 0;
  };
  let lineStart = 0;
  while (lineStart <= source.length) {
    lineBreak.lastIndex = lineStart;
    const found = lineBreak.exec(source);
    const lineEnd = found ? found.index : source.length;
    const prefix = containerPrefix(source, lineStart, lineEnd, replace);
    const contentStart = prefix.end;
    let lineMarks = 0;
    let lineBlank = true;
    for (let i = contentStart; i < lineEnd; i++) {
      const code = source.charCodeAt(i);
      if (isInlineMark(code)) lineMarks++;
      if (code !== 32 && code !== 9) lineBlank = false;
    }
    const first = source.charCodeAt(contentStart);
    const ownRun = first === 35 || first === 124; // # heading, | table row
    if (lineBlank || prefix.newItem || ownRun || source.startsWith('<!--', contentStart)) endRun(lineStart);
    if (!lineBlank && !source.startsWith('<!--', contentStart)) {
      if (runStart === -1) {
        runStart = contentStart;
        runInContainer = prefix.depth > 0;
      } else if (runInContainer && prefix.depth === 0 && /^[\p{L}\p{N}]/u.test(source[lineStart] ?? '') && previousBreak && ++lazyLines > MAX_LAZY_LINES) {
        // A lazy continuation line (no ">" or indentation, yet still in the quote's or item's
        // paragraph): joined to the line before, as the same paragraph text. micromark is
        // quadratic in the lazy lines of one paragraph (8,000 took seconds).
        for (let i = previousBreak.index; i < previousBreak.index + previousBreak.length; i++) replace(i, ' ');
      }
      marks += lineMarks;
      if (ownRun) endRun(lineEnd);
    }
    if (!found) break;
    previousBreak = { index: found.index, length: found[0].length };
    lineStart = found.index + found[0].length;
  }
  endRun(source.length);
  return chars ? chars.join('') : source;
}

function isInlineMark(code: number): boolean {
  // * _ [ ] and <, which opens inline HTML: each unclosed "<!--" is followed to the paragraph's end.
  return code === 42 || code === 95 || code === 91 || code === 93 || code === 60;
}

/**
 * Walks a line's block quote and list markers. The first one past the nesting limits becomes a
 * no-break space, which starts a paragraph holding the rest of the line. Returns where the line's
 * content starts, and whether the line opens a list item.
 */
function containerPrefix(source: string, lineStart: number, lineEnd: number, replace: (at: number, by: string) => void): { end: number; newItem: boolean; depth: number } {
  let i = lineStart;
  let column = 0;
  let depth = 0;
  let newItem = false;
  for (;;) {
    while (i < lineEnd) {
      const code = source.charCodeAt(i);
      if (code === 32) column++;
      else if (code === 9) column += 4 - (column % 4);
      else break;
      i++;
    }
    const markerStart = i;
    const code = source.charCodeAt(i);
    if (i >= lineEnd) return { end: i, newItem, depth };
    let item = true;
    if (code === 62) {
      i++; // >
      item = false;
    } else if ((code === 45 || code === 42 || code === 43) && isGapOrEnd(source, i + 1, lineEnd)) i++; // - * +
    else {
      let digits = 0;
      while (digits < 10 && i + digits < lineEnd && isDigit(source.charCodeAt(i + digits))) digits++;
      const delimiter = source.charCodeAt(i + digits);
      if (digits === 0 || digits > 9 || (delimiter !== 46 && delimiter !== 41) || !isGapOrEnd(source, i + digits + 1, lineEnd)) return { end: markerStart, newItem, depth };
      i += digits + 1;
    }
    depth++;
    if (depth > MAX_CONTAINER_DEPTH || column > MAX_CONTAINER_COLUMN) {
      replace(markerStart, '\u00A0');
      return { end: markerStart, newItem, depth };
    }
    newItem ||= item;
    column += i - markerStart;
  }
}

function isGapOrEnd(source: string, at: number, lineEnd: number): boolean {
  if (at >= lineEnd) return true;
  const code = source.charCodeAt(at);
  return code === 32 || code === 9;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

interface WalkState {
  inQuote: boolean;
  nesting: number;
  root: boolean;
  /** Offset of the chunk's first character after a byte order mark, where front matter may start. */
  origin: number;
  list?: Omit<ListPlacement, 'nesting'>;
}

function walkBlocks(nodes: RootContent[], source: string, out: ParsedChunk, state: WalkState): void {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        if (state.root && start === state.origin) out.frontMatter = { start, end, raw: node.value, fields: readFrontMatterFields(node.value) };
        break;
      case 'heading': {
        const block = textBlock('heading', node.children, source, start, end, state);
        if (state.root && !state.inQuote) {
          const setext = /[\r\n]/.test(source.slice(start, end)) && !source.slice(start, end).trimStart().startsWith('#');
          out.headings.push({ depth: node.depth, text: block.text.trim(), start, end, setext });
        }
        out.blocks.push(block);
        collectInlineComments(node.children, out);
        break;
      }
      case 'paragraph':
        out.blocks.push(textBlock('paragraph', node.children, source, start, end, state));
        collectInlineComments(node.children, out);
        break;
      case 'html':
        collectComments(node.value, start, out.comments);
        break;
      case 'blockquote':
        walkBlocks(node.children, source, out, { ...state, inQuote: true, root: false });
        break;
      case 'list': {
        node.children.forEach((item, itemIndex) => {
          const itemStart = item.position?.start.offset ?? start;
          const list = { listStart: start, ordered: node.ordered === true, firstNumber: node.ordered ? node.start ?? 1 : null, itemIndex, itemStart };
          walkBlocks(item.children, source, out, { inQuote: state.inQuote, nesting: state.nesting + 1, root: false, origin: state.origin, list });
        });
        break;
      }
      case 'table':
        node.children.forEach((row, rowIndex) => {
          row.children.forEach((cell, column) => {
            const cellStart = cell.position?.start.offset ?? start;
            const cellEnd = cell.position?.end.offset ?? cellStart;
            const block = textBlock('tableCell', cell.children, source, cellStart, cellEnd, state);
            block.table = { tableStart: start, row: rowIndex, column };
            out.blocks.push(block);
            collectInlineComments(cell.children, out);
          });
        });
        break;
      case 'footnoteDefinition':
        out.definitions.push({ identifier: node.identifier, label: node.label ?? node.identifier, footnote: true, start });
        // Definitions another chunk lent for parsing lie outside this chunk's text.
        if (start >= 0 && start < source.length) walkBlocks(node.children, source, out, { ...state, root: false });
        break;
      case 'definition':
        out.definitions.push({ identifier: node.identifier, label: node.label ?? node.identifier, footnote: false, start });
        break;
      default:
        // code, thematicBreak: no prose to check.
        break;
    }
  }
}

function textBlock(kind: BlockKind, children: PhrasingContent[], source: string, start: number, end: number, state: WalkState): TextBlock {
  const pieces: TextPiece[] = [];
  let text = '';
  const append = (value: string, nodeStart: number, nodeEnd: number) => {
    if (value.length === 0) return;
    const piece: TextPiece = { textStart: text.length, sourceStart: nodeStart };
    if (nodeEnd - nodeStart !== value.length || !source.startsWith(value, nodeStart)) piece.sourceMap = alignToSource(value, source, nodeStart, nodeEnd);
    pieces.push(piece);
    text += value;
  };
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      const nodeStart = node.position?.start.offset ?? start;
      const nodeEnd = node.position?.end.offset ?? nodeStart;
      if (node.type === 'text') append(node.value, nodeStart, nodeEnd);
      else if (node.type === 'break') append('\n', nodeStart, nodeEnd);
      else if (node.type === 'inlineCode') append(' '.repeat(Math.min(node.value.length, 1)), nodeStart, nodeStart);
      else if ('children' in node) visit((node as Parents).children as PhrasingContent[]);
    }
  };
  visit(children);
  const emphasisOnly = kind === 'paragraph' && children.length === 1 && (children[0].type === 'strong' || children[0].type === 'emphasis');
  const block: TextBlock = { kind, text, start, end, pieces, inQuote: state.inQuote, emphasisOnly, words: countWords(text, state.inQuote) };
  if (state.list) block.list = { ...state.list, nesting: state.nesting };
  return block;
}

/**
 * Maps each character of a text node's value to its source offset by walking both forwards.
 * Between two characters the source may hold what the parser drops (escaping backslashes,
 * indentation, `>` markers and line endings of continuation lines), and a character reference
 * ("&amp;", "&#65;") stands for the characters it decodes to. Anything else that does not line up
 * is looked for a short way ahead only: an unbounded search made a paragraph of 20,000 "&copy;"
 * take a minute, and could tie a character to a far-off lookalike (the "A" of "&#65;" to the "A"
 * of a later word), which put fixes in the wrong place.
 */
function alignToSource(value: string, source: string, sourceStart: number, sourceEnd: number): Int32Array {
  const map = new Int32Array(value.length);
  let j = sourceStart;
  // The last run of dropped characters walked, so a run of misses does not walk it again each time.
  let droppedFrom = -1;
  let droppedTo = -1;
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    let k = j === droppedFrom && !DROPPED.has(ch) ? droppedTo : j;
    while (k < sourceEnd && !sameCharacter(source[k], ch) && source[k] !== '&' && DROPPED.has(source[k])) k++;
    if (k > j) [droppedFrom, droppedTo] = [j, k];
    if (k < sourceEnd && source[k] === '&') {
      const decoded = characterReferenceAt(source, k, sourceEnd, value, i);
      if (decoded) {
        for (let unit = 0; unit < decoded.units; unit++) map[i + unit] = k;
        i += decoded.units;
        j = k + decoded.length;
        continue;
      }
    }
    if (k < sourceEnd && !sameCharacter(source[k], ch)) {
      const limit = Math.min(sourceEnd, k + LOOK_AHEAD);
      let ahead = k + 1;
      while (ahead < limit && !sameCharacter(source[ahead], ch)) ahead++;
      k = ahead < limit ? ahead : sourceEnd;
    }
    if (k < sourceEnd) {
      map[i] = k;
      j = k + 1;
    } else {
      map[i] = Math.min(j, Math.max(sourceStart, sourceEnd - 1));
    }
    i++;
  }
  return map;
}

/** micromark reads U+0000 as U+FFFD. */
function sameCharacter(sourceCharacter: string, valueCharacter: string): boolean {
  return sourceCharacter === valueCharacter || (valueCharacter === '\uFFFD' && sourceCharacter === '\u0000');
}

const DROPPED = new Set(['\\', ' ', '\t', '\r', '\n', '>']);
const LOOK_AHEAD = 32;
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/**
 * A character reference at `at` that the value holds decoded at `index`: its length in the source
 * and how many UTF-16 units it decoded to. A reference the value holds literally (an unknown name
 * such as "&foo;", or the text itself) is not one. Decoded as micromark decodes it: some named
 * references are two code points ("&NotEqualTilde;" is U+2242 U+0338), and guessing one let the
 * second swallow the next reference and shift every later offset.
 */
function characterReferenceAt(source: string, at: number, end: number, value: string, index: number): { length: number; units: number } | undefined {
  CHARACTER_REFERENCE.lastIndex = at;
  const match = CHARACTER_REFERENCE.exec(source);
  if (!match || at + match[0].length > end || value.startsWith(match[0], index)) return undefined;
  const [reference, hex, decimal, name] = match;
  const decoded = name !== undefined ? decodeNamedCharacterReference(name) : decodeNumericCharacterReference(hex ?? decimal!, hex !== undefined ? 16 : 10);
  if (decoded === false || decoded.length === 0 || !value.startsWith(decoded, index)) return undefined;
  return { length: reference.length, units: decoded.length };
}

function collectInlineComments(children: PhrasingContent[], out: ParsedChunk): void {
  for (const node of children) {
    if (node.type === 'html') collectComments(node.value, node.position?.start.offset ?? 0, out.comments);
    else if ('children' in node) collectInlineComments((node as Parents).children as PhrasingContent[], out);
  }
}

/** Reads top-level `key: value` scalars; nested YAML is not needed by any rule. */
function readFrontMatterFields(raw: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of raw.split(/\r\n?|\n/)) {
    const match = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    fields[match[1]] = value;
  }
  return fields;
}

export function sourceOffsetOf(block: { pieces: TextPiece[]; start: number }, textIndex: number): number {
  const pieces = block.pieces;
  if (pieces.length === 0) return block.start;
  const piece = pieces[Math.max(0, lastIndexWhere(pieces.length, (index) => pieces[index].textStart <= textIndex))];
  const within = Math.max(0, textIndex - piece.textStart);
  if (piece.sourceMap) return piece.sourceMap[Math.min(within, piece.sourceMap.length - 1)] ?? piece.sourceStart;
  return piece.sourceStart + within;
}

