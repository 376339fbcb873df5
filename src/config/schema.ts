// The `.cspr-lint.json` schema. Rule entries and their options are built from the rule modules, so
// a new rule or option is validated (and appears in the generated JSON Schema) without edits here.
import * as z from 'zod';
import { RULES, themeSchema, templateSectionSchema } from '../engine/index';

export const severitySchema = z.enum(['off', 'info', 'warning', 'error']).describe('off, info, warning or error');

function ruleSettingSchema(rule: (typeof RULES)[number]) {
  const options = (rule.options ?? z.object({}).strict()) as z.ZodType;
  return z.union([severitySchema, z.tuple([severitySchema, options])]).describe(`${rule.meta.description} Default: ${rule.meta.defaultSeverity}.`);
}

export const rulesSchema = z
  .object(Object.fromEntries(RULES.map((rule) => [rule.meta.id, ruleSettingSchema(rule).optional()])))
  .strict()
  .describe('Severity of each rule ("off", "info", "warning", "error"), or [severity, options].');

export const inlineTemplateSchema = z
  .object({
    extends: z.string().optional().describe('A built-in template to start from (lcspr or rapid-review); a section with the same id as one of its sections changes only the fields written (title is always needed); sections with new ids are added at the end.'),
    id: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    description: z.string().optional(),
    sections: z.array(templateSectionSchema).optional(),
    expectedThemes: z.array(z.string()).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('A preset ("cspr-lint:lcspr", "cspr-lint:rapid-review") or a relative path to another config (a shared team config), or a list of them; later entries and this file override earlier ones.'),
    template: z
      .union([z.string(), inlineTemplateSchema])
      .optional()
      .describe('The review template: "lcspr", "rapid-review", or an inline template (optionally extending one).'),
    rules: rulesSchema.optional(),
    include: z.array(z.string()).optional().describe('Globs, relative to this file, of the drafts this config applies to.'),
    ignore: z.array(z.string()).optional().describe('Globs, relative to this file, of files never linted.'),
    allowNames: z.array(z.string()).optional().describe('Names or pseudonyms never reported as identifying (e.g. a pseudonym chosen with the family).'),
    glossary: z.record(z.string(), z.string()).optional().describe('Acronym → expansion, counted as defined in every draft.'),
    themes: z.array(themeSchema).optional().describe('Themes added to the built-in taxonomy, or replacing a built-in theme with the same id.'),
    coverage: z
      .object({ coveredAt: z.number().int().min(1).optional().describe('Distinct phrases needed for a theme to count as covered (default 2).') })
      .strict()
      .optional(),
  })
  .strict();

export type ConfigFileContent = z.output<typeof configSchema>;

export function emitJsonSchema(): object {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'cspr-lint configuration (.cspr-lint.json)' };
}
