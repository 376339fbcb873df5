// The engine's public surface, shared by the CLI, the desktop extension and the web extension.
export { Linter, findChildName } from './engine';
export type { EngineSettings, LintRequest, LintResult, RuleSetting, SectionStatus } from './engine';
export { RULES, RULE_IDS, findRule } from './rules/index';
export { docsUrl, DOCS_BASE_URL } from './rule';
export type { AnyRule, Rule } from './rule';
export { PRESET_TEMPLATES, DEFAULT_TEMPLATE_ID, presetTemplate } from './templates/presets';
export { templateSchema, templateSectionSchema } from './templates/schema';
export type { Template, TemplateSection, TemplateInput } from './templates/schema';
export { BUILT_IN_THEMES, mergeThemes } from './data/themes';
export { themeSchema } from './coverage/types';
export type { Theme, ThemeCoverage, ThemeHit, CoverageStatus } from './coverage/types';
export { applyFixes, applyFix, chosenEdit } from './fixes';
export type { FixOutcome, ApplyOptions } from './fixes';
export { skeletonText, skeletonEdit, insertionPoint } from './rules/required-section';
export type { DraftDocument, SectionMatch, DocHeading, DocBlock } from './document';
export * from './types';
export { editDistance } from './text/edit-distance';
