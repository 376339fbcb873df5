// Binary search over things kept in order: line starts, block, heading and section offsets, sentence
// and quotation spans. Each answers by halving, so a look-up made for every finding or theme hit
// does not grow with the draft.
//
// The test is a function of the index (`(index) => blocks[index].start >= offset`), written where
// the search is made: V8 then inlines search and test at that place, so it reads the items about as
// fast as a loop written there (within 3-10% on the coverage summary's look-ups), and the function
// is in practice not allocated (seven million look-ups took two minor collections more than the
// loops, where a closure each would have made some 300 MB of garbage). A key function shared
// by every caller (`(item) => item.start`) was up to three times slower: it reads `.start` from
// blocks, headings and sentences alike, so nothing can be inlined.

/**
 * The first index in [0, length) where `holds` is true, or `length` when it is true nowhere; `holds`
 * must be false up to some index and true from there on (`(index) => starts[index] >= offset`).
 */
export function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
  return leading(length, holds, false);
}

/**
 * The last index in [0, length) where `holds` is true, or -1 when it is true nowhere; `holds` must
 * be true up to some index and false from there on (`(index) => starts[index] <= offset`).
 */
export function lastIndexWhere(length: number, holds: (index: number) => boolean): number {
  return leading(length, holds, true) - 1;
}

/** Index of the last value at or before `target` in ascending `values`, or -1 when none is. */
export function lastIndexAtOrBefore(values: readonly number[], target: number): number {
  return leading(values.length, (index) => values[index] <= target, true) - 1;
}

/** How many indices from 0 on have `holds(index) === value`. */
function leading(length: number, holds: (index: number) => boolean, value: boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid) === value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
