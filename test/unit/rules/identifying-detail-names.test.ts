// The given names bundled from the `human-names` package (src/engine/data/names-human.ts) are
// generated from it: one joined string, because the engine bundle carries it. This test fails when
// the file and the package disagree; `UPDATE_NAMES=1 npx vitest run <this file>` rewrites the file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import female from 'human-names/data/female-human-names-en.json';
import male from 'human-names/data/male-human-names-en.json';
import { GIVEN_NAMES } from '../../../src/engine/data/given-names';

const TARGET = path.join(__dirname, '..', '..', '..', 'src', 'engine', 'data', 'names-human.ts');

function generated(): string {
  const names = [...new Set([...female, ...male])].filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)).sort();
  return [
    '// Generated from the English female and male given names of the `human-names` package (MIT,',
    '// Alessandro Minoccheri) by test/unit/rules/identifying-detail-names.test.ts: do not edit by hand.',
    '// One space-separated string rather than an array literal: it is smaller in every bundle.',
    `export const HUMAN_NAMES = '${names.join(' ')}';`,
    '',
  ].join('\n');
}

describe('given-name data', () => {
  it('names-human.ts is the human-names English lists', () => {
    const expected = generated();
    if (process.env.UPDATE_NAMES) writeFileSync(TARGET, expected);
    expect(readFileSync(TARGET, 'utf8')).toBe(expected);
  });

  it('holds names from every community the rule is meant for', () => {
    for (const name of ['Oliver', 'Amelia', 'Gurpreet', 'Chiamaka', 'Kwame', 'Agnieszka', 'Łukasz', 'Ionuț', 'Youssef', 'Zeynep', 'Xiaoming', 'Delroy', 'Saoirse', 'Llŷr', 'Eilidh', 'Abdirahman']) {
      expect(GIVEN_NAMES.has(name), name).toBe(true);
    }
  });
});
