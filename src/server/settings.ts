// The `csprLint` settings the server honours: the extension's own settings plus a switch for each
// editor feature. Clients send them in initializationOptions, with didChangeConfiguration (section
// `csprLint`), or answer workspace/configuration; anything missing or malformed keeps its default.

export type RunMode = 'onType' | 'onSave' | 'manual';

export interface ServerSettings {
  enable: boolean;
  run: RunMode;
  debounceMs: number;
  lintAllMarkdown: boolean;
  maxFileSizeKB: number;
  /** Template when neither config nor front matter names one. */
  template?: string;
  codeActions: boolean;
  hover: boolean;
  codeLens: boolean;
  documentSymbols: boolean;
  completion: boolean;
  rename: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 300,
  lintAllMarkdown: false,
  maxFileSizeKB: 2048,
  codeActions: true,
  hover: true,
  codeLens: true,
  documentSymbols: true,
  completion: true,
  rename: true,
};

const BOOLEAN_KEYS = ['enable', 'lintAllMarkdown', 'codeActions', 'hover', 'codeLens', 'documentSymbols', 'completion', 'rename'] as const;

/**
 * Accepts `{ csprLint: {...} }`, `{ settings: { csprLint: {...} } }`, the section itself, or
 * dotted keys (`"csprLint.hover": false`), as different editors send them.
 */
export function readSettings(input: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const section = findSection(input);
  if (!section) return base;
  const next: ServerSettings = { ...base };
  for (const key of BOOLEAN_KEYS) if (typeof section[key] === 'boolean') next[key] = section[key] as boolean;
  if (section.run === 'onType' || section.run === 'onSave' || section.run === 'manual') next.run = section.run;
  if (typeof section.debounceMs === 'number' && Number.isFinite(section.debounceMs)) next.debounceMs = Math.max(0, section.debounceMs);
  if (typeof section.maxFileSizeKB === 'number' && Number.isFinite(section.maxFileSizeKB)) next.maxFileSizeKB = Math.max(1, section.maxFileSizeKB);
  if (typeof section.template === 'string' && section.template !== '') next.template = section.template;
  return next;
}

function findSection(input: unknown): Record<string, unknown> | undefined {
  if (!isObject(input)) return undefined;
  if (isObject(input.settings)) return findSection(input.settings);
  if (isObject(input.csprLint)) return input.csprLint;
  const dotted = Object.entries(input).filter(([key]) => key.startsWith('csprLint.'));
  if (dotted.length > 0) return Object.fromEntries(dotted.map(([key, value]) => [key.slice('csprLint.'.length), value]));
  return input;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
