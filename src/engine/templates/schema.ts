import * as z from 'zod';

export const templateSectionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'section ids are lower-case words joined by hyphens'),
    title: z.string().min(1).describe('Canonical heading used in skeletons and messages.'),
    required: z.boolean().default(false).describe('true: missing is an error; false: recommended (checked for emptiness when present).'),
    synonyms: z.array(z.string()).default([]).describe('Other headings that name this section exactly (after normalisation).'),
    cues: z
      .array(z.array(z.string()).min(1))
      .default([])
      .describe('Keyword cues: a heading matches when it contains every word of any one group (words are compared by stem).'),
    minWords: z.number().int().min(0).default(10).describe('Fewer words than this counts as empty.'),
    guidance: z.string().default('').describe('What the section should contain, in one sentence, for messages and snippets.'),
    skeleton: z.string().default('').describe('Body inserted under the heading by the quick fix and snippets.'),
    role: z
      .enum(['voice-of-child', 'good-practice', 'recommendations', 'actions', 'glossary', 'references', 'analysis'])
      .optional()
      .describe('Marks the section that content rules read (child-voice, good-practice, recommendation-format, acronym glossary, coverage weighting).'),
  })
  .strict();

export const templateSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    description: z.string().default(''),
    sections: z.array(templateSectionSchema).min(1),
    expectedThemes: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (seen.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `duplicate section id "${section.id}"` });
      seen.add(section.id);
    });
  });

export type TemplateSection = z.output<typeof templateSectionSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
