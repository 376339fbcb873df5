// Finds and loads `.cspr-lint.json` (JSONC) with its `extends` chain, validates it with zod and turns
// it into engine settings. No Node built-ins: file access goes through a host, so the same loader
// serves the CLI (fs), the desktop extension and the web extension (workspace.fs).
import { findNodeAtLocation, parseTree, printParseErrorCode, getNodeValue, type Node, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import type * as z from 'zod/mini';
import { editDistance, PRESET_TEMPLATES, RULES, templateSchema, type EngineSettings, type RuleSetting, type Template, type Theme } from '../engine/index';
import { configSchema, emitJsonSchema, type ConfigFileContent } from './schema';
import { dirname, isInside, join, relative, toPosix } from './paths';

export { emitJsonSchema, configSchema };
export { dirname, join, relative, toPosix, basename } from './paths';

export const CONFIG_FILE_NAME = '.cspr-lint.json';
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const PRESET_PREFIX = 'cspr-lint:';

export interface ConfigHost {
  /** Reads a file as text; resolves undefined when it does not exist. Paths are absolute, '/'-separated. */
  readFile(path: string): Promise<string | undefined>;
}

export interface LoadedConfig {
  /** The .cspr-lint.json that applies; undefined when none was found and defaults are used. */
  path?: string;
  /** Every config file read, including `extends` targets (the extension watches these). */
  files: string[];
  settings: EngineSettings;
  /** Globs as absolute '/'-separated patterns (resolved against the file that declared them). */
  include: string[];
  ignore: string[];
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
    readonly offset?: number,
    readonly length?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}:${column}` : ''}: ${jsonPath ? `${jsonPath}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

export const STARTER_CONFIG = `{
  // cspr-lint configuration: https://github.com/cspr-lint/cspr-lint/blob/main/docs/configuration.md
  // The review template: "lcspr" (local review) or "rapid-review". A draft can choose its own
  // with front matter: cspr-template: rapid-review
  "extends": "cspr-lint:lcspr",
  "rules": {
    // "off", "info", "warning" or "error"; some rules take options: ["warning", { ... }]
    "blame-language": "info"
  },
  // Pseudonyms chosen with the family that look like real names.
  "allowNames": [],
  // Acronyms your partnership defines once for every report.
  "glossary": {},
  "include": ["**/*.md"],
  "ignore": ["**/node_modules/**", "README.md"]
}
`;

interface PartialSettings {
  template?: string | Template;
  rules: Record<string, RuleSetting>;
  allowNames: string[];
  glossary: Record<string, string>;
  language: Record<string, string | null>;
  themes: Theme[];
  coveredAt?: number;
  include?: string[];
  ignore?: string[];
}

const PRESET_CONFIGS: Record<string, () => PartialSettings> = {
  lcspr: () => ({ ...emptySettings(), template: 'lcspr' }),
  'rapid-review': () => ({ ...emptySettings(), template: 'rapid-review' }),
};

function emptySettings(): PartialSettings {
  return { rules: {}, allowNames: [], glossary: {}, language: {}, themes: [] };
}

/** Loads the nearest .cspr-lint.json walking up from the draft's folder (not above `root`, which also bounds `extends`). */
export async function findAndLoadConfig(draftPath: string, host: ConfigHost, options: { root?: string } = {}): Promise<LoadedConfig> {
  const found = await findConfigFile(dirname(toPosix(draftPath)), host, options.root);
  if (!found) return { files: [], settings: {}, include: [], ignore: [] };
  return loadConfigFile(found, host, { workspace: options.root });
}

export async function findConfigFile(startDir: string, host: ConfigHost, root?: string): Promise<string | undefined> {
  const stop = root ? join(toPosix(root), '.') : undefined;
  let dir = join(toPosix(startDir), '.');
  for (let depth = 0; depth < 256; depth++) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if ((await host.readFile(candidate)) !== undefined) return candidate;
    if (dir === stop) return undefined;
    const parent = dirname(dir);
    if (parent === dir || parent === '.') return undefined;
    dir = parent;
  }
  return undefined;
}

export interface LoadOptions {
  /**
   * The workspace (the editor's workspace folder, the CLI's repository): `extends` may only name
   * configs inside it, so a repository cannot make the linter read files elsewhere on the machine.
   * Without it (the library used directly), any path is allowed.
   */
  workspace?: string;
}

export async function loadConfigFile(configPath: string, host: ConfigHost, options: LoadOptions = {}): Promise<LoadedConfig> {
  const path = join(toPosix(configPath), '.');
  const files: string[] = [];
  const workspace = options.workspace === undefined ? undefined : join(toPosix(options.workspace), '.');
  const partial = await loadRecursive(path, host, [], files, workspace);
  const settings: EngineSettings = {
    template: partial.template,
    // An inline template can also be named by its id in a draft's front matter or with --template.
    ...(typeof partial.template === 'object' ? { templates: { [partial.template.id]: partial.template } } : {}),
    rules: partial.rules,
    allowNames: partial.allowNames,
    glossary: partial.glossary,
    language: partial.language,
    themes: partial.themes,
    coveredAt: partial.coveredAt,
  };
  return { path, files, settings, include: partial.include ?? [], ignore: partial.ignore ?? [] };
}

async function loadRecursive(path: string, host: ConfigHost, chain: string[], files: string[], workspace: string | undefined): Promise<PartialSettings> {
  if (chain.includes(path)) {
    const cycle = [...chain.slice(chain.indexOf(path)), path].map((file) => relative(dirname(chain[0]), file)).join(' → ');
    throw new ConfigError(chain[chain.length - 1], 'extends', `extends cycle: ${cycle}`);
  }
  const text = await host.readFile(path);
  if (text === undefined) throw new ConfigError(path, '', 'file not found');
  if (!files.includes(path)) files.push(path);
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(path, '', `config is ${Math.round(text.length / 1024)} KB; the limit is ${MAX_CONFIG_BYTES / 1024} KB`);
  const { tree, value } = parseJsonc(path, text);
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) throw issueToError(path, text, tree, parsed.error);
  const content = parsed.data;
  let merged = emptySettings();
  const parents = content.extends === undefined ? [] : Array.isArray(content.extends) ? content.extends : [content.extends];
  for (let index = 0; index < parents.length; index++) {
    const target = parents[index];
    const jsonPath = Array.isArray(content.extends) ? ['extends', index] : ['extends'];
    let base: PartialSettings;
    if (target.startsWith(PRESET_PREFIX)) {
      const preset = PRESET_CONFIGS[target.slice(PRESET_PREFIX.length)];
      if (!preset) throw locate(path, text, tree, jsonPath, `unknown preset "${target}"; presets are ${Object.keys(PRESET_CONFIGS).map((id) => PRESET_PREFIX + id).join(', ')}`);
      base = preset();
    } else {
      const targetPath = join(dirname(path), target);
      if (workspace !== undefined && !isInside(targetPath, workspace)) {
        throw locate(path, text, tree, jsonPath, `"${target}" is outside the workspace (${workspace}); extends may only name a config inside it, or a cspr-lint: preset`);
      }
      if ((await host.readFile(targetPath)) === undefined && !chain.includes(targetPath) && targetPath !== path) {
        throw locate(path, text, tree, jsonPath, `cannot find "${target}" (looked for ${targetPath})`);
      }
      base = await loadRecursive(targetPath, host, [...chain, path], files, workspace);
    }
    merged = mergeSettings(merged, base);
  }
  return mergeSettings(merged, toPartial(path, text, tree, content));
}

function parseJsonc(path: string, original: string): { tree: Node | undefined; value: unknown } {
  // A byte order mark (Notepad writes one) is not JSON; a space in its place keeps every column.
  const text = original.charCodeAt(0) === 0xfeff ? ` ${original.slice(1)}` : original;
  try {
    return parseJsoncText(path, text);
  } catch (error) {
    // The JSON parser recurses: arrays or objects nested thousands deep overflow the stack.
    if (error instanceof RangeError) throw new ConfigError(path, '', 'the JSON is nested too deeply to read');
    throw error;
  }
}

function parseJsoncText(path: string, text: string): { tree: Node | undefined; value: unknown } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const error = errors[0];
    const { line, column } = lineColumn(text, error.offset);
    throw new ConfigError(path, '', `invalid JSON: ${describeParseError(printParseErrorCode(error.error))}`, line, column, error.offset, error.length);
  }
  if (!tree) throw new ConfigError(path, '', 'the file is empty; it must contain a JSON object');
  const value = getNodeValue(tree);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(path, '', 'the config must be a JSON object', 1, 1, 0, 1);
  return { tree, value };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function toPartial(path: string, text: string, tree: Node | undefined, content: ConfigFileContent): PartialSettings {
  const partial = emptySettings();
  const base = dirname(path);
  if (content.template !== undefined) partial.template = resolveTemplate(path, text, tree, content.template);
  for (const [id, value] of Object.entries(content.rules ?? {})) {
    if (value === undefined) continue;
    partial.rules[id] = typeof value === 'string' ? { severity: value } : { severity: value[0], options: value[1] };
  }
  partial.allowNames = content.allowNames ?? [];
  partial.glossary = content.glossary ?? {};
  partial.language = content.language ?? {};
  partial.themes = (content.themes ?? []) as Theme[];
  partial.coveredAt = content.coverage?.coveredAt;
  if (content.include) partial.include = content.include.map((glob) => absoluteGlob(base, glob));
  if (content.ignore) partial.ignore = content.ignore.map((glob) => absoluteGlob(base, glob));
  return partial;
}

function resolveTemplate(path: string, text: string, tree: Node | undefined, template: NonNullable<ConfigFileContent['template']>): string | Template {
  if (typeof template === 'string') {
    if (!PRESET_TEMPLATES[template]) throw locate(path, text, tree, ['template'], `unknown template "${template}"; use ${Object.keys(PRESET_TEMPLATES).join(' or ')}, or define one inline`);
    return template;
  }
  let sections = template.sections ?? [];
  let base: Template | undefined;
  if (template.extends !== undefined) {
    base = PRESET_TEMPLATES[template.extends];
    if (!base) throw locate(path, text, tree, ['template', 'extends'], `unknown template "${template.extends}"; use ${Object.keys(PRESET_TEMPLATES).join(' or ')}`);
    const overrides = new Map(sections.map((section, index) => [section.id, writtenFields(tree, ['template', 'sections', index], section)]));
    // An override replaces only the fields it writes: making "family-involvement" optional must not
    // drop the preset's synonyms, cues and role (without its role, child-voice stops checking).
    const merged = base.sections.map((section) => {
      const override = overrides.get(section.id);
      return override ? { ...section, ...override } : section;
    });
    for (const section of sections) if (!base.sections.some((existing) => existing.id === section.id)) merged.push(section);
    sections = merged;
  }
  const candidate = {
    id: template.id ?? (base ? `${base.id}-custom` : 'custom'),
    label: template.label ?? base?.label ?? 'Custom template',
    description: template.description ?? base?.description ?? '',
    sections,
    expectedThemes: template.expectedThemes ?? base?.expectedThemes ?? [],
  };
  const parsed = templateSchema.safeParse(candidate);
  if (!parsed.success) throw issueToError(path, text, tree, parsed.error, ['template']);
  return parsed.data;
}

/** The fields of a parsed object that the config file actually wrote (zod has filled in defaults). */
function writtenFields<T extends object>(tree: Node | undefined, path: (string | number)[], parsed: T): Partial<T> {
  const node = tree ? findNodeAtLocation(tree, path) : undefined;
  if (node?.type !== 'object') return parsed;
  const keys = new Set((node.children ?? []).map((property) => property.children?.[0]?.value as string));
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => keys.has(key))) as Partial<T>;
}

/** Like ESLint: a config that changes only a rule's severity keeps the options its base set. */
function mergeRules(base: Record<string, RuleSetting>, override: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(override)) {
    const inherited = base[id]?.options;
    merged[id] = setting.options === undefined && inherited !== undefined ? { ...setting, options: inherited } : setting;
  }
  return merged;
}

function mergeSettings(base: PartialSettings, override: PartialSettings): PartialSettings {
  const themes = new Map(base.themes.map((theme) => [theme.id, theme]));
  for (const theme of override.themes) themes.set(theme.id, theme);
  return {
    template: override.template ?? base.template,
    rules: mergeRules(base.rules, override.rules),
    allowNames: [...base.allowNames, ...override.allowNames],
    glossary: { ...base.glossary, ...override.glossary },
    language: { ...base.language, ...override.language },
    themes: [...themes.values()],
    coveredAt: override.coveredAt ?? base.coveredAt,
    include: override.include ?? base.include,
    ignore: [...(base.ignore ?? []), ...(override.ignore ?? [])],
  };
}

function absoluteGlob(base: string, glob: string): string {
  const negated = glob.startsWith('!');
  const body = negated ? glob.slice(1) : glob;
  const absolute = body.startsWith('/') ? body : `${base.replace(/\/+$/, '')}/${body.replace(/^\.\//, '')}`;
  return negated ? `!${absolute}` : absolute;
}

/** Repository documents that share a folder with drafts but are never review drafts. */
export const NOT_DRAFTS = /(?:^|\/)(?:README|CHANGELOG|CHANGES|CONTRIBUTING|CODE_OF_CONDUCT|LICENSE|LICENCE|SECURITY|SUPPORT|HISTORY)(?:\.[^/]*)?$/i;

/**
 * Whether the config's include/ignore select this draft. Without `include`, every Markdown file
 * except repository documents such as README.md and CHANGELOG.md: a config committed next to the
 * drafts must not start linting the repository's README.
 */
export function configAppliesTo(config: LoadedConfig, draftPath: string): boolean {
  const file = toPosix(draftPath);
  const { include, ignore } = matchersFor(config);
  if (ignore(file)) return false;
  if (config.include.length === 0) return /\.(?:md|markdown)$/i.test(file) && !NOT_DRAFTS.test(file);
  return include(file);
}

// Compiling the globs costs more than matching them; the CLI asks once per file of a whole repository.
const compiledGlobs = new WeakMap<LoadedConfig, { include: (file: string) => boolean; ignore: (file: string) => boolean }>();

function matchersFor(config: LoadedConfig): { include: (file: string) => boolean; ignore: (file: string) => boolean } {
  let matchers = compiledGlobs.get(config);
  if (!matchers) {
    matchers = {
      include: config.include.length > 0 ? picomatch(config.include, { dot: true }) : () => false,
      ignore: config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : () => false,
    };
    compiledGlobs.set(config, matchers);
  }
  return matchers;
}

// ---------------------------------------------------------------- error reporting

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

function locate(file: string, text: string, tree: Node | undefined, path: (string | number)[], detail: string, atKey = false): ConfigError {
  let node = tree ? findNodeAtLocation(tree, path) : undefined;
  // When the value cannot be found, point at the nearest enclosing value that can.
  for (let depth = path.length; !node && depth > 0 && tree; depth--) node = findNodeAtLocation(tree, path.slice(0, depth - 1));
  // An unknown key is the mistake itself: underline the key, not its (possibly valid) value.
  const target = atKey && node?.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
  if (!target) return new ConfigError(file, formatJsonPath(path), detail);
  const { line, column } = lineColumn(text, target.offset);
  return new ConfigError(file, formatJsonPath(path), detail, line, column, target.offset, target.length);
}

const RULE_IDS = RULES.map((rule) => rule.meta.id);

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(3, Math.floor(word.length / 2)) ? best : undefined;
}

const TOP_LEVEL_KEYS = Object.keys(configSchema.shape);

function issueToError(file: string, text: string, tree: Node | undefined, error: z.core.$ZodError, prefix: (string | number)[] = []): ConfigError {
  const issue = error.issues[0];
  const path = [...prefix, ...(issue.path as (string | number)[])];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const inRules = path.length === 1 && path[0] === 'rules';
    const known = inRules ? RULE_IDS : path.length === 0 ? TOP_LEVEL_KEYS : [];
    const suggestion = closest(key, known);
    const what = inRules ? `unknown rule "${key}"` : `unknown key "${key}"`;
    return locate(file, text, tree, [...path, key], `${what}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}${inRules ? `; rules are ${RULE_IDS.join(', ')}` : ''}`, true);
  }
  let detail = issue.message;
  if (issue.code === 'invalid_union' && path[0] === 'rules' && path.length === 2) {
    detail = 'expected one of off|info|warning|error, or [severity, { options }]';
    const nested = (issue as { errors?: z.core.$ZodIssue[][] }).errors?.flat().find((inner) => inner.path.length > 1);
    if (nested) return issueToError(file, text, tree, { issues: [{ ...nested, path: [...(issue.path as (string | number)[]), ...nested.path] }] } as unknown as z.core.$ZodError, prefix);
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    detail = `expected one of ${(issue.values as unknown[]).join('|')}`;
  }
  return locate(file, text, tree, path, detail);
}
