// Theme coverage: every indicative phrase of every theme is compiled once into a trie of word
// stems, so a block is scanned in one pass whatever the number of phrases.
import type { DraftDocument } from '../document';
import type { TextBlock } from '../parse/markdown';
import type { ScanItem } from '../rule';
import type { CoverageStatus, Theme, ThemeCoverage, ThemeHit } from './types';

export interface ThemeScanItem extends ScanItem {
  themeIndex: number;
  phrase: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Themes whose phrase ends here, with the phrase as written. */
  ends: { themeIndex: number; phrase: string }[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Reduces a word to a shared form for plurals and simple inflections: "visits", "visited", "visiting" → "visit". */
export function phraseStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(?:sh|ch|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export class CoverageAnalyzer {
  private readonly root: TrieNode = { next: new Map(), ends: [] };

  constructor(readonly themes: readonly Theme[]) {
    themes.forEach((theme, themeIndex) => {
      for (const phrase of theme.phrases) {
        const words = phrase.match(WORD);
        if (!words) continue;
        let node = this.root;
        for (const word of words) {
          const key = phraseStem(word);
          let child = node.next.get(key);
          if (!child) {
            child = { next: new Map(), ends: [] };
            node.next.set(key, child);
          }
          node = child;
        }
        if (!node.ends.some((end) => end.themeIndex === themeIndex)) node.ends.push({ themeIndex, phrase });
      }
    });
  }

  scanBlock(block: TextBlock, offsetOf: (block: TextBlock, index: number) => number): ThemeScanItem[] {
    const tokens: { stem: string; start: number; end: number }[] = [];
    for (const match of block.text.matchAll(WORD)) {
      tokens.push({ stem: phraseStem(match[0]), start: match.index, end: match.index + match[0].length });
    }
    const items: ThemeScanItem[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.next.get(tokens[i].stem);
      for (let j = i; node; ) {
        for (const end of node.ends) {
          items.push({
            themeIndex: end.themeIndex,
            phrase: end.phrase,
            start: offsetOf(block, tokens[i].start),
            end: offsetOf(block, tokens[j].end - 1) + 1,
          });
        }
        j++;
        if (j >= tokens.length) break;
        node = node.next.get(tokens[j].stem);
      }
    }
    return items;
  }

  summarize(doc: DraftDocument, items: ThemeScanItem[], expectedThemes: readonly string[], coveredAt: number): ThemeCoverage[] {
    const expected = new Set(expectedThemes);
    const perTheme = this.themes.map(() => ({ hits: [] as ThemeHit[], phrases: new Map<string, number>() }));
    for (const item of items) {
      const match = doc.sectionAt(item.start);
      const role = match?.section.role;
      if (role === 'glossary' || role === 'references') continue;
      const position = doc.positionAt(item.start);
      const headingIndex = nearestHeadingIndex(doc, item.start);
      const entry = perTheme[item.themeIndex];
      entry.hits.push({
        line: position.line,
        column: position.column,
        start: item.start,
        end: item.end,
        phrase: item.phrase,
        section: headingIndex >= 0 ? doc.headings[headingIndex].text : '',
        sectionId: match?.section.id,
      });
      // Analysis weighs more than narrative: a theme discussed in the findings is addressed, not just mentioned.
      const weight = role === 'analysis' ? 2 : 1;
      entry.phrases.set(item.phrase, Math.max(entry.phrases.get(item.phrase) ?? 0, weight));
    }
    const result = this.themes.map((theme, index): ThemeCoverage => {
      const { hits, phrases } = perTheme[index];
      const distinct = phrases.size;
      const status: CoverageStatus = distinct >= coveredAt ? 'covered' : distinct > 0 ? 'mentioned' : 'absent';
      let score = 0;
      for (const weight of phrases.values()) score += weight;
      return { id: theme.id, label: theme.label, status, distinctPhrases: distinct, score, expected: expected.has(theme.id), hits };
    });
    // Expected themes first, then by strength of coverage, then taxonomy order.
    return result
      .map((coverage, order) => ({ coverage, order }))
      .sort((a, b) => Number(b.coverage.expected) - Number(a.coverage.expected) || b.coverage.score - a.coverage.score || a.order - b.order)
      .map(({ coverage }) => coverage);
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
