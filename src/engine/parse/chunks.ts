// Splits a draft into chunks that can be parsed independently, so that a keystroke re-parses only
// the chunk it touched. A split is made only where CommonMark guarantees that a block starts
// regardless of what precedes it: an ATX heading at column 0, or a setext heading whose text line
// follows a blank line, outside fenced code, HTML comments and other HTML blocks. Missing a split
// costs only speed (a bigger chunk), never correctness, because section structure is always taken
// from the Markdown parser's own headings inside each chunk.

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** 0-based line of the chunk's first line in the document. */
  startLine: number;
  text: string;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LINE_BREAK = /\r\n?|\n/g;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
// A line that could not be the text of a setext heading starting a new block on its own.
const NOT_PARAGRAPH_START = /^(?: {4}|\t| {0,3}(?:[-*+>#|<]|\d{1,9}[.)]|`{3}|~{3}|$))/;

export function splitIntoChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkStartLine = 0;
  let fence: string | undefined;
  let inComment = false;
  let inHtmlBlock = false;
  let previousBlank = true;
  let previousLineStart = -1;
  let previousLineWasSplitCandidate = false;
  let line = 0;
  let pos = 0;

  // Front matter belongs to the first chunk: skip past it before looking for split points. The
  // parser reads it after a byte order mark too.
  const origin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('---', origin)) {
    const opening = /---[ \t]*(?:\r\n?|\n)/y;
    opening.lastIndex = origin;
    if (opening.exec(text)) {
      const close = /(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/g;
      close.lastIndex = opening.lastIndex - 1;
      const match = close.exec(text);
      if (match) {
        const end = match.index + match[0].length;
        for (const _ of text.slice(0, end).matchAll(LINE_BREAK)) line++;
        pos = end;
      }
    }
  }

  const split = (at: number, atLine: number) => {
    if (at > chunkStart) {
      chunks.push({ start: chunkStart, startLine: chunkStartLine, text: text.slice(chunkStart, at) });
      chunkStart = at;
      chunkStartLine = atLine;
    }
  };

  while (pos < text.length) {
    // Lines end at LF, CRLF or a lone CR, as they do for the parser.
    LINE_BREAK.lastIndex = pos;
    const lineBreak = LINE_BREAK.exec(text);
    const end = lineBreak ? lineBreak.index : text.length;
    // The parser reads the first line after a byte order mark.
    const content = text.slice(pos === 0 ? origin : pos, end);
    // Only spaces and tabs make a blank line in Markdown (a form feed or no-break space does not).
    const blank = /^[ \t]*$/.test(content);
    let splitCandidate = false;
    let headingEnds = false;

    if (fence !== undefined) {
      if (closesFence(content, fence)) fence = undefined;
    } else if (inComment) {
      if (content.includes('-->')) inComment = false;
    } else if (inHtmlBlock) {
      if (blank) inHtmlBlock = false;
    } else {
      const fenceMatch = FENCE_OPEN.exec(content);
      if (fenceMatch) {
        fence = fenceMatch[1];
      } else if (/^ {0,3}<!--/.test(content)) {
        inComment = !content.slice(content.indexOf('<!--') + 4).includes('-->');
      } else if (/^ {0,3}<[A-Za-z/?!]/.test(content)) {
        inHtmlBlock = true;
      } else if (ATX_HEADING.test(content)) {
        split(pos, line);
        headingEnds = true;
      } else if (SETEXT_UNDERLINE.test(content) && previousLineWasSplitCandidate) {
        split(previousLineStart, line - 1);
        headingEnds = true;
      } else if (previousBlank && !NOT_PARAGRAPH_START.test(content) && !/^[ \t]/.test(content)) {
        splitCandidate = true;
      }
    }

    previousLineWasSplitCandidate = splitCandidate;
    // A heading is one block on its own: the line after it starts a new block, as after a blank line.
    // Without this, a run of setext headings with no blank lines between them stayed one chunk, and
    // the parser's setext handling is quadratic in the headings of a chunk (4,000 took seconds).
    previousBlank = (blank || headingEnds) && fence === undefined && !inComment;
    previousLineStart = pos;
    pos = lineBreak ? end + lineBreak[0].length : text.length;
    line++;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, startLine: chunkStartLine, text: text.slice(chunkStart) });
  }
  return chunks;
}

function closesFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1][0] === fence[0] && match[1].length >= fence.length;
}
