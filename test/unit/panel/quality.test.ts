// The Quality part of the panel's state: each marker judged from a real lint, with places to go to.
import { describe, expect, it } from 'vitest';
import { Linter, type EngineSettings } from '../../../src/engine/index';
import { MAX_TARGETS, qualityMarkers } from '../../../src/engine/quality/markers';
import { panelQuality, panelState } from '../../../src/extension/panel/state';

const CHRONOLOGY = [
  'On 3 March 2022 the health visitor visited the family home.',
  'On 10 March she rang the GP surgery and left a message.',
  'In April 2022 the GP saw Child K with a rash and prescribed cream.',
  "On 2 May the nursery manager emailed the health visitor about Child K's weight.",
  'The health visitor visited again on 9 May.',
  'On 20 May the case was closed to health visiting.',
].join(' ');
const ANALYSIS =
  'The health visitor accepted the explanation because she was working alone. This reflects a wider pattern in the service. Caseloads were over 500 families, which meant visits were short. It is likely that any practitioner would have done the same. The learning is about supervision and how patterns become visible across visits.';
const FAMILY_GOOD =
  "The reviewer wrote to Child K's mother and father in January 2023, inviting them to take part. Child K's mother met the reviewer twice at her home. She said that she had felt judged by the health visitor. Child K's father did not respond to the letter or to two calls.";
const FAMILY_TOKEN = 'The family were involved in the review and their views have been taken into account throughout this report. The reviewer is grateful for their contribution.';

function draft(findings: string, family: string): string {
  return `# Local Child Safeguarding Practice Review: Child K\n\n## Family involvement\n\n${family}\n\n## Findings and analysis\n\n${findings}\n\n## Recommendations\n\n1. The Safeguarding Partnership will audit fifty health visiting records by March 2025 and report the results to the board.\n`;
}

const lint = (text: string, settings: EngineSettings = {}) => new Linter(settings).lint(text);
const byId = (text: string, settings: EngineSettings = {}) => Object.fromEntries(qualityMarkers(lint(text, settings)).map((marker) => [marker.id, marker]));

describe('quality markers', () => {
  it('lists the six markers in a fixed order, each with a status, a detail and its rules', () => {
    const markers = qualityMarkers(lint(draft(`### Finding 1: Working alone\n\n${ANALYSIS}`, FAMILY_GOOD)));
    expect(markers.map((marker) => marker.id)).toEqual(['family-involvement', 'analysis', 'findings-easy-to-find', 'recommendations', 'identity', 'readable']);
    for (const marker of markers) {
      expect(['ok', 'needs-work', 'not-judged']).toContain(marker.status);
      expect(marker.detail.length).toBeGreaterThan(10);
    }
    expect(markers.find((marker) => marker.id === 'analysis')!.ruleIds).toEqual(['analysis-depth']);
    expect(markers.find((marker) => marker.id === 'recommendations')!.ruleIds).toEqual(['recommendation-format', 'recommendation-count']);
  });

  it('is ok for a family section that says who, how and what, and for findings that explain, with the headings as places', () => {
    const text = draft(`### Finding 1: Working alone\n\n${ANALYSIS}`, FAMILY_GOOD);
    const markers = byId(text);
    expect(markers['family-involvement']).toMatchObject({ status: 'ok', targets: [{ line: 3, column: 1, label: 'Family involvement' }] });
    expect(markers.analysis.status).toBe('ok');
    expect(markers['findings-easy-to-find']).toMatchObject({ status: 'ok', detail: '"Findings and analysis" has 1 headed finding.' });
    expect(markers['findings-easy-to-find'].targets[0]).toEqual({ line: text.split('\n').indexOf('### Finding 1: Working alone') + 1, column: 1, label: 'Finding 1: Working alone' });
  });

  it('needs work where the rules found problems, pointing at each finding', () => {
    const text = draft(CHRONOLOGY, FAMILY_TOKEN);
    const markers = byId(text);
    expect(markers['family-involvement'].status).toBe('needs-work');
    expect(markers['family-involvement'].targets).toEqual([{ line: 3, column: 1, label: expect.stringMatching(/^The "Family involvement" section does not say who in the family was invited/) }]);
    expect(markers.analysis.status).toBe('needs-work');
    expect(markers.analysis.detail).toBe('One finding retells events without saying why they happened or what in the system made them likely.');
    expect(markers.analysis.targets[0].line).toBe(text.split('\n').indexOf('## Findings and analysis') + 1);
  });

  it('says "not judged" when a rule is off, and needs work when a required section is missing', () => {
    const off = byId(draft(CHRONOLOGY, FAMILY_TOKEN), { rules: { 'analysis-depth': 'off', 'family-involvement': 'off', readability: 'off' } });
    expect(off.analysis).toMatchObject({ status: 'not-judged', detail: 'Not judged: the analysis-depth rule is off in this configuration.', targets: [] });
    expect(off['family-involvement'].status).toBe('not-judged');
    expect(off.readable.status).toBe('not-judged');
    const missing = byId('# Review: Child K\n\n## Background\n\nChild K lived with her mother and two brothers in a flat.\n');
    expect(missing['family-involvement']).toMatchObject({ status: 'needs-work', targets: [] });
    expect(missing['findings-easy-to-find'].status).toBe('needs-work');
  });

  it('asks for sub-finding headings in a long findings section without them', () => {
    const long = Array.from({ length: 12 }, () => ANALYSIS).join('\n\n');
    const marker = byId(draft(long, FAMILY_GOOD))['findings-easy-to-find'];
    expect(marker.status).toBe('needs-work');
    expect(marker.detail).toMatch(/^"Findings and analysis" runs to \d+ words with no sub-finding headings/);
  });

  it('readable: one long sentence is worth a look, several or a hard section need work', () => {
    const sentence = 'The health visitor, who had been allocated to the family only two weeks earlier following the retirement of the previous practitioner and who had not yet read the records held by the previous service, visited the family home on a Tuesday afternoon, found the mother tired and tearful, and agreed to return the following week, although no time was fixed.';
    const one = byId(`# Review\n\n## Findings\n\n${sentence} The visit was short.\n`).readable;
    expect(one).toMatchObject({ status: 'ok', targets: [{ line: 5, column: 1, label: expect.stringMatching(/^This sentence has \d+ words/) }] });
    expect(one.detail).toMatch(/One sentence is worth shortening\.$/);
    const three = byId(`# Review\n\n## Findings\n\n${sentence}\n\n## Background\n\n${sentence}\n\n## Learning\n\n${sentence}\n`).readable;
    expect(three.status).toBe('needs-work');
  });

  it('keeps at most MAX_TARGETS places a marker and counts the rest', () => {
    const sentence = 'The health visitor, who had been allocated to the family only two weeks earlier following the retirement of the previous practitioner and who had not yet read the records held by the previous service, visited the family home on a Tuesday afternoon, found the mother tired and tearful, and agreed to return the following week, although no time was fixed.';
    const sections = Array.from({ length: 14 }, (_, index) => `## Part ${index + 1}\n\n${sentence}`).join('\n\n');
    const marker = byId(`# Review\n\n${sections}\n`, { rules: { readability: { severity: 'info', options: { maxPerDraft: 20 } } } }).readable;
    expect(marker.status).toBe('needs-work');
    expect(marker.targets).toHaveLength(MAX_TARGETS);
    expect(marker.moreTargets).toBe(4);
  });
});

describe('panel state: quality', () => {
  it('carries the markers and the reading figures per section as plain data', () => {
    const result = lint(draft(`### Finding 1: Working alone\n\n${ANALYSIS}`, FAMILY_GOOD));
    const state = panelState({ path: '/d/draft.md' }, result);
    expect(state.quality).toEqual(panelQuality(result));
    expect(state.quality.markers).toHaveLength(6);
    expect(state.quality.readability.map((row) => row.title)).toEqual(['Family involvement', 'Findings and analysis', 'Recommendations']);
    for (const row of state.quality.readability) {
      expect(Object.keys(row)).toEqual(['title', 'line', 'sentences', 'averageSentenceLength', 'readingEase', 'longShare']);
    }
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('has no reading figures when the readability rule is off', () => {
    expect(panelQuality(lint(draft(ANALYSIS, FAMILY_GOOD), { rules: { readability: 'off' } })).readability).toEqual([]);
  });
});
