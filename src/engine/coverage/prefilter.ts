// A quick look at a block's raw text, before it is tokenised, for whether any of a set of terms
// could occur in it. It must never say no when the matcher (matcher.ts, over text/words.ts
// tokens) would find one of the terms; it may say yes when none is there. One key of every term
// (its longest word, as a stem) is looked for where a word starts in the text, letters lower-cased
// and compared with the stem's letters, then what is left of the word must be an ending the
// stemmer takes off ("-ing", "-es", a doubled consonant…). Whatever the tokenizer rewrites — an
// apostrophe (possessives, contractions, "O'Brien"), a letter whose lower case is plain ASCII ("İ",
// the Kelvin sign) — answers yes, as does a key the text cannot spell ("won't" → "will").
import { contractedStems, irregularForms, OBJECT_SLOT, POSSESSIVE_SLOT } from '../text/words';

/** Letters and digits of a key: a-z, 0-9. */
const ALPHABET = 36;
const KEY = /^[a-z0-9]+$/;
/** Endings computeStem (text/words.ts) takes off, after an optional doubled consonant or "e". */
const SUFFIXES = ['', 'ing', 'ied', 'ed', 'ies', 'ings', 'es', 's'];
const DOUBLED = 'bgmnprt';
/** Longest ending a word may have beyond its stem (doubled consonant + "ings", "y" + "e" + "ings"). */
const LONGEST_ENDING = 7;
/** Keys looked for per term. */
const KEYS_PER_TERM = 2;

interface Endings {
  /** What may follow the stem's letters to the end of the word. */
  whole: Set<string>;
  /** What may follow them up to a hyphen or space, the rest of the word coming after it (a compound: "post natal"). */
  partial: Set<string>;
}

const ENDINGS = new Map<string, Endings>();

/**
 * Endings after the letters of a key ending in `last`; with `y`, after the letters of a key ending
 * in "y" less that "y" ("babies", "babied" for "baby").
 */
function endingsAfter(last: string, y: boolean): Endings {
  const id = `${last}${y ? 'y' : ''}`;
  let endings = ENDINGS.get(id);
  if (endings) return endings;
  const plain = (after: string) => {
    const out: string[] = [];
    for (const before of ['', 'e', ...(DOUBLED.includes(after) ? [after] : [])]) for (const suffix of SUFFIXES) out.push(before + suffix);
    return out;
  };
  const whole = new Set(y ? ['ied', 'ies', ...plain('y').map((ending) => `y${ending}`)] : plain(last));
  const partial = new Set<string>();
  for (const ending of whole) for (let length = 0; length <= ending.length; length++) partial.add(ending.slice(0, length));
  endings = { whole, partial };
  ENDINGS.set(id, endings);
  return endings;
}

export class TermPrefilter {
  /** Trie over ALPHABET: child node of node n by letter c at n * ALPHABET + c, 0 for none (the root is 0). */
  private next = new Int32Array(ALPHABET * 16);
  private size = 1;
  /** Per node that spells a key (or an irregular form of one): the key and the endings allowed after it. */
  private readonly ends: { key: number; endings: Endings }[][] = [];
  /** Per node, 1 if it has `ends`. */
  private terminal = new Uint8Array(16);
  /** Every term's keys, as key numbers: a term may occur only where all of its keys do. */
  private readonly terms: number[][] = [];
  /** The terms each key is part of. */
  private readonly termsOf: number[][] = [];
  /** The scan each key was last found in (see `scan`). */
  private seen = new Uint32Array(0);
  private scan = 0;

  private constructor() {}

  /**
   * A prefilter for terms given as trie key lists (text/words.ts phraseKeys), or undefined when
   * some term has no key the text would spell (only mentions of the child, say): then every block
   * must be looked at.
   */
  static of(keyLists: Iterable<readonly string[]>): TermPrefilter | undefined {
    const made = contractedStems();
    const spellable = (key: string) => key !== OBJECT_SLOT && key !== POSSESSIVE_SLOT && KEY.test(key) && !made.some((stem) => key.startsWith(stem));
    const lists = [...keyLists];
    // First whether every term has a key to look for at all (most of a large model may not: then nothing is built).
    if (!lists.every((keys) => keys.some(spellable))) return undefined;
    const prefilter = new TermPrefilter();
    const numbers = new Map<string, number>();
    const termIds = new Set<string>();
    for (const keys of lists) {
      const term: number[] = [];
      // A term's two longest keys: short words ("no", "be") start too many words to be worth looking for.
      const spelled = [...new Set(keys.filter(spellable))];
      const long = spelled.filter((key) => key.length > 2);
      for (const key of (long.length > 0 ? long : spelled).sort((a, b) => b.length - a.length).slice(0, KEYS_PER_TERM)) {
        let number = numbers.get(key);
        if (number === undefined) {
          number = numbers.size;
          numbers.set(key, number);
          prefilter.termsOf.push([]);
          const y = key.endsWith('y');
          const letters = y ? key.slice(0, -1) : key;
          if (letters.length === 0) return undefined;
          prefilter.insert(letters, number, endingsAfter(key[key.length - 1], y));
          for (const form of irregularForms(key)) {
            if (!KEY.test(form)) return undefined;
            prefilter.insert(form, number, endingsAfter(form[form.length - 1], false));
          }
        }
        if (!term.includes(number)) term.push(number);
      }
      if (term.length === 0) return undefined;
      term.sort((a, b) => a - b);
      const id = term.join(',');
      if (termIds.has(id)) continue;
      termIds.add(id);
      for (const number of term) prefilter.termsOf[number].push(prefilter.terms.length);
      prefilter.terms.push(term);
    }
    prefilter.seen = new Uint32Array(numbers.size);
    return prefilter;
  }

  private insert(letters: string, key: number, endings: Endings): void {
    let node = 0;
    for (let i = 0; i < letters.length; i++) {
      const slot = node * ALPHABET + letterIndex(letters.charCodeAt(i));
      let child = this.next[slot];
      if (child === 0) {
        child = this.size++;
        if (this.size * ALPHABET > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[slot] = child;
      }
      node = child;
    }
    (this.ends[node] ??= []).push({ key, endings });
    if (node >= this.terminal.length) {
      const grown = new Uint8Array(Math.max(node + 1, this.terminal.length * 2));
      grown.set(this.terminal);
      this.terminal = grown;
    }
    this.terminal[node] = 1;
  }

  /** False only if no term can occur in `text`. */
  mayContain(text: string): boolean {
    if (++this.scan === 0xffffffff) {
      this.seen.fill(0);
      this.scan = 1;
    }
    const next = this.next;
    const terminal = this.terminal;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code >= 128) {
        if (lowersToAscii(code)) return true;
        i++;
        continue;
      }
      const letter = ASCII_INDEX[code];
      if (letter < 0) {
        i++;
        continue;
      }
      // A word starts. Most start no key: the first two steps are taken here.
      const child = next[letter];
      if (child !== 0 && (terminal[child] === 1 || this.mayContinue(text, child, i + 1)) && this.walk(text, child, i + 1, 1)) return true;
      // The rest of the word.
      i++;
      while (i < length) {
        const rest = text.charCodeAt(i);
        if (rest >= 128 || ASCII_INDEX[rest] < 0) break;
        i++;
      }
    }
    return false;
  }

  /** A quick look two letters ahead: false when walk() would find nothing (the letters leave the trie before a key's end). */
  private mayContinue(text: string, node: number, i: number): boolean {
    const next = this.next;
    // A word of one or two letters that ends no key goes on only past an apostrophe ("O'Brien"): it starts no compound.
    const second = codeAt(text, i);
    if (asciiIndex(second) < 0) return second === 39 || second === 0x2019;
    const child = next[node * ALPHABET + asciiIndex(second)];
    if (child === 0) return false;
    if (this.terminal[child] === 1) return true;
    const third = codeAt(text, i + 1);
    if (asciiIndex(third) < 0) return third === 39 || third === 0x2019;
    return next[child * ALPHABET + asciiIndex(third)] !== 0;
  }

  /**
   * Follows the trie from `node` over the letters from `i` — through a hyphen, a space or an
   * article into the next word (a compound: "post natal"), through an apostrophe both ways
   * ("O'Brien" is one word; "child's care" may join as "childcare") — marking every key whose
   * letters end with one of the stemmer's endings. True once every key of some term is marked.
   */
  private walk(text: string, node: number, i: number, letters: number): boolean {
    for (;;) {
      if (this.terminal[node] === 1) {
        for (const end of this.ends[node]) if (!this.isSeen(end.key) && endsWell(text, i, end.endings) && this.mark(end.key)) return true;
      }
      const code = codeAt(text, i);
      const letter = asciiIndex(code);
      if (letter >= 0) {
        node = this.next[node * ALPHABET + letter];
        if (node === 0) return false;
        i++;
        letters++;
        continue;
      }
      // Only a word of three letters or more starts a compound (the matcher's compound heads).
      const joins = letters >= 3;
      if (code === 39 || code === 0x2019) {
        // A possessive or contraction ends the word ("child's", "they're"): it may still join the next one.
        if (joins) {
          let after = i + 1;
          while (asciiIndex(codeAt(text, after)) >= 0) after++;
          if (isGap(codeAt(text, after))) {
            const partner = skipGap(text, after);
            if (partner < 0) return true;
            if (asciiIndex(codeAt(text, partner)) >= 0 && this.walk(text, node, partner, 0)) return true;
          }
        }
        // Otherwise the apostrophe is dropped and the letters run on ("O'Brien").
        i++;
        if (asciiIndex(codeAt(text, i)) < 0) return false;
        continue;
      }
      if (!joins || !isGap(code)) return false;
      i = skipGap(text, i);
      if (i < 0) return true;
      if (asciiIndex(codeAt(text, i)) < 0) return false;
      letters = 0;
    }
  }

  private isSeen(key: number): boolean {
    return this.seen[key] === this.scan;
  }

  /** Marks a key found; true if that completes a term. */
  private mark(key: number): boolean {
    this.seen[key] = this.scan;
    for (const term of this.termsOf[key]) {
      let all = true;
      for (const other of this.terms[term]) {
        if (this.seen[other] !== this.scan) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}

/** Whether the rest of the word from `i` is an ending the stemmer takes off (or may be, with more of a compound after a gap or apostrophe). */
function endsWell(text: string, i: number, endings: Endings): boolean {
  let rest = '';
  for (; ; i++) {
    const code = codeAt(text, i);
    const letter = asciiIndex(code);
    if (letter >= 0) {
      if (rest.length >= LONGEST_ENDING) return false;
      rest += String.fromCharCode(letter < 26 ? 97 + letter : 48 + letter - 26);
      continue;
    }
    if (code === 39 || code === 0x2019) {
      // "didn't": the word is "did"; anything else, the word may end here or run on past the apostrophe.
      const negated = rest.endsWith('n') && (codeAt(text, i + 1) | 32) === 116 && asciiIndex(codeAt(text, i + 2)) < 0;
      return endings.partial.has(rest) || (negated && endings.whole.has(rest.slice(0, -1)));
    }
    return endings[isGap(code) ? 'partial' : 'whole'].has(rest);
  }
}

/** a-z (either case) as 0-25, 0-9 as 26-35, per ASCII code; -1 for anything else. */
const ASCII_INDEX = new Int8Array(128).map((_, code) => {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
});

/** A letter or digit's index in ALPHABET, -1 for anything else (-1 itself included: past the end). */
function asciiIndex(code: number): number {
  return code >= 0 && code < 128 ? ASCII_INDEX[code] : -1;
}

/** The UTF-16 code at `i`, -1 past the end (never NaN, which would slow every comparison down). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function letterIndex(code: number): number {
  const index = asciiIndex(code);
  if (index < 0) throw new Error('not a key letter');
  return index;
}

/** Whitespace or a hyphen: what may lie between the two words of a compound. */
function isGap(code: number): boolean {
  if (code === 32 || code === 45 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0x2010 || code === 0x2011 || WHITESPACE.test(String.fromCharCode(code));
}

const WHITESPACE = /\s/;

/**
 * The index of the next word after gaps and dropped articles ("post the natal" joins as "postnatal"
 * in the tokenizer), or -1 when an article carries an apostrophe (say yes).
 */
function skipGap(text: string, i: number): number {
  for (;;) {
    while (i < text.length && isGap(codeAt(text, i))) i++;
    let end = i;
    while (end < text.length && asciiIndex(codeAt(text, end)) >= 0) end++;
    if (!isArticle(text, i, end)) return i;
    const after = codeAt(text, end);
    if (after === 39 || after === 0x2019) return -1;
    if (end >= text.length || !isGap(after)) return i;
    i = end;
  }
}

/** "the" or "an" in any case, or "a": the articles tokenize() drops. */
function isArticle(text: string, from: number, to: number): boolean {
  const first = codeAt(text, from);
  if (to - from === 1) return first === 97;
  if (to - from === 2) return (first | 32) === 97 && (codeAt(text, from + 1) | 32) === 110;
  return to - from === 3 && (first | 32) === 116 && (codeAt(text, from + 1) | 32) === 104 && (codeAt(text, from + 2) | 32) === 101;
}

/** Characters past ASCII whose lower case has an ASCII letter in it: the tokenizer's stem of such a word may spell a key. 0 unknown, 1 no, 2 yes. */
const LOWERS_TO_ASCII = new Uint8Array(65536);

function lowersToAscii(code: number): boolean {
  let known = LOWERS_TO_ASCII[code];
  if (known === 0) {
    known = /[\x00-\x7f]/.test(String.fromCharCode(code).toLowerCase()) ? 2 : 1;
    LOWERS_TO_ASCII[code] = known;
  }
  return known === 2;
}
