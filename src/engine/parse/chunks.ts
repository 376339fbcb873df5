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
  return splitFrom(text, [], 0, 0);
}

/**
 * `splitIntoChunks(text)` for a text that is `previousText` (split into `previous`) with one
 * stretch edited, as after a keystroke: the chunks before the edit are kept, the split runs from
 * the chunk before the one the edit touched, and stops at the first split it makes where the text
 * after is the previous text after one of its own splits; the rest are the previous chunks, moved.
 *
 * Why the result is the same: a split point is a line where no fence, comment or HTML block is open
 * and (for a setext heading) the line before is blank, so the split from there on depends only on
 * the text from there on. The split that ended the chunk before the restart was decided by lines of
 * that chunk, which the edit did not touch.
 */
export function splitEditedText(text: string, previousText: string, previous: readonly Chunk[]): Chunk[] {
  if (text === previousText) return [...previous];
  // The first previous chunk whose text is not where it was. The last chunk is never taken as
  // unchanged (its last line has no line break, which text added after it could extend).
  let changed = 0;
  while (changed < previous.length - 1 && hasTextAt(text, previous[changed].start, previous[changed].text)) changed++;
  // Previous chunks from `unchangedFrom` on have their text at their offset moved by the edit.
  const shift = text.length - previousText.length;
  let unchangedFrom = previous.length;
  while (unchangedFrom > changed + 1) {
    const chunk = previous[unchangedFrom - 1];
    if (chunk.start + shift < 0 || !hasTextAt(text, chunk.start + shift, chunk.text)) break;
    unchangedFrom--;
  }
  // A split in the unchanged end of the text where the previous text split too: the previous chunks
  // from there on, moved (`next` only looks from the first unchanged chunk on).
  let next = unchangedFrom;
  const resume: Resume = (at, atLine) => {
    while (next < previous.length && previous[next].start < at - shift) next++;
    if (next === previous.length || previous[next].start !== at - shift) return undefined;
    const lineShift = atLine - previous[next].startLine;
    return previous.slice(next).map((chunk) => ({ start: chunk.start + shift, startLine: chunk.startLine + lineShift, text: chunk.text }));
  };
  // The split restarts at the chunk before the changed one. Chunk 0 holds the front matter and the
  // byte order mark: a restart there is a fresh split.
  const restart = changed - 1;
  if (restart < 1) return splitFrom(text, [], 0, 0, resume);
  return splitFrom(text, previous.slice(0, restart), previous[restart].start, previous[restart].startLine, resume);
}

/**
 * Whether `text` has `part` at `offset`. A slice compared with === rather than startsWith: V8
 * compares two flat strings with memcmp, and startsWith(part, offset) was some fifty times slower
 * (it was a tenth of a keystroke re-lint on a 50k-word draft).
 */
function hasTextAt(text: string, offset: number, part: string): boolean {
  return text.slice(offset, offset + part.length) === part;
}

/** Asked at each split: the rest of the chunks when they are known from there on (the split then stops), else undefined. */
type Resume = (at: number, atLine: number) => Chunk[] | undefined;

/**
 * Splits `text` from `from` (0, or where a chunk of the same text split starts) at line `fromLine`,
 * after the chunks already found before it.
 */
function splitFrom(text: string, chunks: Chunk[], from: number, fromLine: number, resume?: Resume): Chunk[] {
  let chunkStart = from;
  let chunkStartLine = fromLine;
  let fence: string | undefined;
  let inComment = false;
  let inHtmlBlock = false;
  let previousBlank = true;
  let previousLineStart = -1;
  let previousLineWasSplitCandidate = false;
  let line = fromLine;
  let pos = from;
  let rest: Chunk[] | undefined;

  // Front matter belongs to the first chunk: skip past it before looking for split points. The
  // parser reads it after a byte order mark too.
  const origin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (from === 0 && text.startsWith('---', origin)) {
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
      if (resume) rest = resume(at, atLine);
    }
  };

  while (pos < text.length) {
    if (rest) {
      for (const chunk of rest) chunks.push(chunk);
      return chunks;
    }
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
  if (rest) {
    for (const chunk of rest) chunks.push(chunk);
    return chunks;
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
