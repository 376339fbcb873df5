/// <reference types="vite/client" />
// Fixes and suggestions cannot damage a draft (PRODUCT.md, "Fixes and suggestions"), checked over
// every sample draft and every corpus text under test/corpus/**:
//   - applying all fixes adds no finding, changes no text outside the edits, and a second --fix
//     changes nothing;
//   - applying any one suggestion alone adds no finding of any rule (the finding it answers may go,
//     nothing new may appear).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, Linter, type Finding, type LintResult } from '../../src/engine/index';

const ROOT = path.join(__dirname, '..', '..');

function samples(folder: string): { name: string; text: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ name: `${path.basename(folder)}/${file}`, text: readFileSync(path.join(folder, file), 'utf8') }));
}

/** Every passage inside a corpus module's exports, however the corpus is shaped: fields called text, markdown, draft or body, and lists of passages. */
function corpusTexts(value: unknown, out: string[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string' && /\s\S+\s/.test(item)) out.push(item);
      else corpusTexts(item, out, depth + 1);
    }
    return;
  }
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && /^(?:text|markdown|draft|body)$/.test(key) && field.trim() !== '') out.push(field);
    else corpusTexts(field, out, depth + 1);
  }
}

function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(full);
    return /\.(?:ts|md)$/.test(entry.name) && !/types\.ts$/.test(entry.name) ? [full] : [];
  });
}

const corpusModules = import.meta.glob('../corpus/**/*.ts', { eager: true });
const corpusDrafts = import.meta.glob('../corpus/**/*.md', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

const DRAFTS: { name: string; text: string }[] = [
  ...samples(path.join(ROOT, 'test', 'fixtures', 'samples')),
];
for (const [file, text] of Object.entries(corpusDrafts)) DRAFTS.push({ name: file.replace('../corpus/', ''), text });
for (const [file, module] of Object.entries(corpusModules)) {
  const texts: string[] = [];
  corpusTexts(module, texts);
  // A corpus text is a passage: it is linted inside a small draft, as the corpora place it.
  texts.forEach((text, index) => DRAFTS.push({ name: `${file.replace('../corpus/', '')}#${index}`, text: text.startsWith('#') ? text : `# Local Child Safeguarding Practice Review: Child L\n\n## Findings\n\n${text}\n` }));
}

const linter = new Linter();

/**
 * Section skeletons (required-section, empty-section) insert a heading and bracketed prompts the
 * author must still write: the placeholder and empty-section rules report those prompts by design.
 * Their invariant is therefore "no new finding outside the inserted text" (and nothing outside the
 * edits changed). One per draft is applied, so the run stays within a minute.
 */
const SKELETON_RULES = new Set(['required-section', 'empty-section']);

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/** The rules that have more findings after than before, with the counts. */
function added(before: readonly Finding[], after: readonly Finding[]): string[] {
  const was = countByRule(before);
  return [...countByRule(after)].filter(([rule, count]) => count > (was.get(rule) ?? 0)).map(([rule, count]) => `${rule} ${was.get(rule) ?? 0}→${count}`);
}

/** Whether `output` is `input` with only the edits' ranges replaced. */
function onlyEditsChanged(input: string, output: string, finding: { edits: { start: number; end: number; text: string }[] }[]): boolean {
  const edits = finding.flatMap((fix) => fix.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  let cursor = 0;
  let at = 0;
  for (const edit of edits) {
    const kept = input.slice(cursor, edit.start);
    if (output.slice(at, at + kept.length) !== kept) return false;
    at += kept.length;
    if (output.slice(at, at + edit.text.length) !== edit.text) return false;
    at += edit.text.length;
    cursor = edit.end;
  }
  return output.slice(at) === input.slice(cursor);
}

/** Where each edit's new text lands in the output (edits in order, offsets shifted by the ones before). */
function insertedRanges(edits: readonly { start: number; end: number; text: string }[]): [number, number][] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => {
      const from = edit.start + shift;
      shift += edit.text.length - (edit.end - edit.start);
      return [from, from + edit.text.length] as [number, number];
    });
}

// Both invariants start from the same lint of each draft.
const linted = new Map<string, LintResult>();
function lint(text: string): LintResult {
  let result = linted.get(text);
  if (!result) {
    result = linter.lint(text);
    if (linted.size < 5_000) linted.set(text, result);
  }
  return result;
}

describe('fix and suggestion invariants', () => {
  it('covers the samples and every corpus', () => {
    expect(DRAFTS.filter((draft) => draft.name.startsWith('samples/')).length).toBeGreaterThanOrEqual(4);
    expect(corpusFiles(path.join(ROOT, 'test', 'corpus')).length).toBe(Object.keys(corpusModules).filter((file) => !/types\.ts$/.test(file)).length + Object.keys(corpusDrafts).length);
    expect(DRAFTS.length).toBeGreaterThan(300);
  });

  it('applying all fixes adds no finding, touches only the edits, and fixing twice is a no-op', () => {
    const problems: string[] = [];
    for (const draft of DRAFTS) {
      const before = lint(draft.text);
      const fixes = before.findings.filter((finding) => finding.fix);
      if (fixes.length === 0) continue;
      const first = applyFixes(draft.text, before.findings);
      if (first.conflict) continue;
      if (!onlyEditsChanged(draft.text, first.output, fixes.map((finding) => finding.fix!))) problems.push(`${draft.name}: text outside the fixes changed`);
      const after = lint(first.output);
      const grown = added(before.findings, after.findings);
      if (grown.length > 0) problems.push(`${draft.name}: fixes added findings (${grown.join(', ')})`);
      const second = applyFixes(first.output, after.findings);
      if (second.output !== first.output) problems.push(`${draft.name}: a second --fix changed the text again`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('applying any one suggestion alone adds no finding of any rule', () => {
    const problems: string[] = [];
    let applied = 0;
    let skeletons = 0;
    const skeletonTried = new Set<string>();
    for (const draft of DRAFTS) {
      const before = lint(draft.text);
      for (const finding of before.findings) {
        if (SKELETON_RULES.has(finding.ruleId)) {
          const skeleton = finding.suggestions?.[0];
          if (!skeleton || skeletonTried.has(draft.name)) continue;
          skeletonTried.add(draft.name);
          const outcome = applyFix(draft.text, skeleton);
          skeletons++;
          if (!onlyEditsChanged(draft.text, outcome.output, [skeleton])) problems.push(`${draft.name}: ${finding.ruleId} skeleton changed text outside its edits`);
          const inserted = insertedRanges(skeleton.edits);
          const outside = lint(outcome.output).findings.filter((after) => !inserted.some(([from, to]) => after.range.start.offset >= from && after.range.start.offset < to));
          const grown = added(before.findings, outside);
          if (grown.length > 0) problems.push(`${draft.name}: ${finding.ruleId} skeleton "${skeleton.title}" added findings outside the inserted text (${grown.join(', ')})`);
          continue;
        }
        for (const suggestion of finding.suggestions ?? []) {
          const outcome = applyFix(draft.text, suggestion);
          if (outcome.conflict) {
            problems.push(`${draft.name}: ${finding.ruleId} suggestion "${suggestion.title}" has overlapping edits`);
            continue;
          }
          applied++;
          if (!onlyEditsChanged(draft.text, outcome.output, [suggestion])) problems.push(`${draft.name}: ${finding.ruleId} suggestion changed text outside its edits`);
          const grown = added(before.findings, lint(outcome.output).findings);
          if (grown.length > 0) problems.push(`${draft.name}: ${finding.ruleId} suggestion "${suggestion.title}" added findings (${grown.join(', ')})`);
        }
      }
    }
    console.log(`fix invariants: ${DRAFTS.length} drafts, ${applied} suggestions and ${skeletons} section skeletons applied one at a time`);
    expect(problems).toEqual([]);
  }, 120_000);
});
