import { describe, expect, it } from 'vitest';
import { applyFixes, type Finding } from '../../../src/engine/index';
import { describeDocumentationExamples, findingsOf, sample } from './support';

const RULE = 'recommendation-format';

const recommendationFindings = findingsOf(RULE);

function draft(body: string, heading = 'Recommendations'): string {
  return `# Local Child Safeguarding Practice Review: Child B\n\n## Findings\n\nThe findings follow the key practice episodes agreed with the panel and the family.\n\n## ${heading}\n\n${body}\n`;
}

/** 1-based line of the first line containing the text. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function summary(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.range.start.line}:${finding.data?.problem}`);
}

describe('recommendation-format', () => {
  describe('numbering', () => {
    it('reports bullets once, at the first item, with a fix that numbers them', () => {
      const text = draft('- The Integrated Care Board will audit 20 cases by March 2026.\n- CSC will revise its closure procedure by June 2026.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, '- The Integrated')}:unnumbered`]);
      expect(findings[0].message).toMatch(/not numbered: number them/);
      const fixed = applyFixes(text, findings).output;
      expect(fixed).toContain('\n1. The Integrated Care Board will audit 20 cases by March 2026.\n2. CSC will revise');
      expect(recommendationFindings(fixed)).toEqual([]);
    });

    it('reports prose paragraphs but not the paragraph that introduces them', () => {
      const text = draft('This review makes the following recommendations:\n\nThe Partnership will audit 20 cases by March 2026.\n\nThe Police will review the missing-children policy by April 2026.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'The Partnership will audit')}:unnumbered`]);
      expect(findings[0].fix).toBeUndefined();
    });

    it('accepts an ordered list, numbered paragraphs, R-numbers, numbered headings and a table with a number column', () => {
      const clean = [
        '1. The Partnership will audit 20 cases by March 2026.\n2. CSC will revise its procedure by June 2026.',
        '7.1 The Partnership will audit 20 cases by March 2026.\n\n7.2 CSC will revise its procedure by June 2026.',
        'R1 The Partnership will audit 20 cases by March 2026.\n\nR2 CSC will revise its procedure by June 2026.',
        '### Recommendation 1: Neglect\n\nThe Partnership will audit 20 cases by March 2026.\n\n### Recommendation 2: Closure\n\nCSC will revise its procedure by June 2026.',
        '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Audit 20 neglect cases. | Partnership QA subgroup | March 2026 |\n| 2 | Revise the closure procedure. | CSC | June 2026 |',
        '| # | Action |\n|---|---|\n| 1 | The Partnership will audit 20 cases by March 2026. |',
        '| Ref | Recommendation |\n|---|---|\n| R1 | The ICB will report compliance to the Board quarterly. |',
      ];
      for (const body of clean) expect(recommendationFindings(draft(body)), body).toEqual([]);
    });

    it('treats a table with no number column as unnumbered', () => {
      const text = draft('| Recommendation | Owner |\n|---|---|\n| Audit 20 neglect cases by March 2026. | Partnership QA subgroup |');
      const findings = recommendationFindings(text);
      // Reported once, on the table (its header row), not on a row.
      expect(summary(findings)).toEqual([`${lineOf(text, '| Recommendation | Owner')}:unnumbered`]);
      expect(findings[0].message).toMatch(/^This table of recommendations has no number column: add a "No\." column/);
    });

    it('can be relaxed with requireNumbering: false', () => {
      const text = draft('- The Integrated Care Board will audit 20 cases by March 2026.');
      expect(recommendationFindings(text, { rules: { [RULE]: { severity: 'warning', options: { requireNumbering: false } } } })).toEqual([]);
    });
  });

  describe('addressee and vague wording', () => {
    it('reports a vague recommendation with no addressee, one finding naming addressee, measure and timescale', () => {
      const text = draft('1. All agencies should consider how they respond to children who go missing.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'All agencies')}:vague`]);
      expect(findings[0].data?.missing).toBe('vague,addressee,measure');
      expect(findings[0].message).toMatch(/^Recommendation 1 is vague \("should consider" asks for thought/);
      expect(findings[0].message).toMatch(/does not say who will act and gives no measure or timescale/);
      expect(findings[0].message).toMatch(/name the agency, team or partnership that will act/);
      expect(findings[0].message).toMatch(/how the change will be evidenced/);
      expect(findings[0].message).toMatch(/by when/);
    });

    it('accepts "consider" coordinated with a concrete, measured action, or in a subordinate clause (near misses)', () => {
      expect(recommendationFindings(draft('1. The Partnership should consider the neglect strategy and report progress to the Board by June 2026.'))).toEqual([]);
      expect(recommendationFindings(draft('1. The ICB will audit 30 cases by March 2026, considering in each whether the child was seen alone.'))).toEqual([]);
      expect(recommendationFindings(draft('1. The ICB will commission a review of the bruising protocol by December 2025. The review should consider marks that are not obviously bruises.'))).toEqual([]);
    });

    it('reports "consider" with an owner and a date but nothing measurable: a deadline for thinking is still only thinking', () => {
      const text = draft('1. Consider a neglect toolkit. Owner: Head of Early Help. Due: within three months.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'Consider a neglect')}:vague`]);
      expect(findings[0].message).toBe('Recommendation 1 is vague ("Consider" asks for thought, which can be done without anything changing): say what will be done.');
    });

    it('reports a hedged modal, an attitude and an abstract aim, each saying why', () => {
      const cases: [string, RegExp][] = [
        ['1. The ICB may wish to review its guidance by March 2026.', /"may wish to review" makes it optional/],
        ['1. The Police should be mindful of exploitation by March 2026.', /"be mindful" asks for an attitude/],
        ['1. The ICB will improve communication with schools by March 2026.', /"will improve" names an aim/],
      ];
      for (const [body, message] of cases) expect(recommendationFindings(draft(body))[0]?.message, body).toMatch(message);
    });

    it('reports an addressed, concrete recommendation with neither a measure nor a timescale', () => {
      const text = draft('1. CAMHS should review its criteria.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'CAMHS should')}:no-measure`]);
      expect(findings[0].message).toMatch(/^Recommendation 1 gives no measure or timescale: add how the change will be evidenced/);
      expect(recommendationFindings(text, { rules: { [RULE]: { severity: 'warning', options: { requireMeasureOrTimescale: false } } } })).toEqual([]);
    });

    it('says when an agentless passive is why nobody is named', () => {
      const findings = recommendationFindings(draft('1. Practice in relation to neglect should be strengthened by March 2026.'));
      expect(findings[0].message).toMatch(/does not say who will act \("should be strengthened" is passive, with no "by …"\)/);
    });

    it('reports a specific, timed recommendation that names nobody', () => {
      const text = draft('1. Staff should be reminded of the escalation policy within three months.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'Staff should')}:no-addressee`]);
      expect(findings[0].message).toMatch(/does not say who will act/);
    });

    it('reads the owner from the subject, a passive agent, an "Owner:" label or an Owner column', () => {
      const addressed = [
        '1. The review recommends that the Integrated Care Board reviews the CAMHS referral criteria by March 2026.',
        '1. Training on exploitation should be commissioned by the Partnership Business Unit by May 2026.',
        '1. Revise the bruising protocol within three months. Owner: Designated Nurse.',
        '| No. | Recommendation | Owner | Due |\n|---|---|---|---|\n| 1 | Revise the bruising protocol. | Designated Nurse | Q1 2026 |',
        '1. The perinatal mental health team will copy discharge letters to the health visitor within one month.',
      ];
      for (const body of addressed) expect(recommendationFindings(draft(body)), body).toEqual([]);
    });

    it('takes the addressee from the subheading or the introducing line the items sit under', () => {
      const grouped = draft('### For the Integrated Care Board\n\n1. Review the CAMHS referral threshold by May 2026.\n\n### For all agencies\n\n2. Review escalation policies by May 2026.');
      expect(summary(recommendationFindings(grouped))).toEqual([`${lineOf(grouped, '2. Review')}:no-addressee`]);
      const introduced = draft('The Integrated Care Board should:\n\n1. audit 20 self-harm assessments by June 2026;\n2. revise the CAMHS referral form by April 2026.');
      expect(recommendationFindings(introduced)).toEqual([]);
    });

    it('reads numbers written as words ("Recommendation One")', () => {
      const text = draft('**Recommendation One:** The Partnership will audit 20 cases by March 2026.\n\n**Recommendation Two:** Agencies should consider the findings.');
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'Recommendation Two')}:vague`]);
      expect(findings[0].message).toMatch(/^Recommendation Two is vague/);
    });

    it('does not take generic collectives for addressees', () => {
      for (const body of ['1. Services should share information within a day.', '1. Professionals should share information within a day.', '1. Partner agencies should share information within a day.']) {
        expect(summary(recommendationFindings(draft(body))), body).toEqual([`${lineOf(draft(body), '1.')}:no-addressee`]);
      }
    });

    it('reports a table row with an empty Owner cell and vague text, and nothing else in the table', () => {
      const text = draft(
        '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | The EHE team will see every child within 20 working days. | Director of Children\'s Services | January 2026 |\n| 2 | Agencies should reflect on the learning. | | |',
      );
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'Agencies should reflect')}:vague`]);
      expect(findings[0].message).toMatch(/^Recommendation 2 is vague \("should reflect" asks for thought.*has an empty owner cell and gives no measure or timescale/);
    });

    it('checks the actions of a rapid review', () => {
      const text = `---\ncspr-template: rapid-review\n---\n# Rapid review: Baby T\n\n## Actions\n\n1. Agencies will consider the learning.\n2. The health visiting service will add a household field to the new birth record. Owner: Head of Health Visiting. Due: within two months.\n`;
      const findings = recommendationFindings(text);
      expect(summary(findings)).toEqual([`${lineOf(text, 'Agencies will consider')}:vague`]);
      expect(findings[0].message).toMatch(/^Action 1 is vague/);
    });

    it('can stop asking for addressees with requireAddressee: false', () => {
      const text = draft('1. Staff should be reminded of the escalation policy within three months.');
      expect(recommendationFindings(text, { rules: { [RULE]: { severity: 'warning', options: { requireAddressee: false } } } })).toEqual([]);
    });
  });

  describeDocumentationExamples(RULE, recommendationFindings, '# Local Child Safeguarding Practice Review: Child J');

  describe('sample drafts', () => {
    const lint = (name: string, template: string) => recommendationFindings(sample(name), { template });

    it('lcspr-gaps: unnumbered bullets and the first four bullets vague; "CAMHS should review its criteria." has no measure or timescale', () => {
      expect(summary(lint('lcspr-gaps.md', 'lcspr'))).toEqual(['143:unnumbered', '143:vague', '144:vague', '145:vague', '146:vague', '147:no-measure']);
    });

    it('lcspr-messy: only table row 5 (line 139)', () => {
      expect(summary(lint('lcspr-messy.md', 'lcspr'))).toEqual(['139:vague']);
    });

    it('lcspr-complete and rapid-review: clean', () => {
      expect(lint('lcspr-complete.md', 'lcspr')).toEqual([]);
      expect(lint('rapid-review.md', 'rapid-review')).toEqual([]);
    });
  });

  describe('blind batch 2026-11-30 shapes', () => {
    const problems = (body: string) => recommendationFindings(draft(body)).map((finding) => `${finding.data?.problem}:${finding.data?.missing}`);

    it('reads an inquiry verb with an indirect question as thought, and with a thing as its object as an act', () => {
      expect(problems('1. The Local Authority to examine whether the screening form captures previous contacts. Timescale: September 2026.')).toEqual(['vague:vague']);
      expect(problems('1. Children\'s Social Care should review whether its step-down procedure weighs domestic abuse. Timescale: six months.')).toEqual(['vague:vague']);
      expect(problems('1. Children\'s Social Care will review the step-down procedure by June 2026.')).toEqual([]);
    });

    it('reads past an adverb to the particle ("think creatively about")', () => {
      expect(problems('1. The ICB to think creatively about how fathers are engaged, by December 2026.')).toEqual(['vague:vague']);
    });

    it('takes an acronym the glossary does not know, as the subject of an active request, for the addressee', () => {
      expect(problems('1. The LSCP should seek assurance from the ICB, by June 2026, that every GP practice records all adults in the household.')).toEqual([]);
      expect(problems('1. ALL AGENCIES will audit ten cases by May 2026.')).toEqual(['no-addressee:addressee']);
    });

    it('takes an addressee written as a label before the request', () => {
      expect(problems('1. Health visiting service: offer a home visit within ten working days to every family who moves into the area.')).toEqual([]);
    });
  });

  describe('more shapes (2026-11-30, written after the rule)', () => {
    const problems = (body: string) => recommendationFindings(draft(body)).map((finding) => `${finding.data?.problem}:${finding.data?.missing}`);

    it('judges "work with … to …" by the verb after "to"', () => {
      expect(problems("1. The ICB should work with GP practices to consider how fathers can be registered with the child's practice, by June 2026.")).toEqual(['vague:vague']);
      expect(problems('1. The ICB will work with GP practices to introduce a safeguarding flag for fathers by June 2026.')).toEqual([]);
    });

    it('does not take the scope of a collective subject for its addressee ("Leaders across the partnership")', () => {
      expect(problems('1. Leaders across the partnership should audit 20 cases of neglect by the end of 2026.')).toEqual(['no-addressee:addressee']);
    });
  });
});
