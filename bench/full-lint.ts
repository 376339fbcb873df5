// A lint result works out its theme coverage when `coverage` is first read (engine.ts), as an
// editor asks for it after publishing findings. Benchmarks and profiles time a lint as the CLI and
// an editor's first state request pay for it: findings and coverage.
import type { LintResult } from '../src/engine/index';

/** The result, with its coverage worked out. */
export function withCoverage<Result extends Pick<LintResult, 'coverage'>>(result: Result): Result {
  void result.coverage;
  return result;
}

/** A `lint` method that also works out the coverage, for wrapping `Linter.prototype.lint`. */
export function lintingCoverage<Lint extends (...args: never[]) => unknown>(lint: Lint): Lint {
  return function (this: unknown, ...args: never[]) {
    return withCoverage(lint.apply(this, args) as LintResult);
  } as Lint;
}
