// A keystroke re-lint reuses what the last lint made wherever an edit left it (chunks, their scan
// items moved to new offsets, per-chunk memos, the unchanged part of the document around the edit).
// These tests hold each shortcut to a fresh lint of the same text, in the cases that reuse in odd
// ways: a chunk that occurs twice in one draft, two drafts sharing a chunk at different offsets in
// one Linter, edits just before, inside and after a chunk boundary, and many keystrokes in a row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChildName, Linter, type LintResult } from '../../src/engine/index';
import { generateDraft, seededRandom } from '../../bench/drafts';
import { splitEditedText, splitIntoChunks } from '../../src/engine/parse/chunks';
import { adapterView } from './lint-view';

const SLOW = 60_000;
const SAMPLES_DIR = path.join(__dirname, '..', 'fixtures', 'samples');
const samples = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'].map((name) => readFileSync(path.join(SAMPLES_DIR, name), 'utf8'));

/** Everything a lint result tells an adapter, as plain data. */
function observable(result: LintResult) {
  return {
    ...adapterView(result),
    readability: result.readability,
    activeRuleIds: result.activeRuleIds,
    lineStarts: result.document.lineStarts,
    chunks: result.document.chunks,
    headings: result.document.headings,
    blocks: result.document.blocks,
    comments: result.document.comments,
  };
}

/** What a lint reports, which a whole-document parse (no chunks, so nothing reused) must give too. */
function reported(result: LintResult) {
  const { findings, suppressions, sections, coverage, notices, readability } = result;
  return { findings, suppressions, sections, coverage, notices, readability };
}

const unchunked = new Linter({ chunking: false });

function expectSameAsFresh(warm: Linter, text: string, what: string): void {
  const result = warm.lint(text);
  expect(observable(result), what).toEqual(observable(new Linter().lint(text)));
  expect(reported(result), `${what} (whole-document parse)`).toEqual(reported(unchunked.lint(text)));
}

const SECTION = '## Background\n\nTODO add the chronology. Child J was seen by the health visitor on 3 March 2021 and the GP (General Practitioner) was not told.\n\n';

describe('keystroke re-lint equals a fresh lint', () => {
  it('a chunk twice in one draft, then edits before, between and after the two', () => {
    const warm = new Linter();
    let text = `# Review\n\nIntro.\n\n${SECTION}## Analysis\n\nThe school did not share it.\n\n${SECTION}`;
    expectSameAsFresh(warm, text, 'start');
    const second = text.lastIndexOf('## Background');
    for (const [what, offset] of [['before both', 10], ['between', second - 2], ['after both', text.length]] as const) {
      text = text.slice(0, offset) + 'e' + text.slice(offset);
      expectSameAsFresh(warm, text, what);
    }
    // The copy goes, and comes back at another offset.
    text = text.replace(SECTION, '');
    expectSameAsFresh(warm, text, 'one copy removed');
    text = `${SECTION}${text}`;
    expectSameAsFresh(warm, text, 'a copy added at the top');
  });

  it('two drafts sharing a chunk at different offsets, linted in turn by one Linter', () => {
    const warm = new Linter();
    const first = `# Review A\n\n${SECTION}## Analysis\n\nShort.\n`;
    const second = `# Review B\n\nA much longer introduction than the other draft has, so the shared section sits further on.\n\n${SECTION}`;
    for (let round = 0; round < 3; round++) {
      expectSameAsFresh(warm, first, `first, round ${round}`);
      expectSameAsFresh(warm, second, `second, round ${round}`);
    }
  });

  it('keystrokes at random places in a generated 6k-word draft', () => {
    const random = seededRandom(5);
    const warm = new Linter();
    let text = generateDraft(samples, { words: 6000, seed: 9 });
    expectSameAsFresh(warm, text, 'start');
    const snippets = ['e', ' ', '\n', '\n\n', '#', '\n## Analysis\n', 'Child K ', '-->', '\n```\n', '\n<!-- note\n'];
    for (let i = 0; i < 20; i++) {
      const at = Math.floor(random() * (text.length + 1));
      if (random() < 0.25) text = text.slice(0, Math.max(0, at - 3)) + text.slice(at);
      else text = text.slice(0, at) + snippets[Math.floor(random() * snippets.length)] + text.slice(at);
      expectSameAsFresh(warm, text, `keystroke ${i + 1}`);
    }
  }, SLOW);

  it('typing a word one letter at a time next to a heading, as in an editor', () => {
    const warm = new Linter();
    let text = samples[0];
    const at = text.indexOf('\n#', 200) + 1;
    for (const letter of 'Child Q ') {
      text = text.slice(0, at) + letter + text.slice(at);
      expectSameAsFresh(warm, text, `after "${letter}"`);
    }
    for (let i = 0; i < 8; i++) {
      text = text.slice(0, at) + text.slice(at + 1);
      expectSameAsFresh(warm, text, `after deleting ${i + 1}`);
    }
  }, SLOW);
});

describe('coverage worked out when first read', () => {
  // A result works out its theme coverage only when asked (an editor asks after publishing the
  // findings), by which time the same Linter may have linted later edits that moved the scan items
  // it shares with them. Read late, it must still be the coverage of its own text.
  it('is the same read at once, read after later edits, and read in any order', () => {
    const random = seededRandom(23);
    let text = generateDraft(samples, { words: 4000, seed: 23, skeleton: 0 });
    const linter = new Linter();
    const unread: { text: string; result: LintResult }[] = [];
    for (let i = 0; i < 12; i++) {
      const at = Math.floor(random() * text.length);
      text = i % 3 === 0 ? `${text.slice(0, at)}\n\n## Inserted heading ${i}\n\nThe school nurse saw the child alone.\n\n${text.slice(at)}` : `${text.slice(0, at)}x${text.slice(at)}`;
      unread.push({ text, result: linter.lint(text) });
    }
    // Newest first, so every read comes after lints that moved the shared items elsewhere.
    for (const { text: linted, result } of [...unread].reverse()) {
      expect(result.coverage, 'read late').toEqual(new Linter().lint(linted).coverage);
    }
    // Read again, it is the coverage already worked out; a spread of the result (as serialising it
    // reads own enumerable properties too) carries it.
    const first = unread[0].result;
    expect(first.coverage).toBe(first.coverage);
    expect({ ...first }.coverage).toBe(first.coverage);
    expect(Object.keys(first)).toEqual(['template', 'findings', 'suppressions', 'sections', 'coverage', 'notices', 'document', 'activeRuleIds', 'readability']);
  }, SLOW);
});

describe('splitting an edited text from its previous split', () => {
  const SNIPPETS = ['e', '\n', '\r', '\r\n', '\n\n', '#', '# ', '\n## H\n', '=', '\n===\n', '-', '\n---\n', '```', '\n```\n', '~~~', '<!--', '-->', '<div>', '\t', '    ', '1. ', '> ', '---\n', '\uFEFF'];

  it('equals a fresh split after random edits, including ones that open fences and comments and change line breaks', () => {
    const random = seededRandom(23);
    for (const [index, sample] of [...samples, `---\ntitle: x\n---\n${samples[3]}`, samples[1].replace(/\n/g, '\r\n')].entries()) {
      let text = sample;
      let previous = splitIntoChunks(text);
      for (let i = 0; i < 300; i++) {
        const at = Math.floor(random() * (text.length + 1));
        const before = text;
        if (random() < 0.3) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 20)));
        else text = text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + text.slice(at);
        const edited = splitEditedText(text, before, previous);
        expect(edited, `sample ${index}, edit ${i + 1}`).toEqual(splitIntoChunks(text));
        previous = edited;
      }
    }
  }, SLOW);

  it('equals a fresh split when the text is another draft altogether, or the same', () => {
    expect(splitEditedText(samples[1], samples[0], splitIntoChunks(samples[0]))).toEqual(splitIntoChunks(samples[1]));
    expect(splitEditedText(samples[0], samples[0], splitIntoChunks(samples[0]))).toEqual(splitIntoChunks(samples[0]));
    expect(splitEditedText('', samples[0], splitIntoChunks(samples[0]))).toEqual(splitIntoChunks(''));
    expect(splitEditedText(samples[0], '', splitIntoChunks(''))).toEqual(splitIntoChunks(samples[0]));
    expect(splitEditedText('#x', '#', splitIntoChunks('#'))).toEqual(splitIntoChunks('#x'));
  });

  it('equals a fresh split where the previous split would mislead it', () => {
    // Text typed after a last line with no line break makes it no heading.
    expect(splitEditedText('# A\n#x', '# A\n#', splitIntoChunks('# A\n#'))).toEqual(splitIntoChunks('# A\n#x'));
    // Chunks as long as the text typed: the split at "# C" lands where the previous text split
    // before "# B", which is not the unchanged end of the text.
    const previous = '# A\n# B\n# C\n# D\n';
    const text = '# A\n# B\n# C1234\n# D\n';
    expect(splitEditedText(text, previous, splitIntoChunks(previous))).toEqual(splitIntoChunks(text));
  });
});

describe("the child's name counted chunk by chunk", () => {
  it('is the name findChildName finds in the whole text', () => {
    const linter = new Linter();
    const cases = [
      ...samples,
      // A pseudonym across a chunk boundary: "Child" ends one chunk, the label starts a setext heading.
      '# Review\n\nChild K met Child K.\n\nWe saw Child\n\nJ\n===\n\nChild\n\nJ\n---\n\nChild J\n',
      '# A\n\nYoung\n\nPerson B\n---\n\n# B\n\nChild B. Child C. Child C.\n',
      '# A\n\nChild D\n\n# B\n\nChild E\n',
      `# Long\n\n${'Child F spoke. '.repeat(14_000)}\n\n# Later\n\n${'Child G. '.repeat(20_000)}\n`,
      `${'Child H. '.repeat(22_221)}Child\nH and more\n\n# After\n\nChild I\n`,
    ];
    for (const [index, text] of cases.entries()) {
      expect(linter.lint(text).document.childName(), `case ${index}`).toBe(findChildName(text));
    }
  });
});
