import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { fleschReadingEase, readabilityBySection } from '../../../src/engine/quality/readability';
import { syllableCount } from '../../../src/engine/text/syllables';
import { describeDocumentationExamples, findingsOf } from './support';

const readabilityFindings = findingsOf('readability');

const LONG = `The health visitor, who had been allocated to the family only two weeks earlier following the retirement of the previous practitioner and who had not yet had the opportunity to read the full records held by the previous service, visited the family home on a Tuesday afternoon, found the mother tired and tearful, and agreed to return the following week, although no time was fixed and no note was passed to the GP.`;
const PLAIN = 'The health visitor saw Baby T three times in six weeks. Each time she found his mother tired and low. She did not know about the earlier bruise.';

describe('readability', () => {
  it('reports the longest sentences over the hard length, at most two a section, as info', () => {
    const text = `# Review\n\n## Findings\n\n${PLAIN} ${LONG}\n\n${LONG.replace('Tuesday', 'Monday')}\n\n${LONG.replace('Tuesday', 'Friday')} ${PLAIN}\n`;
    const found = readabilityFindings(text);
    expect(found).toHaveLength(2);
    for (const finding of found) {
      expect(finding.severity).toBe('info');
      expect(finding.message).toMatch(/^This sentence has \d+ words, one of the longest in "Findings"\./);
      expect(text.slice(finding.range.start.offset, finding.range.end.offset)).toMatch(/^The health visitor, who had been.*GP\.$/s);
    }
  });

  it('reports at most maxPerDraft sentences in the whole draft, the longest first', () => {
    const sections = Array.from({ length: 8 }, (_, index) => `## Part ${index + 1}\n\n${LONG}${' and then it rained'.repeat(index)}`).join('\n\n');
    const sentences = readabilityFindings(`# Review\n\n${sections}\n`).filter((finding) => finding.data?.words !== undefined);
    expect(sentences.map((finding) => /"(Part \d)"/.exec(finding.message)![1])).toEqual(['Part 4', 'Part 5', 'Part 6', 'Part 7', 'Part 8']);
  });

  it('leaves quotations, block quotes and tables alone', () => {
    const quoted = `Ms B told the reviewer: "${LONG}" Her words matter.`;
    const text = `# Review\n\n## Findings\n\n${quoted}\n\n> ${LONG}\n\n| Agency | What it knew |\n|---|---|\n| Health | ${LONG} |\n`;
    expect(readabilityFindings(text)).toEqual([]);
  });

  it('gives per-section figures: sentences, words, average length, reading ease, share of long sentences', () => {
    const result = new Linter().lint(`# Review\n\n## Background\n\n${PLAIN}\n\n## Findings\n\n${PLAIN} ${LONG}\n\n## References\n\n- Brandon, M. et al. (2020) Complexity and challenge, London: Department for Education.\n`);
    const figures = result.readability!;
    expect(figures.map((section) => section.sectionId)).toEqual(['background', 'findings']);
    const [background, findings] = figures;
    expect(background).toMatchObject({ title: 'Background', sentences: 3, longSentences: 0, longShare: 0 });
    expect(background.words).toBe(28);
    expect(background.averageSentenceLength).toBeCloseTo(9.3, 1);
    expect(background.readingEase).toBeGreaterThan(60);
    expect(findings).toMatchObject({ sentences: 4, longSentences: 1, longShare: 0.25 });
    expect(findings.longest[0].words).toBeGreaterThan(50);
    expect(findings.readingEase).toBeLessThan(background.readingEase);
    expect(readabilityBySection(result.document)).toBe(readabilityBySection(result.document));
  });

  it('reports a long, hard section at its heading', () => {
    const hard = 'Interagency communication deficiencies substantially compromised the effectiveness of safeguarding intervention. Organisational fragmentation, compounded by inconsistent documentation methodologies, generated considerable informational discontinuity. '.repeat(6);
    const found = readabilityFindings(`# Review\n\n## Findings\n\n${hard}\n`);
    expect(found).toHaveLength(1);
    expect(found[0].range.start.line).toBe(3);
    expect(found[0].message).toMatch(/^The "Findings" section is hard to read: reading ease -?\d+(\.\d)? \(below 25\)/);
  });

  it('has no figures when the rule is off', () => {
    expect(new Linter({ rules: { readability: 'off' } }).lint(`# Review\n\n## Findings\n\n${PLAIN}\n`).readability).toBeUndefined();
  });

  it('counts syllables as British English is said, and numbers by their digits', () => {
    expect(['colour', 'centre', 'programme', 'organisation', 'paediatrician', 'safeguarding'].map(syllableCount)).toEqual([2, 2, 2, 5, 5, 4]);
    expect(syllableCount('2022')).toBe(4);
    expect(syllableCount('3')).toBe(1);
    expect(fleschReadingEase(100, 5, 130)).toBeCloseTo(206.835 - 1.015 * 20 - 84.6 * 1.3, 5);
  });

  describeDocumentationExamples('readability', (text) => readabilityFindings(text));
});
