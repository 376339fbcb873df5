// The engine parses a draft in chunks, one per top-level heading, so that a keystroke re-parses only
// the chunk it touched. That is a shortcut and must never change what a lint says: for every text we
// have, a lint of the chunked draft equals a lint of the draft parsed whole (`chunking: false`).
// Corpora: the sample drafts, every text under test/corpus/, the CommonMark specification's
// examples (and the specification itself, one long document), markdownlint's own documentation,
// generated drafts, and drafts mutated by edits that move chunk boundaries or put definitions of
// footnotes and reference links under a later heading than their use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../src/engine/index';
import { generateDraft, seededRandom } from '../../bench/drafts';
import { adapterView } from './lint-view';

const ROOT = path.join(__dirname, '..', '..');
const SLOW = 120_000;

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return filesUnder(full, extensions);
      return extensions.some((extension) => name.endsWith(extension)) ? [full] : [];
    });
}

/** Every string held in a `text` field of a corpus data file, however deep. */
function textsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) textsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'text' || key === 'markdown' || key === 'heading' || key === 'context') && typeof item === 'string') out.push(item);
      else textsIn(item, out);
    }
  }
  return out;
}

async function corpusTexts(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const file of filesUnder(path.join(ROOT, 'test', 'corpus'), ['.md', '.json', '.ts'])) {
    const name = path.relative(ROOT, file);
    if (file.endsWith('.md')) out.push({ name, text: readFileSync(file, 'utf8') });
    else if (file.endsWith('.json')) textsIn(JSON.parse(readFileSync(file, 'utf8'))).forEach((text, index) => out.push({ name: `${name}#${index}`, text }));
    else textsIn(await import(file)).forEach((text, index) => out.push({ name: `${name}#${index}`, text }));
  }
  return out;
}

/** The examples of the CommonMark specification, with its "→" for tabs. */
function commonMarkExamples(): { name: string; text: string }[] {
  const spec = readFileSync(path.join(ROOT, 'node_modules', 'commonmark-spec', 'spec.txt'), 'utf8');
  const fence = '`'.repeat(32);
  const examples: { name: string; text: string }[] = [];
  const pattern = new RegExp(`^${fence} example\\n([\\s\\S]*?)^\\.\\n[\\s\\S]*?^${fence}$`, 'gm');
  for (const match of spec.matchAll(pattern)) examples.push({ name: `commonmark example ${examples.length + 1}`, text: match[1].replace(/→/g, '\t') });
  return examples;
}

/** Everything a lint result tells an adapter, and the document structure rules read. */
function observable(result: LintResult) {
  return {
    ...adapterView(result),
    headings: result.document.headings,
    blocks: result.document.blocks.map((block) => ({ kind: block.kind, text: block.text, start: block.start, end: block.end, words: block.words, inQuote: block.inQuote, list: block.list, table: block.table })),
    comments: result.document.comments,
    matches: result.document.matches.map((match) => ({ id: match.section.id, heading: match.heading.index, bodyStart: match.bodyStart, end: match.end, duplicate: match.duplicateOf !== undefined })),
  };
}

const chunked = new Linter();
const whole = new Linter({ chunking: false });

function expectSameLint(text: string, name: string): void {
  expect(observable(chunked.lint(text)), name).toEqual(observable(whole.lint(text)));
}

/** Footnotes, reference links and citations whose definitions sit under a later heading, as real reports put them. */
function withNotes(text: string, random: () => number): string {
  const lines = text.split('\n');
  const uses = ['[^1]', '[^note-a]', '[the guidance][wt2023]', '[Working Together][]', '[wt2023]', '[^Panel]'];
  for (let i = 0; i < 4; i++) {
    const at = Math.floor(random() * lines.length);
    if (lines[at].trim() !== '' && !lines[at].startsWith('#')) lines[at] += ` ${uses[Math.floor(random() * uses.length)]}`;
  }
  return `${lines.join('\n')}\n\n## Notes\n\n[^1]: Working Together to Safeguard Children 2023, chapter 5.\n[^note-a]: The Panel's annual report.\n[^panel]: Child Safeguarding Practice Review Panel.\n\n## References\n\n[wt2023]: https://example.org/working-together\n[working together]: https://example.org/wt\n`;
}

describe('a chunked lint equals a lint of the draft parsed whole', () => {
  const samples = [
    ...filesUnder(path.join(ROOT, 'test', 'fixtures', 'samples'), ['.md']),
  ].map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));

  it('the sample drafts, and the samples with footnotes and reference links defined under later headings', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
    const random = seededRandom(5);
    for (const sample of samples) {
      expectSameLint(sample.text, sample.name);
      expectSameLint(withNotes(sample.text, random), `${sample.name} with notes`);
    }
  }, SLOW);

  it('a footnote or reference link defined under a later heading is never a placeholder', () => {
    const text = '# Review\n\n## Findings\n\nThe Panel said so.[^1] See [the guidance][wt] and [Working Together].\n\n## Notes\n\n[^1]: Annual report.\n\n## References\n\n[wt]: https://example.org\n[working together]: https://example.org/wt\n';
    const result = chunked.lint(text);
    expect(result.findings.filter((finding) => finding.ruleId === 'placeholder')).toEqual([]);
    expect(result.document.blocks.find((block) => block.text.startsWith('The Panel'))?.text).toBe('The Panel said so. See the guidance and Working Together.');
    expectSameLint(text, 'notes under later headings');
  });

  it('every text of the labelled corpora under test/corpus/', async () => {
    const texts = await corpusTexts();
    for (const { name, text } of texts) expectSameLint(text, name);
  }, SLOW);

  it('the CommonMark specification examples, one by one and as one document', () => {
    const examples = commonMarkExamples();
    expect(examples.length).toBeGreaterThan(600);
    for (const { name, text } of examples) expectSameLint(text, name);
    expectSameLint(readFileSync(path.join(ROOT, 'node_modules', 'commonmark-spec', 'spec.txt'), 'utf8'), 'spec.txt');
  }, SLOW);

  it("markdownlint's own documentation", () => {
    const docs = [...filesUnder(path.join(ROOT, 'node_modules', 'markdownlint', 'doc'), ['.md']), path.join(ROOT, 'node_modules', 'markdownlint', 'README.md')];
    expect(docs.length).toBeGreaterThan(40);
    for (const file of docs) expectSameLint(readFileSync(file, 'utf8'), path.relative(ROOT, file));
  }, SLOW);

  it('generated drafts with random edits that move chunk boundaries and definitions', () => {
    const random = seededRandom(29);
    const sources = samples.map((sample) => sample.text);
    const edits: ((text: string) => string)[] = [
      (text) => insertAt(text, random, '\n## Notes\n\n[^2]: A note.\n'),
      (text) => insertAt(text, random, ' see [^2] and [ref]. '),
      (text) => insertAt(text, random, '\n[ref]: https://example.org\n'),
      (text) => insertAt(text, random, '\n```\n'),
      (text) => insertAt(text, random, '\n<!-- note\n'),
      (text) => insertAt(text, random, '\n### Finding 9: [^3] thresholds\n'),
      (text) => insertAt(text, random, '\n\nSetext heading\n---\n'),
      (text) => insertAt(text, random, '\n> [^3]: quoted note\n'),
      (text) => insertAt(text, random, ' TODO [insert date] '),
      (text) => text.replace(/\n\n/, '\n'),
    ];
    for (let draft = 0; draft < 4; draft++) {
      let text = withNotes(generateDraft(sources, { words: 2000 + draft * 1500, seed: 40 + draft }), random);
      expectSameLint(text, `generated draft ${draft}`);
      for (let step = 0; step < 12; step++) {
        text = edits[Math.floor(random() * edits.length)](text);
        expectSameLint(text, `generated draft ${draft}, edit ${step + 1}`);
      }
    }
  }, SLOW);
});

function insertAt(text: string, random: () => number, snippet: string): string {
  const at = Math.floor(random() * (text.length + 1));
  return text.slice(0, at) + snippet + text.slice(at);
}
