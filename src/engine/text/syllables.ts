// Words and syllables as a reader meets them, for reading-ease figures. Unlike `tokenize` (which
// drops articles so theme phrases match), every written word counts here: "a" and "the" are words
// a family member reads. Syllables come from the `syllable` package (words-collective heuristics
// plus exceptions; British spellings such as "colour", "centre", "programme", "organisation" and
// "paediatrician" count as they are said).
import { syllable } from 'syllable';
import { BoundedMap } from './text-memo';

// A word: letters or digits, joined by inner apostrophes or hyphens ("didn't", "multi-agency", "7.1" is two).
const READING_WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;
const DIGITS = /^\p{N}+$/u;

/** Words of a stretch of text as a reader reads them, articles included. */
export function readingWords(text: string): string[] {
  return text.match(READING_WORD) ?? [];
}

/**
 * Syllables in a word. A number is read aloud ("2022" is "twenty twenty-two"), which the package
 * counts as none: one syllable a digit, at most four, is near enough for a reading-ease figure.
 */
export function syllableCount(word: string): number {
  let count = SYLLABLES.get(word);
  if (count === undefined) {
    count = DIGITS.test(word) ? Math.min(4, word.length) : Math.max(1, syllable(word));
    // Drafts repeat their words: remembering counts keeps a 200,000-word draft's figures cheap.
    SYLLABLES.set(word, count);
  }
  return count;
}

const SYLLABLES = new BoundedMap<string, number>(50_000);
