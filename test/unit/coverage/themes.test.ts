// The built-in taxonomy as data, and themes from config: added, replacing a built-in theme by id,
// the coveredAt threshold and a template's expected themes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../src/config/index';
import { BUILT_IN_THEMES, Linter, mergeThemes, themeSchema } from '../../../src/engine/index';
import { builtInThemeSchema } from '../../../src/engine/coverage/types';
import { phraseKeys } from '../../../src/engine/text/words';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const rapidReview = readFileSync(path.join(SAMPLES, 'rapid-review.md'), 'utf8');

describe('built-in taxonomy', () => {
  it('has the 21 national themes with unique ids, each with a source', () => {
    expect(BUILT_IN_THEMES).toHaveLength(21);
    expect(new Set(BUILT_IN_THEMES.map((theme) => theme.id)).size).toBe(21);
    for (const theme of BUILT_IN_THEMES) expect(theme.source, theme.id).toBeTruthy();
  });

  it('every phrase compiles to words, and every theme has phrases that count on their own', () => {
    for (const theme of BUILT_IN_THEMES) {
      for (const phrase of theme.phrases) expect(phraseKeys(phrase).every((keys) => keys.length > 0), `${theme.id}: ${phrase}`).toBe(true);
      const supporting = new Set(theme.supportingPhrases ?? []);
      expect(theme.phrases.filter((phrase) => !supporting.has(phrase)).length, theme.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects supporting phrases that are not phrases of the theme, or a theme made only of them', () => {
    expect(builtInThemeSchema.safeParse({ id: 'x', label: 'X', phrases: ['a b'], supportingPhrases: ['c d'] }).success).toBe(false);
    expect(builtInThemeSchema.safeParse({ id: 'x', label: 'X', phrases: ['a b'], supportingPhrases: ['a b'] }).success).toBe(false);
    expect(builtInThemeSchema.safeParse({ id: 'x', label: 'X', phrases: ['a b', 'c d'], supportingPhrases: ['c d'] }).success).toBe(true);
  });

  it("keeps the contract's shape for config themes: { id, label, phrases }", () => {
    expect(themeSchema.safeParse({ id: 'housing', label: 'Housing', phrases: ['eviction'] }).success).toBe(true);
    expect(themeSchema.safeParse({ id: 'housing', label: 'Housing', phrases: ['eviction'], supportingPhrases: ['eviction'] }).success).toBe(false);
  });
});

describe('themes from config', () => {
  const load = async (json: string) => (await loadConfigFile('/repo/.cspr-lint.json', { readFile: async (file) => (file === '/repo/.cspr-lint.json' ? json : undefined) })).settings;

  it('replaces a built-in theme by id, keeping its place, and adds new ones at the end', () => {
    const merged = mergeThemes([
      { id: 'neglect', label: 'Neglect (local)', phrases: ['unwashed uniform'] },
      { id: 'housing', label: 'Housing', phrases: ['eviction', 'temporary accommodation'] },
    ]);
    expect(merged.map((theme) => theme.id).indexOf('neglect')).toBe(BUILT_IN_THEMES.findIndex((theme) => theme.id === 'neglect'));
    expect(merged.find((theme) => theme.id === 'neglect')!.phrases).toEqual(['unwashed uniform']);
    expect(merged.at(-1)!.id).toBe('housing');
    expect(merged).toHaveLength(22);
  });

  it('a replaced theme matches only its new phrases, and all of them count on their own', async () => {
    const settings = await load(`{
      // The partnership reads the mother's anxiety as its concern here.
      "themes": [{ "id": "children-mental-health", "label": "Mental health in the family", "phrases": ["anxiety", "low mood"] }],
      "template": "rapid-review",
    }`);
    const theme = new Linter(settings).lint(rapidReview).coverage.find((candidate) => candidate.id === 'children-mental-health')!;
    expect(theme.label).toBe('Mental health in the family');
    expect(theme.status).toBe('covered');
    expect(theme.phrases.sort()).toEqual(['anxiety', 'low mood']);
    // With the built-in theme the same words are supporting only, and the baby's review does not cover it.
    expect(new Linter({ template: 'rapid-review' }).lint(rapidReview).coverage.find((candidate) => candidate.id === 'children-mental-health')!.status).toBe('absent');
  });

  it('coverage.coveredAt raises the threshold for covered', async () => {
    const settings = await load('{ "coverage": { "coveredAt": 5 }, "template": "rapid-review" }');
    const coverage = new Linter(settings).lint(rapidReview).coverage;
    const status = (id: string) => coverage.find((theme) => theme.id === id)!.status;
    expect(status('safeguarding-infants')).toBe('covered');
    expect(status('information-sharing')).toBe('mentioned');
  });

  it("an inline template's expectedThemes are marked expected and listed first", async () => {
    const settings = await load(`{ "template": { "extends": "rapid-review", "expectedThemes": ["neglect", "safeguarding-infants"] } }`);
    const coverage = new Linter(settings).lint(rapidReview).coverage;
    expect(coverage.slice(0, 2).map((theme) => [theme.id, theme.expected])).toEqual([
      ['safeguarding-infants', true],
      ['neglect', true],
    ]);
    expect(coverage.slice(2).every((theme) => !theme.expected)).toBe(true);
  });
});
