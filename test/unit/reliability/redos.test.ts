// No ReDoS by design. Every regular expression comes from the code, never from a config or a
// draft (config gives phrases, matched by the engine's own matchers), and every one of them runs
// in bounded time on pathological text. The expressions are collected two ways: the literals, by
// parsing every source file, and those built at run time (`new RegExp(...)` from word lists), by
// recording every RegExp constructed while the engine, config and CLI modules load and lint.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as EngineModule from '../../../src/engine/index';
import { checkDraft } from './hostile';

const root = path.join(__dirname, '..', '..', '..');
const SAMPLES_DIR = path.join(root, 'test', 'fixtures', 'samples');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

interface Pattern {
  where: string;
  regex: RegExp;
}

function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  // src/tools builds snippets from the templates at build time; it never sees a draft.
  for (const file of sourceFiles(path.join(root, 'src')).filter((file) => !file.includes(`${path.sep}tools${path.sep}`))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${path.relative(root, file)}:${line}`, regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Text shaped to make a backtracking matcher try every split: long runs of one character or a short unit. */
const LENGTH = 20_000;
const ATTACKS: Record<string, string> = {
  capitals: 'A'.repeat(LENGTH),
  'capitalised words': 'Mary '.repeat(LENGTH / 5),
  'name-like pairs': 'Mary Smith '.repeat(LENGTH / 11),
  digits: '1'.repeat(LENGTH),
  'digit groups': '12 '.repeat(LENGTH / 3),
  'numbered points': '7.1.'.repeat(LENGTH / 4),
  'a(': 'a('.repeat(LENGTH / 2),
  spaces: `a${' '.repeat(LENGTH)}!`,
  tabs: `a${'\t'.repeat(LENGTH)}!`,
  'blank lines': `a${'\n'.repeat(LENGTH)}!`,
  'open brackets': '['.repeat(LENGTH),
  'close brackets': ']'.repeat(LENGTH),
  parentheses: '('.repeat(LENGTH),
  quotes: '"'.repeat(LENGTH),
  apostrophes: "'’".repeat(LENGTH / 2),
  hyphens: '-'.repeat(LENGTH),
  dashes: '–—'.repeat(LENGTH / 2),
  dots: '.'.repeat(LENGTH),
  commas: ', '.repeat(LENGTH / 2),
  words: 'the child '.repeat(LENGTH / 10),
  'Child pseudonyms': 'Child J '.repeat(LENGTH / 8),
  'street-like': '12 High '.repeat(LENGTH / 8),
  'word then no end': `${'word '.repeat(LENGTH / 5)}x`,
  'x-word': 'x'.repeat(LENGTH),
  pipes: '|'.repeat(LENGTH),
  hashes: '#'.repeat(LENGTH),
  comment: '<!--'.repeat(LENGTH / 4),
  'slash-separated': '1/'.repeat(LENGTH / 2),
  // Line ends: CRLF can be read as one break or as CR then LF, which a pattern over "any lines" may try both ways.
  'CRLF lines after an unclosed front matter fence': `---\r\n${'a\r\n'.repeat(LENGTH / 3)}`,
  'blank CRLF lines after a fence': `---\r\n${'\r\n'.repeat(LENGTH / 2)}`,
  'CR lines': 'a\r'.repeat(LENGTH / 2),
  'mixed line ends': '- a\r\n\r\n> b\n\r'.repeat(LENGTH / 12),
};

/** Runs an expression over the whole text the way the rules do: every match, left to right. */
function timeAllMatches(regex: RegExp, text: string): number {
  const flags = regex.flags.replace('y', '').replace('g', '') + 'g';
  const global = new RegExp(regex.source, flags);
  const started = performance.now();
  let guard = 0;
  for (const match of text.matchAll(global)) {
    if (match[0].length === 0 && ++guard > LENGTH * 2) break;
  }
  return performance.now() - started;
}

/** A catastrophic expression takes seconds to years on these; a linear one takes milliseconds. */
const BOUND_MS = 1500;
/** Above this at LENGTH, the input is doubled: a linear expression takes about twice as long, a quadratic one four times. */
const SCALING_CHECK_MS = 40;

let engine: typeof EngineModule;
const constructed: Pattern[] = [];

beforeAll(async () => {
  // Record every RegExp built while the modules load and while they lint (some are built lazily,
  // per template or per glossary), then put the real constructor back.
  const OriginalRegExp = RegExp;
  const recording = new Proxy(OriginalRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = Reflect.construct(target, args) as RegExp;
      constructed.push({ where: `new RegExp(${JSON.stringify(regex.source.slice(0, 60))}…)`, regex });
      return regex;
    },
  });
  vi.resetModules();
  globalThis.RegExp = recording;
  try {
    engine = await import('../../../src/engine/index');
    await import('../../../src/config/index');
    await import('../../../src/cli/formats');
    await import('../../../src/report/index');
    const samples = readdirSync(SAMPLES_DIR).map((name) => readFileSync(path.join(SAMPLES_DIR, name), 'utf8'));
    for (const template of Object.keys(engine.PRESET_TEMPLATES)) {
      const linter = new engine.Linter({ template, glossary: { SGO: 'Safeguarding Officer', CSCP: 'Children Safeguarding Partnership Team' } });
      for (const sample of samples) linter.lint(sample);
    }
  } finally {
    globalThis.RegExp = OriginalRegExp;
  }
}, 120_000);

afterAll(() => {
  vi.resetModules();
});

describe('every built-in regular expression on pathological text', () => {
  it('finds the expressions: literals in every source file and those built at run time', () => {
    expect(literalPatterns().length).toBeGreaterThan(100);
    expect(constructed.length).toBeGreaterThan(20);
  });

  it(`each finishes within ${BOUND_MS} ms on ${Object.keys(ATTACKS).length} kinds of ${LENGTH}-character input`, () => {
    const patterns = [...literalPatterns(), ...constructed];
    const seen = new Set<string>();
    const slow: string[] = [];
    let slowest = { ms: 0, what: '' };
    let runs = 0;
    for (const { where, regex } of patterns) {
      const key = `${regex.source}/${regex.flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const [attack, text] of Object.entries(ATTACKS)) {
        const ms = timeAllMatches(regex, text);
        runs++;
        if (ms > slowest.ms) slowest = { ms, what: `${where} on ${attack}` };
        // Over the bound once may be the machine; over it again is the expression.
        if (ms > BOUND_MS && timeAllMatches(regex, text) > BOUND_MS) slow.push(`${where} /${regex.source.slice(0, 80)}/ on ${attack}: ${Math.round(ms)} ms`);
        else if (ms > SCALING_CHECK_MS) {
          // Quadratic at 20k is still well under a second, and minutes on a 2 MB draft.
          // Best of three each way: a pause of the process (GC, another test file) must not read as
          // growth. Growth seen once is measured twice more: a quadratic expression grows every time,
          // a busy machine (the other test files run beside this one) only sometimes.
          const growth = () => {
            const once = Math.min(timeAllMatches(regex, text), timeAllMatches(regex, text), timeAllMatches(regex, text));
            const twice = Math.min(timeAllMatches(regex, text + text), timeAllMatches(regex, text + text), timeAllMatches(regex, text + text));
            return { once, twice, grows: twice / once > 3 };
          };
          const first = growth();
          if (first.grows && growth().grows && growth().grows) slow.push(`${where} /${regex.source.slice(0, 80)}/ on ${attack}: ${Math.round(first.once)} ms, doubled ${Math.round(first.twice)} ms`);
        }
      }
    }
    console.log(`${seen.size} distinct expressions × ${Object.keys(ATTACKS).length} inputs = ${runs} runs; slowest ${Math.round(slowest.ms)} ms (${slowest.what})`);
    expect(slow).toEqual([]);
  }, 600_000);
});

describe('every rule end to end on pathological text', () => {
  // The same attacks where the rules look: a paragraph, a heading, list items, a table cell, and
  // the sections with their own rules (voice of the child, good practice, recommendations, glossary).
  const placements: Record<string, (attack: string) => string> = {
    paragraph: (attack) => `# Introduction\n\n${attack}\n`,
    heading: (attack) => `## ${attack}\n\nText.\n`,
    'list items': (attack) => `## Recommendations\n\n1. ${attack}\n2. ${attack.slice(0, 5000)}\n`,
    'table cell': (attack) => `## Recommendations\n\n| No. | Recommendation |\n|---|---|\n| 1 | ${attack.replace(/\|/g, '/')} |\n`,
    'voice of the child': (attack) => `## Voice of the child\n\n${attack}\n`,
    'good practice': (attack) => `## Good practice\n\n${attack}\n`,
    glossary: (attack) => `## Glossary\n\n${attack}\n`,
  };
  for (const [placement, wrap] of Object.entries(placements)) {
    it(`in a ${placement}`, () => {
      const linter = new engine.Linter();
      const slow: string[] = [];
      let slowest = { ms: 0, attack: '' };
      for (const [attack, text] of Object.entries(ATTACKS)) {
        const draft = wrap(text);
        const started = performance.now();
        expect(checkDraft(linter, draft), attack).toEqual([]);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, attack };
        if (ms > 10_000) slow.push(`${attack}: ${Math.round(ms)} ms`);
      }
      console.log(`${placement}: slowest ${slowest.attack}, ${Math.round(slowest.ms)} ms`);
      expect(slow).toEqual([]);
    }, 300_000);
  }
});

describe('config is data, never a pattern', () => {
  it('phrases, glossary entries and names that look like catastrophic patterns are matched as text', () => {
    const evil = ['(a+)+$', '(a|a)*b', '([a-zA-Z]+)*!', '(.*a){20}', '\\', '[', '(?<=', '*', '$(', '.*.*.*.*=.*'];
    const linter = new engine.Linter({
      glossary: Object.fromEntries(evil.map((pattern, index) => [pattern, `Expansion ${index}`])),
      allowNames: evil,
      themes: [{ id: 'evil-theme', label: 'Evil', phrases: evil }],
    });
    const text = `## Findings\n\n${'a'.repeat(30)}! ${'aaaa'.repeat(5000)}b (a+)+$ then [ and \\ here\n`;
    const started = performance.now();
    const result = linter.lint(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    // The phrase "(a+)+$" is found as the text it is, not as a pattern matching "aaaa…".
    const hits = result.coverage.find((theme) => theme.id === 'evil-theme')?.hits ?? [];
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).not.toMatch(/^a+$/);
  });
});
