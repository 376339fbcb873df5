import * as z from 'zod/mini';
import { combinationSchema, conceptSchema } from './model';
import type { MatchedConcept } from './matcher';

/**
 * A theme: the contract's `{ id, label, phrases }` (each phrase counts on its own: a model of one
 * concept), and/or `concepts` and `evidence` (combinations of concepts, see model.ts). With
 * `extend: true` a config theme adds its phrases, concepts and evidence to the built-in theme of
 * the same id instead of replacing it.
 */
export const themeSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'theme ids are lower-case words joined by hyphens')),
    label: z.optional(z.string().check(z.minLength(1))),
    phrases: z.optional(z.array(z.string().check(z.minLength(1)))),
    concepts: z.optional(z.array(conceptSchema)),
    evidence: z.optional(z.array(combinationSchema)),
    extend: z.optional(z.boolean()),
    group: z.optional(z.string()),
    source: z.optional(z.string()),
    description: z.optional(z.string()),
  })
  .check(
    z.refine((theme) => theme.extend === true || theme.label !== undefined, { message: 'a theme needs a label (unless it extends a built-in theme)', path: ['label'] }),
    z.refine((theme) => theme.extend === true || (theme.phrases?.length ?? 0) > 0 || (theme.evidence?.length ?? 0) > 0, {
      message: 'a theme needs phrases or evidence (combinations of concepts)',
      path: ['phrases'],
    }),
  );

export type Theme = z.output<typeof themeSchema>;

export type CoverageStatus = 'covered' | 'mentioned' | 'absent';

export interface ThemeHit {
  line: number;
  column: number;
  /** Document offsets of the matched text. */
  start: number;
  end: number;
  /** The words that carry the evidence, as written in the draft ("mother's partner + never spoken to"). */
  phrase: string;
  /** The sentence (or sentences) the evidence is in. */
  passage: string;
  /** The concepts that made it count, each with the words that stood for it. */
  concepts: MatchedConcept[];
  /** Heading text of the nearest heading above the hit ("" before the first heading). */
  section: string;
  /** Template section id the hit falls in, if any. */
  sectionId?: string;
}

export interface ThemeCoverage {
  id: string;
  label: string;
  status: CoverageStatus;
  /** Distinct pieces of evidence found (the same words repeated count once; hits in headings, prompts, the glossary, references and front matter excluded). */
  distinctPhrases: number;
  /** The words of each distinct piece of evidence, in order of first appearance. */
  phrases: string[];
  /**
   * What would cover the theme, for a theme not yet covered: the nearest miss in the draft ("line 40:
   * a father or male carer, but not: not assessed, seen or spoken to") or, with none, what the theme's
   * combinations ask for. Empty for a covered theme.
   */
  missing: string[];
  /** Weighted score: hits under analysis sections weigh more. */
  score: number;
  expected: boolean;
  hits: ThemeHit[];
}
