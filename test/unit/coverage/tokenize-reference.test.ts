// tokenize() finds its words by hand rather than with a regular expression, for speed; its output
// must be exactly what the regular-expression version gave. The reference below is that version,
// kept verbatim, run side by side on the samples and on random text rich in apostrophes, hyphens,
// articles, capitals, non-ASCII letters, surrogate pairs and lone surrogates.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseStem, tokenize, type Word } from '../../../src/engine/text/words';

const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');
// More random texts for a longer search: TOKENIZE_FUZZ=300000 npx vitest run test/unit/coverage/tokenize-reference.test.ts
const ITERATIONS = Number(process.env.TOKENIZE_FUZZ ?? 20000);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;
const CONTINUING_GAP = /^[\s\-‐‑]*$/u;
const JOINING_GAP = /^(?:[\-‐‑]|[ \t]|\r?\n)$/u;
const ARTICLES = new Set(['the', 'an']);
const NEGATED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

function referenceTokenize(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  // Whether a phrase may run on from the last kept word, and whether the last kept word and the next one are one compound.
  let continues = false;
  let joins = false;
  const push = (raw: string, start: number, end: number, possessive: boolean) => {
    words.push({ stem: phraseStem(raw), start, end, possessive, raw, continues, joinsPrevious: joins });
    continues = true;
  };
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    let token = match[0];
    const last = token.charCodeAt(token.length - 1);
    if ((last === 39 || last === 0x2019) && !/[sS]['’]$/.test(token)) token = token.slice(0, -1);
    const end = start + token.length;
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
    let written = token;
    if (written.indexOf("'") === -1 && written.indexOf('’') === -1) {
      // Most words: no possessive or contraction to read.
      if (written.length <= 3 && (ARTICLES.has(written.toLowerCase()) || written === 'a')) joins = false;
      else push(written, start, end, false);
      continue;
    }
    written = written.replace(/’/g, "'");
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
      push(NEGATED[negated[1].toLowerCase()] ?? negated[1], start, end, false);
      joins = false;
      push('not', start, end, false);
      continue;
    }
    // Lower-case "a" only: "Child A" is a pseudonym. A dropped article does not join its neighbours into a compound.
    if (ARTICLES.has(written.toLowerCase()) || written === 'a') {
      joins = false;
      continue;
    }
    // Other contractions ("they're", "we've") keep their first part; names like "O'Brien" lose the apostrophe.
    const contraction = /^(.+)'(?:re|ve|ll|d|m)$/i.exec(written);
    push(contraction ? contraction[1] : written.replace(/'/g, ''), start, end, possessive);
  }
  return words;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['the', 'The', 'THE', 'an', 'An', 'a', 'A', 'child', "child's", 'Child R', "R's", 'parents', "parents'", "Parents'", "didn't", "DIDN'T", 'won’t', "can't", "shan't", "they're", "we've", "O'Brien", 'rock’n’roll', 'post', 'natal', 'self', 'harm', 'café', 'Zoë', 'İstanbul', 'ΣΟΦΙΑ', '𝐀𝐁', '😀', '\ud800', '\udc00', '٣', '²', 'x', 'ab', 'abc', "'", '’', "''", 's', "s'", "S'", "PARENTS'", "JAMES’", '12', 'K'];
const GAPS = [' ', ' ', ' ', '  ', '-', '‐', '‑', '—', '\n', '\r\n', '\t', ', ', '. ', '(', ')', '“', '”', "'", '’', '', '', '\u00a0', '_', '/'];

describe('tokenize', () => {
  it('gives exactly the words of the regular-expression version', () => {
    const texts: string[] = [];
    for (const name of ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md']) texts.push(...readFileSync(path.join(SAMPLES, name), 'utf8').split(/\n\s*\n/));
    const next = random(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    for (let i = 0; i < ITERATIONS; i++) {
      let text = '';
      const count = 1 + Math.floor(next() * 10);
      for (let j = 0; j < count; j++) text += pick(PIECES) + pick(GAPS);
      texts.push(text);
    }
    for (const text of texts) {
      const actual = tokenize(text);
      const expected = referenceTokenize(text);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, JSON.stringify(text)).toEqual(expected);
    }
  });
});
