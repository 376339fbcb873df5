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
//
// And regular expressions compiled to machine code at once (`--no-regexp-tier-up`): by default
// V8 first runs each one in its bytecode interpreter and compiles it again once it is hot. The
// rules and the theme model have hundreds of expressions, many of them long alternations of terms,
// and almost every one becomes hot on the first long draft, so each was compiled twice. Measured
// (2-CPU Linux, Node 20, a busy machine): `cspr-lint --coverage` on a 200,000-word draft, 2.9 s
// of CPU instead of 3.3 s; a fresh language server's diagnostics for it about 10% sooner. The
// findings are the same byte for byte (it changes how an expression runs, not what it matches).
import { setFlagsFromString } from 'node:v8';

export function tuneV8ForLinting(): void {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--no-regexp-tier-up');
}
