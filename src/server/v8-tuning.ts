// V8's optimising compiler, told not to inline (`--no-turbo-inlining`) in the Node processes that
// lint: the CLI and the language server. Inlining makes code faster in a steady state of long
// unchanging loops; linting is a cold pass over a draft and then small re-lints that run many
// different rules once each, and there the time spent compiling the inlined code (on background
// threads, but on the same CPUs) is not won back. Measured on this project's drafts (2-CPU Linux,
// Node 20): a cold lint of a 200,000-word draft takes about 18% less CPU time and 8% less time;
// 300 drafts in two threads about 10% less of both; a keystroke re-lint of a 50,000-word draft
// about 13% less (docs/benchmarks.md). V8's flags belong to the process, so worker threads and
// anything else in it share them; set before any draft is read. Browsers (the web extension's
// worker) offer no such switch.
import { setFlagsFromString } from 'node:v8';

export function tuneV8ForLinting(): void {
  setFlagsFromString('--no-turbo-inlining');
}
