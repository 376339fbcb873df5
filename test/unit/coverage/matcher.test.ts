// The phrase matcher: normalised words, compounds, line breaks, possessives, mentions of the
// child, sentence boundaries, overlapping phrases, idioms and supporting phrases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, Linter, type Theme } from '../../../src/engine/index';
import { phraseKeys, phraseStem, tokenize } from '../../../src/engine/text/words';

const THEME_ID = 'test-theme';
const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');

/** Lints `body` under a Findings heading with one test theme; returns that theme's coverage. */
function coverageOf(body: string, phrases: string[], extra: Partial<Theme> = {}) {
  const themes: Theme[] = [{ id: THEME_ID, label: 'Test theme', ...(phrases.length > 0 ? { phrases } : {}), ...extra }];
  const text = `# Review\n\n## Findings\n\n${body}\n`;
  const coverage = new Linter({ themes }).lint(text).coverage.find((theme) => theme.id === THEME_ID)!;
  return { coverage, text, matched: coverage.hits.map((hit) => text.slice(hit.start, hit.end)) };
}

describe('word normalisation', () => {
  it.each([
    ['visits', 'visited', 'visiting', 'visit'],
    ['referred', 'referring', 'refers', 'refer'],
    ['babies', 'baby', 'baby', 'baby'],
    ['bruises', 'bruised', 'bruising', 'bruise'],
    ['planned', 'planning', 'plans', 'plan'],
  ])('%s, %s and %s share a stem with %s', (a, b, c, base) => {
    const stem = phraseStem(base);
    expect([phraseStem(a), phraseStem(b), phraseStem(c)]).toEqual([stem, stem, stem]);
  });

  it('keeps words whose ending is not an inflection', () => {
    expect(phraseStem('missed')).toBe(phraseStem('miss'));
    expect(phraseStem('needs')).toBe(phraseStem('need'));
    expect(phraseStem('analysis')).toBe('analysis');
    expect(phraseStem('child-centred'.split('-')[1])).not.toBe(phraseStem('centre'));
  });

  it('maps irregular forms and auxiliaries', () => {
    expect(phraseStem('saw')).toBe(phraseStem('seen'));
    expect(phraseStem('children')).toBe('child');
    expect(phraseStem('were')).toBe(phraseStem('was'));
    expect(phraseStem('does')).toBe(phraseStem('did'));
  });

  it('reads contractions, possessives and articles', () => {
    const words = tokenize("Mum didn't attend the meeting; Child R's mother's partner");
    expect(words.map((word) => word.stem)).toEqual(['mum', 'do', 'not', 'attend', 'meet', 'child', 'r', 'mother', 'partner']);
    expect(words.find((word) => word.raw === 'R')!.possessive).toBe(true);
    // "Child A" is a pseudonym, not an article.
    expect(tokenize('Child A was seen').map((word) => word.raw)).toEqual(['Child', 'A', 'was', 'seen']);
  });

  it('marks where punctuation ends a phrase and where words may join into a compound', () => {
    const words = tokenize('post-natal care. Then post natal');
    expect(words.map((word) => [word.raw, word.continues, word.joinsPrevious])).toEqual([
      ['post', false, false],
      ['natal', true, true],
      ['care', true, true],
      ['Then', false, false],
      ['post', true, true],
      ['natal', true, true],
    ]);
  });

  it('compiles a hyphenated phrase both split and joined', () => {
    expect(phraseKeys('post-natal depression')).toEqual([
      ['post', 'natal', 'depression'],
      ['postnatal', 'depression'],
    ]);
  });
});

describe('phrase matching in a draft', () => {
  it('matches plurals and simple inflections', () => {
    expect(coverageOf('She missed appointments twice and he was missing appointments too.', ['missed appointment']).matched).toEqual(['missed appointments', 'missing appointments']);
  });

  it('treats hyphen, space and closed compounds alike, in either direction', () => {
    expect(coverageOf('Self harm, self-harm and selfharm.', ['self-harm']).matched).toEqual(['Self harm', 'self-harm', 'selfharm']);
    expect(coverageOf('Post-natal depression, post natal depression and postnatal depression.', ['postnatal depression']).matched).toHaveLength(3);
    expect(coverageOf('Post-natal depression, post natal depression and postnatal depression.', ['post-natal depression']).matched).toHaveLength(3);
  });

  it('matches across a soft line break and across inline formatting', () => {
    const { coverage, matched } = coverageOf('A strategy\nmeeting was held. A **strategy** [meeting](https://example.org) followed.', ['strategy meeting']);
    expect(matched).toEqual(['strategy\nmeeting', 'strategy** [meeting']);
    expect(coverage.hits[0].line).toBe(5);
    expect(coverage.hits[0].column).toBe(3);
  });

  it('ignores articles and contractions: "did not meet threshold" finds "didn\'t meet the threshold"', () => {
    expect(coverageOf("The referral didn't meet the threshold.", ['did not meet threshold']).matched).toEqual(["didn't meet the threshold"]);
    expect(coverageOf('Records were not shared with the school.', ['information was not shared', 'was not shared with']).matched).toEqual(['were not shared with']);
  });

  it('reads "the child" in a phrase as any mention of the child', () => {
    const phrases = ['voice of the child', 'saw the child alone', 'seen on their own'];
    const { matched, coverage } = coverageOf(
      'The voice of Child R was clear. The nurse saw him alone. Baby M was seen on his own once. The voice of the young person mattered.',
      phrases,
    );
    expect(matched).toEqual(['voice of Child R', 'saw him alone', 'seen on his own', 'voice of the young person']);
    expect(coverage.status).toBe('covered');
    expect(coverageOf("The child's voice and Child S's voice and her voice.", ["child's voice"]).matched).toEqual(["child's voice", "Child S's voice", 'her voice']);
  });

  it('does not let a phrase run over a full stop, comma or bracket', () => {
    expect(coverageOf('The plan was a strategy. Meeting notes were kept; strategy (meeting) later.', ['strategy meeting']).matched).toEqual([]);
    expect(coverageOf('They talked about self, harm and risk.', ['self harm']).matched).toEqual([]);
  });

  it('does not join words from separate table cells or list items', () => {
    expect(coverageOf('| Strategy | Meeting |\n|---|---|\n| a | b |', ['strategy meeting']).matched).toEqual([]);
    expect(coverageOf('- strategy\n- meeting', ['strategy meeting']).matched).toEqual([]);
  });

  it('counts one phrase where longer and shorter phrases of a theme overlap', () => {
    const { coverage } = coverageOf('Child sexual exploitation was suspected.', ['child sexual exploitation', 'sexual exploitation', 'exploitation']);
    expect(coverage.hits.map((hit) => hit.phrase)).toEqual(['Child sexual exploitation']);
    expect(coverage.status).toBe('mentioned');
  });

  it('does not count a phrase inside an idiom that means something else', () => {
    expect(coverageOf('The concerns were not brought together.', ['was not brought']).matched).toEqual([]);
    expect(coverageOf('Child J was not brought to three appointments.', ['was not brought']).matched).toEqual(['was not brought']);
    expect(coverageOf("The father's capacity to protect was not assessed.", ['capacity']).matched).toEqual([]);
  });

  it('a config theme can ask for concepts in combination: one concept alone is not evidence', () => {
    const theme = {
      concepts: [
        { id: 'LOW_MOOD', terms: ['anxiety', 'low mood'] },
        { id: 'YOUNG', terms: ['teenager', 'pupil', 'young person'] },
      ],
      evidence: [{ all: ['LOW_MOOD', 'YOUNG'] }],
    };
    expect(coverageOf('Mother described anxiety and low mood.', [], theme).coverage.status).toBe('absent');
    const both = coverageOf('The pupil spoke of low mood. A young person with anxiety.', [], theme).coverage;
    expect(both.status).toBe('covered');
    expect(both.hits[0].concepts.map((concept) => [concept.id, concept.words])).toEqual([
      ['LOW_MOOD', ['low mood']],
      ['YOUNG', ['pupil']],
    ]);
    expect(both.hits[0].passage).toBe('The pupil spoke of low mood.');
  });

  it('needs coveredAt distinct phrases for covered, one for mentioned', () => {
    expect(coverageOf('A strategy meeting. Another strategy meeting.', ['strategy meeting', 'self-harm']).coverage.status).toBe('mentioned');
    expect(coverageOf('A strategy meeting after self-harm.', ['strategy meeting', 'self-harm']).coverage.status).toBe('covered');
    expect(coverageOf('Nothing relevant.', ['strategy meeting']).coverage.status).toBe('absent');
    const strict = new Linter({ coveredAt: 3, themes: [{ id: THEME_ID, label: 'T', phrases: ['strategy meeting', 'self-harm', 'neglect'] }] });
    expect(strict.lint('# R\n\nA strategy meeting after self-harm.\n').coverage.find((theme) => theme.id === THEME_ID)!.status).toBe('mentioned');
  });
});

describe('where hits count', () => {
  const themes: Theme[] = [{ id: THEME_ID, label: 'T', phrases: ['strategy meeting', 'self-harm'] }];
  const lint = (text: string) => new Linter({ themes }).lint(text).coverage.find((theme) => theme.id === THEME_ID)!;

  it('ignores the glossary, references, front matter, HTML comments and code', () => {
    const text = [
      '---',
      'title: strategy meeting after self-harm',
      '---',
      '# Review',
      '',
      '<!-- strategy meeting after self-harm -->',
      '',
      '```',
      'strategy meeting after self-harm',
      '```',
      '',
      '`self-harm`',
      '',
      '## Glossary',
      '',
      '| Term | Meaning |',
      '|---|---|',
      '| Strategy meeting | a meeting after self-harm |',
      '',
      '## References',
      '',
      '- Strategy meetings after self-harm (2020).',
      '',
    ].join('\n');
    expect(lint(text).status).toBe('absent');
  });

  it('gives each hit its line, column, heading, template section and exact range', () => {
    const text = '# Review\n\n## 7. Findings and analysis\n\nAfter the strategy meeting nothing changed.\n';
    const hit = lint(text).hits[0];
    expect(hit).toMatchObject({ line: 5, column: 11, phrase: 'strategy meeting', section: '7. Findings and analysis', sectionId: 'findings' });
    expect(text.slice(hit.start, hit.end)).toBe('strategy meeting');
  });

  it('weighs a phrase in the findings more than one in the background', () => {
    const inFindings = lint('# R\n\n## Findings\n\nA strategy meeting.\n');
    const inBackground = lint('# R\n\n## Background\n\nA strategy meeting.\n');
    expect(inFindings.score).toBeGreaterThan(inBackground.score);
    expect(inFindings.status).toBe(inBackground.status);
  });
});

describe('placeholders are not coverage', () => {
  it('a phrase inside a bracketed prompt does not count; the same words as text, or an editorial bracket in a quotation, do', () => {
    const phrases = ['seen alone'];
    expect(coverageOf('[Whether the child was seen alone, and how often.]', phrases).matched).toEqual([]);
    expect(coverageOf('The child was seen alone [twice, by the school nurse].', phrases).matched).toEqual(['seen alone']);
    expect(coverageOf('She said “I was [seen alone] at school”.', phrases).matched).toEqual(['seen alone']);
    expect(coverageOf('[insert whether the child was seen alone]', phrases).matched).toEqual([]);
  });

  it('inserting the skeletons of missing sections (the --fix and the panel Insert) leaves every theme as it was', () => {
    const text = readFileSync(path.join(SAMPLES, 'lcspr-gaps.md'), 'utf8');
    const linter = new Linter();
    const before = linter.lint(text);
    // A skeleton is a suggestion (quick fix, --fix-suggestions): applied here as the author would choose it.
    const fixes = before.findings.filter((finding) => finding.ruleId === 'required-section' && finding.suggestions).map((finding) => ({ ...finding, fix: finding.suggestions![0] }));
    expect(fixes.length).toBeGreaterThan(0);
    const fixed = applyFixes(text, fixes);
    expect(fixed.applied).toBe(fixes.length);
    const after = linter.lint(fixed.output);
    expect(after.findings.filter((finding) => finding.ruleId === 'required-section')).toEqual([]);
    const statuses = (result: typeof before) => result.coverage.map((theme) => [theme.id, theme.status, theme.hits.length]);
    expect(statuses(after)).toEqual(statuses(before));
  });
});

describe('headings', () => {
  it('a heading is never evidence (it names a topic), whether or not the section under it has text', () => {
    const theme: Theme[] = [{ id: THEME_ID, label: 'Test theme', phrases: ['voice of the child', 'hungry'] }];
    const hitsOf = (text: string) => new Linter({ themes: theme }).lint(text).coverage.find((entry) => entry.id === THEME_ID)!.hits.map((hit) => hit.phrase);
    expect(hitsOf('# Review\n\n## Voice of the child\n\n## Findings\n\nText.\n')).toEqual([]);
    expect(hitsOf('# Review\n\n## Voice of the child\n\n[What the child said, and to whom.]\n\n## Findings\n\nText.\n')).toEqual([]);
    // Under the earlier contract the heading counted once text followed; PRODUCT.md now lists headings as not evidence.
    expect(hitsOf('# Review\n\n## Voice of the child\n\nShe told her teacher she was hungry.\n\n## Findings\n\nText.\n')).toEqual(['hungry']);
    expect(hitsOf('# Review\n\n## Voice of the child\n\n**Voice of the child**\n\nThe voice of the child was heard.\n')).toEqual(['voice of the child']);
  });
});

describe('a denial of what a that-clause says', () => {
  const evidenced = (sentence: string) =>
    new Linter().lint(`# Review\n\n## Findings\n\n${sentence}\n`).coverage.find((entry) => entry.id === 'parental-substance-misuse')!.hits.length > 0;

  it('denies the term when it is the clause subject’s verb or what it did', () => {
    for (const sentence of [
      'There was no evidence that the mother had used drugs.',
      'There was no suggestion that Mother drank alcohol to excess.',
      "There was no indication that Mother's partner had been drinking heavily.",
    ]) {
      expect(evidenced(sentence), sentence).toBe(false);
    }
  });

  it('leaves the term standing when the clause is about something else, or nothing is denied', () => {
    for (const sentence of [
      "There was no evidence that the school knew about the mother's drug use.",
      'There was evidence that the mother had used drugs.',
      'The mother had used drugs throughout the pregnancy.',
    ]) {
      expect(evidenced(sentence), sentence).toBe(true);
    }
  });
});

describe('a denial over a coordinated phrase and a pseudonym’s possessive', () => {
  const hitsOf = (theme: string, sentence: string) =>
    new Linter().lint(`# Review\n\n## Findings\n\n${sentence}\n`).coverage.find((entry) => entry.id === theme)!.hits.length;

  it('reaches over the conjunct before "or" and over "Child P’s"', () => {
    expect(hitsOf('domestic-abuse', 'There was no history of domestic violence or controlling behaviour between the parents.')).toBe(0);
    expect(hitsOf('children-mental-health', "There were no concerns about Child P's mental health.")).toBe(0);
  });

  it('stops where the conjunct holds a preposition (the denial is of something else), and leaves affirmed text alone', () => {
    expect(hitsOf('domestic-abuse', "There was no referral for the mother's depression or her controlling partner.")).toBeGreaterThan(0);
    expect(hitsOf('domestic-abuse', 'The mother disclosed domestic abuse and controlling behaviour by her partner.')).toBeGreaterThan(0);
    expect(hitsOf('children-mental-health', "Child P's mental health deteriorated and she began to self-harm.")).toBeGreaterThan(0);
  });
});

describe('extra-familial harm: a child found far from home, not a relative living elsewhere', () => {
  const hitsOf = (sentence: string) => new Linter().lint(`# Review\n\n## Findings\n\n${sentence}\n`).coverage.find((entry) => entry.id === 'extra-familial-harm')!.hits.length;
  it('counts the child found in another county, not a father who lives in one', () => {
    expect(hitsOf('The 15-year-old boy was found in another county by police.')).toBeGreaterThan(0);
    expect(hitsOf('His father lived in another county and saw the boy every other weekend.')).toBe(0);
  });
});

describe('a sentence that points to another part of the report', () => {
  const themesOf = (sentence: string) =>
    new Linter().lint(`# Review\n\n## Findings\n\n${sentence}\n`).coverage.filter((entry) => entry.hits.length > 0).map((entry) => entry.id);

  it('gives no evidence: the part it points to has its own', () => {
    for (const sentence of [
      'The voice of the child is set out in Part 4.',
      "Child M's lived experience is drawn from the records described in Appendix B.",
      'The impact of domestic abuse on the children is considered in Section 6.',
    ]) {
      expect(themesOf(sentence), sentence).toEqual([]);
    }
  });

  it('still counts what is discussed, and statutory sections', () => {
    expect(themesOf('Domestic abuse was considered in the assessment, and the children were asked about it.')).toContain('domestic-abuse');
    expect(themesOf('Section 47 enquiries were started after the police attended the domestic abuse incident.')).toEqual(expect.arrayContaining(['domestic-abuse', 'thresholds-escalation']));
  });
});

describe('a negation before a verb of stopping', () => {
  const hitsOf = (theme: string, sentence: string) => new Linter().lint(`# Review\n\n## Findings\n\n${sentence}\n`).coverage.find((entry) => entry.id === theme)!.hits.length;
  it('denies the stopping, so the thing goes on; a plain negation still denies it', () => {
    expect(hitsOf('parental-substance-misuse', 'The mother never stopped drinking during the pregnancy.')).toBeGreaterThan(0);
    expect(hitsOf('parental-substance-misuse', 'The mother was not drinking during the pregnancy.')).toBe(0);
  });
});
