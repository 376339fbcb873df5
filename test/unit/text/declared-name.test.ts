// A first name declared as the child's pseudonym ("Kai", chosen with the family): found only where
// the draft declares it, then used for the child's name in messages and read as "the child" in headings.
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { declaredChildName, declaredPseudonyms } from '../../../src/engine/text/declared-name';

describe('declaredChildName', () => {
  const declared: [string | undefined, string, string][] = [
    [undefined, 'In this review the child is referred to as Kai, a name chosen with his mother.', 'Kai'],
    [undefined, 'The boy, referred to throughout this report as “Ellis”, was four.', 'Ellis'],
    [undefined, 'She is known in this review as Mia-Rose.', 'Mia-Rose'],
    [undefined, 'Jaden (not his real name) lived with his father.', 'Jaden'],
    [undefined, "'Amara' is a pseudonym agreed with her family.", 'Amara'],
    [undefined, 'The family chose the pseudonym Olu for this review.', 'Olu'],
    [undefined, 'Tia (a pseudonym) was nine.', 'Tia'],
    ['Local Child Safeguarding Practice Review: Kai', '# Local Child Safeguarding Practice Review: Kai\n\nKai was six. Kai lived with his grandmother.', 'Kai'],
    ['LCSPR – “Ellis”', 'LCSPR – “Ellis”\n\nEllis liked the nursery. His key worker saw Ellis daily.', 'Ellis'],
  ];
  const none: [string | undefined, string][] = [
    [undefined, 'The health visitor called Kai’s mother on Monday.'],
    [undefined, 'The family were described as Polish and were known to the church.'],
    [undefined, 'Child K was referred to as a child in need.'],
    [undefined, 'Mother was known as a reliable carer.'],
    ['Local Child Safeguarding Practice Review: Final', '# Local Child Safeguarding Practice Review: Final\n\nFinal version. The final report.'],
    ['Local Child Safeguarding Practice Review: Kai', '# Local Child Safeguarding Practice Review: Kai\n\nThe child was six.'],
    ['Rapid Review: Baby M', '# Rapid Review: Baby M\n\nBaby M was ten weeks old. Baby M lived with Mother.'],
    ['Review of practice – March 2025', '# Review of practice – March 2025\n\nIn March the panel met. March was busy.'],
  ];
  it.each(declared)('finds the declaration (title %s): %s', (title, opening, name) => {
    expect(declaredChildName(title, opening)).toBe(name);
  });
  it.each(none)('finds none (title %s): %s', (title, opening) => {
    expect(declaredChildName(title, opening)).toBeUndefined();
  });
});

describe('declaredPseudonyms', () => {
  it('finds every name declared as a pseudonym, of the child or anyone else, once each', () => {
    const text = 'In this review the child is referred to as Kai. Kai’s brother Tyler (a pseudonym) was two. Their aunt, given the name Roza in this report, and Jaden (not his real name) visited. Tyler (a pseudonym) again.';
    expect(declaredPseudonyms(text)).toEqual(['Kai', 'Roza', 'Tyler', 'Jaden']);
  });
  it('finds none where nothing is declared', () => {
    for (const text of ['Tyler was two and lived with Kai.', 'The family were known to the police.', 'Child K was referred to as a child in need.', 'Mother was known as a reliable carer.']) {
      expect(declaredPseudonyms(text), text).toEqual([]);
    }
  });
});

const KAI = `# Local Child Safeguarding Practice Review: Kai

## Introduction

In this review the child is referred to as Kai, a name chosen with his mother. Kai was six when he was seriously harmed in 2024, and the partnership commissioned this review to learn how agencies worked together.

## Kai and his family

Kai lived with his mother and younger sister in a flat in the town. His father lived nearby and saw him at weekends.

## What Kai told us

Kai told his teacher that he liked drawing dinosaurs and that he was scared when the shouting started at night.
`;

describe('a declared first name in a draft', () => {
  it('is the child in headings ("What Kai told us" is the voice of the child, "Kai and his family" the background) and in messages', () => {
    const result = new Linter().lint(KAI);
    const sectionOf = (text: string) => result.document.headings.find((heading) => heading.text === text)?.sectionIds;
    expect(sectionOf('What Kai told us')).toEqual(['voice-of-child']);
    expect(sectionOf('Kai and his family')).toEqual(['background']);
    const missing = result.findings.filter((finding) => finding.ruleId === 'required-section').map((finding) => finding.message);
    expect(missing.join('\n')).not.toMatch(/"Voice of the child"|"Background"/);
    expect(missing.some((message) => message.includes('Kai'))).toBe(true);
  });

  it('undeclared, the same first name is not taken for the child', () => {
    const undeclared = KAI.replace('In this review the child is referred to as Kai, a name chosen with his mother. ', '').replace('# Local Child Safeguarding Practice Review: Kai', '# Local Child Safeguarding Practice Review');
    const result = new Linter().lint(undeclared);
    expect(result.document.headings.find((heading) => heading.text === 'What Kai told us')?.sectionIds).toEqual([]);
    expect(result.document.childName()).toBe('the child');
  });

  it('a chunked lint equals a whole-document lint', () => {
    const long = `${KAI}\n${Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: the review read the records of agency ${i} about Kai and spoke with practitioners about what they saw.`).join('\n\n')}\n`;
    const chunked = new Linter().lint(long);
    const whole = new Linter({ chunking: false }).lint(long);
    expect(chunked.findings.map((finding) => finding.message)).toEqual(whole.findings.map((finding) => finding.message));
  });

  it('re-lints after keystrokes follow the declaration: kept when the opening is untouched, changed with it', () => {
    const linter = new Linter();
    const tail = Array.from({ length: 600 }, (_, i) => `Paragraph ${i}: the review read the records of agency ${i} and spoke with practitioners about what they saw.`).join('\n\n');
    const text = `${KAI}\n${tail}\n`;
    expect(linter.lint(text).document.childName()).toBe('Kai');
    const farEdit = `${text}\nOne more sentence at the end.\n`;
    expect(linter.lint(farEdit).document.childName()).toBe('Kai');
    const renamed = farEdit.replace('referred to as Kai', 'referred to as Tomas');
    const result = linter.lint(renamed);
    expect(result.document.childName()).toBe('Tomas');
    expect(result.document.headings.find((heading) => heading.text === 'What Kai told us')?.sectionIds).toEqual([]);
    expect(result.findings.map((finding) => finding.message)).toEqual(new Linter().lint(renamed).findings.map((finding) => finding.message));
  });
});

describe('a pseudonym’s label alone in a heading', () => {
  const sectionsOf = (title: string, headings: string[]) => {
    const body = headings.map((heading) => `## ${heading}\n\nSome text about what happened and what was said.\n`).join('\n');
    const { document } = new Linter().lint(`# ${title}\n\n${title.split(': ')[1]} was 15. ${title.split(': ')[1]} lived with his mother.\n\n${body}`);
    return headings.map((heading) => document.headings.find((candidate) => candidate.text === heading)?.sectionIds ?? []);
  };

  it('reads as the child ("What R told us" in a review of Young Person R), not as a part\'s label', () => {
    expect(sectionsOf('Local Child Safeguarding Practice Review: Young Person R', ['What R told us', "R's daily life", 'Appendix R'])).toEqual([['voice-of-child'], ['voice-of-child'], []]);
  });

  it('"A" and "I" are words, labels only in the possessive', () => {
    expect(sectionsOf('Local Child Safeguarding Practice Review: Child A', ['A view from practitioners', "What A's days were like"])).toEqual([['practitioner-involvement'], ['voice-of-child']]);
  });
});
