// Normalised words for theme matching. Phrases and draft text go through the same tokeniser, so a
// phrase written "missed appointment" finds "missed appointments", "did not attend" finds "didn't
// attend", "post-natal" finds "postnatal" and "voice of the child" finds "the voice of Child R".

import { CHILD_PSEUDONYM_LABEL } from './pseudonyms';
import { BoundedMap } from './text-memo';

export interface Word {
  /** Normalised form compared with phrase words. */
  stem: string;
  /** Text offsets of the word as written (an apostrophe suffix included). */
  start: number;
  end: number;
  /** Written with a possessive ending: "Child R's", "parents'". */
  possessive: boolean;
  /** As written, without a possessive ending: "R" in "Child R's". */
  raw: string;
  /**
   * Only whitespace or a hyphen separates it from the word before, so a phrase may run on through
   * it. A full stop, comma, bracket or quotation mark ends a phrase: "…was not brought. Together…"
   */
  continues: boolean;
  /** Separated from the word before by exactly a hyphen or a space, so the two may be one compound ("post-natal", "post natal" = "postnatal"). */
  joinsPrevious: boolean;
}

// Letters and digits, with apostrophes inside a word ("didn't", "O'Brien", "Child R's") or a final
// one after an s ("parents'"). Straight and typographic apostrophes alike.
// (A final apostrophe after another letter is a closing quotation mark; tokenize() gives it back.)
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;

/** Gaps a phrase runs on through: spaces, line breaks, and hyphens of every kind. */
const CONTINUING_GAP = /^[\s\-‐‑]*$/u;
const JOINING_GAP = /^(?:[\-‐‑]|[ \t]|\r?\n)$/u;

/** Articles carry no meaning in a phrase: "did not meet threshold" = "did not meet the threshold". */
const ARTICLES = new Set(['the', 'an']);

/** Irregular forms a suffix rule cannot reach, mapped to the form their regular relatives stem to. */
const IRREGULAR: Record<string, string> = {
  children: 'child',
  men: 'man',
  women: 'woman',
  people: 'person',
  saw: 'see',
  seen: 'see',
  spoke: 'speak',
  spoken: 'speak',
  told: 'tell',
  went: 'go',
  gone: 'go',
  goes: 'go',
  met: 'meet',
  brought: 'bring',
  took: 'take',
  taken: 'take',
  knew: 'know',
  known: 'know',
  ate: 'eat',
  eaten: 'eat',
  slept: 'sleep',
  fed: 'feed',
  found: 'find',
  held: 'hold',
  left: 'leave',
  // Not an inflection of "centre": "child-centred" must not read as "children's centre".
  centred: 'centred',
  // Auxiliaries: "information was not shared" = "records were not shared"; "did not attend" = "does not attend".
  am: 'be',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  did: 'do',
  does: 'do',
  done: 'do',
  has: 'have',
  had: 'have',
  having: 'have',
};

/** The words (lower case) whose stem is `stem` by the table of irregular forms, not by a suffix rule: "seen", "saw" for "see". */
export function irregularForms(stem: string): readonly string[] {
  if (!IRREGULAR_FORMS) {
    IRREGULAR_FORMS = new Map();
    for (const [word, base] of Object.entries(IRREGULAR)) IRREGULAR_FORMS.set(base, [...(IRREGULAR_FORMS.get(base) ?? []), word]);
  }
  return IRREGULAR_FORMS.get(stem) ?? [];
}

let IRREGULAR_FORMS: Map<string, string[]> | undefined;

/** Contractions whose stem changes before "n't": "can't" → can not, "won't" → will not. */
const NEGATED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/**
 * Stems of words that tokenize() makes up rather than reads from the letters of the text: the "not"
 * of "didn't", the "will" of "won't", the "shall" of "shan't" ("can't" reads as written: can, not).
 */
export function contractedStems(): string[] {
  return ['not', ...Object.entries(NEGATED).filter(([written, stem]) => !stem.startsWith(`${written}n`)).map(([, stem]) => computeStem(stem))];
}

/**
 * Reduces a word to a shared form for plurals and simple inflections ("visits", "visited",
 * "visiting" → "visit"; "referred" → "refer"; "babies" → "baby"). Crude on purpose: both sides
 * of every comparison go through it, so it only has to be consistent, not linguistically right.
 */
export function phraseStem(word: string): string {
  // Drafts repeat their words: remembering stems makes tokenising several times faster.
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = computeStem(word);
    STEMS.set(word, stem);
  }
  return stem;
}

const STEMS = new BoundedMap<string, string>(50_000);

function computeStem(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  let suffixed = true;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  // "findings", "meetings", "feelings" → the stem of "finding", "meeting", "feeling".
  else if (w.length > 6 && w.endsWith('ings')) w = w.slice(0, -4);
  else if (w.length > 3 && /(?:sh|ch|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else suffixed = false;
  // "referred"/"referring" → "refer", "planned" → "plan"; "called" and "missed" keep their pair.
  if (suffixed && /([bgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Splits text into normalised words, dropping articles and expanding "n't". */
export function tokenize(text: string): Word[] {
  // The words are the matches of WORD, found by hand (no match arrays): letters and digits, runs of
  // them joined by apostrophes, and a final apostrophe.
  const words: Word[] = [];
  const length = text.length;
  let previousEnd = -1;
  // Whether a phrase may run on from the last kept word, and whether the last kept word and the next one are one compound.
  let continues = false;
  let joins = false;
  let i = 0;
  while (i < length) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < length && (width = wordCharAt(text, i)) > 0) i += width;
    let apostrophe = false;
    while (i + 1 < length) {
      const code = text.charCodeAt(i);
      if ((code !== 39 && code !== 0x2019) || (width = wordCharAt(text, i + 1)) === 0) break;
      apostrophe = true;
      i += 1 + width;
      while (i < length && (width = wordCharAt(text, i)) > 0) i += width;
    }
    let end = i;
    if (i < length) {
      const code = text.charCodeAt(i);
      if (code === 39 || code === 0x2019) {
        i++;
        // A final apostrophe after an s is a possessive ("parents'"); after another letter, a closing quotation mark.
        const before = text.charCodeAt(end - 1);
        if (before === 115 || before === 83) {
          end = i;
          apostrophe = true;
        }
      }
    }
    if (previousEnd >= 0) {
      if (start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32) {
        joins = continues;
      } else {
        const gap = text.slice(previousEnd, start);
        if (!CONTINUING_GAP.test(gap)) continues = false;
        joins = continues && JOINING_GAP.test(gap);
      }
    }
    previousEnd = end;
    if (!apostrophe) {
      // Most words: no possessive or contraction to read.
      if (end - start <= 3 && isArticle(text, start, end)) {
        joins = false;
        continue;
      }
      const raw = text.slice(start, end);
      // A small cache in front of phraseStem's: slots chosen by length and three letters, no string hashing.
      const slot = ((end - start) * 7919 + text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 131 + text.charCodeAt((start + end) >> 1)) & RECENT_MASK;
      let stem: string;
      if (RECENT_RAW[slot] === raw) stem = RECENT_STEM[slot];
      else {
        stem = phraseStem(raw);
        RECENT_RAW[slot] = raw;
        RECENT_STEM[slot] = stem;
      }
      words.push({ stem, start, end, possessive: false, raw, continues, joinsPrevious: joins });
      continues = true;
      continue;
    }
    let written = text.slice(start, end).replace(/’/g, "'");
    let possessive = false;
    if (/'s$/i.test(written)) {
      written = written.slice(0, -2);
      possessive = true;
    } else if (written.endsWith("'")) {
      written = written.slice(0, -1);
      possessive = true;
    }
    const negated = /^(.+)n't$/i.exec(written);
    if (negated) {
      const raw = NEGATED[negated[1].toLowerCase()] ?? negated[1];
      words.push({ stem: phraseStem(raw), start, end, possessive: false, raw, continues, joinsPrevious: joins });
      joins = false;
      words.push({ stem: phraseStem('not'), start, end, possessive: false, raw: 'not', continues: true, joinsPrevious: false });
      continues = true;
      continue;
    }
    // Lower-case "a" only: "Child A" is a pseudonym. A dropped article does not join its neighbours into a compound.
    if (ARTICLES.has(written.toLowerCase()) || written === 'a') {
      joins = false;
      continue;
    }
    // Other contractions ("they're", "we've") keep their first part; names like "O'Brien" lose the apostrophe.
    const contraction = /^(.+)'(?:re|ve|ll|d|m)$/i.exec(written);
    const raw = contraction ? contraction[1] : written.replace(/'/g, '');
    words.push({ stem: phraseStem(raw), start, end, possessive, raw, continues, joinsPrevious: joins });
    continues = true;
  }
  return words;
}

/** Words tokenize() stemmed lately, and their stems (see phraseStem), by a slot of their letters. */
const RECENT_MASK = 4095;
const RECENT_RAW: string[] = new Array<string>(RECENT_MASK + 1).fill('');
const RECENT_STEM: string[] = new Array<string>(RECENT_MASK + 1).fill('');

/** Letters and digits beyond ASCII, by code point: whether WORD's [\p{L}\p{N}] matches. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const WORD_CODE_POINTS = new Map<number, boolean>();

/** The width (1, or 2 for a surrogate pair) of the letter or digit at `i`, 0 if there is none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  let point = code;
  let width = 1;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      width = 2;
    }
  }
  let known = WORD_CODE_POINTS.get(point);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(point));
    WORD_CODE_POINTS.set(point, known);
  }
  return known ? width : 0;
}

/** Whether text[start, end) (at most three characters, no apostrophe) is an article tokenize() drops: "the" or "an" in any case, or "a". */
function isArticle(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (end - start === 1) return first === 97;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return ARTICLES.has(text.slice(start, end).toLowerCase());
  if (end - start === 2) return (first | 32) === 97 && (text.charCodeAt(start + 1) | 32) === 110;
  return (first | 32) === 116 && (text.charCodeAt(start + 1) | 32) === 104 && (text.charCodeAt(start + 2) | 32) === 101;
}

export const OBJECT_SLOT = '\u0000child';
export const POSSESSIVE_SLOT = '\u0000child-possessive';

const CHILD_NOUNS = new Set(['child', 'baby', 'infant', 'toddler', 'boy', 'girl', 'teenager', 'youngster']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
/** Stems of every word that can begin a mention of the child, to turn the rest away at once. */
const REFERENCE_STEMS = new Set([...CHILD_NOUNS, ...OBJECT_PRONOUNS, ...POSSESSIVE_PRONOUNS, 'young'].map((word) => computeStem(word)));
/** The pseudonym after "Child" or "Baby" (text/pseudonyms): "Child A", "Child AB", "Child C2". */
const PSEUDONYM_LETTERS = CHILD_PSEUDONYM_LABEL;

/**
 * The word keys a phrase is matched by. Some phrase words stand for "the child", however a draft
 * names them: "voice of the child" also finds "voice of Child R", "the voice of the young person",
 * "her voice". A hyphenated phrase word also matches written as one word, so there may be more
 * than one key list: "post-natal depression" → [post, natal, depression] and [postnatal, depression].
 */
export function phraseKeys(phrase: string): string[][] {
  // Articles are kept at first so "the child" can be told from "child" in "child protection plan".
  const written = [...phrase.matchAll(WORD)].map((match) => ({ word: match[0].replace(/’/g, "'").toLowerCase(), start: match.index, end: match.index + match[0].length }));
  const keys: { key: string; hyphenBefore: boolean; raw: string }[] = [];
  const hyphenBefore = (i: number) => i > 0 && /^[\-‐‑]$/u.test(phrase.slice(written[i - 1].end, written[i].start));
  for (let i = 0; i < written.length; i++) {
    const word = written[i].word;
    const next = written[i + 1]?.word;
    if (word === 'the' && next !== undefined) {
      const noun = next.replace(/'s$|'$/, '');
      if (CHILD_NOUNS.has(noun) || noun === 'children') {
        keys.push({ key: next !== noun ? POSSESSIVE_SLOT : OBJECT_SLOT, hyphenBefore: false, raw: '' });
        i++;
        continue;
      }
      const person = written[i + 2]?.word ?? '';
      if (noun === 'young' && /^(?:person|people)(?:'s|')?$/.test(person)) {
        keys.push({ key: person.includes("'") ? POSSESSIVE_SLOT : OBJECT_SLOT, hyphenBefore: false, raw: '' });
        i += 2;
        continue;
      }
    }
    if (word === "child's" || POSSESSIVE_PRONOUNS.has(word)) {
      keys.push({ key: POSSESSIVE_SLOT, hyphenBefore: false, raw: '' });
      continue;
    }
    if (word === 'him' || word === 'them') {
      keys.push({ key: OBJECT_SLOT, hyphenBefore: false, raw: '' });
      continue;
    }
    // Everything else exactly as draft text is read.
    const tokens = tokenize(word);
    tokens.forEach((token, index) => keys.push({ key: token.stem, hyphenBefore: index === 0 && hyphenBefore(i), raw: token.raw }));
  }
  let variants: { keys: string[]; raws: string[] }[] = [{ keys: [], raws: [] }];
  for (const { key, hyphenBefore: joinable, raw } of keys) {
    const next: typeof variants = [];
    for (const variant of variants) {
      next.push({ keys: [...variant.keys, key], raws: [...variant.raws, raw] });
      const lastRaw = variant.raws[variant.raws.length - 1];
      if (joinable && lastRaw) next.push({ keys: [...variant.keys.slice(0, -1), phraseStem(lastRaw + raw)], raws: [...variant.raws.slice(0, -1), lastRaw + raw] });
    }
    variants = next;
  }
  return variants.map((variant) => variant.keys).filter((list) => list.length > 0);
}

export interface ChildReference {
  /** Index of the first word after the mention. */
  next: number;
  /** Can stand where a phrase says "the child" ("him", "Child R"). */
  object: boolean;
  /** Can stand where a phrase says "the child's" or "their" ("his", "Child R's"). */
  possessive: boolean;
}

/**
 * A mention of the child starting at word `index`, or undefined when the word does not name the
 * child. Articles are already gone, so "the child" arrives as "child".
 */
export function childReferenceAt(words: readonly Word[], index: number): ChildReference | undefined {
  const word = words[index];
  if (!REFERENCE_STEMS.has(word.stem)) return undefined;
  const lower = word.raw.toLowerCase();
  if (!word.possessive && (OBJECT_PRONOUNS.has(lower) || POSSESSIVE_PRONOUNS.has(lower))) {
    return { next: index + 1, object: OBJECT_PRONOUNS.has(lower), possessive: POSSESSIVE_PRONOUNS.has(lower) };
  }
  const follower = words[index + 1];
  if (CHILD_NOUNS.has(word.stem)) {
    if (follower && follower.continues && !word.possessive && PSEUDONYM_LETTERS.test(follower.raw)) {
      return { next: index + 2, object: !follower.possessive, possessive: follower.possessive };
    }
    return { next: index + 1, object: !word.possessive, possessive: word.possessive };
  }
  if (word.stem === 'young' && follower && follower.continues && follower.stem === 'person') {
    return { next: index + 2, object: !follower.possessive, possessive: follower.possessive };
  }
  return undefined;
}
