// required-section and a section heading written as a bold line ("**3. Methodology**", as a Word
// paste leaves headings): the finding sits on that line, says what it is, and its suggestion makes
// the line a heading, after which the section is found.
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../src/engine/index';
import { findingsOf } from './support';

const required = findingsOf('required-section');
const BOLD = /bold text, not a heading/;

const draft = (methodologyHeading: string) => `# Local Child Safeguarding Practice Review: Child T

## Introduction

Child T was seriously injured in 2024 and the partnership commissioned this review to learn from it.

## Scope

The review covers the twelve months before the injury.

${methodologyHeading}

The reviewer read agency reports and met practitioners at a learning event.

## Family involvement

Mother met the reviewer at home and said she had asked for help twice.

## Background

Child T lived with his mother and her partner.

## Voice of the child

Child T told his teacher he liked football and was frightened at home.

## Findings

Information was not shared because the systems did not connect.

## Good practice

The school nurse listened to Child T and acted the same day.

## Recommendations

1. The Partnership will audit information sharing by March 2026.
`;

describe('required-section: a bold line that names a missing section', () => {
  it.each(['**3. Methodology**', '__How the review was done__', '*Methodology*'])('%s: reported on the line, with a suggestion that makes it a heading', (line) => {
    const text = draft(line);
    const found = required(text);
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(text.slice(finding.range.start.offset, finding.range.end.offset)).toBe(line);
    expect(finding.message).toMatch(BOLD);
    expect(finding.message).toContain('"Methodology" section');
    const suggestion = finding.suggestions![0];
    expect(suggestion.title).toMatch(/^Make ".+" a heading$/);
    const fixed = applyFix(text, suggestion).output;
    expect(fixed).toContain(`\n## ${line.replace(/[*_]/g, '')}\n`);
    expect(required(fixed)).toEqual([]);
  });

  it('stays with the usual message where no bold line names the section, or the line is not one to make a heading', () => {
    const lines = [
      '**Strategy meeting**', // names no section
      '- **Methodology**', // a list item
      '> **Methodology**', // a quotation
      '**Methodology** and its limits were agreed with the panel in March.', // bold lead-in, not a whole line
      '**[Methodology](https://example.org/method)**', // a link the heading would lose
    ];
    for (const line of lines) {
      const found = required(draft(line));
      expect(found, line).toHaveLength(1);
      expect(found[0].message, line).not.toMatch(BOLD);
      expect(found[0].message, line).toMatch(/^Add a "Methodology" section/);
    }
  });

  it('says nothing of bold lines naming sections the draft has', () => {
    expect(required(draft('## Methodology').replace('## Findings', '## Findings\n\n**Findings**'))).toEqual([]);
  });
});
