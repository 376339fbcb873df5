// The engine on hostile and broken drafts: it returns, never throws, reports ranges inside the
// draft with lines and columns that match their offsets, offers fixes that do not overlap, lose
// no words and fix what they say, and takes time in proportion to the draft's size. Random drafts
// come from ./hostile (the same generators `npm run fuzz` runs for 100k+ cases); the named cases
// below are the shapes that once crashed, hung or misplaced a fix.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, Linter, PRESET_TEMPLATES } from '../../../src/engine/index';
import { applyEdit, checkDraft, damagedSample, editSequence, hostileDraft, observable } from './hostile';

const SAMPLES_DIR = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const samples = readdirSync(SAMPLES_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(path.join(SAMPLES_DIR, name), 'utf8'));

/** Runs in `npm test` are bounded; `npm run fuzz` runs the same properties 100k+ times. */
const RUNS = Number(process.env.CSPR_FUZZ_RUNS ?? 120);

function expectNoProblems(problems: string[]): void {
  expect(problems).toEqual([]);
}

describe('random drafts', () => {
  it('default settings: every promise holds, fixes included', () => {
    const linter = new Linter();
    fc.assert(
      fc.property(hostileDraft, (text) => expectNoProblems(checkDraft(linter, text, { fixes: true }))),
      { numRuns: RUNS },
    );
  });

  for (const template of Object.keys(PRESET_TEMPLATES)) {
    it(`template ${template}`, () => {
      const linter = new Linter({ template });
      fc.assert(
        fc.property(hostileDraft, (text) => expectNoProblems(checkDraft(linter, text, { fixes: true }))),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    });
  }

  it('the samples with random damage, as an author leaves them mid-edit', () => {
    const linter = new Linter();
    fc.assert(
      fc.property(damagedSample(samples), (text) => expectNoProblems(checkDraft(linter, text, { fixes: true }))),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a warm Linter after random edits reports what a cold one does', () => {
    fc.assert(
      fc.property(fc.oneof(hostileDraft, damagedSample(samples)), editSequence, (start, edits) => {
        const warm = new Linter();
        let text = start;
        warm.lint(text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          expectNoProblems(checkDraft(warm, text));
          expect(observable(warm.lint(text))).toBe(observable(new Linter().lint(text)));
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
const lines = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join('\n');
const sample = samples[0];

/** Shapes that stress the parser and the engine: each must lint within a generous bound. */
const ADVERSARIAL: Record<string, () => string> = {
  'list markers 3,000 deep on one line': () => `${repeat('- ', 6000)}x\n`,
  'ordered list markers 2,000 deep': () => `${repeat('1. ', 6000)}x\n`,
  'block quotes 5,000 deep': () => `${'>'.repeat(5000)} Child J said "no".\n`,
  '10 lines of block quotes 4,000 deep': () => lines(10, () => `${'> '.repeat(4000)}x`),
  'a list nested 150 deep by indentation': () => lines(150, (index) => `${' '.repeat(index * 2)}- item ${index}`),
  'a 1 MB single line': () => `Child J said ${repeat('the social worker failed to visit MASH ', 1_000_000)}`,
  '10,000 lazy continuation lines in a block quote': () => `> Child J said\n${lines(10_000, (index) => `word${index} of the quoted paragraph`)}`,
  'quote lines and lazy lines alternating 8,000 times': () => repeat('> Child J said\nwhat happened\n', 8000 * 30),
  '5,000 ATX headings': () => lines(5000, (index) => `## Heading ${index}\n\nText ${index}.`),
  '4,000 setext headings with no blank lines': () => repeat('Findings\n===\n', 4000 * 13),
  '2,000 template headings repeated': () => lines(2000, (index) => `## ${PRESET_TEMPLATES.lcspr.sections[index % PRESET_TEMPLATES.lcspr.sections.length].title}\n\nTODO`),
  'an unclosed HTML comment before 100 KB': () => `# Introduction\n\n<!-- note\n${repeat('## Findings\n\nText.\n\n', 100_000)}`,
  'an unclosed code fence before 100 KB': () => `# Introduction\n\n\`\`\`\n${repeat('## Findings\n\nText.\n\n', 100_000)}`,
  'an unclosed HTML block': () => `<div>\n${repeat('## Findings\nText <span>\n', 50_000)}`,
  '20,000 opening comments': () => repeat('<!--', 80_000),
  'front matter only': () => '---\ncspr-template: rapid-review\ntitle: "Child J"\n---\n',
  'unclosed front matter': () => `---\ncspr-template: rapid-review\n${repeat('key: value\n', 50_000)}`,
  'a byte order mark before front matter': () => `\uFEFF${sample}`,
  'CRLF line endings': () => sample.replace(/\n/g, '\r\n'),
  'lone CR line endings': () => sample.replace(/\n/g, '\r'),
  'mixed line endings': () => sample.replace(/\n/g, (_, offset: number) => ['\n', '\r\n', '\r'][offset % 3]),
  'NUL bytes': () => sample.replace(/ /g, (_, offset: number) => (offset % 7 === 0 ? '\u0000' : ' ')),
  'lone surrogates and replacement characters': () => sample.replace(/e/g, (_, offset: number) => ['\uD800', '\uDFFF', '\uFFFD'][offset % 3]),
  'emoji and right-to-left text': () => sample.replace(/ the /g, ' 👩‍👧‍👦 مرحبا \u202E שלום 🧒🏽 '),
  'a table 100 columns by 100 rows': () => [`|${' No. |'.repeat(100)}`, `|${'---|'.repeat(100)}`, ...Array.from({ length: 100 }, () => `|${' 1 MASH |'.repeat(100)}`)].join('\n'),
  '15,000 character references': () => `# Introduction\n\n${repeat('&copy; &#65; &NotEqualTilde; ', 150_000)}`,
  '32,000 emphasis marks in one paragraph': () => `${'*'.repeat(16_000)}hi${'*'.repeat(16_000)}`,
  'unmatched emphasis and underscores': () => repeat('*a_ ', 40_000),
  '16,000 nested link brackets': () => `${'['.repeat(16_000)}hi${']'.repeat(16_000)}(x)`,
  '8,000 unfinished links': () => repeat('[a](', 32_000),
  '1,000 control comments': () => lines(1000, (index) => `<!-- cspr-lint-disable-next-line placeholder -- reason ${index} -->\nTODO ${index}`),
  '2,000 list items': () => lines(2000, (index) => `- The Partnership should consider item ${index} TBC.`),
};

describe('adversarial drafts', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      const text = make();
      const started = performance.now();
      // Fixing re-lints the whole draft: done for all but the megabyte, to keep npm test quick.
      expectNoProblems(checkDraft(new Linter(), text, { fixes: text.length < 500_000 }));
      // Generous: a hang or a quadratic blow-up takes minutes; the slowest of these takes seconds.
      expect(performance.now() - started).toBeLessThan(60_000);
    }, 120_000);
  }
});

describe('regressions found by the fuzzer', () => {
  it('a byte order mark does not shift offsets, and front matter after it selects the template', () => {
    const text = '\uFEFF---\ncspr-template: rapid-review\n---\n# Introduction\n\nSee the MASH.\n';
    const result = new Linter().lint(text);
    expect(result.template.id).toBe('rapid-review');
    const heading = result.document.headings[0];
    expect(text.slice(heading.start, heading.end)).toBe('# Introduction');
    const acronym = result.findings.find((finding) => finding.ruleId === 'undefined-acronym')!;
    expect(text.slice(acronym.range.start.offset, acronym.range.end.offset)).toBe('MASH');
  });

  it('a byte order mark before a code fence keeps the headings inside it out of the outline', () => {
    expect(new Linter().lint('\uFEFF~~~\n## Findings\n').document.headings).toEqual([]);
  });

  it('after a character reference, an acronym is found and spelled out where it is', () => {
    const text = '## Findings\n\n&#65; &NotEqualTilde; note from 14 Acacia Avenue to the MASH today.\n';
    const acronym = new Linter().lint(text).findings.find((finding) => finding.ruleId === 'undefined-acronym')!;
    expect(text.slice(acronym.range.start.offset, acronym.range.end.offset)).toBe('MASH');
    // Spelling out is a suggestion (never a fix), applied when asked for by rule.
    expect(applyFixes(text, [acronym], { suggestionsOf: new Set(['undefined-acronym']) }).output).toContain('to the Multi-Agency Safeguarding Hub (MASH) today.');
  });

  it('a named reference that decodes to two code points does not shift what follows (fuzz case 74620)', () => {
    const text = '## Findings\n\nNote &NotEqualTilde; &copy; The Partnership\nCAMHS\n';
    const acronym = new Linter().lint(text).findings.find((finding) => finding.data?.acronym === 'CAMHS')!;
    expect(text.slice(acronym.range.start.offset, acronym.range.end.offset)).toBe('CAMHS');
  });

  it('after an unclosed front matter fence, a block quote is still a block quote (fuzz case 76664)', () => {
    const result = new Linter().lint('---\ntitle: x\n<!-- note -->\n> Child J said\nLearning\n=\n');
    expect(result.document.headings).toEqual([]);
    expect(result.document.blocks.some((block) => block.inQuote && block.text.startsWith('Child J said'))).toBe(true);
  });

  it('lone CR line endings count as line breaks, as in the editor', () => {
    const lf = new Linter().lint(sample).findings.map((finding) => [finding.ruleId, finding.range.start.line, finding.range.start.column]);
    const cr = new Linter().lint(sample.replace(/\n/g, '\r')).findings.map((finding) => [finding.ruleId, finding.range.start.line, finding.range.start.column]);
    expect(cr).toEqual(lf);
  });

  it('a code fence opened after a lone CR hides the headings that follow, as the parser reads it', () => {
    expect(new Linter().lint('Text\r```\n## Findings\n').document.headings).toEqual([]);
  });

  it('every control comment of a long block with no blank lines applies (the flood limit counts per paragraph)', () => {
    const text = lines(1500, (index) => `<!-- cspr-lint-disable-next-line placeholder -- agreed ${index} -->\nTODO ${index}`);
    const result = new Linter().lint(text);
    expect(result.findings.filter((finding) => finding.ruleId === 'placeholder')).toEqual([]);
    expect(result.suppressions.map((suppression) => suppression.suppressed.length)).toEqual(Array(1500).fill(1));
  });

  it('a long tight list keeps the emphasis of its items', () => {
    const result = new Linter().lint(`## Background\n\n${lines(1500, (index) => `- **Visit** [${index}](#a) _done_`)}\n`);
    const items = result.document.blocks.filter((block) => block.list);
    expect(items).toHaveLength(1500);
    expect(items.every((block, index) => block.text === `Visit ${index} done`)).toBe(true);
  });

  it('a quoted paragraph with thousands of lazy lines keeps every word', () => {
    const text = `## Voice of the child\n\n> Child J said\n${lines(3000, (index) => `word${index}`)}\n`;
    const quoted = new Linter().lint(text).document.blocks.filter((block) => block.inQuote);
    expect(quoted).toHaveLength(1);
    expect(quoted[0].text.split(/\s+/)).toEqual(['Child', 'J', 'said', ...Array.from({ length: 3000 }, (_, index) => `word${index}`)]);
  });

  it('list and quote markers beyond the nesting limit are read as text, not dropped', () => {
    const result = new Linter().lint(`${'> '.repeat(100)}Child J said MASH\n`);
    const acronym = result.findings.find((finding) => finding.ruleId === 'undefined-acronym');
    expect(acronym?.range.start.column).toBe(200 + 'Child J said '.length + 1);
  });
});

describe('time grows in proportion to size', () => {
  it('per-KB time of a 1 MB draft is within a generous factor of a 100 KB one', () => {
    // The same generator at both sizes: random drafts with every construct, concatenated.
    const parts = fc.sample(hostileDraft, { numRuns: 4000, seed: 42 });
    const draftOf = (bytes: number) => {
      let text = '';
      for (let index = 0; text.length < bytes; index++) text += `${parts[index % parts.length]}\n\n`;
      return text;
    };
    const perKb = (text: string) => {
      let best = Infinity;
      for (let attempt = 0; attempt < 2; attempt++) {
        const started = performance.now();
        new Linter().lint(text);
        best = Math.min(best, performance.now() - started);
      }
      return best / (text.length / 1024);
    };
    const small = perKb(draftOf(100 * 1024));
    const large = perKb(draftOf(1024 * 1024));
    console.log(`per-KB lint time: 100 KB ${small.toFixed(2)} ms, 1 MB ${large.toFixed(2)} ms`);
    expect(large / small).toBeLessThan(4);
  }, 300_000);
});
