import * as z from 'zod/mini';

export const themeSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'theme ids are lower-case words joined by hyphens')),
  label: z.string().check(z.minLength(1)),
  phrases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  group: z.optional(z.string()),
  source: z.optional(z.string()),
  description: z.optional(z.string()),
});

/**
 * The built-in taxonomy adds `supportingPhrases`: phrases of the theme that are too common or
 * ambiguous to show it on their own ("anxiety" may be a parent's, "audit" ends most
 * recommendations), so they count only once one of the theme's other phrases is found. Config
 * themes keep the contract's `{ id, label, phrases }`; all their phrases count on their own.
 */
export const builtInThemeSchema = z.extend(themeSchema, { supportingPhrases: z.optional(z.array(z.string().check(z.minLength(1)))) }).check(
  z.refine((theme) => (theme.supportingPhrases ?? []).every((phrase) => theme.phrases.includes(phrase)), {
    message: 'every supporting phrase must also be listed in phrases',
    path: ['supportingPhrases'],
  }),
  z.refine((theme) => theme.phrases.some((phrase) => !(theme.supportingPhrases ?? []).includes(phrase)), {
    message: 'a theme needs at least one phrase that is not a supporting phrase',
    path: ['supportingPhrases'],
  }),
);

export type Theme = z.output<typeof builtInThemeSchema>;

export type CoverageStatus = 'covered' | 'mentioned' | 'absent';

export interface ThemeHit {
  line: number;
  column: number;
  /** Document offsets of the matched text. */
  start: number;
  end: number;
  /** The indicative phrase as written in the taxonomy. */
  phrase: string;
  /** Heading text of the nearest heading above the hit ("" before the first heading). */
  section: string;
  /** Template section id the hit falls in, if any. */
  sectionId?: string;
}

export interface ThemeCoverage {
  id: string;
  label: string;
  status: CoverageStatus;
  /** Distinct indicative phrases found (hits in the glossary, references and front matter excluded). */
  distinctPhrases: number;
  /** Those phrases, as written in the taxonomy, in order of first appearance. */
  phrases: string[];
  /** Weighted score: hits under analysis sections weigh more. */
  score: number;
  expected: boolean;
  hits: ThemeHit[];
}
