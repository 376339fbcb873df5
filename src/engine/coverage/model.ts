// The concept model behind theme coverage and the rules that judge what a draft is about: concepts
// are sets of words and multi-word expressions (read through the shared tokenizer, so inflections,
// contractions and mentions of the child match as in phrases), and evidence rules say which
// concepts must meet in one sentence (or a short window of sentences) for a passage to count.
// All of it is data, validated here, so a team's config can add concepts and combinations.
import * as z from 'zod/mini';

const CONCEPT_ID = /^[A-Z][A-Z0-9_]*$/;
const conceptId = z.string().check(z.regex(CONCEPT_ID, 'concept ids are upper-case words joined by underscores (MALE_CARER)'));
const term = z.string().check(z.minLength(1));

export const conceptSchema = z.strictObject({
  id: conceptId,
  /** What the concept stands for, in the words the panel shows ("a father or male carer"). */
  label: z.optional(z.string().check(z.minLength(1))),
  terms: z.array(term),
  /**
   * Expressions in which a term means something else ("Father Christmas", "supervised contact",
   * "exploitation of tenants"): a term inside one does not count for this concept.
   */
  except: z.optional(z.array(term)),
  /**
   * `affirmed`: the thing must be said to exist ("there was no evidence of drug use" is not
   * evidence of it). `negated`: the act must be said not to have happened ("the father was never
   * spoken to", "if the father had been assessed"). `any` (default): counts either way.
   */
  polarity: z.optional(z.enum(['affirmed', 'negated', 'any'])),
  /** Concepts naming who a sentence is about (family, child, professionals): see `notAfter`. */
  actor: z.optional(z.boolean()),
  /**
   * The concept names agencies and practitioners: in a list of them with no one from the family in
   * its sentence ("children's social care, the police, the school nurse and child and adolescent
   * mental health services attended"), the listed names are who took part, and their words count
   * for no other concept.
   */
  agency: z.optional(z.boolean()),
  /**
   * The term does not count when it belongs to one of these, by a possessive pronoun before it
   * whose owner is the sentence's subject ("Child T told his youth worker that his drinking …"):
   * a parent's drinking is not a child's.
   */
  notOf: z.optional(z.array(conceptId)),
  /**
   * The term does not count when the nearest actor before it in its sentence belongs to one of
   * these concepts: "the GP practice did not attend" is an agency, not a family, not attending.
   */
  notAfter: z.optional(z.array(conceptId)),
});

/** One group of a combination: a concept, any of several, or several distinct words of them. */
export const groupSchema = z.union([
  conceptId,
  z.array(conceptId).check(z.minLength(1)),
  z.strictObject({ any: z.array(conceptId).check(z.minLength(1)), min: z.optional(z.int().check(z.minimum(1), z.maximum(5))) }),
]);

export const combinationSchema = z.strictObject({
  /** Every group must be found. */
  all: z.array(groupSchema).check(z.minLength(1)),
  /** None of these may be in the passage (a sexual abuse passage about men in the park is extra-familial). */
  none: z.optional(z.array(conceptId)),
  /** Sentences the groups may be spread over: 1 = one sentence (default), 2 = a sentence and the next. */
  within: z.optional(z.int().check(z.minimum(1), z.maximum(3))),
});

export const themeModelSchema = z.strictObject({
  /** Theme id (or, for a rule's model, the rule id). */
  id: z.string().check(z.minLength(1)),
  /** Concepts only this model uses, added to the shared ones. */
  concepts: z.optional(z.array(conceptSchema)),
  evidence: z.array(combinationSchema).check(z.minLength(1)),
});

export const conceptModelSchema = z.strictObject({
  /** Expressions that hide every term inside them ("brought together", "capacity to protect"). */
  idioms: z.array(term),
  concepts: z.array(conceptSchema),
  themes: z.array(themeModelSchema),
  /** Models the rules use (e.g. identity-considered), judged by the same matcher. */
  checks: z.array(themeModelSchema),
});

export type Concept = z.output<typeof conceptSchema>;
export type Group = z.output<typeof groupSchema>;
export type Combination = z.output<typeof combinationSchema>;
export type ThemeModel = z.output<typeof themeModelSchema>;
export type ConceptModel = z.output<typeof conceptModelSchema>;

/** A group as the matcher reads it. */
export function groupParts(group: Group): { any: string[]; min: number } {
  if (typeof group === 'string') return { any: [group], min: 1 };
  if (Array.isArray(group)) return { any: group, min: 1 };
  return { any: group.any, min: group.min ?? 1 };
}

/** Concept ids a set of models refers to that no concept defines, for load-time errors. */
export function unknownConcepts(concepts: readonly Concept[], models: readonly ThemeModel[]): string[] {
  const known = new Set(concepts.map((concept) => concept.id));
  for (const model of models) for (const concept of model.concepts ?? []) known.add(concept.id);
  const missing = new Set<string>();
  const check = (id: string) => {
    if (!known.has(id)) missing.add(id);
  };
  for (const concept of concepts) for (const id of [...(concept.notAfter ?? []), ...(concept.notOf ?? [])]) check(id);
  for (const model of models) {
    for (const combination of model.evidence) {
      for (const group of combination.all) for (const id of groupParts(group).any) check(id);
      for (const id of combination.none ?? []) check(id);
    }
  }
  return [...missing];
}
