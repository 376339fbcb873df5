import * as z from 'zod/mini';
import { ConceptMatcher } from '../coverage/matcher';
import { conceptModelSchema, groupParts, unknownConcepts, type Concept, type ThemeModel } from '../coverage/model';
import { themeSchema, type Theme } from '../coverage/types';
import rawModels from './theme-models.json';
import rawThemes from './themes.json';

/** The concept model (theme-models.json): shared concepts, one model per theme, and the rules' models. Validated once at load. */
export const CONCEPT_MODEL = conceptModelSchema.parse(rawModels);
export const BUILT_IN_CONCEPTS: readonly Concept[] = CONCEPT_MODEL.concepts;
export const IDIOMS: readonly string[] = CONCEPT_MODEL.idioms;

const missingConcepts = unknownConcepts(BUILT_IN_CONCEPTS, [...CONCEPT_MODEL.themes, ...CONCEPT_MODEL.checks]);
if (missingConcepts.length > 0) throw new Error(`theme-models.json refers to undefined concepts: ${missingConcepts.join(', ')}`);

/**
 * The national practice themes (domain/themes.json), each with its model from theme-models.json.
 * The taxonomy's phrases stay for reference; what counts is the model's evidence.
 */
export const BUILT_IN_THEMES: readonly ResolvedTheme[] = z
  .array(themeSchema)
  .parse(rawThemes)
  .map((theme) => {
    const model = CONCEPT_MODEL.themes.find((candidate) => candidate.id === theme.id);
    if (!model) throw new Error(`theme-models.json has no model for theme "${theme.id}"`);
    return { ...theme, label: theme.label ?? theme.id, concepts: model.concepts ?? [], evidence: model.evidence, builtIn: true };
  });

/** A theme ready to match: a label, and evidence (a config theme's phrases turned into a concept of their own). */
export type ResolvedTheme = Theme & { label: string; evidence: NonNullable<Theme['evidence']>; concepts: Concept[]; builtIn?: boolean };

/** A config theme's `phrases` as a concept of its own, each phrase counting alone (the contract's `{ id, label, phrases }`). */
function withPhrases(theme: Theme, base?: ResolvedTheme): ResolvedTheme {
  const concepts = [...(base?.concepts ?? []), ...(theme.concepts ?? [])];
  const evidence = [...(base?.evidence ?? []), ...(theme.evidence ?? [])];
  if (theme.phrases && theme.phrases.length > 0) {
    const id = `PHRASES_${theme.id.toUpperCase().replace(/-/g, '_')}`;
    concepts.push({ id, label: 'a phrase listed for this theme', terms: theme.phrases });
    evidence.push({ all: [id] });
  }
  return { ...(base ?? {}), ...theme, label: theme.label ?? base?.label ?? theme.id, phrases: theme.phrases ?? base?.phrases, concepts, evidence, builtIn: false };
}

/** Built-in themes with config themes added, replacing a built-in theme with the same id, or extending it (`extend: true`). */
export function mergeThemes(extra: readonly Theme[] = []): ResolvedTheme[] {
  const byId = new Map<string, ResolvedTheme>(BUILT_IN_THEMES.map((theme) => [theme.id, theme]));
  for (const theme of extra) byId.set(theme.id, withPhrases(theme, theme.extend ? byId.get(theme.id) : undefined));
  return [...byId.values()];
}

/** The models of resolved themes, in order, for the matcher. */
export function themeModels(themes: readonly ResolvedTheme[]): ThemeModel[] {
  return themes.map((theme) => ({ id: theme.id, concepts: theme.concepts, evidence: theme.evidence }));
}

const checkMatchers = new Map<string, ConceptMatcher>();

/**
 * The matcher for one of the rules' models (theme-models.json `checks`), built once, with only the
 * concepts that model uses: rules judge what a draft is about by the same concepts as coverage.
 */
export function checkMatcher(id: string): ConceptMatcher {
  let matcher = checkMatchers.get(id);
  if (!matcher) {
    const model = CONCEPT_MODEL.checks.find((candidate) => candidate.id === id);
    if (!model) throw new Error(`theme-models.json has no check "${id}"`);
    matcher = new ConceptMatcher(conceptsUsedBy(model), [model], IDIOMS);
    checkMatchers.set(id, matcher);
  }
  return matcher;
}

function conceptsUsedBy(model: ThemeModel): Concept[] {
  const wanted = new Set<string>();
  for (const combination of model.evidence) {
    for (const group of combination.all) for (const id of groupParts(group).any) wanted.add(id);
    for (const id of combination.none ?? []) wanted.add(id);
  }
  // Actors named by `notAfter` must be found too, or the sense they decide is lost.
  // Every actor too: "nearest actor" must mean the same as in coverage.
  for (const concept of BUILT_IN_CONCEPTS) if (wanted.has(concept.id)) for (const id of [...(concept.notAfter ?? []), ...(concept.notOf ?? [])]) wanted.add(id);
  return BUILT_IN_CONCEPTS.filter((concept) => wanted.has(concept.id) || concept.actor === true);
}
