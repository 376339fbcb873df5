// Hostile and broken drafts, and the promises the engine keeps on every one of them. Shared by the
// bounded property tests in `npm test` and by the long `npm run fuzz` run (scripts/fuzz.mjs bundles
// this file), so both check exactly the same things.
import fc from 'fast-check';
import { applyFixes, Linter, PRESET_TEMPLATES, type Finding, type LintResult } from '../../../src/engine/index';
import { adapterView } from '../lint-view';

const templateHeadings = Object.values(PRESET_TEMPLATES).flatMap((template) => template.sections.flatMap((section) => [section.title, ...section.synonyms]));

/** Words and phrases the rules look for, so random drafts reach their code paths rather than only the parser. */
const DOMAIN_PHRASES = [
  'Child J said "I don\'t want to go home".',
  'the social worker failed to visit',
  'should have known',
  'obviously',
  'MASH',
  'CAMHS',
  'Multi-Agency Safeguarding Hub (MASH)',
  'ACR (Expansion words here)',
  'NHS number 943 476 5919',
  'born on 12/03/2015',
  'born on 3 March 2015',
  'SW1A 1AA',
  '14 Acacia Avenue',
  "St Mary's Primary School",
  'Mary Smith',
  'Mr Jones',
  'TODO',
  'TBC',
  '[insert date]',
  'XX',
  'The Partnership should audit 20 cases by March 2026.',
  'Agencies should consider reflecting on the learning.',
  'The health visitor saw Child J alone and recorded her wishes.',
  'neglect',
  'domestic abuse',
  'information sharing',
  'Baby M',
  'they',
  '7.1',
  'Recommendation 3:',
];

/** Characters that stress decoders, offset arithmetic and the Markdown tokenizer. */
const ODD_TEXT = [
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '👩‍👧‍👦',
  '🧒🏽',
  'مرحبا بالطفل',
  'שלום',
  '\u202E',
  '\u200B',
  'e\u0301',
  '\t',
  '\u000B',
  '\u000C',
  '\u0085',
  '\u2028',
  '\u2029',
  '&amp;',
  '&copy;',
  '&#65;',
  '&#x1F600;',
  '&NotEqualTilde;',
  '\\*',
  '\\',
  '**',
  '__',
  '*',
  '_',
  '`',
  '``',
  '[',
  ']',
  '](',
  '[^1]',
  '<',
  '>',
  '<br>',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  '${x}',
  '|',
  '~~~',
  '&',
];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2,7}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

const inlineText = fc.array(word, { minLength: 0, maxLength: 12 }).map((words) => words.join(' '));

const headingTitle = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...templateHeadings) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1.', '3.2', 'Part 2 –', 'Section C:', ''), fc.constantFrom(...templateHeadings)).map(([prefix, title]) => `${prefix} ${title}`) },
  { weight: 1, arbitrary: inlineText },
);

const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '\t', '      ');

/** One line (or a few) of Markdown, from the ordinary to the broken. */
const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: inlineText },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), headingTitle, fc.constantFrom('', ' #', ' ##')).map(([depth, title, closing]) => `${'#'.repeat(depth)} ${title}${closing}`) },
  { weight: 1, arbitrary: fc.tuple(headingTitle, fc.constantFrom('===', '---', '=', '- - -')).map(([title, underline]) => `${title}\n${underline}`) },
  { weight: 3, arbitrary: fc.tuple(indent, fc.constantFrom('-', '*', '+', '1.', '2)', '7.1', '10.'), inlineText).map(([space, marker, text]) => `${space}${marker} ${text}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inlineText).map(([depth, text]) => `${'> '.repeat(depth)}${text}`) },
  { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '```markdown', '````', '    code line', '\tcode') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<!-- reviewer note -->',
      '<!--',
      '-->',
      '<!-- cspr-lint-disable -->',
      '<!-- cspr-lint-enable -->',
      '<!-- cspr-lint-disable-next-line -- agreed with the panel -->',
      '<!-- cspr-lint-disable required-section placeholder -- reason -->',
      '<!-- cspr-lint-disable no-such-rule -->',
      '<div>',
      '</div>',
      '<details><summary>Notes</summary>',
      '<script>alert(1)</script>',
      '<style>body{}</style>',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(inlineText, { minLength: 1, maxLength: 4 })).map(
      ([columns, rows]) => [`|${' No. | Recommendation |'.repeat(columns)}`, `|${'---|'.repeat(columns * 2)}`, ...rows.map((row) => `| 1 | ${row.replaceAll('\n', ' ')} |`)].join('\n'),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('---', '...', 'cspr-template: rapid-review', 'cspr-template: lcspr', 'cspr-template: nope', 'title: "x"', '***', '[a]: https://example.org', '[^1]: A footnote.') },
);

const lineEndings = fc.oneof(
  { weight: 4, arbitrary: fc.constant(['\n']) },
  { weight: 1, arbitrary: fc.constant(['\r\n']) },
  { weight: 1, arbitrary: fc.constant(['\r']) },
  { weight: 1, arbitrary: fc.constant(['\n', '\r\n', '\r']) },
);

/** A random draft: lines of Markdown (sometimes after front matter or a BOM) with chosen line endings. */
export const hostileDraft: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '\uFEFF', '---\ncspr-template: rapid-review\n---\n', '---\ntitle: x\n', '---\n---\n'),
    fc.array(line, { minLength: 0, maxLength: 60 }),
    lineEndings,
    fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
  )
  .map(([opening, lines, endings, picks]) => opening + lines.map((text, index) => text.replaceAll('\n', endings[picks[index] % endings.length]) + endings[picks[index] % endings.length]).join(''));

/** A draft built from one of the samples with random damage: the drafts the extension sees while an author types. */
export function damagedSample(samples: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.oneof(line, word)), { maxLength: 8 })).map(([sample, edits]) => {
    let text = sample;
    for (const [where, removed, inserted] of edits) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + removed));
    }
    return text;
  });
}

/** Random edits for a warm Linter: offsets as fractions of the current text. */
export const editSequence = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 20 }), fc.oneof(line, word, fc.constant('\n'), fc.constant(''))), { minLength: 1, maxLength: 6 });

export function applyEdit(text: string, [where, removed, inserted]: [number, number, string]): string {
  const at = Math.floor(where * text.length);
  return text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + removed));
}

/**
 * Line starts counted independently of the engine, for line and column (1-based, UTF-16 units):
 * a line ends at LF, CRLF or a lone CR, as in VS Code and the Markdown parser.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function expectedPosition(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** The words of a text, in order: what --fix must never remove. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isSubsequence(small: readonly string[], large: readonly string[]): boolean {
  let j = 0;
  for (const item of small) {
    while (j < large.length && large[j] !== item) j++;
    if (j === large.length) return false;
    j++;
  }
  return true;
}

function fixKey(finding: Finding): string {
  return `${finding.ruleId} ${JSON.stringify(finding.data ?? {})}`;
}

export interface CheckOptions {
  /** Also apply all fixes and check what follows (slower: a second lint). */
  fixes?: boolean;
}

/**
 * Lints a draft and returns every broken promise, as sentences (empty when all hold). An exception
 * from the engine is returned as a problem too, so the fuzz run can count and report it.
 */
export function checkDraft(linter: Linter, text: string, options: CheckOptions = {}): string[] {
  let result: LintResult;
  try {
    result = linter.lint(text);
  } catch (error) {
    return [`lint threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const problems = checkResult(text, result);
  if (options.fixes && problems.length === 0) problems.push(...checkFixes(linter, text, result));
  return problems;
}

export function checkResult(text: string, result: LintResult): string[] {
  const problems: string[] = [];
  const starts = lineStarts(text);
  const checkOffsets = (what: string, start: number, end: number) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) problems.push(`${what}: offsets ${start}..${end} outside 0..${text.length}`);
  };
  const checkPosition = (what: string, position: { line: number; column: number; offset: number }) => {
    const expected = expectedPosition(starts, position.offset);
    if (position.line !== expected.line || position.column !== expected.column) {
      problems.push(`${what}: offset ${position.offset} reported at ${position.line}:${position.column}, is ${expected.line}:${expected.column}`);
    }
  };
  const checkFinding = (what: string, finding: Finding) => {
    const { start, end } = finding.range;
    checkOffsets(`${what} ${finding.ruleId}`, start.offset, end.offset);
    checkPosition(`${what} ${finding.ruleId} start`, start);
    checkPosition(`${what} ${finding.ruleId} end`, end);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') problems.push(`${what} ${finding.ruleId}: empty message`);
    for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) {
      for (const edit of fix.edits) {
        checkOffsets(`${what} ${finding.ruleId} edit "${fix.title}"`, edit.start, edit.end);
        if (typeof edit.text !== 'string') problems.push(`${what} ${finding.ruleId}: edit text is not a string`);
      }
    }
  };
  for (const finding of result.findings) checkFinding('finding', finding);
  for (const suppression of result.suppressions) {
    if (suppression.line < 1 || suppression.line > starts.length) problems.push(`suppression on line ${suppression.line} of ${starts.length}`);
    for (const finding of suppression.suppressed) checkFinding('suppressed finding', finding);
  }
  for (const theme of result.coverage) {
    for (const hit of theme.hits) {
      checkOffsets(`theme ${theme.id} hit "${hit.phrase}"`, hit.start, hit.end);
      checkPosition(`theme ${theme.id} hit "${hit.phrase}"`, { line: hit.line, column: hit.column, offset: hit.start });
    }
  }
  for (const section of result.sections) {
    if (section.line !== undefined && (section.line < 1 || section.line > starts.length)) problems.push(`section ${section.id} on line ${section.line} of ${starts.length}`);
  }
  for (const notice of result.notices) if (/stopped on this draft/.test(notice)) problems.push(`rule crashed: ${notice}`);
  return problems;
}

/**
 * Applying every fix at once: the edits never overlap, no word of the draft is lost, and linting
 * the fixed draft offers no fix of the same kind at the same place again (a fix that does not
 * fix would be applied forever by fix-all on save).
 */
export function checkFixes(linter: Linter, text: string, result: LintResult): string[] {
  const fixable = result.findings.filter((finding) => finding.fix);
  if (fixable.length === 0) return [];
  const outcome = applyFixes(text, result.findings);
  if (outcome.conflict) return [`fixes overlap: ${fixable.map((finding) => `${finding.ruleId}@${finding.range.start.offset}`).join(', ')}`];
  const problems: string[] = [];
  if (!isSubsequence(wordsOf(text), wordsOf(outcome.output))) problems.push('applying the fixes removed words of the draft');
  let again: LintResult;
  try {
    again = linter.lint(outcome.output);
  } catch (error) {
    return [`lint of the fixed draft threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  problems.push(...checkResult(outcome.output, again).map((problem) => `after fixing: ${problem}`));
  const fixedKinds = new Set(fixable.map(fixKey));
  for (const finding of again.findings) {
    if (finding.fix && fixedKinds.has(fixKey(finding))) problems.push(`fix does not fix: ${fixKey(finding)} is offered again after applying it`);
  }
  return problems;
}

/** What a lint tells an adapter, as plain data, to compare a warm Linter with a cold one. */
export function observable(result: LintResult): string {
  return JSON.stringify(adapterView(result));
}

/** Makes a string that has failed a check short enough to read in a report. */
export function describeInput(text: string): string {
  const shown = text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
  return JSON.stringify(shown);
}
