// Most of a review is plain prose: paragraphs, numbered paragraphs ("12. The school …"), bullets,
// ATX headings and tables with no inline Markdown but bold. For those lines remark-parse's result is
// known without running it (the text is the source, verbatim, less the marks of bold), and running
// micromark over them was most of the cost of opening a long draft. This module reads such
// stretches of a chunk directly and leaves every other stretch to remark-parse (markdown.ts), so
// that the result is exactly the one a parse of the whole chunk gives: `test/unit/plain-blocks.test.ts`
// checks that on every chunk of the samples, of generated drafts, of the CommonMark examples and of
// thousands of edge-case chunks.
//
// Where this reads a line itself, nothing on it can mean anything else to Markdown: it has no
// inline mark (`_`, `[`, `` ` ``, `<`, `&`, `\`, …) but "**" pairs that can only be bold, no tab or
// control character, no space at either end, and starts with a letter, a digit that is no list
// marker, an opening quote or bracket, a list marker and one space, "#"s and one space, or "|" (a
// table row). A stretch is read here only where CommonMark guarantees it parses the same alone as
// in the chunk: it lies between blank lines, and whatever remark reads before it ends there.
import { countWords, isLetterOrDigit } from '../text/count';
import { collectComments } from './html-comments';
import type { ListPlacement, ParsedChunk, TextBlock, TextPiece } from './markdown';

/** A stretch of a chunk, read here (`plain`) or by remark-parse; offsets are the chunk's. */
export interface ChunkStretch {
  plain: boolean;
  start: number;
  end: number;
  /** Its lines in the plan's `lines`, from `firstLine` up to `endLine`. */
  firstLine: number;
  endLine: number;
}

/** How to read a chunk (see planChunk), and its lines as classified once for the plan and the reading. */
export interface ChunkPlan {
  stretches: ChunkStretch[];
  lines: Lines;
}

const BLANK = 0;
const HEADING = 1;
const ITEM = 2;
const PARAGRAPH = 3;
const OTHER = 4;
/** "| cell | cell |", every cell plain text. */
const TABLE_ROW = 5;
/** "| --- | :-: |", a table's delimiter row. */
const TABLE_DELIMITER = 6;
/** "<!-- … -->" at the margin, closed on the line: an HTML block of its own (a control comment, a note). */
const COMMENT = 7;

export interface Lines {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** For an item: where its text starts; for a heading: its depth. */
  content: Int32Array;
  /** For an item: its list's kind (the bullet, or 1000 + the delimiter after a number). */
  listKey: Int32Array;
  /** For an ordered item: its number, or -1 for a bullet; for a table row: its cells. */
  number: Float64Array;
}

/**
 * How to read the chunk: its stretches in order, or undefined to parse the whole chunk with
 * remark-parse (nothing in it is plain, or it holds what one stretch may need from another: front
 * matter, link or footnote definitions, CR line ends, a byte order mark).
 */
export function planChunk(source: string): ChunkPlan | undefined {
  if (source.length === 0 || source.startsWith('---') || source.charCodeAt(0) === 0xfeff || source.includes('\r') || source.includes(']:')) return undefined;
  const lines = classifyLines(source);
  const segments = findSegments(lines);
  if (segments.length === 0) return undefined;
  const plain = segments.map((segment) => isPlainSegment(lines, segment));
  // A plain segment that ends inside a list, followed by one remark reads that may continue it
  // (an indented line, another item), is remark's too: the list's items must be read together.
  for (let index = segments.length - 2; index >= 0; index--) {
    if (plain[index] && !plain[index + 1] && endsInList(lines, segments[index]) && mayContinueList(source.charCodeAt(lines.start[segments[index + 1].first]))) plain[index] = false;
  }
  // A plain segment after remark's stretch starts a block of its own only if that stretch closed
  // everything that a blank line does not (fenced code, HTML comments and other HTML blocks), and
  // it does not open with an item where that stretch may have left a list open.
  let scanner: OpenBlockScanner | undefined;
  // Whether remark's stretch has a line that could be in a list (one at the margin that starts like an item, or indented).
  let mayHoldList = false;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (!plain[index]) {
      if (!scanner) (scanner = new OpenBlockScanner()), (mayHoldList = false);
      for (let line = segment.first; line <= segment.last; line++) {
        scanner.feed(source, lines.start[line], lines.end[line]);
        if (mayContinueList(source.charCodeAt(lines.start[line]))) mayHoldList = true;
      }
      continue;
    }
    if (scanner && ((lines.kind[segment.first] === ITEM && mayHoldList) || !scanner.closed())) {
      plain[index] = false;
      index--; // Fed to the scanner as remark's.
      continue;
    }
    scanner = undefined;
  }
  const stretches: ChunkStretch[] = [];
  // remark-parse's time grows with the square of a run of block quotes and lists (80 KB of
  // alternating bullets and quotes took 20 s): its run is cut into stretches where a blank line
  // leaves nothing open that the next segment could belong to (see startsAfresh).
  let remark: { scanner: OpenBlockScanner; mayHoldList: boolean } | undefined;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const firstLine = index === 0 ? 0 : segment.first;
    const last = stretches[stretches.length - 1];
    const continues = last !== undefined && last.plain === plain[index] && (plain[index] || !startsAfresh(source, lines, segment, remark!));
    if (!continues) {
      if (last) {
        last.end = lines.start[firstLine];
        last.endLine = firstLine;
      }
      stretches.push({ plain: plain[index], start: lines.start[firstLine], end: source.length, firstLine, endLine: lines.count });
      remark = plain[index] ? undefined : { scanner: new OpenBlockScanner(), mayHoldList: false };
    }
    if (remark) {
      for (let line = segment.first; line <= segment.last; line++) {
        remark.scanner.feed(source, lines.start[line], lines.end[line]);
        if (mayContinueList(source.charCodeAt(lines.start[line]))) remark.mayHoldList = true;
      }
    }
  }
  if (stretches.length === 1 && !stretches[0].plain) return undefined;
  return { stretches, lines };
}

/**
 * Whether a segment remark-parse reads (after a blank line) begins blocks of its own, so that the
 * stretch of remark's before it can be parsed alone: that stretch closed everything a blank line
 * does not (fenced code, HTML blocks), and where it may have left a list open (a line in it that
 * is indented or starts like an item), the segment does not start as something that could
 * continue it (indented, or like an item). A quote, a paragraph or an item after quotes and
 * paragraphs begins afresh.
 */
function startsAfresh(source: string, lines: Lines, segment: Segment, remark: { scanner: OpenBlockScanner; mayHoldList: boolean }): boolean {
  if (!remark.scanner.closed()) return false;
  return !remark.mayHoldList || !mayContinueList(source.charCodeAt(lines.start[segment.first]));
}

/** Appends the headings and text blocks of a plain stretch of the plan to `out`. */
export function readPlainStretch(source: string, { lines }: ChunkPlan, stretch: ChunkStretch, out: ParsedChunk): void {
  let list: Omit<ListPlacement, 'itemIndex' | 'itemStart' | 'nesting'> | undefined;
  let listKey = -1;
  let itemIndex = 0;
  let itemStart = 0;
  let paragraphStart = -1;
  let paragraphEnd = -1;
  let paragraphInItem = false;
  let tableStart = -1;
  let tableRow = 0;
  const flush = () => {
    if (paragraphStart === -1) return;
    const block = plainBlock('paragraph', paragraphStart, paragraphEnd, source, paragraphStart);
    if (paragraphInItem && list) block.list = { ...list, itemIndex, itemStart, nesting: 0 };
    out.blocks.push(block);
    paragraphStart = -1;
  };
  for (let line = stretch.firstLine; line < stretch.endLine; line++) {
    const lineStart = lines.start[line];
    const lineEnd = lines.end[line];
    switch (lines.kind[line]) {
      case BLANK:
        flush();
        tableStart = -1;
        break;
      case TABLE_ROW:
        listKey = -1;
        if (tableStart === -1) {
          tableStart = lineStart;
          tableRow = 0;
        }
        readTableRow(source, lineStart, lineEnd, tableStart, tableRow++, out);
        break;
      case TABLE_DELIMITER:
        break;
      case COMMENT:
        flush();
        listKey = -1;
        collectComments(source.slice(lineStart, lineEnd), lineStart, out.comments);
        break;
      case HEADING: {
        flush();
        listKey = -1;
        const depth = lines.content[line];
        const block = plainBlock('heading', lineStart, lineEnd, source, lineStart + depth + 1);
        out.headings.push({ depth, text: block.text, start: lineStart, end: lineEnd, setext: false });
        out.blocks.push(block);
        break;
      }
      case ITEM:
        flush();
        if (lines.listKey[line] === listKey) itemIndex++;
        else {
          listKey = lines.listKey[line];
          const ordered = lines.number[line] !== -1;
          list = { listStart: lineStart, ordered, firstNumber: ordered ? lines.number[line] : null };
          itemIndex = 0;
        }
        itemStart = lineStart;
        paragraphStart = lines.content[line];
        paragraphEnd = lineEnd;
        paragraphInItem = true;
        break;
      default:
        // PARAGRAPH (a plain stretch holds nothing else): a line after an open paragraph continues it.
        if (paragraphStart !== -1) paragraphEnd = lineEnd;
        else {
          listKey = -1;
          paragraphStart = lineStart;
          paragraphEnd = lineEnd;
          paragraphInItem = false;
        }
    }
  }
  flush();
}

/** A block from `start` to `end` whose text is the plain text from `textStart` to `textEnd`. */
function plainBlock(kind: 'heading' | 'paragraph' | 'tableCell', start: number, end: number, source: string, textStart: number, textEnd = end): TextBlock {
  const { text, pieces, boldOnly } = plainInline(source, textStart, textEnd);
  return { kind, text, start, end, pieces, inQuote: false, emphasisOnly: kind === 'paragraph' && boldOnly, words: countWords(text, false) };
}

function classifyLines(source: string): Lines {
  let count = 1;
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) count++;
  const lines: Lines = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    kind: new Uint8Array(count),
    content: new Int32Array(count),
    listKey: new Int32Array(count),
    number: new Float64Array(count),
  };
  let lineStart = 0;
  for (let line = 0; line < count; line++) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    lines.start[line] = lineStart;
    lines.end[line] = lineEnd;
    classifyLine(source, lineStart, lineEnd, lines, line);
    lineStart = lineEnd + 1;
  }
  return lines;
}

function classifyLine(source: string, start: number, end: number, lines: Lines, line: number): void {
  lines.kind[line] = OTHER;
  let blank = true;
  for (let index = start; index < end && blank; index++) {
    const code = source.charCodeAt(index);
    blank = code === 32 || code === 9;
  }
  if (blank) {
    lines.kind[line] = BLANK;
    return;
  }
  const first = source.charCodeAt(start);
  if (first === 124) {
    classifyTableLine(source, start, end, lines, line);
    return;
  }
  if (first === 60) {
    // An HTML comment block ends on the line holding "-->". "<!-->" and "<!--->" are left to remark-parse.
    if (source.startsWith('<!--', start) && source.charCodeAt(start + 4) !== 62 && !source.startsWith('->', start + 4)) {
      const close = source.indexOf('-->', start + 4);
      if (close !== -1 && close + 3 <= end) lines.kind[line] = COMMENT;
    }
    return;
  }
  if (first === 35) {
    // "#" to "######", one space, then plain text that does not end in "#" (a closing sequence).
    let depth = 1;
    while (depth < 7 && source.charCodeAt(start + depth) === 35) depth++;
    if (depth > 6 || source.charCodeAt(start + depth) !== 32 || source.charCodeAt(end - 1) === 35) return;
    if (!isPlainText(source, start + depth + 1, end)) return;
    lines.kind[line] = HEADING;
    lines.content[line] = depth;
    return;
  }
  if ((first === 45 || first === 43 || first === 42) && source.charCodeAt(start + 1) === 32) {
    if (!isPlainLine(source, start + 2, end)) return;
    lines.kind[line] = ITEM;
    lines.content[line] = start + 2;
    lines.listKey[line] = first;
    lines.number[line] = -1;
    return;
  }
  const digits = listNumberDigits(source, start, end);
  if (digits === TOO_MANY_DIGITS) return;
  if (digits > 0) {
    const delimiter = source.charCodeAt(start + digits);
    if (source.charCodeAt(start + digits + 1) !== 32 || !isPlainLine(source, start + digits + 2, end)) return;
    lines.kind[line] = ITEM;
    lines.content[line] = start + digits + 2;
    lines.listKey[line] = 1000 + delimiter;
    lines.number[line] = Number(source.slice(start, start + digits));
    return;
  }
  if (isPlainLine(source, start, end)) lines.kind[line] = PARAGRAPH;
}

/**
 * A table line that starts and ends with "|", its cells split on every "|" (plain text holds no
 * escaped one): a delimiter row if every cell is dashes with optional colons, a row if every cell
 * is plain text between spaces or empty.
 */
function classifyTableLine(source: string, start: number, end: number, lines: Lines, line: number): void {
  if (end - start < 3 || source.charCodeAt(end - 1) !== 124) return;
  let cells = 0;
  let delimiters = 0;
  let empty = false;
  let open = start;
  for (let pipe = source.indexOf('|', open + 1); pipe !== -1 && pipe < end; pipe = source.indexOf('|', open + 1)) {
    const [from, to] = cellText(source, open, pipe);
    cells++;
    if (from === to) empty = true;
    else if (DELIMITER_CELL.test(source.slice(from, to))) delimiters++;
    else if (!isPlainText(source, from, to)) return;
    open = pipe;
  }
  if (delimiters !== 0 && (delimiters !== cells || empty)) return;
  lines.kind[line] = delimiters === 0 ? TABLE_ROW : TABLE_DELIMITER;
  lines.number[line] = cells;
}
const DELIMITER_CELL = /^:?-+:?$/;

/** Where the text of the cell between the "|" at `open` and the one at `close` starts and ends: the spaces around it are padding. */
function cellText(source: string, open: number, close: number): [number, number] {
  let from = open + 1;
  let to = close;
  while (from < to && source.charCodeAt(from) === 32) from++;
  while (to > from && source.charCodeAt(to - 1) === 32) to--;
  return [from, to];
}

/** The cells of a table row (see classifyTableLine) as text blocks. */
function readTableRow(source: string, start: number, end: number, tableStart: number, row: number, out: ParsedChunk): void {
  let column = 0;
  let cellStart = start;
  while (cellStart < end - 1) {
    const pipe = source.indexOf('|', cellStart + 1);
    const [from, to] = cellText(source, cellStart, pipe);
    // A cell runs from its "|" to the next; the last one takes the closing "|" too.
    const block = plainBlock('tableCell', cellStart, pipe === end - 1 ? end : pipe, source, from, to);
    block.table = { tableStart, row, column: column++ };
    out.blocks.push(block);
    cellStart = pipe;
  }
}

/**
 * Digits of an ordered list marker ("12." or "3)") at `start` followed by a space, tab or the line
 * end; 0 if none. TOO_MANY_DIGITS for ten or more digits, no marker to micromark: a line like that
 * is left to it.
 */
function listNumberDigits(source: string, start: number, end: number): number {
  let digits = 0;
  while (digits < 10 && start + digits < end && isDigit(source.charCodeAt(start + digits))) digits++;
  if (digits === 0) return 0;
  if (digits === 10) return TOO_MANY_DIGITS;
  const delimiter = source.charCodeAt(start + digits);
  if (delimiter !== 46 && delimiter !== 41) return 0;
  const after = start + digits + 1;
  if (after < end && source.charCodeAt(after) !== 32 && source.charCodeAt(after) !== 9) return 0;
  return digits;
}
const TOO_MANY_DIGITS = -1;

/** A paragraph line: plain text that starts as only a paragraph can. */
function isPlainLine(source: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const first = source.charCodeAt(start);
  if (isDigit(first)) {
    if (listNumberDigits(source, start, end) !== 0) return false;
  } else if (!isLetter(first) && !(first === 42 && source.charCodeAt(start + 1) === 42) && first !== 40 && first !== 34 && first !== 39 && first !== 0x201c && first !== 0x2018 && first !== 0xa3) return false;
  return isPlainText(source, start, end);
}

/**
 * Text in which Markdown sees no syntax but bold ("**Strategy meeting:** …"): no other inline
 * mark, tab or control character, no space at either end. Bold is taken only where CommonMark
 * leaves no doubt: "**" after a space (or where the text starts) and before a letter or digit opens
 * it; "**" after a letter or digit (or ".:)?," before a space or the end) closes it, before a space,
 * the end or ".,:;)?"; the two alternate on one line, and nothing else is a "*".
 */
function isPlainText(source: string, start: number, end: number): boolean {
  if (start >= end || isSpace(source.charCodeAt(start)) || isSpace(source.charCodeAt(end - 1))) return false;
  let boldOpen = false;
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === 42) {
      if (source.charCodeAt(index + 1) !== 42) return false;
      const before = index === start ? 32 : source.charCodeAt(index - 1);
      const after = index + 2 < end ? source.charCodeAt(index + 2) : 32;
      if (boldOpen ? !closesBold(before, after) : before !== 32 || !isLetterOrDigit(after)) return false;
      boldOpen = !boldOpen;
      index++;
      continue;
    }
    if (code < 128 ? ASCII_MARK[code] === 1 : code === 0x2028 || code === 0x2029) return false;
  }
  return !boldOpen;
}

function closesBold(before: number, after: number): boolean {
  if (isLetterOrDigit(before)) return after === 32 || after === 46 || after === 44 || after === 58 || after === 59 || after === 41 || after === 63;
  // After punctuation a "**" before more punctuation could open as well as close: only before a space or the end.
  return (before === 46 || before === 58 || before === 41 || before === 63 || before === 44) && after === 32;
}

/**
 * The text remark-parse gives for plain text (see isPlainText) and its pieces, one per text node:
 * the marks of bold are dropped and split the text. `boldOnly` when all of it is one bold span.
 */
function plainInline(source: string, start: number, end: number): { text: string; pieces: TextPiece[]; boldOnly: boolean } {
  // An empty table cell: remark-parse gives it no text node.
  if (start === end) return { text: '', pieces: [], boldOnly: false };
  const firstMark = source.indexOf('**', start);
  if (firstMark === -1 || firstMark >= end) return { text: source.slice(start, end), pieces: [{ textStart: 0, sourceStart: start }], boldOnly: false };
  const pieces: TextPiece[] = [];
  let text = '';
  let marks = 0;
  let at = start;
  for (;;) {
    let mark = source.indexOf('**', at);
    if (mark === -1 || mark >= end) mark = end;
    if (mark > at) {
      pieces.push({ textStart: text.length, sourceStart: at });
      text += source.slice(at, mark);
    }
    if (mark === end) break;
    marks++;
    at = mark + 2;
  }
  return { text, pieces, boldOnly: marks === 2 && firstMark === start && source.startsWith('**', end - 2) };
}

// Control characters, and \ ` * _ [ ] < > & ~ | !, each of which can mean something inline or at a
// line start (including "!" for images and "~" for fences, kept out however harmless mid-line).
const ASCII_MARK = new Uint8Array(128);
for (let code = 0; code < 32; code++) ASCII_MARK[code] = 1;
for (const mark of '\\`*_[]<>&~|!') ASCII_MARK[mark.charCodeAt(0)] = 1;
ASCII_MARK[127] = 1;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0xfeff || code === 0x1680;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const LETTER = /\p{L}/u;
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // A surrogate is left to remark-parse.
  return code < 0xd800 || code > 0xdfff ? LETTER.test(String.fromCharCode(code)) : false;
}

interface Segment {
  first: number;
  last: number;
}

/** Runs of non-blank lines. */
function findSegments(lines: Lines): Segment[] {
  const segments: Segment[] = [];
  let first = -1;
  for (let line = 0; line <= lines.count; line++) {
    const blank = line === lines.count || lines.kind[line] === BLANK;
    if (!blank && first === -1) first = line;
    else if (blank && first !== -1) {
      segments.push({ first, last: line - 1 });
      first = -1;
    }
  }
  return segments;
}

/**
 * Whether every line of the segment is plain and reads the same line by line as in CommonMark. An
 * ordered item other than "1." cannot interrupt a paragraph (micromark reads it as a continuation
 * line), unless it is the next item of the list that paragraph is in.
 */
function isPlainSegment(lines: Lines, segment: Segment): boolean {
  if (lines.kind[segment.first] === TABLE_ROW) return isPlainTable(lines, segment);
  let paragraphOpen = false;
  let listKey = -1;
  for (let line = segment.first; line <= segment.last; line++) {
    switch (lines.kind[line]) {
      case HEADING:
      case COMMENT:
        paragraphOpen = false;
        listKey = -1;
        break;
      case PARAGRAPH:
        if (!paragraphOpen) listKey = -1;
        paragraphOpen = true;
        break;
      case ITEM:
        if (paragraphOpen && lines.listKey[line] !== listKey && lines.number[line] !== -1 && lines.number[line] !== 1) return false;
        // "01." is one as a number but two digits, which cannot interrupt either.
        if (paragraphOpen && lines.listKey[line] !== listKey && lines.number[line] === 1 && lines.content[line] - lines.start[line] !== 3) return false;
        listKey = lines.listKey[line];
        paragraphOpen = true;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * A table that is the whole segment: a header row, a delimiter row with as many cells, and rows
 * with as many again (GFM pads or drops cells of a row that differs; that is left to remark-parse).
 */
function isPlainTable(lines: Lines, segment: Segment): boolean {
  if (segment.last === segment.first || lines.kind[segment.first + 1] !== TABLE_DELIMITER) return false;
  const cells = lines.number[segment.first];
  for (let line = segment.first + 1; line <= segment.last; line++) {
    if (lines.number[line] !== cells || lines.kind[line] !== (line === segment.first + 1 ? TABLE_DELIMITER : TABLE_ROW)) return false;
  }
  return true;
}

/** Whether the segment's last line is in a list item (an item, or a continuation line of one). */
function endsInList(lines: Lines, segment: Segment): boolean {
  for (let line = segment.last; line >= segment.first; line--) {
    if (lines.kind[line] === ITEM) return true;
    if (lines.kind[line] === HEADING || lines.kind[line] === COMMENT) return false;
  }
  return false;
}

/** A line starting with this could continue a list item or add one: indentation, a bullet or a number. */
function mayContinueList(code: number): boolean {
  return code === 32 || code === 9 || code === 45 || code === 43 || code === 42 || isDigit(code);
}

/**
 * Follows, line by line, what in remark's stretch a blank line does not end: fenced code at the
 * left margin and HTML comment blocks. Anything less certain (a fence or HTML block start that is
 * indented, any other HTML block, a backtick fence with a backtick in its info string) counts as
 * left open, so the rest of the chunk goes to remark-parse.
 */
class OpenBlockScanner {
  private fence: { marker: number; length: number } | undefined;
  private inComment = false;
  private uncertain = false;

  closed(): boolean {
    return !this.uncertain && !this.fence && !this.inComment;
  }

  feed(source: string, start: number, end: number): void {
    if (this.uncertain) return;
    if (this.inComment) {
      if (source.slice(start, end).includes('-->')) this.inComment = false;
      return;
    }
    let indent = 0;
    while (start + indent < end && source.charCodeAt(start + indent) === 32) indent++;
    const first = source.charCodeAt(start + indent);
    if (this.fence) {
      if (indent <= 3 && first === this.fence.marker) {
        let run = 0;
        while (source.charCodeAt(start + indent + run) === first) run++;
        let after = start + indent + run;
        while (after < end && (source.charCodeAt(after) === 32 || source.charCodeAt(after) === 9)) after++;
        if (run >= this.fence.length && after === end) this.fence = undefined;
      }
      return;
    }
    if (first === 96 || first === 126) {
      let run = 0;
      while (source.charCodeAt(start + indent + run) === first) run++;
      if (run < 3) return;
      if (indent > 0 || (first === 96 && source.slice(start + run, end).includes('`'))) this.uncertain = true;
      else this.fence = { marker: first, length: run };
      return;
    }
    if (first === 60 && indent <= 3) {
      // "<!--" at the margin opens a comment block that ends on the line holding "-->" after it.
      if (indent > 0 || !source.startsWith('<!--', start) || source.startsWith('<!-->', start) || source.startsWith('<!--->', start)) this.uncertain = true;
      else this.inComment = !source.slice(start + 4, end).includes('-->');
      return;
    }
    // A fence or HTML block inside a block quote or list item ends with it, at the blank line or
    // at the next line at the margin; tab-indented lines are code or item content.
  }
}
