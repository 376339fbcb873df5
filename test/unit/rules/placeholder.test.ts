import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, PRESET_TEMPLATES, findRule, skeletonText, type EngineSettings, type Finding } from '../../../src/engine/index';
import { parseChunk, sourceOffsetOf, type TextBlock } from '../../../src/engine/parse/markdown';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const RULE_ID = 'placeholder';

function sample(name: string): string {
  return readFileSync(path.join(SAMPLES, name), 'utf8');
}

function findings(text: string, settings: EngineSettings = {}): Finding[] {
  return new Linter(settings).lint(text).findings.filter((finding) => finding.ruleId === RULE_ID);
}

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n${body}\n`;
}

/** The placeholders reported in a body, in order. */
function reported(body: string): string[] {
  const text = draft(body);
  return findings(text).map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
}

function docExamples(ruleId: string): { kind: 'bad' | 'good'; markdown: string }[] {
  const page = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'rules', `${ruleId}.md`), 'utf8');
  return [...page.matchAll(/^(Bad|Good|Also good)\b[^\n]*\n\n```markdown\n([\s\S]*?)```/gm)].map((match) => ({
    kind: match[1] === 'Bad' ? 'bad' : 'good',
    markdown: match[2],
  }));
}

describe('placeholder', () => {
  it('reports marker words and bracketed instructions as warnings that ask for the final text', () => {
    const text = draft('The meeting was held on XX June 2023 [insert attendees].');
    const found = findings(text);
    expect(found.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset))).toEqual(['XX', '[insert attendees]']);
    expect(found.every((finding) => finding.severity === 'warning' && !finding.fix)).toBe(true);
    expect(found[1].message).toBe('Replace the placeholder "[insert attendees]" with the final text before sign-off.');
  });

  it('finds TODO, TBC (in either case), TBD, FIXME, X runs and X dates', () => {
    expect(reported('TODO: add the police chronology. The date is TBC; date tbc. Outcome TBD. FIXME later.')).toEqual(['TODO', 'TBC', 'tbc', 'TBD', 'FIXME']);
    expect(reported('Born XX/XX/2007, the cost was £XXX.')).toEqual(['XX/XX/2007', 'XXX']);
  });

  it('finds bracketed prompts such as [date], [month year] and [Child A] in prose, tables and headings', () => {
    expect(reported('The review covers [month year] to [month year], agreed on [date].')).toEqual(['[month year]', '[month year]', '[date]']);
    expect(reported('| Person | Relationship |\n|---|---|\n| [Child A] | Subject child |')).toEqual(['[Child A]']);
    expect(reported('### Finding 1: [a system finding in one sentence]')).toEqual(['[a system finding in one sentence]']);
  });

  it('reports every prompt of the skeletons it inserts, so an unfinished section is never signed off', () => {
    for (const template of Object.values(PRESET_TEMPLATES)) {
      for (const section of template.sections) {
        const skeleton = skeletonText(section, 2, 'Child J');
        const prompts = skeleton.match(/\[[^\]\n]+\]/g) ?? [];
        if (prompts.length === 0) continue;
        expect(reported(skeleton.replace(/^#+ .*\n+/, '')), `${template.id}/${section.id}`).toEqual(prompts);
      }
    }
  });

  it('leaves editorial brackets, citations, titles, X words and roman numerals alone', () => {
    const body = [
      'The mother said it was "fine" [sic]. The report [redacted] was shared. See [1] and [2, 3]. An elision [...] and […].',
      'As set out in [Brandon et al., 2020], neglect is common. See [Working Together to Safeguard Children].',
      'The XXL jumper. The Xbox was broken. Chapter XI was cited.',
      'A footnote follows.[^1]\n\n[^1]: Working Together 2023, chapter 5.',
      'A [link to the guidance](https://example.org) is not a placeholder.',
    ].join('\n\n');
    expect(reported(body)).toEqual([]);
  });

  it('treats brackets inside a quotation as editorial, unless they are an instruction', () => {
    expect(reported('He said "I hate [the social worker]" and left.')).toEqual([]);
    expect(reported('> She said [the school] never called.')).toEqual([]);
    expect(reported('He said "I hate [insert name]" and left.')).toEqual(['[insert name]']);
  });

  it('ignores HTML comments, which are never published', () => {
    expect(reported('<!-- TODO: add CSC, CAMHS [insert date] -->\nChild J lived with Mother.')).toEqual([]);
  });

  describe('sample drafts', () => {
    it('reports nothing in the four samples (the TODO in lcspr-messy is inside an HTML comment)', () => {
      expect(sample('lcspr-messy.md')).toContain('<!-- TODO');
      expect(findings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('lcspr-gaps.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });
  });

  describe('documentation examples', () => {
    const examples = docExamples(RULE_ID);
    it('has bad and good examples', () => {
      expect(examples.map((example) => example.kind)).toEqual(expect.arrayContaining(['bad', 'good']));
    });
    for (const [index, example] of examples.entries()) {
      it(`example ${index + 1} is reported only if it is the bad one (${example.kind})`, () => {
        const found = findings(`# Review\n\n${example.markdown}`);
        if (example.kind === 'bad') expect(found.length).toBeGreaterThan(0);
        else expect(found).toEqual([]);
      });
    }
  });

  describe('bounded time on hostile input', () => {
    const rule = findRule(RULE_ID)!;
    const scan = (text: string) => {
      // A real parsed paragraph with the hostile text put in, so the block has every field the parser sets.
      const block: TextBlock = { ...parseChunk('x\n').blocks[0], text, start: 0, end: text.length, pieces: [{ textStart: 0, sourceStart: 0 }] };
      return rule.scanBlock!(block, { options: {}, shared: { allowNames: new Set(), glossary: new Map() }, offsetOf: sourceOffsetOf });
    };
    const inputs: Record<string, string> = {
      'digits': '1'.repeat(100_000),
      'date separators': '1/'.repeat(50_000),
      'X runs': 'X'.repeat(100_000),
      'X dates': 'XX/'.repeat(33_000),
      'open brackets': '['.repeat(100_000),
      'unclosed brackets': '[a'.repeat(50_000),
      'long bracket contents': `[${'a'.repeat(100_000)}]`,
      'brackets inside quotes': '"[a]" '.repeat(16_000),
      'unclosed quotes and brackets': '“[a] '.repeat(20_000),
    };
    for (const [name, input] of Object.entries(inputs)) {
      it(`scans ${name} (${input.length} characters) in well under a second`, () => {
        const started = performance.now();
        scan(input);
        expect(performance.now() - started).toBeLessThan(1000);
      });
    }
  });
});
