// required-section on a draft titled for another kind of review: the first missing section's message
// says which template the title names and how to select it; drafts titled for their own template, or
// for none, get the plain message.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './support';

const required = findingsOf('required-section');
const HINT = /The title calls this draft/;

const rapidReview = `# Rapid Review: Baby M

## Summary of the incident

Baby M, aged ten weeks, was taken to hospital in March 2024 with injuries that were not explained.

## Learning identified

Practitioners did not know who else lived in the home.
`;

describe('required-section: a title naming another template', () => {
  it('a rapid review linted as a local review: said once, on the first missing section in the draft', () => {
    const found = required(rapidReview);
    expect(found.length).toBeGreaterThan(1);
    const hinted = found.filter((finding) => HINT.test(finding.message));
    expect(hinted).toHaveLength(1);
    expect(hinted[0].range.start.offset).toBe(Math.min(...found.map((finding) => finding.range.start.offset)));
    expect(hinted[0].message).toContain('a rapid review and it is checked against the Local Child Safeguarding Practice Review template');
    expect(hinted[0].message).toContain('"cspr-template: rapid-review"');
  });

  it('a local review (by name or initials) linted as a rapid review', () => {
    for (const title of ['Local Child Safeguarding Practice Review: Child Q', 'LCSPR – Child Q (final draft)']) {
      const found = required(`# ${title}\n\n## Background\n\nChild Q lived with her mother.\n`, { template: 'rapid-review' });
      expect(found.filter((finding) => HINT.test(finding.message)).map((finding) => finding.message.match(/select the "([^"]+)"/)?.[1]), title).toEqual(['lcspr']);
    }
  });

  it('stays silent on titles that name the template in use, name both, or name none', () => {
    const titles = [
      ['Local Child Safeguarding Practice Review: Child R', 'lcspr'],
      ['Rapid Review: Baby M', 'rapid-review'],
      ['Local Child Safeguarding Practice Review following the Rapid Review: Child R', 'lcspr'],
      ['Child R: a review of practice', 'lcspr'],
      ['Rapid reviewing of referrals in the front door', 'lcspr'],
      ['Learning from the LCSPRs of 2023', 'rapid-review'],
    ] as const;
    for (const [title, template] of titles) {
      const found = required(`# ${title}\n\n## Background\n\nChild R lived with her father.\n`, { template });
      expect(found.length, title).toBeGreaterThan(0);
      expect(found.filter((finding) => HINT.test(finding.message)), title).toEqual([]);
    }
  });

  it('the same draft linted with the template its title names: no hint', () => {
    const found = required(rapidReview, { template: 'rapid-review' });
    expect(found.every((finding) => !HINT.test(finding.message))).toBe(true);
  });
});
