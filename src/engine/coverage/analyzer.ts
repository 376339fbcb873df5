// Theme coverage: the concept matcher (matcher.ts) finds evidence per block, cached with the chunk;
// summarize() then drops what is not evidence by its place in the document (glossary, references,
// a heading with nothing under it) and turns distinct pieces of evidence into a status per theme.
import type { DraftDocument } from '../document';
import type { TextBlock } from '../parse/markdown';
import { BUILT_IN_CONCEPTS, IDIOMS, themeModels, type ResolvedTheme } from '../data/themes';
import { ConceptMatcher, type Evidence } from './matcher';
import type { CoverageStatus, ThemeCoverage, ThemeHit } from './types';

export { phraseStem } from '../text/words';

export type ThemeScanItem = Evidence;

const MATCHERS = new Map<string, ConceptMatcher>();
const MAX_MATCHERS = 8;

/** How much a hit counts towards a theme's score, by the role of the section it is in. */
const SECTION_WEIGHT: Partial<Record<string, number>> = { analysis: 2 };

export class CoverageAnalyzer {
  readonly matcher: ConceptMatcher;

  constructor(readonly themes: readonly ResolvedTheme[]) {
    // Compiling every concept takes a noticeable moment; linters with the same themes (every linter
    // without config themes, say) share one matcher, which is pure.
    const key = JSON.stringify(themes.map((theme) => (theme.builtIn ? theme.id : theme)));
    let matcher = MATCHERS.get(key);
    if (!matcher) {
      matcher = new ConceptMatcher(BUILT_IN_CONCEPTS, themeModels(themes), IDIOMS);
      if (MATCHERS.size >= MAX_MATCHERS) MATCHERS.delete(MATCHERS.keys().next().value!);
      MATCHERS.set(key, matcher);
    }
    this.matcher = matcher;
  }

  /** Evidence in one block, with chunk offsets. A pure function of the block, so the engine caches it per chunk. */
  scanBlock(block: TextBlock, offsetOf: (block: TextBlock, index: number) => number): ThemeScanItem[] {
    return this.matcher.scanBlock(block, offsetOf);
  }

  summarize(doc: DraftDocument, items: ThemeScanItem[], expectedThemes: readonly string[], coveredAt: number): ThemeCoverage[] {
    const expected = new Set(expectedThemes);
    const perTheme = this.themes.map(() => ({ hits: [] as ThemeHit[], keys: new Map<string, number>(), near: undefined as string | undefined }));
    for (const item of items) {
      const match = doc.sectionAt(item.start);
      const role = match?.section.role;
      // A glossary defines terms and references cite reports: neither shows that the draft discusses a theme.
      if (role === 'glossary' || role === 'references') continue;
      const entry = perTheme[item.model];
      if (!entry) continue;
      const position = doc.positionAt(item.start);
      if (item.missing) {
        entry.near ??= `line ${position.line}: ${item.concepts.map((concept) => concept.label).join(' + ')} found, but not ${item.missing.join('; ')} in the same passage`;
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
        sectionId: match?.section.id,
      });
      // A theme discussed in the findings is addressed, not just mentioned in passing.
      const weight = (role && SECTION_WEIGHT[role]) ?? 1;
      entry.keys.set(item.key, Math.max(entry.keys.get(item.key) ?? 0, weight));
    }
    // Each theme's phrases: the first item of each of its distinct keys, in document order (one pass
    // over the items for all themes; one per theme was most of summarize on a long draft).
    const phrasesByTheme = this.themes.map(() => [] as string[]);
    const firstOfKey = this.themes.map(() => new Set<string>());
    for (const item of items) {
      const entry = perTheme[item.model];
      if (!entry || item.missing || firstOfKey[item.model].has(item.key) || !entry.keys.has(item.key)) continue;
      firstOfKey[item.model].add(item.key);
      phrasesByTheme[item.model].push(item.phrase);
    }
    const result = this.themes.map((theme, index): ThemeCoverage => {
      const { hits, keys, near } = perTheme[index];
      const distinct = keys.size;
      const status: CoverageStatus = distinct >= coveredAt ? 'covered' : distinct > 0 ? 'mentioned' : 'absent';
      const phrases = phrasesByTheme[index];
      const score = [...keys.values()].reduce((sum, weight) => sum + weight, 0);
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

function nearestHeadingIndex(doc: DraftDocument, offset: number): number {
  let lo = 0;
  let hi = doc.headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headings[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
