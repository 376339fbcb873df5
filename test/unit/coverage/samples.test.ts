// Theme coverage of the sample drafts matches what each one plainly discusses. The headers list
// expected-themes-covered / expected-themes-absent; the READING table adds what a careful reader
// of each draft would say about the other themes, with the reason, so a regression in either
// direction (a theme the draft discusses going missing, or boilerplate counting as a theme) fails.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type CoverageStatus } from '../../../src/engine/index';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');

type Reading = Record<string, { status: CoverageStatus | 'not covered'; why: string }>;

const READING: Record<string, Reading> = {
  'lcspr-complete.md': {
    'childs-daily-life': { status: 'covered', why: 'section 6 is a full account of his days, his words and who saw him alone' },
    'reluctant-engagement': { status: 'covered', why: 'Finding 4: non-engagement, cancelled visits, declined Early Help' },
    'early-help': { status: 'covered', why: 'referrals passed to Early Help, the offer declined twice' },
    'children-mental-health': { status: 'absent', why: "nothing on the child's mental health" },
    'safeguarding-infants': { status: 'absent', why: 'the children are nine and four' },
    'parental-mental-health-preschool': { status: 'absent', why: "the mother's difficulty is alcohol; a sister at nursery is not parental mental health" },
    'leadership-culture': { status: 'not covered', why: 'only the usual audit / Partnership Board wording of recommendations' },
    'race-culture-identity': { status: 'absent', why: 'not discussed' },
  },
  'lcspr-gaps.md': {
    'leadership-culture': { status: 'covered', why: 'Finding 6 "Workforce and leadership": four social workers in 18 months, no management oversight, staffing problems' },
    'childs-daily-life': { status: 'not covered', why: 'there is no voice-of-the-child section; only a note that he was never met alone' },
    'neglect': { status: 'absent', why: 'not discussed' },
    'domestic-abuse': { status: 'absent', why: 'not discussed' },
    'parental-substance-misuse': { status: 'absent', why: 'not discussed' },
  },
  'lcspr-messy.md': {
    'childs-daily-life': { status: 'covered', why: "the lived-experience section: her days, her words, who saw her on her own" },
    'professional-curiosity': { status: 'covered', why: "the pharmacist's curiosity; no one asked her on her own" },
    'reluctant-engagement': { status: 'absent', why: '"was not brought together" is about information, not a child not brought to appointments' },
    'domestic-abuse': { status: 'absent', why: 'the pharmacist calling the police is not domestic abuse' },
    'leadership-culture': { status: 'absent', why: 'an audit in a recommendation is not a discussion of leadership' },
    'neglect': { status: 'absent', why: 'not discussed' },
  },
  'rapid-review.md': {
    'childs-daily-life': { status: 'covered', why: "section 5, Baby M's daily life: feeding, crying, sleep, what practitioners observed" },
    'changing-risk-need': { status: 'covered', why: "a new partner moved in during the pregnancy, unknown to agencies" },
    'children-mental-health': { status: 'absent', why: "the anxiety and low mood are the mother's; Baby M is ten weeks old" },
    'csa-family-environment': { status: 'absent', why: '"disclosed a history of depression" is not a disclosure of abuse' },
    'leadership-culture': { status: 'absent', why: 'the safeguarding partners signing off is not a leadership theme' },
    'parental-substance-misuse': { status: 'absent', why: 'not discussed' },
  },
};

function headerList(text: string, key: string): string[] {
  return (new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

const files = readdirSync(SAMPLES).filter((name) => name.endsWith('.md'));

describe.each(files)('%s', (file) => {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8');
  const preset = /^preset:\s*(\S+)/m.exec(text)?.[1] ?? 'lcspr';
  const result = new Linter({ template: preset }).lint(text);
  const status = (id: string) => {
    const theme = result.coverage.find((candidate) => candidate.id === id);
    if (!theme) throw new Error(`no theme ${id}`);
    return theme.status;
  };

  it('covers the themes its header says it covers', () => {
    const ids = headerList(text, 'expected-themes-covered');
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.fromEntries(ids.map((id) => [id, status(id)]))).toEqual(Object.fromEntries(ids.map((id) => [id, 'covered'])));
  });

  it('leaves absent the themes its header says it does not discuss', () => {
    const ids = headerList(text, 'expected-themes-absent');
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.fromEntries(ids.map((id) => [id, status(id)]))).toEqual(Object.fromEntries(ids.map((id) => [id, 'absent'])));
  });

  it.each(Object.entries(READING[file] ?? {}))('%s as a reader would judge it', (id, { status: expected, why }) => {
    const actual = status(id);
    if (expected === 'not covered') expect(actual, why).not.toBe('covered');
    else expect(actual, why).toBe(expected);
  });

  it("lists the template's expected themes first, and every hit is outside the glossary and references", () => {
    const expectedIds = result.template.expectedThemes;
    expect(result.coverage.slice(0, expectedIds.length).map((theme) => theme.id).sort()).toEqual([...expectedIds].sort());
    for (const theme of result.coverage) {
      for (const hit of theme.hits) {
        expect(['glossary', 'references']).not.toContain(result.template.sections.find((section) => section.id === hit.sectionId)?.role);
        // The phrase is really there: the range holds the phrase's words in some form.
        expect(text.slice(hit.start, hit.end).length).toBeGreaterThan(0);
        expect(text.split('\n')[hit.line - 1]).toBeDefined();
      }
    }
  });
});
