// Theme coverage: the concept matcher (matcher.ts) finds evidence per block, cached with the chunk;
// summarize() then drops what is not evidence by its place in the document (glossary, references,
// a heading with nothing under it) and turns distinct pieces of evidence into a status per theme.
import type { DraftDocument } from '../document';
import type { TextBlock } from '../parse/markdown';
import { BUILT_IN_CONCEPTS, IDIOMS, themeModels, type ResolvedTheme } from '../data/themes';
import { lastIndexWhere } from '../text/search';
import { reportedEvidence } from './context';
import { ConceptMatcher, type Evidence } from './matcher';
import type { CoverageStatus, ThemeCoverage, ThemeHit } from './types';

export { phraseStem } from '../text/words';

export type ThemeScanItem = Evidence;

const MATCHERS = new Map<string, ConceptMatcher>();
const MAX_MATCHERS = 8;

/**
 * Sections about the review rather than the child's life. The terms of reference (scope) set out
 * what the review asked and the review's sign-off who agreed it: neither discusses the case. The
 * methodology, practitioner involvement and family involvement say how the review was done and who
 * took part; there only what people told the review (their words, reported or quoted) is evidence:
 * "Mother told the reviewer that she was frightened of Father" is, "The reviewer wrote to Father
 * twice" and "Father declined to take part" are not.
 */
const PLAN_SECTIONS = new Set(['scope', 'sign-off']);
const PROCESS_SECTIONS = new Set(['methodology', 'practitioner-involvement', 'family-involvement']);

/** How much a hit counts towards a theme's score, by the role of the section it is in (at least 1: summarize takes 0 for "not evidence"). */
const SECTION_WEIGHT: Partial<Record<string, number>> = { analysis: 2 };

export class CoverageAnalyzer {
  private compiled?: ConceptMatcher;
  private readonly key: string;

  constructor(readonly themes: readonly ResolvedTheme[]) {
    this.key = JSON.stringify(themes.map((theme) => (theme.builtIn ? theme.id : theme)));
    // A config's own themes are compiled at once, so that a mistake in them (an unknown concept) is
    // reported with the config; the built-in ones, which compile, wait until coverage is first
    // read (about a tenth of a second that a language server's first diagnostics need not wait for).
    if (themes.some((theme) => !theme.builtIn)) void this.matcher;
  }

  /** The compiled concepts. Compiling them takes a noticeable moment; analyzers with the same themes (every linter without config themes, say) share one, which is pure. */
  get matcher(): ConceptMatcher {
    if (this.compiled) return this.compiled;
    let matcher = MATCHERS.get(this.key);
    if (!matcher) {
      matcher = new ConceptMatcher(BUILT_IN_CONCEPTS, themeModels(this.themes), IDIOMS);
      if (MATCHERS.size >= MAX_MATCHERS) MATCHERS.delete(MATCHERS.keys().next().value!);
      MATCHERS.set(this.key, matcher);
    }
    return (this.compiled = matcher);
  }

  /** Evidence in one block, with chunk offsets. A pure function of the block, so the engine caches it per chunk. */
  scanBlock(block: TextBlock, offsetOf: (block: TextBlock, index: number) => number): ThemeScanItem[] {
    return this.matcher.scanBlock(block, offsetOf);
  }

  summarize(doc: DraftDocument, items: ThemeScanItem[], expectedThemes: readonly string[], coveredAt: number): ThemeCoverage[] {
    const expected = new Set(expectedThemes);
    // Per theme, each distinct key (the same evidence repeated) with the phrase it first had and the
    // most it weighs where it is evidence (0: only in a glossary or references). One record per key
    // and one look-up per item: the keys and phrases were looked up in four maps and sets per item,
    // most of summarize on a long draft.
    const perTheme = this.themes.map(() => ({ hits: [] as ThemeHit[], byKey: new Map<string, { phrase: string; weight: number }>(), distinct: 0, near: undefined as string | undefined }));
    for (const item of items) {
      const entry = perTheme[item.model];
      if (!entry) continue;
      let key: { phrase: string; weight: number } | undefined;
      if (!item.missing) {
        key = entry.byKey.get(item.key);
        if (!key) entry.byKey.set(item.key, (key = { phrase: item.phrase, weight: 0 }));
      }
      const match = doc.sectionAt(item.start);
      const role = match?.section.role;
      // A glossary defines terms and references cite reports: neither shows that the draft discusses a theme.
      if (role === 'glossary' || role === 'references') continue;
      const sectionId = match?.section.id;
      if (sectionId !== undefined && (PLAN_SECTIONS.has(sectionId) || (PROCESS_SECTIONS.has(sectionId) && (item.missing !== undefined || !reportedEvidence(item.passage, carriers(item)))))) continue;
      const position = doc.positionAt(item.start);
      if (!key) {
        entry.near ??= `line ${position.line}: ${item.concepts.map((concept) => concept.label).join(' + ')} found, but not ${item.missing!.join('; ')} in the same passage`;
        continue;
      }
      const headingIndex = nearestHeadingIndex(doc, item.start);
      entry.hits.push({
        line: position.line,
        column: position.column,
        start: item.start,
        end: item.end,
        phrase: item.phrase,
        passage: item.passage,
        concepts: item.concepts,
        section: headingIndex >= 0 ? doc.headings[headingIndex].text : '',
        sectionId,
      });
      // A theme discussed in the findings is addressed, not just mentioned in passing.
      const weight = (role && SECTION_WEIGHT[role]) ?? 1;
      if (key.weight === 0) entry.distinct++;
      if (weight > key.weight) key.weight = weight;
    }
    const result = this.themes.map((theme, index): ThemeCoverage => {
      const { hits, byKey, distinct, near } = perTheme[index];
      const status: CoverageStatus = distinct >= coveredAt ? 'covered' : distinct > 0 ? 'mentioned' : 'absent';
      // The first phrase of each key that is evidence somewhere, in document order.
      const phrases: string[] = [];
      let score = 0;
      for (const key of byKey.values()) {
        if (key.weight === 0) continue;
        phrases.push(key.phrase);
        score += key.weight;
      }
      const missing = status === 'covered' ? [] : this.missing(index, status, distinct, coveredAt, near);
      return { id: theme.id, label: theme.label, status, distinctPhrases: distinct, phrases, score, expected: expected.has(theme.id), hits, missing };
    });
    // Expected themes first, then by strength of coverage, then taxonomy order.
    return result
      .map((coverage, order) => ({ coverage, order }))
      .sort((a, b) => Number(b.coverage.expected) - Number(a.coverage.expected) || b.coverage.score - a.coverage.score || a.order - b.order)
      .map(({ coverage }) => coverage);
  }

  /** What would cover a theme: another distinct piece of evidence, the nearest miss, and what the model asks for. */
  private missing(model: number, status: CoverageStatus, distinct: number, coveredAt: number, near: string | undefined): string[] {
    const out: string[] = [];
    if (status === 'mentioned') out.push(`${coveredAt - distinct} more distinct passage${coveredAt - distinct === 1 ? '' : 's'} addressing the theme`);
    if (near) out.push(near);
    out.push(`evidence is ${this.matcher.describe(model).join('; or ')}`);
    return out;
  }
}

/** The words of the draft that carry a piece of evidence. */
function carriers(item: ThemeScanItem): string[] {
  const out: string[] = [];
  for (const concept of item.concepts) out.push(...concept.words);
  return out;
}

function nearestHeadingIndex(doc: DraftDocument, offset: number): number {
  const headings = doc.headings;
  return lastIndexWhere(headings.length, (index) => headings[index].start <= offset);
}
