// What a sentence does decides whether its theme words are evidence (coverage/context.ts and the
// matcher's polarity): text about the review itself, what people told the review, yes/no questions,
// definitions, titles, suppositions, denials, lists of agencies and whose "his" or "her" a term is.
// Each shape both ways, in sentences written for these tests (not the blind batches').
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';

const linter = new Linter();

/** Hits of a theme when `body` follows "## Findings" (a body may open with its own heading to sit in another section). */
function hitsOf(theme: string, body: string): number {
  const coverage = linter.lint(`# Review\n\n## Findings\n\n${body}\n`).coverage.find((entry) => entry.id === theme);
  if (!coverage) throw new Error(`no theme ${theme}`);
  return coverage.hits.length;
}

describe('sections about the review', () => {
  it('the terms of reference give no evidence: they ask, the findings answer', () => {
    expect(hitsOf('domestic-abuse', '## Terms of reference\n\nHow well did agencies respond to the domestic abuse Mother experienced?')).toBe(0);
    expect(hitsOf('domestic-abuse', 'How well did agencies respond to the domestic abuse Mother experienced?')).toBeGreaterThan(0);
  });

  it('in the methodology, what practitioners told the review counts and what the review did does not', () => {
    expect(hitsOf('domestic-abuse', '## Methodology\n\nThe reviewer met the domestic abuse coordinator and read the police domestic abuse records.')).toBe(0);
    expect(hitsOf('domestic-abuse', '## Methodology\n\nPractitioners told the review that Father had assaulted Mother in front of the children twice.')).toBeGreaterThan(0);
  });

  it('in the family involvement, the family’s account counts and the arrangements for it do not', () => {
    expect(hitsOf('invisible-men-fathers', '## Family involvement\n\nThe reviewer wrote to the father twice and met him in prison in May.')).toBe(0);
    expect(hitsOf('reluctant-engagement', '## Family involvement\n\nMother declined to meet the reviewer, saying it was too painful.')).toBe(0);
    expect(hitsOf('invisible-men-fathers', '## Family involvement\n\nThe father said that no one from children’s services had ever contacted him about his son.')).toBeGreaterThan(0);
  });

  it('elsewhere, a sentence whose subject is the review doing its work gives none; one that reports the case does', () => {
    expect(hitsOf('information-sharing', 'The reviewer wrote to the probation officer and the GP, who both sent records.')).toBe(0);
    expect(hitsOf('extra-familial-harm', 'This review was commissioned after Child J, aged 15, was stabbed in a town forty miles from home.')).toBeGreaterThan(0);
    expect(hitsOf('information-sharing', 'The review found that the GP never passed the letter about Father’s conviction to the health visitor.')).toBeGreaterThan(0);
  });
});

describe('sentences that assert nothing', () => {
  it('a yes/no question asks; a question-word question takes its content for granted', () => {
    expect(hitsOf('neglect', 'Was there any sign of neglect at the home?')).toBe(0);
    expect(hitsOf('neglect', 'Why was the neglect of Child B not recognised for four years?')).toBeGreaterThan(0);
  });

  it('a definition line defines a word; a sentence that spells out an acronym in passing still counts', () => {
    expect(hitsOf('extra-familial-harm', 'CSE: child sexual exploitation.')).toBe(0);
    expect(hitsOf('domestic-abuse', 'Multi-Agency Risk Assessment Conference (MARAC): a meeting about victims of domestic abuse at high risk.')).toBe(0);
    expect(hitsOf('domestic-abuse', 'The case went to the Multi-Agency Risk Assessment Conference (MARAC) after Father strangled Mother.')).toBeGreaterThan(0);
    expect(hitsOf('parental-substance-misuse', 'GP: Mother said she was drinking a bottle of vodka a day.')).toBeGreaterThan(0);
  });

  it('the title of a policy or law names a theme; a month and year are a date, not a title', () => {
    expect(hitsOf('neglect', 'The Neglect Strategy 2019 was published on the partnership website.')).toBe(0);
    expect(hitsOf('domestic-abuse', 'The Domestic Abuse Act 2021 recognises children as victims in their own right.')).toBe(0);
    expect(hitsOf('parental-substance-misuse', 'The GP saw Mother in March 2023 and recorded that she was drinking heavily.')).toBeGreaterThan(0);
  });
});

describe('suppositions and denials', () => {
  it('a past supposition says the thing did not happen, unless it is what someone would have known', () => {
    expect(hitsOf('parental-substance-misuse', 'If Mother had been using drugs, the midwife would have referred her.')).toBe(0);
    expect(hitsOf('parental-substance-misuse', 'Had the midwife known that Mother was using heroin, she would have referred her.')).toBeGreaterThan(0);
  });

  it('harm outside the home must be said to exist; a missing response to it counts when denied', () => {
    expect(hitsOf('extra-familial-harm', 'There was no evidence of criminal exploitation.')).toBe(0);
    expect(hitsOf('extra-familial-harm', 'Child T was not known to have been exploited.')).toBe(0);
    expect(hitsOf('extra-familial-harm', 'No return home interview was offered after any of his seven missing episodes.')).toBeGreaterThan(0);
  });

  it('denials across "had never been any", "ruled out" and "not known to" a service', () => {
    expect(hitsOf('domestic-abuse', 'There had never been any violence between the parents.')).toBe(0);
    expect(hitsOf('safeguarding-infants', 'A non-accidental injury to Baby M was ruled out by the paediatrician.')).toBe(0);
    expect(hitsOf('children-mental-health', 'Child J, 14, was not known to CAMHS.')).toBe(0);
    expect(hitsOf('children-mental-health', 'Child J, 14, waited eleven months for CAMHS after her first overdose.')).toBeGreaterThan(0);
  });

  it('a parent who never missed an appointment is not reluctant', () => {
    expect(hitsOf('reluctant-engagement', 'Mother never missed an appointment with the health visitor.')).toBe(0);
    expect(hitsOf('reluctant-engagement', 'Mother missed four appointments with the health visitor in a row.')).toBeGreaterThan(0);
  });
});

describe('whose words', () => {
  it('agencies listed as who took part are not the theme their names hold', () => {
    expect(hitsOf('children-mental-health', 'The strategy meeting was attended by children’s social care, the police, the school nurse and child and adolescent mental health services.')).toBe(0);
    expect(hitsOf('children-mental-health', 'Child J, 14, was referred to child and adolescent mental health services after cutting her arms.')).toBeGreaterThan(0);
  });

  it('"his drinking" is the drinking of whoever the sentence is about', () => {
    expect(hitsOf('parental-substance-misuse', 'Child T, 15, told his youth worker that his drinking had got worse since he moved school.')).toBe(0);
    expect(hitsOf('parental-substance-misuse', 'Father told the social worker that his drinking had got worse since he lost his job.')).toBeGreaterThan(0);
  });
});
