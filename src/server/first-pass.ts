// A long draft just opened is published twice: first the findings that keep it from being complete
// or safe to publish, then every rule's. The whole lint follows straight after on the chunks the
// first pass parsed, so the author sees the missing sections and the real names about half way
// into a cold lint of the draft (as a compiler shows syntax errors before type errors); the two
// passes together cost what one did (200,000 words, cold, in process: 0.87 + 0.97 s against 1.84 s).
import type { RuleCategory } from '../engine/index';

/** The rules a long draft's first pass runs: what keeps it from being complete or safe to publish. */
export const FIRST_PASS_CATEGORIES: readonly RuleCategory[] = ['structure', 'publication'];

/**
 * Drafts at least this long (about 17,000 words) get a first pass when opened. Below it a whole
 * lint takes under about 150 ms, and two publications would only make the Problems view flicker.
 */
export const FIRST_PASS_MIN_LENGTH = 100_000;
