// The HTML comments in a stretch of HTML the parser found (a block, or inline HTML in a paragraph):
// where control comments ("<!-- cspr-lint-disable … -->") and reviewers' notes are read from.
import type { HtmlComment } from './markdown';

/** Appends the comments in `value`, which starts at chunk offset `base`; one left open runs to its end. */
export function collectComments(value: string, base: number, into: HtmlComment[]): void {
  let from = 0;
  for (;;) {
    const open = value.indexOf('<!--', from);
    if (open === -1) return;
    const close = value.indexOf('-->', open + 4);
    const stop = close === -1 ? value.length : close + 3;
    into.push({ start: base + open, end: base + stop, body: value.slice(open + 4, close === -1 ? value.length : close) });
    from = stop;
  }
}
