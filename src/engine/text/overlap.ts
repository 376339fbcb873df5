// How much two sets of content words share. Its own module (no imports): the portfolio groups
// recurring recommendations with it in the VS Code client too, which must not carry the engine.

/** Shared words over all words of the two (Jaccard), from 0 (nothing shared) to 1 (the same words). */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
