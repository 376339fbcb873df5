// The config loader as the CLI and both extensions use it: through an injected file host, here an
// in-memory one, so every case is a few lines of JSONC and no disk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  configAppliesTo,
  emitJsonSchema,
  findAndLoadConfig,
  loadConfigFile,
  MAX_CONFIG_BYTES,
  STARTER_CONFIG,
  type ConfigHost,
  type LoadedConfig,
} from '../../../src/config/index';
import { Linter, RULES, type Template } from '../../../src/engine/index';

const repoRoot = path.join(__dirname, '..', '..', '..');
const gapsDraft = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'samples', 'lcspr-gaps.md'), 'utf8');

function memoryHost(files: Record<string, string>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async readFile(file) {
      reads.push(file);
      return files[file];
    },
  };
}

async function load(text: string, others: Record<string, string> = {}): Promise<LoadedConfig> {
  return loadConfigFile('/repo/.cspr-lint.json', memoryHost({ '/repo/.cspr-lint.json': text, ...others }));
}

async function loadError(text: string, others: Record<string, string> = {}): Promise<ConfigError> {
  try {
    await load(text, others);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${text}`);
}

describe('findAndLoadConfig', () => {
  it('uses the nearest .cspr-lint.json walking up from the draft', async () => {
    const host = memoryHost({
      '/repo/.cspr-lint.json': '{ "rules": { "placeholder": "off" } }',
      '/repo/reviews/child-j/.cspr-lint.json': '{ "rules": { "placeholder": "error" } }',
    });
    const nested = await findAndLoadConfig('/repo/reviews/child-j/drafts/v2.md', host);
    expect(nested.path).toBe('/repo/reviews/child-j/.cspr-lint.json');
    expect(nested.settings.rules?.placeholder).toEqual({ severity: 'error' });
    const top = await findAndLoadConfig('/repo/reviews/other/v1.md', host);
    expect(top.path).toBe('/repo/.cspr-lint.json');
    expect(top.files).toEqual(['/repo/.cspr-lint.json']);
  });

  it('falls back to defaults when there is no config', async () => {
    const config = await findAndLoadConfig('/repo/drafts/d.md', memoryHost({}));
    expect(config).toEqual({ files: [], settings: {}, include: [], ignore: [] });
  });

  it('does not look above root (a workspace folder)', async () => {
    const host = memoryHost({ '/home/.cspr-lint.json': '{}' });
    expect((await findAndLoadConfig('/home/work/folder-a/d.md', host, { root: '/home/work/folder-a' })).path).toBeUndefined();
    expect(host.reads).toEqual(['/home/work/folder-a/.cspr-lint.json']);
    expect((await findAndLoadConfig('/home/work/folder-a/d.md', host)).path).toBe('/home/.cspr-lint.json');
  });

  it('accepts Windows separators', async () => {
    const config = await findAndLoadConfig('C:\\reviews\\drafts\\d.md', memoryHost({ 'C:/reviews/.cspr-lint.json': '{ "allowNames": ["Kai"] }' }));
    expect(config.path).toBe('C:/reviews/.cspr-lint.json');
    expect(config.settings.allowNames).toEqual(['Kai']);
  });
});

describe('JSONC', () => {
  it('allows comments and trailing commas', async () => {
    const config = await load(`{
      // team settings
      "rules": { "blame-language": "warning", }, /* block comment */
      "allowNames": ["Kai",],
    }`);
    expect(config.settings.rules?.['blame-language']).toEqual({ severity: 'warning' });
    expect(config.settings.allowNames).toEqual(['Kai']);
  });

  it('reports a syntax error with the file, line and column', async () => {
    const error = await loadError('{\n  "rules": {\n    "placeholder": "off"\n  \n');
    expect(error.file).toBe('/repo/.cspr-lint.json');
    expect(error.message).toMatch(/^\/repo\/\.cspr-lint\.json:\d+:\d+: invalid JSON/);
    expect(error.line).toBeGreaterThanOrEqual(4);
  });

  it('refuses a config that is not an object', async () => {
    expect((await loadError('["lcspr"]')).detail).toMatch(/must be a JSON object/);
  });

  it('refuses a config over the size limit without parsing it', async () => {
    const error = await loadError(`{ "allowNames": ["${'x'.repeat(MAX_CONFIG_BYTES)}"] }`);
    expect(error.detail).toMatch(/the limit is 1024 KB/);
  });
});

describe('extends', () => {
  it('a preset selects its template', async () => {
    expect((await load('{ "extends": "cspr-lint:rapid-review" }')).settings.template).toBe('rapid-review');
    expect((await load('{ "extends": "cspr-lint:lcspr" }')).settings.template).toBe('lcspr');
  });

  it('a shared team config is merged under the local one, and its globs stay relative to itself', async () => {
    const config = await load(
      `{ "extends": "../shared/team.json",
         "rules": { "blame-language": "error" },
         "allowNames": ["Kai"],
         "glossary": { "YJS": "Youth Justice Service" } }`,
      {
        '/shared/team.json': `{ "extends": "cspr-lint:rapid-review",
          "rules": { "blame-language": "warning", "placeholder": "off" },
          "allowNames": ["Ellis"],
          "glossary": { "CSC": "Children's Social Care" },
          "include": ["reviews/**/*.md"],
          "ignore": ["reviews/archive/**"] }`,
      },
    );
    expect(config.files).toEqual(['/repo/.cspr-lint.json', '/shared/team.json']);
    expect(config.settings.template).toBe('rapid-review');
    expect(config.settings.rules).toEqual({ 'blame-language': { severity: 'error' }, placeholder: { severity: 'off' } });
    expect(config.settings.allowNames).toEqual(['Ellis', 'Kai']);
    expect(config.settings.glossary).toEqual({ CSC: "Children's Social Care", YJS: 'Youth Justice Service' });
    expect(config.include).toEqual(['/shared/reviews/**/*.md']);
    expect(config.ignore).toEqual(['/shared/reviews/archive/**']);
  });

  it('later entries of an extends array override earlier ones, and the file itself overrides all', async () => {
    const config = await load('{ "extends": ["./a.json", "./b.json"], "rules": { "section-order": "error" } }', {
      '/repo/a.json': '{ "template": "rapid-review", "rules": { "placeholder": "off", "section-order": "off" } }',
      '/repo/b.json': '{ "template": "lcspr", "rules": { "placeholder": "info" } }',
    });
    expect(config.settings.template).toBe('lcspr');
    expect(config.settings.rules).toEqual({ placeholder: { severity: 'info' }, 'section-order': { severity: 'error' } });
  });

  it('changing only the severity keeps the options a base config set', async () => {
    const config = await load('{ "extends": "./team.json", "rules": { "child-voice": "error" } }', {
      '/repo/team.json': '{ "rules": { "child-voice": ["warning", { "minWords": 40 }] } }',
    });
    expect(config.settings.rules?.['child-voice']).toEqual({ severity: 'error', options: { minWords: 40, minDailyLifeCues: 2 } });
  });

  it('detects a cycle and lists the chain', async () => {
    const error = await loadError('{ "extends": "./a.json" }', {
      '/repo/a.json': '{ "extends": "./b.json" }',
      '/repo/b.json': '{ "extends": "./a.json" }',
    });
    expect(error.jsonPath).toBe('extends');
    expect(error.detail).toBe('extends cycle: a.json → b.json → a.json');
    expect((await loadError('{ "extends": "./.cspr-lint.json" }')).detail).toMatch(/extends cycle: \.cspr-lint\.json → \.cspr-lint\.json/);
  });

  it('a missing target is an error at its place in the array', async () => {
    const error = await loadError('{\n  "extends": [\n    "cspr-lint:lcspr",\n    "./team.json"\n  ]\n}');
    expect(error.jsonPath).toBe('extends[1]');
    expect(error.detail).toMatch(/cannot find "\.\/team\.json" \(looked for \/repo\/team\.json\)/);
    expect([error.line, error.column]).toEqual([4, 5]);
  });

  it('with a workspace, a target outside it is an error at its place, and is never read', async () => {
    const outside = async (text: string, others: Record<string, string> = {}) => {
      const host = memoryHost({ '/work/repo/.cspr-lint.json': text, ...others });
      const error = await loadConfigFile('/work/repo/.cspr-lint.json', host, { workspace: '/work/repo' }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ConfigError);
      return { error: error as ConfigError, reads: host.reads };
    };
    const parent = await outside('{\n  "extends": ["cspr-lint:lcspr", "../shared/team.json"]\n}', { '/work/shared/team.json': '{}' });
    expect(parent.error.jsonPath).toBe('extends[1]');
    expect(parent.error.detail).toBe('"../shared/team.json" is outside the workspace (/work/repo); extends may only name a config inside it, or a cspr-lint: preset');
    expect([parent.error.line, parent.error.column]).toEqual([2, 34]);
    expect(parent.reads).not.toContain('/work/shared/team.json');
    const absolute = await outside('{ "extends": "/etc/passwd" }');
    expect(absolute.error.detail).toMatch(/"\/etc\/passwd" is outside the workspace/);
    expect(absolute.reads).not.toContain('/etc/passwd');
    // A look-alike folder name is not inside: /work/repo-other is not under /work/repo.
    expect((await outside('{ "extends": "../repo-other/x.json" }')).error.detail).toMatch(/outside the workspace/);
    // Down a chain: the file that names the outside target is the one blamed.
    const chained = await outside('{ "extends": "./team/team.json" }', { '/work/repo/team/team.json': '{ "extends": "../../x.json" }' });
    expect(chained.error.file).toBe('/work/repo/team/team.json');
  });

  it('with a workspace, targets inside it load, however they are written', async () => {
    const host = memoryHost({
      '/work/repo/reviews/.cspr-lint.json': '{ "extends": "../shared/team.json" }',
      '/work/repo/shared/team.json': '{ "extends": "/work/repo/base.json", "rules": { "placeholder": "off" } }',
      '/work/repo/base.json': '{ "template": "rapid-review" }',
    });
    const config = await loadConfigFile('/work/repo/reviews/.cspr-lint.json', host, { workspace: '/work/repo/' });
    expect(config.files).toEqual(['/work/repo/reviews/.cspr-lint.json', '/work/repo/shared/team.json', '/work/repo/base.json']);
    expect(config.settings.template).toBe('rapid-review');
  });

  it('an unknown preset names the presets', async () => {
    expect((await loadError('{ "extends": "cspr-lint:scr" }')).detail).toMatch(/unknown preset "cspr-lint:scr"; presets are cspr-lint:lcspr, cspr-lint:rapid-review/);
  });

  it('an error in an extended file names that file', async () => {
    const error = await loadError('{ "extends": "./team.json" }', { '/repo/team.json': '{ "rules": { "child-vioce": "off" } }' });
    expect(error.file).toBe('/repo/team.json');
    expect(error.detail).toMatch(/did you mean "child-voice"/);
  });
});

describe('rules', () => {
  it('accepts every registered rule id at every severity', async () => {
    for (const severity of ['off', 'info', 'warning', 'error']) {
      const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, severity]));
      const config = await load(JSON.stringify({ rules }));
      expect(Object.keys(config.settings.rules ?? {})).toEqual(RULES.map((rule) => rule.meta.id));
    }
  });

  it('passes valid options to the engine, which applies them', async () => {
    const config = await load('{ "rules": { "recommendation-format": ["warning", { "requireNumbering": false }] } }');
    expect(config.settings.rules?.['recommendation-format']).toEqual({ severity: 'warning', options: { requireNumbering: false, requireAddressee: true, requireMeasureOrTimescale: true } });
    const unnumbered = (linter: Linter) => linter.lint(gapsDraft).findings.filter((finding) => finding.data?.problem === 'unnumbered');
    expect(unnumbered(new Linter())).toHaveLength(1);
    expect(unnumbered(new Linter(config.settings))).toHaveLength(0);
  });

  it('validates options with the rule’s own schema and points at the option', async () => {
    const wrongType = await loadError('{ "rules": { "child-voice": ["warning", { "minWords": "many" }] } }');
    expect(wrongType.jsonPath).toBe('rules.child-voice[1].minWords');
    const unknownOption = await loadError('{ "rules": { "good-practice": ["warning", { "examples": 2 }] } }');
    expect(unknownOption.jsonPath).toBe('rules.good-practice[1].examples');
    expect(unknownOption.detail).toMatch(/unknown key "examples"/);
  });

  it('a bad severity says which values are allowed, at the value’s line', async () => {
    const error = await loadError('{\n  "rules": {\n    "child-voice": "loud"\n  }\n}');
    expect(error.jsonPath).toBe('rules.child-voice');
    expect(error.detail).toMatch(/expected one of off\|info\|warning\|error/);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^\/repo\/\.cspr-lint\.json:3:\d+: rules\.child-voice: expected one of off\|info\|warning\|error/);
  });

  it('an unknown rule id suggests the closest id and lists them all', async () => {
    const error = await loadError('{ "rules": { "acronyms": "off", "blame-languge": "off" } }');
    expect(error.jsonPath).toMatch(/^rules\./);
    const typo = await loadError('{ "rules": { "blame-languge": "off" } }');
    expect(typo.detail).toMatch(/^unknown rule "blame-languge" \(did you mean "blame-language"\?\); rules are required-section, /);
    const unrelated = await loadError('{ "rules": { "spelling": "off" } }');
    expect(unrelated.detail).toMatch(/^unknown rule "spelling"; rules are /);
  });
});

describe('other keys', () => {
  it('an unknown top-level key is an error with a suggestion', async () => {
    const error = await loadError('{ "allownames": ["Kai"] }');
    expect(error.jsonPath).toBe('allownames');
    expect(error.detail).toBe('unknown key "allownames" (did you mean "allowNames"?)');
  });

  it('an unknown key or rule is underlined at the key, not its value', async () => {
    for (const text of ['{\n  "allownames": ["Kai"]\n}', '{ "rules": { "chld-voice": "off" } }']) {
      const error = await loadError(text);
      expect(text.slice(error.offset, error.offset! + error.length!)).toMatch(/^"(allownames|chld-voice)"$/);
      expect(error.column).toBe(text.split('\n')[error.line! - 1].indexOf(text.slice(error.offset, error.offset! + error.length!)) + 1);
    }
  });

  it('unknown keys inside coverage and template are errors too', async () => {
    expect((await loadError('{ "coverage": { "threshold": 3 } }')).jsonPath).toBe('coverage.threshold');
    expect((await loadError('{ "template": { "extends": "lcspr", "colour": "blue" } }')).jsonPath).toBe('template.colour');
  });

  it('coverage.coveredAt must be a whole number ≥ 1 and reaches the engine', async () => {
    expect((await loadError('{ "coverage": { "coveredAt": 0 } }')).jsonPath).toBe('coverage.coveredAt');
    const strict = await load('{ "coverage": { "coveredAt": 1 } }');
    expect(strict.settings.coveredAt).toBe(1);
    const statuses = (linter: Linter) => linter.lint(gapsDraft).coverage.filter((theme) => theme.status === 'covered').length;
    expect(statuses(new Linter(strict.settings))).toBeGreaterThan(statuses(new Linter()));
  });

  it('allowNames stops a pseudonym being reported as a real name', async () => {
    const names = (linter: Linter) => linter.lint(gapsDraft).findings.filter((finding) => finding.ruleId === 'identifying-detail' && /Jayden Marsh-Okafor/.test(finding.message));
    expect(names(new Linter())).toHaveLength(1);
    expect(names(new Linter((await load('{ "allowNames": ["Jayden Marsh-Okafor"] }')).settings))).toHaveLength(0);
  });

  it('glossary entries count as defined', async () => {
    const undefinedYjs = (linter: Linter) => linter.lint(gapsDraft).findings.filter((finding) => finding.ruleId === 'undefined-acronym' && finding.data?.acronym === 'YJS');
    expect(undefinedYjs(new Linter())).toHaveLength(1);
    expect(undefinedYjs(new Linter((await load('{ "glossary": { "YJS": "Youth Justice Service" } }')).settings))).toHaveLength(0);
    expect((await loadError('{ "glossary": { "YJS": 3 } }')).jsonPath).toBe('glossary.YJS');
  });

  it('themes add to the built-in taxonomy or replace a theme with the same id', async () => {
    const config = await load(`{ "themes": [
      { "id": "neglect", "label": "Neglect (partnership definition)", "phrases": ["youth justice", "pupil referral unit"] },
      { "id": "county-lines", "label": "County lines", "phrases": ["county lines", "drug running"] }
    ] }`);
    const coverage = new Linter(config.settings).lint(gapsDraft).coverage;
    const neglect = coverage.find((theme) => theme.id === 'neglect');
    expect(neglect?.label).toBe('Neglect (partnership definition)');
    expect(neglect?.hits.map((hit) => hit.phrase)).toEqual(expect.arrayContaining(['youth justice']));
    expect(coverage.some((theme) => theme.id === 'county-lines')).toBe(true);
    expect(coverage.filter((theme) => theme.id === 'neglect')).toHaveLength(1);
    expect((await loadError('{ "themes": [{ "id": "x", "label": "X", "phrases": [] }] }')).jsonPath).toBe('themes[0].phrases');
  });
});

describe('template', () => {
  it('a preset name, or an error naming the presets', async () => {
    expect((await load('{ "template": "rapid-review" }')).settings.template).toBe('rapid-review');
    const error = await loadError('{ "template": "lcspr-2024" }');
    expect(error.jsonPath).toBe('template');
    expect(error.detail).toMatch(/use lcspr or rapid-review, or define one inline/);
  });

  it('an inline template extending a preset adds sections that the engine then requires', async () => {
    const config = await load(`{ "template": { "extends": "lcspr", "id": "our-lcspr", "sections": [
      { "id": "equality", "title": "Equality and diversity", "required": true, "synonyms": ["Equality, diversity and inclusion"], "minWords": 20 }
    ] } }`);
    const template = config.settings.template as Template;
    expect(template.id).toBe('our-lcspr');
    expect(template.sections.at(-1)?.id).toBe('equality');
    const missing = new Linter(config.settings).lint(gapsDraft).findings.filter((finding) => finding.ruleId === 'required-section');
    expect(missing.map((finding) => finding.data?.sectionId)).toContain('equality');
  });

  it('overriding a preset section changes only the fields written', async () => {
    const config = await load(`{ "template": { "extends": "lcspr", "sections": [
      { "id": "family-involvement", "title": "Family involvement", "required": false }
    ] } }`);
    const template = config.settings.template as Template;
    const family = template.sections.find((section) => section.id === 'family-involvement');
    expect(family?.required).toBe(false);
    expect(family?.synonyms.length).toBeGreaterThan(0);
    expect(Object.keys(family?.concepts ?? {}).length).toBeGreaterThan(0);
    const voice = await load(`{ "template": { "extends": "lcspr", "sections": [
      { "id": "voice-of-child", "title": "The child's lived experience" }
    ] } }`);
    const voiceSection = (voice.settings.template as Template).sections.find((section) => section.id === 'voice-of-child');
    expect(voiceSection).toMatchObject({ required: true, role: 'voice-of-child', title: "The child's lived experience" });
    const missing = new Linter(config.settings).lint(gapsDraft).findings.filter((finding) => finding.ruleId === 'required-section');
    expect(missing.map((finding) => finding.data?.sectionId)).not.toContain('family-involvement');
  });

  it('drafts can name an inline template by its id; giving it a preset’s id replaces that preset', async () => {
    const equality = '{ "id": "equality", "title": "Equality and diversity", "required": true }';
    const named = await load(`{ "template": { "extends": "lcspr", "id": "our-lcspr", "sections": [${equality}] } }`);
    const missingIds = (settings: LoadedConfig['settings'], draft: string) =>
      new Linter(settings).lint(draft).findings.filter((finding) => finding.ruleId === 'required-section').map((finding) => finding.data?.sectionId);
    const rapid = `---\ncspr-template: rapid-review\n---\n${gapsDraft}`;
    expect(new Linter(named.settings).lint(`---\ncspr-template: our-lcspr\n---\n${gapsDraft}`).template.id).toBe('our-lcspr');
    expect(missingIds(named.settings, rapid)).not.toContain('equality');
    const replacing = await load(`{ "template": { "extends": "lcspr", "id": "lcspr", "sections": [${equality}] } }`);
    expect(missingIds(replacing.settings, `---\ncspr-template: lcspr\n---\n${gapsDraft}`)).toContain('equality');
  });

  it('invalid sections are reported at their JSON path', async () => {
    expect((await loadError('{ "template": { "extends": "lcspr", "sections": [{ "id": "Equality", "title": "E" }] } }')).jsonPath).toBe('template.sections[0].id');
    expect((await loadError('{ "template": { "sections": [{ "id": "a", "title": "A" }, { "id": "a", "title": "B" }] } }')).detail).toMatch(/duplicate section id "a"/);
    expect((await loadError('{ "template": { "extends": "scr" } }')).jsonPath).toBe('template.extends');
  });
});

describe('ConfigError', () => {
  it('carries what an editor needs to underline the offending value', async () => {
    const text = '{\n  "rules": {\n    "placeholder": "loud"\n  }\n}';
    const error = await loadError(text);
    expect(error).toMatchObject({ name: 'ConfigError', file: '/repo/.cspr-lint.json', jsonPath: 'rules.placeholder', line: 3, column: 20 });
    expect(text.slice(error.offset, error.offset! + error.length!)).toBe('"loud"');
  });
});

describe('configAppliesTo', () => {
  it('without include: every Markdown draft except repository documents such as README.md', async () => {
    const config = await load('{}');
    expect(configAppliesTo(config, '/repo/drafts/child-j.md')).toBe(true);
    expect(configAppliesTo(config, '/repo/README.md')).toBe(false);
    expect(configAppliesTo(config, '/repo/docs/CHANGELOG.md')).toBe(false);
    expect(configAppliesTo(config, '/repo/notes.txt')).toBe(false);
  });

  it('include and ignore are globs relative to the config file', async () => {
    const config = await load('{ "include": ["reviews/**/*.md"], "ignore": ["reviews/archive/**"] }');
    expect(configAppliesTo(config, '/repo/reviews/child-j/draft.md')).toBe(true);
    expect(configAppliesTo(config, '/repo/reviews/archive/2019.md')).toBe(false);
    expect(configAppliesTo(config, '/repo/other/draft.md')).toBe(false);
    expect(configAppliesTo(config, 'C:\\repo\\reviews\\x.md')).toBe(false);
  });
});

describe('--init starter config', () => {
  it('is valid JSONC that selects the lcspr preset', async () => {
    const config = await load(STARTER_CONFIG);
    expect(config.settings.template).toBe('lcspr');
    expect(configAppliesTo(config, '/repo/README.md')).toBe(false);
    expect(configAppliesTo(config, '/repo/drafts/d.md')).toBe(true);
  });
});

describe('JSON Schema', () => {
  it('the committed schemas/cspr-lint.schema.json is generated from the current zod schema', () => {
    const committed = readFileSync(path.join(repoRoot, 'schemas', 'cspr-lint.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(emitJsonSchema(), null, 2)}\n`);
  });

  it('describes every rule and rejects unknown keys, for completion and hover in VS Code', () => {
    const schema = emitJsonSchema() as { additionalProperties: boolean; properties: { rules: { properties: Record<string, { description?: string }>; additionalProperties: boolean } } };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.rules.additionalProperties).toBe(false);
    for (const rule of RULES) expect(schema.properties.rules.properties[rule.meta.id]?.description).toContain(rule.meta.description);
  });
});
