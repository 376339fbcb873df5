import { describe, expect, it } from 'vitest';
import { PRESET_TEMPLATES, skeletonText } from '../../../src/engine/index';
import { covered, describeBoundedTime, describeDocumentationExamples, findingsOf, sample } from './support';

const RULE_ID = 'placeholder';

const findings = findingsOf(RULE_ID);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n${body}\n`;
}

/** The placeholders reported in a body, in order. */
function reported(body: string): string[] {
  const text = draft(body);
  return covered(text, findings(text));
}

describe('placeholder', () => {
  it('reports marker words and bracketed instructions as warnings that ask for the final text', () => {
    const text = draft('The meeting was held on XX June 2023 [insert attendees].');
    const found = findings(text);
    expect(covered(text, found)).toEqual(['XX', '[insert attendees]']);
    expect(found.every((finding) => finding.severity === 'warning' && !finding.fix)).toBe(true);
    expect(found[1].message).toBe('Replace the placeholder "[insert attendees]" with the final text before sign-off.');
  });

  it('finds TODO, TBC (in either case), TBD, FIXME, X runs and X dates', () => {
    expect(reported('TODO: add the police chronology. The date is TBC; date tbc. Outcome TBD. FIXME later.')).toEqual(['TODO', 'TBC', 'tbc', 'TBD', 'FIXME']);
    expect(reported('Born XX/XX/2007, the cost was £XXX.')).toEqual(['XX/XX/2007', 'XXX']);
    expect(reported('The date of the next meeting is TBA. Police involvement began in ??? 2022 (??), and Mr ?? attended.')).toEqual(['TBA', '???', '??', '??']);
  });

  it('leaves question and exclamation marks that end words or sentences alone', () => {
    expect(reported('"Why??" she asked. He shouted "Now?!" and left. Was it seen? Yes? No?! The report asked: really?')).toEqual([]);
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

  describeDocumentationExamples(RULE_ID, findings);

  describeBoundedTime(RULE_ID, {
    'digits': '1'.repeat(100_000),
    'date separators': '1/'.repeat(50_000),
    'X runs': 'X'.repeat(100_000),
    'X dates': 'XX/'.repeat(33_000),
    'open brackets': '['.repeat(100_000),
    'unclosed brackets': '[a'.repeat(50_000),
    'long bracket contents': `[${'a'.repeat(100_000)}]`,
    'brackets inside quotes': '"[a]" '.repeat(16_000),
    'unclosed quotes and brackets': '“[a] '.repeat(20_000),
  });
});
