// The raw-text prefilter in front of the concept matcher may say "maybe" when no term is there,
// never "no" when the tokenizer and trie walk would find one. Checked against a reference walk over
// the same tokens on the samples and on random text made of the terms' own words, inflected,
// capitalised and joined by the separators the tokenizer treats specially.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TermPrefilter } from '../../../src/engine/coverage/prefilter';
import { CONCEPT_MODEL } from '../../../src/engine/data/themes';
import { childReferenceAt, OBJECT_SLOT, phraseKeys, phraseStem, POSSESSIVE_SLOT, tokenize } from '../../../src/engine/text/words';

const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');
// More random texts for a longer search: PREFILTER_FUZZ=200000 npx vitest run test/unit/coverage/prefilter.test.ts
const ITERATIONS = Number(process.env.PREFILTER_FUZZ ?? 6000);

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

/** Every key list of the terms in a trie, walked as the matcher walks (compounds after any word of three letters or more, a superset). */
function reference(terms: readonly string[]): (text: string) => boolean {
  const root: Node = { next: new Map(), end: false };
  for (const term of terms) {
    for (const keys of phraseKeys(term)) {
      let node = root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
        node = child;
      }
      node.end = true;
    }
  }
  return (text) => {
    const words = tokenize(text);
    const walk = (node: Node, first: number, index: number): boolean => {
      if (index >= words.length || (index > first && !words[index].continues)) return false;
      const step = (key: string, next: number) => {
        const child = node.next.get(key);
        return child !== undefined && (child.end || walk(child, first, next));
      };
      const word = words[index];
      if (step(word.stem, index + 1)) return true;
      const following = words[index + 1];
      // The matcher joins only a word that starts a longer key (three letters at least): a superset of that.
      if (following?.joinsPrevious && word.raw.toLowerCase().length >= 3 && step(phraseStem(word.raw + following.raw), index + 2)) return true;
      const reference = childReferenceAt(words, index);
      if (reference && (reference.next === index + 1 || words[index + 1].continues)) {
        if (reference.object && step(OBJECT_SLOT, reference.next)) return true;
        if (reference.possessive && step(POSSESSIVE_SLOT, reference.next)) return true;
      }
      return false;
    };
    return words.some((_, index) => walk(root, index, index));
  };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TRICKY_TERMS = [
  'post-natal depression',
  'self-harm',
  'childcare',
  'baby',
  'did not attend',
  'seen by',
  "O'Brien",
  'voice of the child',
  "the child's lived experience",
  'interpreter',
  'cannabis',
  'ate',
  'planned',
  'stud',
  'sen',
  'iq',
  'family member interpreted',
];

const identityTerms = (() => {
  const check = CONCEPT_MODEL.checks.find((model) => model.id === 'identity-considered')!;
  const ids = new Set(check.evidence.map((combination) => combination.all[0]).flatMap((group) => (typeof group === 'string' ? [group] : Array.isArray(group) ? group : group.any)));
  return CONCEPT_MODEL.concepts.filter((concept) => ids.has(concept.id)).flatMap((concept) => concept.terms);
})();

const allSpellable = CONCEPT_MODEL.concepts.flatMap((concept) => [...concept.terms, ...(concept.except ?? [])]).filter((term) => TermPrefilter.of(phraseKeys(term)) !== undefined);

const SEPARATORS = [' ', ' ', ' ', '-', '‑', '\n', '\r\n', ' the ', ' a ', ' A ', ' an ', ' The ', "'s ", '’s ', "' ", "n't ", '’', "'", ', ', '. ', ' “', '” ', '  ', '\t', ' — ', 'é', 'İ', ' K'];
const ENDINGS = ['', '', '', 's', 'es', 'ed', 'ing', 'ings', 'd', 'e', 'ies', 'ied', "'s", 'n', 'nt'];
const FILLERS = ['the', 'mother', 'was', 'not', 'seen', 'did', 'child', "child's", 'Child R', "Child R's", 'her', 'his', 'young person', 'no', 'won', 'sha', 'can', 'a', 'I'];

function randomText(words: readonly string[], next: () => number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let text = '';
  const count = 1 + Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    let word = pick(words);
    const roll = next();
    if (roll < 0.3) word = word.replace(/(?:e|y)$/, '') + pick(ENDINGS);
    if (roll > 0.8) word = word.toUpperCase();
    else if (roll > 0.6) word = word[0].toUpperCase() + word.slice(1);
    if (next() < 0.1 && word.length > 3) {
      const at = 1 + Math.floor(next() * (word.length - 2));
      word = word.slice(0, at) + pick(SEPARATORS) + word.slice(at);
    }
    text += word + pick(SEPARATORS);
  }
  return text;
}

describe('term prefilter', () => {
  const cases: [string, string[]][] = [
    ['identity-considered anchors', identityTerms],
    ['tricky terms', TRICKY_TERMS],
    ['both', [...identityTerms, ...TRICKY_TERMS]],
    ['every concept term it can spell', allSpellable],
  ];

  it.each(cases)('never turns away a block in which the matcher finds a term (%s)', (_name, terms) => {
    const prefilter = TermPrefilter.of(terms.flatMap((term) => phraseKeys(term)));
    expect(prefilter).toBeDefined();
    const finds = reference(terms);
    const next = random(terms.length);
    const texts: string[] = [];
    for (const name of ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md']) texts.push(...readFileSync(path.join(SAMPLES, name), 'utf8').split(/\n\s*\n/));
    const words = [...new Set(terms.flatMap((term) => term.split(/[\s-]+/)))].concat(FILLERS);
    for (let i = 0; i < ITERATIONS; i++) texts.push(randomText(words, next));
    let found = 0;
    let turnedAway = 0;
    for (const text of texts) {
      if (finds(text)) {
        found++;
        if (!prefilter!.mayContain(text)) expect.fail(`turned away: ${JSON.stringify(text)}`);
      } else if (!prefilter!.mayContain(text)) turnedAway++;
    }
    // The test means something: terms were found, and blocks without them were turned away.
    expect(found).toBeGreaterThan(100);
    expect(turnedAway).toBeGreaterThan(100);
  });

  it('turns away ordinary text without the terms', () => {
    const prefilter = TermPrefilter.of(phraseKeys('interpreter'))!;
    expect(prefilter.mayContain('The mother was seen at home by the health visitor.')).toBe(false);
    expect(prefilter.mayContain('Interpreters were not booked.')).toBe(true);
    expect(prefilter.mayContain('No INTERPRETERS were offered.')).toBe(true);
    expect(prefilter.mayContain('No interpreting was offered.')).toBe(false);
    expect(prefilter.mayContain('The interpretation was wrong.')).toBe(false);
  });

  it('cannot filter terms it cannot spell', () => {
    expect(TermPrefilter.of(phraseKeys('noted'))).toBeUndefined();
    expect(TermPrefilter.of(phraseKeys('won’t'))).toBeUndefined();
  });
});
