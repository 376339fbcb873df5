// What a lint result tells an adapter (CLI, language server), as plain data: the part of a result
// tests compare when two lints must agree (warm and cold, chunked and whole, re-linted and fresh).
import type { LintResult } from '../../src/engine/index';

export function adapterView(result: LintResult) {
  return {
    template: result.template.id,
    findings: result.findings,
    suppressions: result.suppressions,
    sections: result.sections,
    coverage: result.coverage,
    notices: result.notices,
  };
}
