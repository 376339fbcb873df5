// The injection grammar is generated from the engine's data; the committed file must match, and its
// patterns must colour what the rules treat the same way: placeholders the placeholder rule reports,
// pseudonyms identifying-detail accepts, rule ids control comments may name. (That the patterns work
// in VS Code's own TextMate engine, injected into its Markdown grammar, is checked by the
// integration suite test/integration/contributions.test.ts.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, RULE_IDS } from '../../src/engine/index';
import { PSEUDONYM_HEADS } from '../../src/engine/data/anonymisation';
import { generateInjectionGrammar } from '../../src/tools/grammar';

const root = path.join(__dirname, '..', '..');
const committed = JSON.parse(readFileSync(path.join(root, 'syntaxes', 'cspr-injection.tmLanguage.json'), 'utf8'));

interface GrammarRule { name?: string; match?: string; begin?: string; end?: string; patterns?: GrammarRule[] }
const repository = committed.repository as Record<string, GrammarRule>;
const matchers = (rule: GrammarRule): RegExp[] => (rule.patterns ?? [rule]).filter((r) => r.match).map((r) => new RegExp(r.match!, 'gu'));
const spans = (rule: GrammarRule, text: string): string[] =>
  matchers(rule)
    .flatMap((regex) => [...text.matchAll(regex)].map((m) => ({ at: m.index, text: m[0] })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.text);

const linter = new Linter();
const findings = (line: string, ruleId: string): string[] => {
  const text = `# Review\n\n${line}\n`;
  // Only what is on the line under test (line 3), not a missing section of the one-line draft.
  return linter
    .lint(text)
    .findings.filter((f) => f.ruleId === ruleId && f.range.start.line === 3)
    .map((f) => text.slice(f.range.start.offset, f.range.end.offset));
};

describe('injection grammar', () => {
  it('the committed grammar is what the generator produces (run npm run build)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(generateInjectionGrammar())));
  });

  it('is injected into Markdown outside code', () => {
    expect(committed.injectionSelector).toMatch(/^L:text\.html\.markdown /);
    for (const code of ['markup.fenced_code', 'markup.raw', 'markup.inline.raw']) expect(committed.injectionSelector).toContain(`-${code}`);
  });

  // Brackets are coloured only when they open with an instruction word: whether other bracketed
  // text is a gap depends on quotation context a line grammar cannot see.
  it.each([
    'The strategy meeting on XX/XX/2023 was attended by [insert attendees].',
    'TODO: check the health chronology. Outcome tbc; date TBD.',
    'Child J (aged XX) was seen by the GP [Agency to confirm] on 12.XX.',
    'A [date of conference] meeting; FIXME later.',
    'An XXL coat, a TODOs list and Todo lists are ordinary words.',
    'She said it was “rubbish” [sic] in 2021 [3], [emphasis added].',
    'Reviewed with Smith [2020] and the family.',
  ])('marks the placeholders the placeholder rule reports: %s', (line) => {
    expect(spans(repository.placeholder, line)).toEqual(findings(line, 'placeholder'));
  });

  it('marks every pseudonym shape that identifying-detail accepts', () => {
    // The check below would pass vacuously if the rule saw nothing on that line.
    expect(findings('Jayden Marsh-Okafor and Child B were seen together.', 'identifying-detail')).toEqual(['Jayden Marsh-Okafor']);
    for (const head of PSEUDONYM_HEADS) {
      const line = `${head} B and ${head} 2 were seen together in the period under review.`;
      expect(spans(repository.pseudonym, line), line).toEqual([`${head} B`, `${head} 2`]);
      expect(findings(line, 'identifying-detail'), line).toEqual([]);
    }
    expect(spans(repository.pseudonym, 'Child AB met _Sibling 1_ and **Young Person C**.')).toEqual(['Child AB', 'Sibling 1', 'Young Person C']);
    expect(spans(repository.pseudonym, 'the child and a sibling; Child And; Childs A; Child ABC')).toEqual([]);
  });

  it('names every rule id in control comments, and marks unknown ones', () => {
    const [, ruleId, unknown] = repository['control-comment'].patterns!.map((rule) => new RegExp(`^(?:${rule.match ?? rule.begin})$`, 'u'));
    for (const id of RULE_IDS) expect(ruleId.test(id), id).toBe(true);
    expect(ruleId.test('child-voices')).toBe(false);
    expect(unknown.test('child-voices')).toBe(true);
    const begin = new RegExp(repository['control-comment'].begin!, 'u');
    for (const directive of ['disable-next-line', 'disable', 'enable']) expect(begin.exec(`<!-- cspr-lint-${directive} placeholder -->`)?.[2]).toBe(`cspr-lint-${directive}`);
    expect(begin.test('<!-- cspr-lint-disabled -->')).toBe(false);
  });

  it.each([
    ['R2: The ICB will audit', ['R2']],
    ['7.1 The Partnership will', ['7.1']],
    ['- R3. The school will', ['R3']],
    ['### Recommendation 4', ['Recommendation 4']],
    ['As set out in recommendation no. 5, the board', ['recommendation no. 5']],
    ['The 2.5 hours in 7.1 terms', []],
    ['R2D2 visited', []],
  ])('marks recommendation numbers: %s', (line, expected) => {
    expect(spans(repository['recommendation-number'], line)).toEqual(expected);
  });
});
