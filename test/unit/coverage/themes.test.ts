// The built-in taxonomy as data, and themes from config: added, replacing a built-in theme by id,
// the coveredAt threshold and a template's expected themes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../src/config/index';
import { BUILT_IN_THEMES, Linter, mergeThemes, themeSchema } from '../../../src/engine/index';
import { conceptModelSchema } from '../../../src/engine/coverage/model';
import { CONCEPT_MODEL } from '../../../src/engine/data/themes';
// The built-in copy of the national taxonomy (the domain pack's themes.json, copied into the engine).
import taxonomy from '../../../src/engine/data/themes.json';
import { phraseKeys } from '../../../src/engine/text/words';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const rapidReview = readFileSync(path.join(SAMPLES, 'rapid-review.md'), 'utf8');

describe('built-in taxonomy', () => {
  it('has the 21 national themes with unique ids, each with a source', () => {
    expect(BUILT_IN_THEMES).toHaveLength(21);
    expect(new Set(BUILT_IN_THEMES.map((theme) => theme.id)).size).toBe(21);
    for (const theme of BUILT_IN_THEMES) expect(theme.source, theme.id).toBeTruthy();
  });

  it('is the national taxonomy, each theme with a model of concepts', () => {
    expect(BUILT_IN_THEMES.map((theme) => theme.id)).toEqual((taxonomy as { id: string }[]).map((theme) => theme.id));
    expect(CONCEPT_MODEL.themes.map((model) => model.id).sort()).toEqual((taxonomy as { id: string }[]).map((theme) => theme.id).sort());
    for (const theme of BUILT_IN_THEMES) expect(theme.evidence.length, theme.id).toBeGreaterThan(0);
  });

  it('every concept term compiles to words', () => {
    for (const concept of CONCEPT_MODEL.concepts) {
      for (const term of concept.terms) expect(phraseKeys(term).every((keys) => keys.length > 0), `${concept.id}: ${term}`).toBe(true);
    }
  });

  it('no exception of a concept hides one of its own terms (an exception that stems to a term hides it everywhere)', () => {
    const hidden: string[] = [];
    for (const concept of CONCEPT_MODEL.concepts) {
      const terms = new Set(concept.terms.flatMap((term) => phraseKeys(term).map((keys) => keys.join(' '))));
      for (const exception of concept.except ?? []) {
        for (const keys of phraseKeys(exception)) if (terms.has(keys.join(' '))) hidden.push(`${concept.id}: "${exception}" hides the term "${keys.join(' ')}"`);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('rejects a malformed model: lower-case concept ids, an empty combination', () => {
    expect(conceptModelSchema.safeParse({ idioms: [], concepts: [{ id: 'male carer', terms: ['father'] }], themes: [], checks: [] }).success).toBe(false);
    expect(conceptModelSchema.safeParse({ idioms: [], concepts: [], themes: [{ id: 'x', evidence: [{ all: [] }] }], checks: [] }).success).toBe(false);
    expect(conceptModelSchema.safeParse({ idioms: [], concepts: [{ id: 'A', terms: ['a b'] }], themes: [{ id: 'x', evidence: [{ all: ['A', ['A'], { any: ['A'], min: 2 }] }] }], checks: [] }).success).toBe(true);
  });

  it("keeps the contract's shape for config themes: { id, label, phrases }, and accepts concepts and evidence", () => {
    expect(themeSchema.safeParse({ id: 'housing', label: 'Housing', phrases: ['eviction'] }).success).toBe(true);
    expect(themeSchema.safeParse({ id: 'housing', label: 'Housing' }).success).toBe(false);
    expect(themeSchema.safeParse({ id: 'housing', label: 'Housing', concepts: [{ id: 'EVICTION', terms: ['eviction'] }], evidence: [{ all: ['EVICTION', 'CHILD'] }] }).success).toBe(true);
    expect(themeSchema.safeParse({ id: 'neglect', extend: true, phrases: ['unwashed uniform'] }).success).toBe(true);
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
    expect(theme.phrases.map((phrase) => phrase.toLowerCase()).sort()).toEqual(['anxiety', 'low mood']);
    // With the built-in model the mother's anxiety is not a child's mental health need, and the baby's review does not cover it.
    expect(new Linter({ template: 'rapid-review' }).lint(rapidReview).coverage.find((candidate) => candidate.id === 'children-mental-health')!.status).toBe('absent');
  });

  it('coverage.coveredAt raises the threshold for covered', async () => {
    const settings = await load('{ "coverage": { "coveredAt": 5 }, "template": "rapid-review" }');
    const coverage = new Linter(settings).lint(rapidReview).coverage;
    const status = (id: string) => coverage.find((theme) => theme.id === id)!.status;
    expect(status('safeguarding-infants')).toBe('covered');
    // Three distinct passages on the baby's daily life: covered at 2, mentioned at 5.
    expect(status('childs-daily-life')).toBe('mentioned');
  });

  it('extend: true adds a config theme\'s phrases and combinations to the built-in model instead of replacing it', () => {
    const body = '# R\n\n## Findings\n\nChild K often came to school in an unwashed uniform and hungry. The family were evicted.\n';
    const extended = new Linter({ themes: [{ id: 'neglect', extend: true, phrases: ['evicted'] }] }).lint(body).coverage.find((theme) => theme.id === 'neglect')!;
    expect(extended.label).toBe('Neglect');
    expect(extended.status).toBe('covered');
    const replaced = new Linter({ themes: [{ id: 'neglect', label: 'Neglect', phrases: ['evicted'] }] }).lint(body).coverage.find((theme) => theme.id === 'neglect')!;
    expect(replaced.status).toBe('mentioned');
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

describe('when themes are compiled', () => {
  // The built-in themes compile when coverage is first read; a config's own themes compile with
  // the Linter, so a mistake in them is reported with the config (the language server and the CLI
  // report what `new Linter` throws as a config problem and fall back to the defaults).
  it('a config theme naming an unknown concept fails when the Linter is made, not at the first coverage', () => {
    expect(() => new Linter({ themes: [{ id: 'made-up', label: 'Made up', evidence: [{ all: ['NO_SUCH_CONCEPT'] }] }] } as never)).toThrow(/Unknown concept "NO_SUCH_CONCEPT"/);
  });

  it('the built-in themes, compiled on first read, find the theme evidence a draft holds', () => {
    const text = '# Review\n\n## Findings\n\nThe health visitor did not ask who else lived in the home, and the mother’s new partner was not known to agencies.\n';
    const first = new Linter();
    const late = first.lint(text);
    expect(late.coverage).toEqual(new Linter().lint(text).coverage);
    expect(late.coverage.some((theme) => theme.status !== 'absent')).toBe(true);
  });
});
