// The binary searches the engine shares: at the edges (nothing, everything before, everything after,
// runs of equal keys) and against a plain count over every sorted array of up to five small values.
import { describe, expect, it } from 'vitest';
import { firstIndexWhere, lastIndexAtOrBefore, lastIndexWhere } from '../../../src/engine/text/search';

describe('lastIndexAtOrBefore', () => {
  it('is -1 for no values and for a target before them all', () => {
    expect(lastIndexAtOrBefore([], 5)).toBe(-1);
    expect(lastIndexAtOrBefore([3, 7, 9], 2)).toBe(-1);
  });

  it('is the last index when every value is at or before the target', () => {
    expect(lastIndexAtOrBefore([3, 7, 9], 9)).toBe(2);
    expect(lastIndexAtOrBefore([3, 7, 9], 100)).toBe(2);
  });

  it('counts a value equal to the target, and takes the last of equal values', () => {
    expect(lastIndexAtOrBefore([3, 7, 9], 7)).toBe(1);
    expect(lastIndexAtOrBefore([3, 7, 7, 7, 9], 7)).toBe(3);
    expect(lastIndexAtOrBefore([3, 7, 7, 7, 9], 8)).toBe(3);
    expect(lastIndexAtOrBefore([7, 7, 7], 6)).toBe(-1);
  });
});

describe('lastIndexWhere', () => {
  const blocks = [{ start: 0 }, { start: 10 }, { start: 10 }, { start: 25 }];
  const lastStartingAtOrBefore = (offset: number) => lastIndexWhere(blocks.length, (index) => blocks[index].start <= offset);

  it('is -1 for no items and when the test holds for none', () => {
    expect(lastIndexWhere(0, () => true)).toBe(-1);
    expect(lastStartingAtOrBefore(-1)).toBe(-1);
  });

  it('is the last index when the test holds for all', () => {
    expect(lastStartingAtOrBefore(25)).toBe(3);
    expect(lastStartingAtOrBefore(1000)).toBe(3);
  });

  it('takes the last of equal keys', () => {
    expect(lastStartingAtOrBefore(9)).toBe(0);
    expect(lastStartingAtOrBefore(10)).toBe(2);
    expect(lastStartingAtOrBefore(24)).toBe(2);
  });
});

describe('firstIndexWhere', () => {
  const headings = [{ line: 1 }, { line: 4 }, { line: 4 }, { line: 12 }];
  const firstOnOrAfter = (line: number) => firstIndexWhere(headings.length, (index) => headings[index].line >= line);

  it('is the length (0) for no items, and 0 when the test holds for all', () => {
    expect(firstIndexWhere(0, () => true)).toBe(0);
    expect(firstOnOrAfter(0)).toBe(0);
    expect(firstOnOrAfter(1)).toBe(0);
  });

  it('is the length when the test holds for none', () => {
    expect(firstOnOrAfter(13)).toBe(4);
  });

  it('takes the first of equal keys', () => {
    expect(firstOnOrAfter(4)).toBe(1);
    expect(firstOnOrAfter(5)).toBe(3);
  });
});

describe('all three, against a count', () => {
  it('agree with a pass over every sorted array of up to five values from 0 to 3', () => {
    const arrays: number[][] = [[]];
    for (let length = 1; length <= 5; length++) {
      for (let code = 0; code < 4 ** length; code++) {
        const values: number[] = [];
        for (let i = 0, rest = code; i < length; i++, rest = Math.floor(rest / 4)) values.push(rest % 4);
        arrays.push(values.sort((a, b) => a - b));
      }
    }
    for (const values of arrays) {
      for (let target = -1; target <= 4; target++) {
        const atOrBefore = values.filter((value) => value <= target).length;
        const before = values.filter((value) => value < target).length;
        expect(lastIndexAtOrBefore(values, target)).toBe(atOrBefore - 1);
        expect(lastIndexWhere(values.length, (index) => values[index] <= target)).toBe(atOrBefore - 1);
        expect(firstIndexWhere(values.length, (index) => values[index] >= target)).toBe(before);
      }
    }
  });
});
