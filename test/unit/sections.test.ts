import { describe, expect, it } from 'vitest';
import { Linter, PRESET_TEMPLATES, skeletonText } from '../../src/engine/index';
import { sectionWordCount } from '../../src/engine/sections/content';
import { compileHeadingMatcher, normaliseHeading } from '../../src/engine/sections/heading-match';
import { splitIntoChunks } from '../../src/engine/parse/chunks';

const lcspr = compileHeadingMatcher(PRESET_TEMPLATES.lcspr);
const rapid = compileHeadingMatcher(PRESET_TEMPLATES['rapid-review']);
const ids = (matcher: typeof lcspr, heading: string) => matcher.match(heading).map((section) => section.id);

describe('heading normalisation', () => {
  it.each([
    ['3. How The Review Was Done', 'how the review was done'],
    ['Part 1 – Why We Undertook This Review', 'why we undertook this review'],
    ['Section C: Talking With Child S’s Family', 'talking with the child family'],
    ['7.2 Findings', 'findings'],
    ['Part Two: Background', 'background'],
    ['**Glossary**', 'glossary'],
  ])('%s → %s', (heading, expected) => {
    expect(normaliseHeading(heading)).toBe(expected);
  });
});

describe('heading matching (lcspr)', () => {
  it('matches every title and synonym of every section to that section alone', () => {
    for (const section of PRESET_TEMPLATES.lcspr.sections) {
      for (const title of [section.title, ...section.synonyms]) {
        expect(ids(lcspr, title), title).toEqual([section.id]);
      }
    }
  });

  it.each([
    ['A Day in the Life of Child Q', 'voice-of-child'],
    ['What good practice did we find?', 'good-practice'],
    ['Who is Child X?', 'voice-of-child'],
    ["Child S's Story So Far", 'background'],
    ['Talking With Child S’s Family', 'family-involvement'],
    ['What We Looked At', 'scope'],
    ['What Needs To Change', 'recommendations'],
    ['Learning For The System', 'learning'],
    ['6. The Voice and Lived Experience of Child R', 'voice-of-child'],
    ['Part 4 – Hearing from the family', 'family-involvement'],
    ['Findings and Analysis', 'findings'],
    ['Views of practitioners', 'practitioner-involvement'],
  ])('"%s" is %s', (heading, id) => {
    expect(ids(lcspr, heading)).toEqual([id]);
  });

  it('a combined heading names both sections', () => {
    expect(ids(lcspr, 'Purpose and scope of the review').sort()).toEqual(['introduction', 'scope']);
  });

  it.each(['Local Child Safeguarding Practice Review – Child J', 'LCSPR: Child S', '5.1 Family', 'Education', 'Mental health', 'Finding 1 – Exploitation indicators'.replace('Finding', 'Episode')])(
    '"%s" names no section',
    (heading) => {
      expect(ids(lcspr, heading)).toEqual([]);
    },
  );
});

describe('heading matching (rapid-review)', () => {
  it('prefers the specific cue: "Immediate actions taken to protect Baby M" is not also the actions section', () => {
    expect(ids(rapid, 'Immediate actions taken to protect Baby M')).toEqual(['immediate-actions']);
  });
  it('"What We Know About Baby M\'s Daily Life" is the voice of the child', () => {
    expect(ids(rapid, "What We Know About Baby M's Daily Life")).toEqual(['voice-of-child']);
  });
});

describe('section tree', () => {
  const lint = (text: string) => new Linter().lint(text).document;

  it('ignores headings in fenced code, front matter and bold pseudo-headings', () => {
    const doc = lint(['---', 'title: x', '# not a heading: front matter', '---', '', '```markdown', '## Recommendations', '```', '', '**Glossary**', '', 'Text.'].join('\n'));
    expect(doc.headings).toEqual([]);
    expect(doc.matches).toEqual([]);
  });

  it('reads setext headings and any level', () => {
    const doc = lint(['Background', '==========', '', 'Text here.', '', 'What Went Well', '--------------', '', 'More.', '', '###### Glossary', '', 'CSC: social care'].join('\n'));
    expect(doc.matches.map((match) => [match.section.id, match.heading.line])).toEqual([
      ['background', 1],
      ['good-practice', 6],
      ['glossary', 11],
    ]);
  });

  it('keeps a deeper heading that names the same section inside it, not as a duplicate', () => {
    const doc = lint(['## Findings', '', '### Finding 1: x', '', 'Text.', '', '### Finding 2: y', '', 'Text.', '', '## Good practice', '', 'Text.'].join('\n'));
    expect(doc.matches.map((match) => match.section.id)).toEqual(['findings', 'good-practice']);
    const findings = doc.section('findings')!;
    expect(doc.positionAt(findings.end).line).toBe(11);
  });

  it('ends a section at the next template section even when that heading is deeper', () => {
    const doc = lint(['## Methodology', '', 'How.', '', '### Practitioner involvement', '', 'Who came.'].join('\n'));
    const methodology = doc.section('methodology')!;
    expect(doc.positionAt(methodology.end).line).toBe(5);
    expect(doc.section('practitioner-involvement')).toBeDefined();
  });

  it('marks a second top-level heading of the same section as a duplicate', () => {
    const doc = lint(['## Findings', '', 'a', '', '## Background', '', 'b', '', '## Findings', '', 'c'].join('\n'));
    const duplicates = doc.matches.filter((match) => match.duplicateOf);
    expect(duplicates.map((match) => match.heading.line)).toEqual([9]);
  });
});

describe('chunking', () => {
  it('splits at headings but never inside fences or HTML comments, and loses no text', () => {
    const text = ['# Title', '', 'Intro', '', '```', '# inside fence', '```', '', '<!--', '# inside comment', '-->', '', '## Next', 'text', '', 'Setext', '------', '', 'end'].join('\n');
    const chunks = splitIntoChunks(text);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
    expect(chunks.map((chunk) => chunk.text.split('\n')[0])).toEqual(['# Title', '## Next', 'Setext']);
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
  });

  it('keeps front matter in the first chunk', () => {
    const text = '---\ntitle: a\n---\n# Heading\n\nText\n';
    const chunks = splitIntoChunks(text);
    expect(chunks[0].text.startsWith('---')).toBe(true);
  });

  it('does not split at a line that continues a paragraph', () => {
    const text = 'para line\nStill para\n---\n\nnext';
    expect(splitIntoChunks(text)).toHaveLength(1);
  });
});

describe('a brand-new draft from a template skeleton (issue 15.1)', () => {
  // Built as "CSPR: New draft from template" builds it: every section's skeleton under its title.
  for (const template of Object.values(PRESET_TEMPLATES)) {
    it(`${template.id}: every section is empty work, with 0 words, and no theme is covered or mentioned`, () => {
      const body = template.sections.map((section) => skeletonText(section, 2, 'Child A')).join('');
      const text = `---\ncspr-template: ${template.id}\n---\n\n# ${template.label}: Child A\n\n${body}`;
      const result = new Linter().lint(text);
      expect(result.sections.map((section) => [section.id, section.status])).toEqual(template.sections.map((section) => [section.id, 'empty']));
      for (const match of result.document.matches) expect(sectionWordCount(result.document, match), match.section.id).toBe(0);
      const evidence = result.coverage.filter((theme) => theme.status !== 'absent').map((theme) => `${theme.id}: ${theme.hits.map((hit) => hit.phrase).join(', ')}`);
      expect(evidence).toEqual([]);
    });
  }
});
