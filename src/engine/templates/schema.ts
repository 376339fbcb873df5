import * as z from 'zod/mini';

export const templateSectionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'section ids are lower-case words joined by hyphens')),
  title: z.string().check(z.minLength(1), z.describe('Canonical heading used in skeletons and messages.')),
  required: z._default(z.boolean(), false).check(z.describe('true: missing is an error; false: recommended (checked for emptiness when present).')),
  synonyms: z._default(z.array(z.string()), []).check(z.describe('Other headings that name this section exactly (after normalisation).')),
  cues: z
    ._default(z.array(z.array(z.string()).check(z.minLength(1))), [])
    .check(z.describe('Keyword cues: a heading matches when it contains every word of any one group (words are compared by stem).')),
  concepts: z
    ._default(z.record(z.string(), z.number().check(z.minimum(0), z.maximum(2))), {})
    .check(
      z.describe(
        'Words that carry the section\'s meaning, with weights (compared by stem): a heading names the section when the weights of its words add up to 1 and one word weighs at least 0.5, so "What should change?" is the recommendations and "review" alone is nothing.',
      ),
    ),
  minWords: z._default(z.int().check(z.minimum(0)), 10).check(z.describe('Fewer words than this counts as empty.')),
  guidance: z._default(z.string(), '').check(z.describe('What the section should contain, in one sentence, for messages and snippets.')),
  skeleton: z._default(z.string(), '').check(z.describe('Body inserted under the heading by the quick fix and snippets.')),
  role: z
    .optional(z.enum(['voice-of-child', 'good-practice', 'recommendations', 'actions', 'glossary', 'references', 'analysis']))
    .check(z.describe('Marks the section that content rules read (child-voice, good-practice, recommendation-format, acronym glossary, coverage weighting).')),
});

export const templateSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    description: z._default(z.string(), ''),
    sections: z.array(templateSectionSchema).check(z.minLength(1)),
    expectedThemes: z._default(z.array(z.string()), []),
  })
  .check(
    z.superRefine((template, ctx) => {
      const seen = new Set<string>();
      template.sections.forEach((section, index) => {
        if (seen.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `duplicate section id "${section.id}"` });
        seen.add(section.id);
      });
    }),
  );

export type TemplateSection = z.output<typeof templateSectionSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
