import * as z from 'zod';

export const themeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'theme ids are lower-case words joined by hyphens'),
    label: z.string().min(1),
    phrases: z.array(z.string().min(1)).min(1),
    group: z.string().optional(),
    source: z.string().optional(),
    description: z.string().optional(),
  })
  .strict();

export type Theme = z.output<typeof themeSchema>;

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
  /** Weighted score: hits under analysis sections weigh more. */
  score: number;
  expected: boolean;
  hits: ThemeHit[];
}
