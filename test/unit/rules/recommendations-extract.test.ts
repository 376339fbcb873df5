// The shared recommendations extract (src/engine/sections/recommendations.ts) as plain data: what
// recommendation-format, recommendation-count and the portfolio register read.
import { describe, expect, it } from 'vitest';
import { recommendationSections, recommendationWords, wordOverlap } from '../../../src/engine/sections/recommendations';
import { lint } from './support';

function extract(body: string) {
  const { document } = lint(`# Review\n\n## Recommendations\n\n${body}\n`);
  return recommendationSections(document, new Map()).flatMap((section) => section.items);
}

describe('recommendations extract', () => {
  it('reads a table by header meaning: number, owner and timescale columns, cells that name nobody or no date', () => {
    const items = extract(
      '| Ref | What needs to change | Responsible agency | Target date |\n|---|---|---|---|\n| R1 | Add a household question to the referral form. | Integrated Care Board | March 2026 |\n| R2 | Introduce a fathers\' record. | All agencies | Ongoing |',
    );
    expect(items.map(({ number, text, owner, ownerCell, timescale, timescaleCell, source, numbered }) => ({ number, text, owner, ownerCell, timescale, timescaleCell, source, numbered }))).toEqual([
      { number: 'R1', text: 'Add a household question to the referral form.', owner: 'Integrated Care Board', ownerCell: 'Integrated Care Board', timescale: 'March 2026', timescaleCell: 'March 2026', source: 'table', numbered: true },
      { number: 'R2', text: "Introduce a fathers' record.", owner: undefined, ownerCell: 'All agencies', timescale: undefined, timescaleCell: 'Ongoing', source: 'table', numbered: true },
    ]);
  });

  it('reads owners from the subject, a passive agent, a label and the heading above, with where each came from', () => {
    const items = extract(
      '### For the Integrated Care Board\n\n1. Review the CAMHS threshold by May 2026.\n2. The Police will audit 20 gradings within three months.\n3. Training should be commissioned by the Partnership Business Unit by June 2026.\n4. Revise the protocol. Owner: Designated Nurse. Due: Q2 2026.',
    );
    expect(items.map((item) => [item.number, item.owner, item.ownerSource, item.timescale])).toEqual([
      ['1', 'Integrated Care Board', 'group', 'by May 2026'],
      ['2', 'Police', 'subject', 'within three months'],
      ['3', 'Partnership Business Unit', 'agent', 'by June 2026'],
      ['4', 'Designated Nurse', 'label', 'Q2 2026'],
    ]);
    expect(items[1].measure).toBe('audit');
  });

  it('numbers from "7.1", "Recommendation Two:" and numbered headings; detail under an item is part of it', () => {
    const items = extract('7.1 The ICB will audit 20 cases by March 2026.\n\n- including ten from each locality\n\n**Recommendation Two:** CSC will revise its procedure by June 2026.');
    expect(items.map((item) => [item.number, item.text])).toEqual([
      ['7.1', 'The ICB will audit 20 cases by March 2026.\nincluding ten from each locality'],
      ['Two', 'CSC will revise its procedure by June 2026.'],
    ]);
  });

  it('ends at a bold line naming the glossary or references (a pasted heading), and not at other bold lines', () => {
    const body = '1. The ICB will audit 20 cases by March 2026.\n\n**Learning and development**\n\n2. The Partnership will train 40 staff by May 2026.';
    expect(extract(`${body}\n\n**9. Glossary**\n\n| Term | Meaning |\n|---|---|\n| ICB | Integrated Care Board |`).map((item) => item.number)).toEqual(['1', '2']);
    expect(extract(`${body}\n\n*References*\n\n1. Brandon M. et al. (2020) Complexity and challenge.`).map((item) => item.number)).toEqual(['1', '2']);
  });

  it('gives content words that two wordings of one request share', () => {
    const [a, b, c] = extract(
      '1. CSC will revise its neglect procedure so that cumulative harm is recorded at every review.\n2. CSC will update the neglect guidance so that cumulative harm is recorded at each review.\n3. The Police will notify schools of domestic abuse incidents before the next school day.',
    ).map((item) => recommendationWords(item, new Map()));
    expect(wordOverlap(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(wordOverlap(a, c)).toBeLessThan(0.2);
  });
});
