// A keystroke re-lint reuses what the last lint made wherever an edit left it (chunks, their scan
// items moved to new offsets, per-chunk memos, the unchanged part of the document around the edit).
// These tests hold each shortcut to a fresh lint of the same text, in the cases that reuse in odd
// ways: a chunk that occurs twice in one draft, two drafts sharing a chunk at different offsets in
// one Linter, edits just before, inside and after a chunk boundary, and many keystrokes in a row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../src/engine/index';
import { generateDraft, seededRandom } from '../../bench/drafts';

const SLOW = 60_000;
const SAMPLES_DIR = path.join(__dirname, '..', 'fixtures', 'samples');
const samples = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'].map((name) => readFileSync(path.join(SAMPLES_DIR, name), 'utf8'));

/** Everything a lint result tells an adapter, as plain data. */
function observable(result: LintResult) {
  return {
    template: result.template.id,
    findings: result.findings,
    suppressions: result.suppressions,
    sections: result.sections,
    coverage: result.coverage,
    notices: result.notices,
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
