// The parser's shortcuts give what the long way gives: countWords walks code points where it ran
// /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, and a chunk with no "|", ":-" or "-:" is parsed without the
// GFM table extension (micromark cannot find a table's delimiter row without one of them).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/engine/text/count';
import { placeholderSpansIn } from '../../src/engine/text/placeholders';
import { seededRandom } from '../../bench/drafts';

const root = path.join(__dirname, '..', '..');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function countWithPattern(text: string, inQuote: boolean): number {
  const spans = placeholderSpansIn(text, inQuote);
  let count = 0;
  let span = 0;
  for (const match of text.matchAll(WORD)) {
    while (span < spans.length && spans[span][1] <= match.index) span++;
    if (span < spans.length && spans[span][0] <= match.index) continue;
    count++;
  }
  return count;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [readFileSync(full, 'utf8')] : [];
  });
}

function randomTexts(parts: readonly string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = Math.floor(random() * 30); i >= 0; i--) text += parts[Math.floor(random() * parts.length)];
    return text;
  });
}

describe('countWords', () => {
  it('counts what the word pattern matches, outside placeholders', () => {
    const texts = [
      ...markdownFiles(path.join(root, 'test', 'fixtures')),
      ...randomTexts(['a', 'Z', '9', "'", '’', '-', ' ', '\n', '[', ']', 'TODO', 'XX', 'é', 'ß', '٣', '𝐀', '\ud800', '\udc00', '😀', '中', '\u0301', 'tbc', '[insert x]', '“', '.', 'X', "didn't", 'Marsh-Okafor'], 5000, 11),
    ];
    for (const text of texts) for (const inQuote of [false, true]) expect(countWords(text, inQuote), JSON.stringify(text.slice(0, 80))).toBe(countWithPattern(text, inQuote));
  });
});

describe('parsing without the table extension', () => {
  const processor = (table: boolean) =>
    unified()
      .use(remarkParse)
      .use(function (this: { data(): { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] } }) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...(table ? [gfmTable()] : []), gfmFootnote());
        (data.fromMarkdownExtensions ??= []).push(...(table ? [gfmTableFromMarkdown()] : []), gfmFootnoteFromMarkdown());
      });
  const withTable = processor(true);
  const withoutTable = processor(false);

  it('gives the same tree for text with no "|", ":-" or "-:"', () => {
    const spec = (require('commonmark-spec') as { tests: { markdown: string }[] }).tests.map((test) => test.markdown);
    const texts = [
      ...spec,
      ...markdownFiles(path.join(root, 'test', 'fixtures')),
      ...randomTexts(['a', 'b c', '\n', '\n\n', '-', '--', '---', ':', ' ', '    ', '\t', '> ', '* ', '1. ', '# ', '=', '`', '```', '[', ']', '^', '[^1]', '[^1]: x', '\\', '<!--', '-->', '<div>', '_', '*', 'a:b', '- a', '  - b', '\r\n', '\r', '&amp;', '~~~'], 4000, 5),
    ].filter((text) => !text.includes('|') && !text.includes(':-') && !text.includes('-:'));
    expect(texts.length).toBeGreaterThan(3000);
    for (const text of texts) expect(JSON.stringify(withoutTable.parse(text)), JSON.stringify(text.slice(0, 80))).toBe(JSON.stringify(withTable.parse(text)));
  });

  it('a one-column table needs only a colon and a dash: such text keeps the extension', () => {
    const tree = withTable.parse('a\n:-\nb\n') as { children: { type: string }[] };
    expect(tree.children[0].type).toBe('table');
  });
});
