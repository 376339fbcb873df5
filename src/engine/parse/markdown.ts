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
import { countWords } from '../sections/content';
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
   * Words of real content (sections/content `countWords`: placeholders not counted), counted once
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

export interface ParsedChunk {
  headings: ParsedHeading[];
  blocks: TextBlock[];
  comments: HtmlComment[];
  frontMatter?: FrontMatter;
}

/**
 * The parts of remark-gfm and remark-frontmatter the rules need (tables, footnotes, YAML front
 * matter), registered for parsing only: the serialisers those plugins also bring would double the
 * parser's share of every bundle.
 */
function parseExtensions(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), frontmatterFromMarkdown(['yaml']));
}

const processor = unified().use(remarkParse).use(parseExtensions);

export function parseChunk(source: string): ParsedChunk {
  const tree = processor.parse(source) as Root;
  const out: ParsedChunk = { headings: [], blocks: [], comments: [] };
  walkBlocks(tree.children, source, out, { inQuote: false, nesting: -1, root: true });
  return out;
}

interface WalkState {
  inQuote: boolean;
  nesting: number;
  root: boolean;
  list?: Omit<ListPlacement, 'nesting'>;
}

function walkBlocks(nodes: RootContent[], source: string, out: ParsedChunk, state: WalkState): void {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        if (state.root && start === 0) out.frontMatter = { start, end, raw: node.value, fields: readFrontMatterFields(node.value) };
        break;
      case 'heading': {
        const block = textBlock('heading', node.children, source, start, end, state);
        if (state.root && !state.inQuote) {
          const firstLineEnd = source.indexOf('\n', start);
          const setext = firstLineEnd !== -1 && firstLineEnd < end && !source.slice(start, end).trimStart().startsWith('#');
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
        collectComments(node.value, start, out);
        break;
      case 'blockquote':
        walkBlocks(node.children, source, out, { ...state, inQuote: true, root: false });
        break;
      case 'list': {
        node.children.forEach((item, itemIndex) => {
          const itemStart = item.position?.start.offset ?? start;
          const list = { listStart: start, ordered: node.ordered === true, firstNumber: node.ordered ? node.start ?? 1 : null, itemIndex, itemStart };
          walkBlocks(item.children, source, out, { inQuote: state.inQuote, nesting: state.nesting + 1, root: false, list });
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
        walkBlocks(node.children, source, out, { ...state, root: false });
        break;
      default:
        // code, thematicBreak, definition: no prose to check.
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
  const block: TextBlock = { kind, text, start, end, pieces, inQuote: state.inQuote, emphasisOnly, words: countWords(text) };
  if (state.list) block.list = { ...state.list, nesting: state.nesting };
  return block;
}

/**
 * Maps each character of a text node's value to its source offset by walking both forwards;
 * source characters that have no counterpart (backslashes, entity names, indentation and `>`
 * markers stripped from continuation lines) are skipped.
 */
function alignToSource(value: string, source: string, sourceStart: number, sourceEnd: number): Int32Array {
  const map = new Int32Array(value.length);
  let j = sourceStart;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    while (k < sourceEnd && source[k] !== ch) k++;
    if (k < sourceEnd) {
      map[i] = k;
      j = k + 1;
    } else {
      map[i] = Math.min(j, Math.max(sourceStart, sourceEnd - 1));
    }
  }
  return map;
}

function collectInlineComments(children: PhrasingContent[], out: ParsedChunk): void {
  for (const node of children) {
    if (node.type === 'html') collectComments(node.value, node.position?.start.offset ?? 0, out);
    else if ('children' in node) collectInlineComments((node as Parents).children as PhrasingContent[], out);
  }
}

function collectComments(value: string, base: number, out: ParsedChunk): void {
  let from = 0;
  for (;;) {
    const open = value.indexOf('<!--', from);
    if (open === -1) return;
    const close = value.indexOf('-->', open + 4);
    const stop = close === -1 ? value.length : close + 3;
    out.comments.push({ start: base + open, end: base + stop, body: value.slice(open + 4, close === -1 ? value.length : close) });
    from = stop;
  }
}

/** Reads top-level `key: value` scalars; nested YAML is not needed by any rule. */
function readFrontMatterFields(raw: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of raw.split(/\r?\n/)) {
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
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].textStart <= textIndex) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const within = Math.max(0, textIndex - piece.textStart);
  if (piece.sourceMap) return piece.sourceMap[Math.min(within, piece.sourceMap.length - 1)] ?? piece.sourceStart;
  return piece.sourceStart + within;
}

