// Small pieces of English grammar the rules that rewrite prose share, so a suggestion keeps the
// sentence grammatical the same way everywhere: which article a word takes, what counts as a
// determiner, a preposition or a form of "be", and the word just before a point in the text.

/** Words that already give a noun its determiner: no article is needed in front of what follows. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'your', 'my',
  'each', 'every', 'any', 'no', 'another', 'whose', 'which', 'what', 'some', 'either', 'neither',
]);

/** Quantities: a noun after them is counted, not introduced ("two RHI visits", "several MASH referrals"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'few', 'all',
  'both', 'more', 'most', 'other', 'further', 'multiple', 'various', 'numerous',
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'to', 'from', 'by', 'with', 'into', 'for', 'of', 'on', 'onto', 'via', 'through', 'between', 'among',
  'about', 'after', 'before', 'during', 'without', 'within', 'under', 'towards', 'toward', 'against', 'like',
]);

export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'become', 'became', 'becomes', 'remained', 'remains']);

/** Auxiliaries and modals: a verb form after them depends on them ("had failed", "should have"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'had', 'has', 'have', 'having', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'shall', 'ought', 'do', 'does', 'did', 'to', 'not', 'never',
  "hadn't", "hasn't", "haven't", "wasn't", "weren't", "didn't", "doesn't", "don't",
]);

/**
 * "a" or "an" for a word, by its first sound as written: "an Emergency Department", "a Youth
 * Justice Service", "a unit", "an hour", "a one-off", "an LCSPR" (a capital read as a letter).
 */
export function indefiniteArticle(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honour|heir)/.test(lower)) return 'an';
  // "uni-" as in "unit" and "union", not "uninvited"; "one" as a sound, not a letter.
  if (/^(?:uni(?!n)|use|usu|uti|ura|uro|eu|ewe|one(?![a-z])|once)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** The replacement with the first letter's case of the text it replaces ("Did not" for "Failed to"). */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement;
  return /^\p{Lu}/u.test(original) && !/^\p{Lu}{2}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

export interface WordBefore {
  word: string;
  start: number;
  end: number;
}

/**
 * The word just before `index` in the same clause (only spaces between), or undefined when a
 * punctuation mark or the start of the text comes first.
 */
export function wordBefore(text: string, index: number): WordBefore | undefined {
  let end = index;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\n')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1])) start--;
  if (start === end) return undefined;
  return { word: text.slice(start, end), start, end };
}

/** Whether `index` starts a sentence: only spaces, opening quotes or brackets since a full stop or the start. */
export function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"“‘(*_]/u.test(text[i])) i--;
  return i < 0 || /[.!?:]/.test(text[i]) || (text[i] === '-' && i === 0);
}
