// Generates syntaxes/cspr-injection.tmLanguage.json, the TextMate grammar injected into Markdown, from
// the engine's data: the rule ids control comments may name, the pseudonym shapes identifying-detail
// accepts, and the placeholder markers the placeholder rule reports. Run by `npm run build`; a unit
// test checks the committed file is current and that the patterns agree with the rules.
//
// Patterns are Oniguruma (VS Code's TextMate engine); they keep to the subset JavaScript's `u` regexes
// share (\p{L}, lookbehind), so the unit test can run them without VS Code.
import { RULE_IDS } from '../engine/index';
import { PSEUDONYM_HEADS } from '../engine/data/anonymisation';

/** Words that open an author's instruction in brackets: "[insert date]", "[Agency to confirm]". */
export const INSTRUCTION_WORDS: readonly string[] = [
  'insert', 'add', 'enter', 'complete', 'confirm', 'check', 'update', 'fill', 'include', 'tbc', 'tbd', 'todo',
  'placeholder', 'awaiting', 'to be', 'agency to', 'reviewer to', 'name of', 'date of',
];

// Oniguruma's (?i) and JavaScript's flags do not mix, so case-insensitive words are spelled as classes.
const anyCase = (letter: string) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`;
const caseless = (phrase: string) => phrase.split(' ').map((word) => word.replace(/\p{L}/gu, anyCase)).join('\\s+');
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

export const SCOPE_NAME = 'cspr-lint.injection';

export function generateInjectionGrammar(): Record<string, unknown> {
  // Longest first, so "Young Person" is tried before "Person".
  const heads = [...PSEUDONYM_HEADS].sort((a, b) => b.length - a.length).map(escape).join('|');
  const rules = [...RULE_IDS].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Oniguruma lookbehinds take alternatives of fixed lengths only, hence the spelled-out prefixes:
  // nothing, heading hashes, or a bullet (the list marker itself keeps Markdown's scope).
  const linePrefixes = ['^', ...[1, 2, 3, 4, 5, 6].map((level) => `^${'#'.repeat(level)} `), ...['', '  ', '    '].map((indent) => `^${indent}[-*+] `)].join('|');
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'cspr-lint (Markdown injection)',
    scopeName: SCOPE_NAME,
    // Not inside code: fenced blocks, indented code and inline code are never linted either.
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw',
    patterns: [{ include: '#control-comment' }, { include: '#placeholder' }, { include: '#pseudonym' }, { include: '#recommendation-number' }],
    repository: {
      // <!-- cspr-lint-disable-next-line identifying-detail blame-language -- agreed with the panel -->
      // may span lines; known rule ids are coloured as names, anything else as an error.
      'control-comment': {
        name: 'comment.block.control.cspr-lint',
        begin: '(<!--)\\s*(cspr-lint-(?:disable-next-line|disable|enable))(?![\\w-])',
        beginCaptures: { 1: { name: 'punctuation.definition.comment.cspr-lint' }, 2: { name: 'keyword.control.directive.cspr-lint' } },
        end: '-->',
        endCaptures: { 0: { name: 'punctuation.definition.comment.cspr-lint' } },
        patterns: [
          {
            name: 'string.unquoted.reason.cspr-lint',
            begin: '(?<=\\s)--(?=\\s)',
            beginCaptures: { 0: { name: 'punctuation.separator.reason.cspr-lint' } },
            end: '(?=-->)',
          },
          { name: 'entity.name.function.rule-id.cspr-lint', match: `(?<![\\w-])(?:${rules})(?![\\w-])` },
          { name: 'invalid.illegal.unknown-rule.cspr-lint', match: '(?<![\\w-])(?!--)[^\\s,]+' },
        ],
      },
      placeholder: {
        patterns: [
          {
            name: 'invalid.deprecated.placeholder.cspr-lint',
            match: `${NOT_WORD_BEFORE}(?:TODO|FIXME|[Tt][Bb][CcDd])${NOT_WORD_AFTER}`,
          },
          {
            // A run of X for a missing value, alone or in a date: "XX", "XX/XX/2023", "12.XX".
            name: 'invalid.deprecated.placeholder.cspr-lint',
            match: `(?<![\\p{L}\\p{N}/.:-])(?:\\d+[/.-])*X{2,}(?:[/.:-](?:X+|\\d+))*${NOT_WORD_AFTER}`,
          },
          {
            name: 'invalid.deprecated.placeholder.cspr-lint',
            match: `\\[\\s*(?:${INSTRUCTION_WORDS.map((word) => caseless(word)).join('|')})(?![\\p{L}\\p{N}])[^\\]\\[\\n]{0,200}\\]`,
          },
        ],
      },
      // "Child A", "Child AB", "Baby M", "Sibling 1", "Young Person C", "Practitioner 3".
      pseudonym: {
        name: 'variable.other.constant.pseudonym.cspr-lint',
        match: `${NOT_WORD_BEFORE}(?:${heads})[ \\t](?:[A-Z]{1,2}|\\d{1,2})${NOT_WORD_AFTER}`,
      },
      // A recommendation's number where it starts a line, a list item or a heading ("R2:", "7.1",
      // "### Recommendation 3"), or "Recommendation 4" cited anywhere.
      'recommendation-number': {
        name: 'constant.numeric.recommendation.cspr-lint',
        match: `(?<=${linePrefixes})(?:R\\d{1,3}(?:\\.\\d{1,3})*|\\d{1,2}(?:\\.\\d{1,2})+)(?=[.):\\s]|$)|${NOT_WORD_BEFORE}[Rr]ecommendation[ \\t]+(?:[Nn]o\\.?[ \\t]*)?(?:R?\\d{1,3}(?:\\.\\d{1,3})*)${NOT_WORD_AFTER}`,
      },
    },
  };
}
