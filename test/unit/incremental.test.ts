// The extension keeps one Linter per config and lints the whole text again after each edit; the
// Linter re-parses only the chunks whose text changed and reuses cached scans for the rest. These
// tests hold that shortcut to its promise: after any sequence of edits, a warm Linter reports
// exactly what a fresh one (the CLI's situation) reports on the same text, and splitting a draft
// into chunks finds the same headings as parsing it whole.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root } from 'mdast';
import { Linter, type LintResult } from '../../src/engine/index';
import { generateDraft, seededRandom } from '../../bench/drafts';
import { adapterView } from './lint-view';

// Each test lints a draft dozens of times; generous limits keep a busy CI machine from failing them.
const SLOW = 60_000;
const SAMPLES_DIR = path.join(__dirname, '..', 'fixtures', 'samples');
const samples = readdirSync(SAMPLES_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(SAMPLES_DIR, name), 'utf8') }));

/** Everything a lint result tells an adapter, as plain data. */
function observable(result: LintResult) {
  return {
    ...adapterView(result),
    headings: result.document.headings,
    matches: result.document.matches.map((match) => ({ id: match.section.id, heading: match.heading.index, bodyStart: match.bodyStart, end: match.end, duplicate: match.duplicateOf !== undefined })),
  };
}

type Edit = (text: string, random: () => number) => string;

const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));
const insert = (snippet: string): Edit => (text, random) => {
  const offset = at(text, random);
  return text.slice(0, offset) + snippet + text.slice(offset);
};

/**
 * Typing and deleting as authors do, plus the edits that move chunk boundaries: new headings, a
 * setext underline, an unclosed fence or comment that swallows what follows, a control comment,
 * front matter damaged or removed, a paragraph pasted from elsewhere, a whole line deleted, and
 * footnotes and reference links whose definitions sit under another heading.
 */
const EDITS: Edit[] = [
  insert('e'),
  insert(' '),
  insert('\n'),
  insert('\n\n'),
  (text, random) => {
    const offset = at(text, random);
    return text.slice(0, Math.max(0, offset - 1)) + text.slice(offset);
  },
  insert('\n## Good practice\n\nThe school nurse saw the child alone.\n'),
  insert('\n### Finding 9 – Thresholds\n'),
  insert('\n\nLived experience of the child\n---\n'),
  insert('\n```\n'),
  insert('\n<!-- reviewer: check this\n'),
  insert('-->'),
  insert('\n<!-- cspr-lint-disable-next-line -- agreed with the panel -->\n'),
  insert(' TODO confirm with the CSC manager (TBC) '),
  insert(' Mary Smith of 12 Acacia Avenue, SW1A 1AA, was born on 3 March 2015. '),
  insert('\n\n1. Agencies should consider reflecting on this.\n'),
  insert('\n| No. | Recommendation |\n|---|---|\n| 1 | The Partnership should audit 20 cases by March 2025. |\n'),
  // A footnote or reference link whose definition is in another chunk: typing either end re-reads the other.
  insert(' as the Panel found [^1] and [the guidance][wt] say '),
  insert('\n## Notes\n\n[^1]: Annual report 2023.\n\n[wt]: https://example.org\n'),
  (text) => text.replace(/^---\n/, '--\n'),
  (text) => (text.startsWith('---\n') ? text : `---\ncspr-template: rapid-review\n---\n${text}`),
  (text, random) => {
    const lines = text.split('\n');
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join('\n');
  },
  (text, random) => {
    const paragraphs = text.split('\n\n');
    const copied = paragraphs[Math.floor(random() * paragraphs.length)];
    paragraphs.splice(Math.floor(random() * paragraphs.length), 0, copied);
    return paragraphs.join('\n\n');
  },
];

function checkEditsAgainstColdLints(start: string, seed: number, edits: number): void {
  const random = seededRandom(seed);
  const warm = new Linter();
  let text = start;
  expect(observable(warm.lint(text))).toEqual(observable(new Linter().lint(text)));
  for (let i = 0; i < edits; i++) {
    const edit = EDITS[Math.floor(random() * EDITS.length)];
    text = edit(text, random);
    const cold = observable(new Linter().lint(text));
    expect(observable(warm.lint(text)), `after edit ${i + 1} (seed ${seed})`).toEqual(cold);
  }
}

describe('incremental re-lint gives the same results as a cold lint', () => {
  for (const [index, sample] of samples.entries()) {
    it(`${sample.name}: random edits, each followed by a warm and a cold lint`, () => {
      checkEditsAgainstColdLints(sample.text, 100 + index, 30);
    }, SLOW);
  }

  it('a generated 6k-word draft: random edits', () => {
    const draft = generateDraft(
      samples.map((sample) => sample.text),
      { words: 6000, seed: 3 },
    );
    checkEditsAgainstColdLints(draft, 7, 15);
  }, SLOW);

  it('switching between drafts with one Linter (one cache, several documents) changes nothing', () => {
    const shared = new Linter();
    for (let round = 0; round < 2; round++) {
      for (const sample of samples) expect(observable(shared.lint(sample.text))).toEqual(observable(new Linter().lint(sample.text)));
    }
  });

  it('the same chunk twice in one draft (a pasted section) is reported at both places', () => {
    const section = '## Background\n\nTODO add the chronology.\n\n';
    const text = `# Review\n\n${section}${section}`;
    const placeholders = new Linter().lint(text).findings.filter((finding) => finding.ruleId === 'placeholder');
    expect(placeholders.map((finding) => finding.range.start.line)).toEqual([5, 9]);
  });
});

describe('chunked parsing finds the headings a whole-document parse finds', () => {
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);

  function rootHeadings(text: string) {
    const tree = remark.parse(text) as Root;
    return tree.children
      .filter((node): node is Heading => node.type === 'heading')
      .map((node) => ({ depth: node.depth, start: node.position!.start.offset!, end: node.position!.end.offset!, text: toString(node).trim() }));
  }

  function chunkedHeadings(text: string) {
    return new Linter().lint(text).document.headings.map((heading) => ({ depth: heading.depth, start: heading.start, end: heading.end, text: heading.text }));
  }

  for (const sample of samples) {
    it(sample.name, () => {
      const headings = chunkedHeadings(sample.text);
      expect(headings.length).toBeGreaterThan(5);
      expect(headings).toEqual(rootHeadings(sample.text));
    });
  }

  it('after random edits that move chunk boundaries', () => {
    const random = seededRandom(11);
    for (const sample of samples) {
      let text = sample.text;
      for (let i = 0; i < 12; i++) {
        text = EDITS[Math.floor(random() * EDITS.length)](text, random);
        expect(chunkedHeadings(text), `${sample.name}, edit ${i + 1}`).toEqual(rootHeadings(text));
      }
    }
  }, SLOW);
});
