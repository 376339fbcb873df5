// Plain prose is read without remark-parse (engine/parse/plain-blocks.ts). That is a shortcut and
// must never change what the parse says: for every chunk here, `parseChunk` equals
// `parseChunkWithRemark` field for field, offsets and list placements included. Texts: the sample
// drafts, the labelled corpora, the CommonMark specification's examples, generated drafts, and
// thousands of chunks made of lines chosen to sit on each edge the shortcut must respect (list
// markers that may or may not interrupt a paragraph, fences and comments that span blank lines,
// indented continuations, marks, spaces at line ends, tabs, ten-digit numbers, definitions).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChunk, parseChunkWithRemark, type Definition } from '../../src/engine/parse/markdown';
import { planChunk } from '../../src/engine/parse/plain-blocks';
import { splitIntoChunks } from '../../src/engine/parse/chunks';
import { generateDraft, seededRandom } from '../../bench/drafts';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(SAMPLES, name), 'utf8') }));

/** Characters of the text the shortcut read, and of all texts. */
const share = { plain: 0, all: 0 };

function expectSameParse(text: string, name: string, definitions: readonly Definition[] = []): void {
  expect(parseChunk(text, definitions), name).toEqual(parseChunkWithRemark(text, definitions));
  share.all += text.length;
  for (const stretch of planChunk(text)?.stretches ?? []) if (stretch.plain) share.plain += stretch.end - stretch.start;
}

function chunksOf(text: string): string[] {
  return splitIntoChunks(text).map((chunk) => chunk.text);
}

const LINES = [
  // Plain, in every shape the shortcut reads.
  'The school saw Child J weekly and noted nothing of concern.',
  'Health visitors recorded 12 visits in 2021, three of them missed.',
  '3.1 The review met on 4 March 2024 and again in June.',
  '"We were not listened to," said the mother.',
  '(The chronology is in the appendix.)',
  'Émilie’s mother: “the school knew” — a view the review shares.',
  '2023 was the year the family moved.',
  '# Findings',
  '## 2. What happened',
  '### Practice episode 3: the referral',
  '1. The referral was not followed up.',
  '2. The strategy meeting did not include the school.',
  '10. Recommendations were agreed by the partnership.',
  '1) Agencies shared information late.',
  '7) The family were not invited.',
  '007. Leading zeros make a list starting at seven.',
  '01. Two digits for one.',
  '- Police attended twice.',
  '- The GP was not told.',
  '* A bullet with a star.',
  '+ A bullet with a plus.',
  'A continuation line without a marker',
  '<!-- cspr-lint-disable-next-line identifying-detail -- agreed pseudonym -->',
  '<!-- reviewer note: check with the family --> and text after it',
  '**Strategy meeting:** held four days late.',
  '4. **The referral** was not followed up.',
  '**Glossary**',
  'The **school** and the **GP** knew.',
  '## **Findings**',
  '**(a)** first point',
  'A **½** share and **٣** days, paid **£5²**.',
  '| Agency | Role |\n| --- | :-: |\n| Police | Attended twice |\n| School  |  Saw her **weekly** |',
  '| Date | Event |\n|---|---|',
  '| Person | Age | Lives here |\n|---|---|---|\n| Grandmother | | No |\n|  | 24 | |',
  // Lines the shortcut must leave to remark-parse, or that change how a neighbour reads.
  '',
  '',
  '   ',
  '  Indented continuation of an item.',
  '    Indented code or item content.',
  '\tTabbed line.',
  '> Quoted, by the mother.',
  'Lazy line after a quote',
  '```',
  '```text',
  '``` a`b',
  '~~~',
  '  ```',
  '<!-- cspr-lint-disable-next-line placeholder -->',
  '<!-- opens a comment',
  'closes it -->',
  '<!-->',
  '<!--->',
  '<!-- a --> <!-- b',
  '<!---->',
  ' <!-- indented comment -->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '<https://example.org>',
  '---',
  '***',
  '* * *',
  '===',
  '- - -',
  '| Agency | Role |',
  '| --- | --- |',
  '|---|---|',
  'A line with **bold** in it.',
  '**Note:**.',
  '**Note:** then more.',
  '**a**b and x**y**',
  '**a **b** c**',
  '***Bold italic***',
  '** not bold **',
  '**open only',
  'close only**',
  '**a**)',
  '**😀**',
  '*one star*',
  '__underscores__',
  'Snake_case_name and a star* here.',
  'A [link](https://example.org) and [^1] note.',
  'Fish & chips &amp; more.',
  'An escaped \\# hash.',
  'Trailing two spaces  ',
  'Trailing one space ',
  'Trailing no-break space\u00a0',
  'Tab\tinside.',
  'A # heading-like hash # ',
  '# Heading with closing hashes ##',
  '#Hashtag without space',
  '####### Seven hashes',
  '#  Two spaces after hashes',
  '1.',
  '-',
  '1. ',
  '1.  Two spaces after the marker.',
  '1234567890. Ten digits.',
  '12345678901 people.',
  '- 1. Nested ordered.',
  '1. - Nested bullet.',
  '[ref]: https://example.org',
  '[^1]: A footnote definition.',
  'See [ref] and [text][ref].',
  'NUL\u0000inside.',
  'Line\u2028separator.',
  'Nbsp\u00a0inside is plain.',
  'Surrogate 😀 inside.',
  '😀 starts this line.',
  'Setext heading text',
  '  - indented bullet',
  '   1. indented number',
  ':--- | ---:',
  '| a | b |\n|---|\n| c |',
  '| a |  |\n|---|---|',
  '| |\n|---|\n| |',
  '||z|\n|-|-|\n|||',
  '| a | b |\n|---||\n| c | d |',
  '| x | y |\n|---|---|\n| 1 | 2 | 3 |',
  '| x | y |\n|---|---|\n| 1 |',
  'a | b\n--|--',
  '|a|b|\n|-|-|\n|c|d|',
  '| \\| | b |\n|---|---|',
  '| --- | b |\n|---|---|',
  '| x |\n|:--|\n| - |',
  '| x\t| y |\n|---|---|',
];

function randomChunk(random: () => number): string {
  const count = 1 + Math.floor(random() * 14);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    // Mostly plain lines, as drafts are, with the awkward ones often enough to meet each other.
    const pool = random() < 0.55 ? 34 : LINES.length;
    lines.push(LINES[Math.floor(random() * pool)]);
  }
  const text = lines.join('\n');
  return random() < 0.3 ? `${text}\n` : random() < 0.5 ? `# Heading\n\n${text}` : text;
}

describe('plain prose read without remark-parse parses exactly as remark-parse reads it', () => {
  it('the sample drafts, whole and chunk by chunk', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const sample of samples) {
      expectSameParse(sample.text, sample.name);
      chunksOf(sample.text).forEach((chunk, index) => expectSameParse(chunk, `${sample.name} chunk ${index}`));
    }
  });

  it('the CommonMark specification examples, one by one', () => {
    const spec = readFileSync(path.join(ROOT, 'node_modules', 'commonmark-spec', 'spec.txt'), 'utf8');
    const fence = '`'.repeat(32);
    const pattern = new RegExp(`^${fence} example\\n([\\s\\S]*?)^\\.\\n[\\s\\S]*?^${fence}$`, 'gm');
    let count = 0;
    for (const match of spec.matchAll(pattern)) {
      const text = match[1].replace(/→/g, '\t');
      expectSameParse(text, `commonmark example ${++count}`);
      expectSameParse(`Plain words before it.\n\n${text}\n\nPlain words after it.`, `commonmark example ${count} between plain paragraphs`);
    }
    expect(count).toBeGreaterThan(600);
  });

  it('generated drafts, chunk by chunk, with and without definitions lent by other chunks', () => {
    const seen = new Set<string>();
    const definitions: Definition[] = [
      { identifier: '1', label: '1', footnote: true, start: 0 },
      { identifier: 'ref', label: 'ref', footnote: false, start: 0 },
    ];
    for (let seed = 1; seed <= 6; seed++) {
      const draft = generateDraft(samples.map((sample) => sample.text), { words: 6000, seed, seen });
      chunksOf(draft).forEach((chunk, index) => {
        expectSameParse(chunk, `draft ${seed} chunk ${index}`);
        if (index % 3 === 0) expectSameParse(chunk, `draft ${seed} chunk ${index} with definitions`, definitions);
      });
    }
  });

  it('lists ended or continued by what follows them', () => {
    const between = ['', 'A paragraph.', '# A heading', '<!-- a note -->', '| a | b |\n|---|---|\n| c | d |', '- A bullet.', '1) A bracket.', '  Indented.', '> Quoted.'];
    for (const middle of between) {
      for (const [first, second] of [['1. One.', '2. Two.'], ['- One.', '- Two.'], ['3. Three.', '1. One.'], ['* One.', '+ Two.']]) {
        for (const gap of ['\n', '\n\n']) {
          const text = [first, middle, second].filter((part) => part !== '').join(gap);
          expectSameParse(text, JSON.stringify(text));
        }
      }
    }
  });

  it('4,000 chunks built from lines on every edge of the shortcut', () => {
    const random = seededRandom(17);
    for (let i = 0; i < 4000; i++) {
      const text = randomChunk(random);
      expectSameParse(text, JSON.stringify(text));
    }
  });

  it("runs of remark's blocks cut into stretches at blank lines (quotes, lists, code, HTML), 3,000 chunks", () => {
    // Blocks remark-parse reads, separated by blank lines in random orders: where a run of them is
    // cut into stretches parsed alone, the result must be the one a parse of the whole chunk gives.
    const BLOCKS = [
      '> Quoted words.',
      '> Quoted\n> on two lines.',
      '> - a bullet in a quote',
      '>',
      '- *emphasis* in an item',
      '- item\n  continued',
      '  indented continuation',
      '    indented code',
      '1. *one*',
      '2) *two*',
      '* * *',
      '+ plus *item*',
      '```\ncode\n\nstill code\n```',
      '~~~\nopen tilde fence',
      '<div>\nhtml</div>',
      '<!-- a\n\ncomment -->',
      'Setext *title*\n---',
      '***Bold italic*** line',
      '- [ ] task *item*',
      '> quote\nlazy continuation',
      '\tTabbed',
      'Plain words.',
      '- Plain bullet.',
    ];
    const random = seededRandom(29);
    let cut = 0;
    for (let i = 0; i < 3000; i++) {
      const count = 2 + Math.floor(random() * 8);
      const parts = Array.from({ length: count }, () => BLOCKS[Math.floor(random() * BLOCKS.length)]);
      const text = parts.join('\n\n');
      const plan = planChunk(text);
      if (plan && plan.stretches.filter((stretch) => !stretch.plain).length > 1) cut++;
      expectSameParse(text, JSON.stringify(text));
    }
    expect(cut).toBeGreaterThan(500);
  });

  it('a long run of alternating quotes and bullets is read in stretches of a block or two, not as one', () => {
    const text = '- a point *made*\n\n> b quoted *here*\n\n'.repeat(500);
    const stretches = planChunk(text)!.stretches;
    expect(stretches.length).toBeGreaterThan(500);
    expect(Math.max(...stretches.map((stretch) => stretch.end - stretch.start))).toBeLessThan(60);
    expectSameParse(text.slice(0, 4000), 'alternating quotes and bullets');
  });

  it('reads most of a draft itself, so the shortcut is worth having', () => {
    const draft = generateDraft(samples.map((sample) => sample.text), { words: 20000, seed: 99 });
    let plain = 0;
    for (const chunk of chunksOf(draft)) for (const stretch of planChunk(chunk)?.stretches ?? []) if (stretch.plain) plain += stretch.end - stretch.start;
    const fraction = plain / draft.length;
    console.log(`plain prose read without remark-parse: ${(100 * fraction).toFixed(0)}% of a generated 20k-word draft; ${(100 * share.plain / share.all).toFixed(0)}% of all text in this file's cases`);
    expect(fraction).toBeGreaterThan(0.4);
  });
});
