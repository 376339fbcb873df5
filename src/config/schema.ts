// The `.cspr-lint.json` schema. Rule entries and their options are built from the rule modules, so
// a new rule or option is validated (and appears in the generated JSON Schema) without edits here.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { RULES, themeSchema, templateSectionSchema } from '../engine/index';

// zod/mini (a third of zod's size) loads no messages: config errors quote zod's English ones.
z.config(en());

export const severitySchema = z.enum(['off', 'info', 'warning', 'error']).check(z.describe('off, info, warning or error'));

function ruleSettingSchema(rule: (typeof RULES)[number]) {
  const options = (rule.options ?? z.strictObject({})) as z.ZodMiniType;
  return z.union([severitySchema, z.tuple([severitySchema, options])]).check(z.describe(`${rule.meta.description} Default: ${rule.meta.defaultSeverity}.`));
}

export const rulesSchema = z
  .strictObject(Object.fromEntries(RULES.map((rule) => [rule.meta.id, z.optional(ruleSettingSchema(rule))])))
  .check(z.describe('Severity of each rule ("off", "info", "warning", "error"), or [severity, options].'));

export const inlineTemplateSchema = z.strictObject({
  extends: z
    .optional(z.string())
    .check(z.describe('A built-in template to start from (lcspr or rapid-review); a section with the same id as one of its sections changes only the fields written (title is always needed); sections with new ids are added at the end.')),
  id: z.optional(z.string().check(z.minLength(1))),
  label: z.optional(z.string().check(z.minLength(1))),
  description: z.optional(z.string()),
  sections: z.optional(z.array(templateSectionSchema)),
  expectedThemes: z.optional(z.array(z.string())),
});

/** An optional field with its description (shown by editors from the generated JSON Schema). */
function described<T extends z.ZodMiniType>(schema: T, description: string) {
  return z.optional(schema).check(z.describe(description));
}

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  extends: described(
    z.union([z.string(), z.array(z.string())]),
    'A preset ("cspr-lint:lcspr", "cspr-lint:rapid-review") or a relative path to another config inside the workspace (a shared team config), or a list of them; later entries and this file override earlier ones.',
  ),
  template: described(z.union([z.string(), inlineTemplateSchema]), 'The review template: "lcspr", "rapid-review", or an inline template (optionally extending one).'),
  rules: z.optional(rulesSchema),
  include: described(z.array(z.string()), 'Globs, relative to this file, of the drafts this config applies to.'),
  ignore: described(z.array(z.string()), 'Globs, relative to this file, of files never linted.'),
  allowNames: described(z.array(z.string()), 'Names or pseudonyms never reported as identifying (e.g. a pseudonym chosen with the family).'),
  glossary: described(z.record(z.string(), z.string()), 'Acronym → expansion, counted as defined in every draft.'),
  language: described(
    z.record(z.string().check(z.minLength(1)), z.nullable(z.string().check(z.minLength(1)))),
    'Terms for the language-matters rule: "term": "preferred wording" adds a term or rewords a built-in one; "term": null allows a built-in term.',
  ),
  themes: described(
    z.array(themeSchema),
    'Themes added to the built-in taxonomy, replacing a built-in theme with the same id, or (extend: true) adding to it. { id, label, phrases } counts each phrase on its own; concepts (sets of words and expressions) and evidence (combinations of concepts within a sentence) describe a theme by meaning, and may use the built-in concepts (MALE_CARER, NOT_ASSESSED, CHILD, PARENT, PROFESSIONAL, …).',
  ),
  coverage: z.optional(z.strictObject({ coveredAt: described(z.int().check(z.minimum(1)), 'Distinct pieces of evidence needed for a theme to count as covered (default 2).') })),
});

export type ConfigFileContent = z.output<typeof configSchema>;

export function emitJsonSchema(): object {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'cspr-lint configuration (.cspr-lint.json)' };
}
