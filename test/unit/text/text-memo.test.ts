// The bounded memos: at most maxEntries kept, and a new entry in a full map starts it again empty.
import { describe, expect, it } from 'vitest';
import { BoundedMap, TextMemo } from '../../../src/engine/text/text-memo';
import type { Glossary } from '../../../src/engine/data/glossary';

describe('BoundedMap', () => {
  it('keeps entries up to its bound, then empties itself for the next new one', () => {
    const map = new BoundedMap<string, number>(2);
    expect(map.get('a')).toBeUndefined();
    map.set('a', 1);
    map.set('b', 2);
    expect([map.get('a'), map.get('b')]).toEqual([1, 2]);
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([undefined, undefined, 3]);
  });
});

describe('TextMemo', () => {
  it('reads a text once per glossary, and again once the memo has started over', () => {
    const memo = new TextMemo<string>(1);
    const first: Glossary = new Map();
    const second: Glossary = new Map();
    let reads = 0;
    const read = (text: string) => `${text}:${++reads}`;
    expect(memo.get('x', first, read)).toBe('x:1');
    expect(memo.get('x', first, read)).toBe('x:1');
    expect(memo.get('x', second, read)).toBe('x:2');
    expect(memo.get('y', first, read)).toBe('y:3');
    expect(memo.get('x', first, read)).toBe('x:4');
  });
});
