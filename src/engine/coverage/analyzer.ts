// Theme coverage: every indicative phrase of every theme is compiled once into a trie of
// normalised words (see words.ts), so a block is tokenised once and walked once whatever the
// number of phrases; the walk from each word only follows edges that exist in the trie.
import type { DraftDocument } from '../document';
import type { TextBlock } from '../parse/markdown';
import type { ScanItem } from '../rule';
import { placeholderSpans } from '../text/placeholders';
import type { CoverageStatus, Theme, ThemeCoverage, ThemeHit } from './types';
import { childReferenceAt, OBJECT_SLOT, phraseKeys, phraseStem, POSSESSIVE_SLOT, tokenize, type Word } from '../text/words';

export { phraseStem } from '../text/words';

export interface ThemeScanItem extends ScanItem {
  themeIndex: number;
  /** The phrase as written in the taxonomy. */
  phrase: string;
  /** A supporting phrase only counts once a theme's own phrases are found (see Theme.supportingPhrases). */
  supporting: boolean;
}

interface PhraseEnd {
  /** -1 for an idiom that hides theme phrases inside it. */
  themeIndex: number;
  phrase: string;
  supporting: boolean;
}

interface Found {
  end: PhraseEnd;
  /** Word indices, end exclusive. */
  from: number;
  to: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: PhraseEnd[];
}

/**
 * Common phrases that contain a theme phrase but mean something else. A theme phrase overlapping
 * one of these is not a hit: reviews say information "was not brought together" far more often
 * than a child "was not brought" to an appointment, and "capacity to protect" is about a parent,
 * not about an organisation's capacity.
 */
export const IDIOMS: readonly string[] = [
  'brought together',
  'brought into',
  'brought to light',
  'brought to the attention',
  'brought up',
  'parenting capacity',
  'parental capacity',
  'capacity to care',
  'capacity to protect',
  'capacity to change',
  'mental capacity',
  'good faith',
  'in faith',
];

/** How much a hit counts towards a theme's score, by the role of the section it is in. */
const SECTION_WEIGHT: Partial<Record<string, number>> = { analysis: 2 };

export class CoverageAnalyzer {
  private readonly root: TrieNode = { next: new Map(), ends: [] };
  /**
   * Beginnings of phrase words ("post" of "postnatal"). Joining two draft words into a compound is
   * only worth trying when the first one is such a beginning; checking that first keeps the cost
   * of compounds off the ordinary word.
   */
  private readonly compoundHeads = new Set<string>();

  constructor(readonly themes: readonly Theme[]) {
    themes.forEach((theme, themeIndex) => {
      const supporting = new Set((theme.supportingPhrases ?? []).map(normalisedPhrase));
      for (const phrase of theme.phrases) this.add(phrase, { themeIndex, phrase, supporting: supporting.has(normalisedPhrase(phrase)) });
    });
    for (const idiom of IDIOMS) this.add(idiom, { themeIndex: -1, phrase: idiom, supporting: false });
  }

  private add(phrase: string, end: PhraseEnd): void {
    for (const keys of phraseKeys(phrase)) {
      let node = this.root;
      for (const key of keys) {
        for (let length = 2; length < key.length; length++) this.compoundHeads.add(key.slice(0, length));
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), ends: [] };
          node.next.set(key, child);
        }
        node = child;
      }
      // Two spellings of one phrase ("self-harm", "self harm") land on the same node and count once.
      if (!node.ends.some((existing) => existing.themeIndex === end.themeIndex)) node.ends.push(end);
    }
  }

  /** Theme phrases in one block, with chunk offsets. A pure function of the block, so the engine caches it per chunk. */
  scanBlock(block: TextBlock, offsetOf: (block: TextBlock, index: number) => number): ThemeScanItem[] {
    const words = tokenize(block.text);
    const found: Found[] = [];
    for (let i = 0; i < words.length; i++) {
      this.walk(this.root, words, i, i, found);
    }
    if (found.length === 0) return [];
    // Overlaps are checked word by word (a phrase is a few words long), not against every other hit:
    // that was quadratic in the hits of one paragraph (a 450 KB paragraph of theme phrases took seconds).
    // Words of an idiom ("brought to light") count for no theme.
    const notCounted = new Uint8Array(words.length);
    for (const hit of found) if (hit.end.themeIndex < 0) notCounted.fill(1, hit.from, hit.to);
    // A prompt still in brackets ("[Whether a practitioner saw the child alone …]", as an inserted
    // skeleton leaves it) is not yet the draft's text, so its phrases do not count as coverage.
    if (block.text.includes('[')) {
      let next = 0;
      for (const [from, to] of placeholderSpans(block)) {
        while (next < words.length && words[next].start < from) next++;
        for (; next < words.length && words[next].end <= to; next++) notCounted[next] = 1;
      }
    }
    const overlapsNotCounted = (hit: { from: number; to: number }) => notCounted.subarray(hit.from, hit.to).includes(1);
    // Per theme, the longest phrase wins where phrases overlap: "child sexual exploitation" is one
    // phrase, not also "sexual exploitation" and "exploitation".
    const kept: typeof found = [];
    const candidates = found
      .filter((hit) => hit.end.themeIndex >= 0 && !overlapsNotCounted(hit))
      .sort((a, b) => a.end.themeIndex - b.end.themeIndex || b.to - b.from - (a.to - a.from) || a.from - b.from);
    // Candidates come theme by theme, so one map of taken words serves each theme in turn.
    let theme = -1;
    const taken = new Uint8Array(words.length);
    for (const hit of candidates) {
      if (hit.end.themeIndex !== theme) {
        theme = hit.end.themeIndex;
        taken.fill(0);
      }
      if (taken.subarray(hit.from, hit.to).includes(1)) continue;
      taken.fill(1, hit.from, hit.to);
      kept.push(hit);
    }
    kept.sort((a, b) => a.from - b.from || a.end.themeIndex - b.end.themeIndex);
    return kept.map((hit) => ({
      themeIndex: hit.end.themeIndex,
      phrase: hit.end.phrase,
      supporting: hit.end.supporting,
      start: offsetOf(block, words[hit.from].start),
      end: offsetOf(block, words[hit.to - 1].end - 1) + 1,
    }));
  }

  /** Follows every trie edge the words from `index` allow: the word itself, a compound of it and the next word, or a mention of the child. */
  private walk(node: TrieNode, words: readonly Word[], first: number, index: number, found: Found[]): void {
    if (index >= words.length || (index > first && !words[index].continues)) return;
    const word = words[index];
    this.step(node, word.stem, words, first, index + 1, found);
    const following = words[index + 1];
    if (following?.joinsPrevious && this.compoundHeads.has(word.raw.toLowerCase())) this.step(node, phraseStem(word.raw + following.raw), words, first, index + 2, found);
    if (node.next.has(OBJECT_SLOT) || node.next.has(POSSESSIVE_SLOT)) {
      const reference = childReferenceAt(words, index);
      // A two-word mention ("Child R") must not straddle a full stop.
      if (reference && (reference.next === index + 1 || words[index + 1].continues)) {
        if (reference.object) this.step(node, OBJECT_SLOT, words, first, reference.next, found);
        if (reference.possessive) this.step(node, POSSESSIVE_SLOT, words, first, reference.next, found);
      }
    }
  }

  private step(node: TrieNode, key: string, words: readonly Word[], first: number, next: number, found: Found[]): void {
    const child = node.next.get(key);
    if (!child) return;
    for (const end of child.ends) found.push({ end, from: first, to: next });
    if (child.next.size > 0) this.walk(child, words, first, next, found);
  }

  summarize(doc: DraftDocument, items: ThemeScanItem[], expectedThemes: readonly string[], coveredAt: number): ThemeCoverage[] {
    const expected = new Set(expectedThemes);
    const perTheme = this.themes.map(() => ({ core: [] as ThemeHit[], supporting: [] as ThemeHit[], weights: new Map<string, number>() }));
    for (const item of items) {
      const match = doc.sectionAt(item.start);
      const role = match?.section.role;
      // A glossary defines terms and references cite reports: neither shows that the draft discusses a theme.
      if (role === 'glossary' || role === 'references') continue;
      const headingIndex = nearestHeadingIndex(doc, item.start);
      // A heading with nothing written under it yet (a skeleton just inserted, a plan of sections)
      // names a topic; it does not discuss it.
      if (headingIndex >= 0 && item.start < doc.headings[headingIndex].end && !doc.hasTextUnder(headingIndex)) continue;
      const position = doc.positionAt(item.start);
      const entry = perTheme[item.themeIndex];
      const hit: ThemeHit = {
        line: position.line,
        column: position.column,
        start: item.start,
        end: item.end,
        phrase: item.phrase,
        section: headingIndex >= 0 ? doc.headings[headingIndex].text : '',
        sectionId: match?.section.id,
      };
      (item.supporting ? entry.supporting : entry.core).push(hit);
      // A theme discussed in the findings is addressed, not just mentioned in passing.
      const weight = (role && SECTION_WEIGHT[role]) ?? 1;
      entry.weights.set(item.phrase, Math.max(entry.weights.get(item.phrase) ?? 0, weight));
    }
    const result = this.themes.map((theme, index): ThemeCoverage => {
      const { core, supporting, weights } = perTheme[index];
      // Supporting phrases ("anxiety", "audit", "nursery") are too common or ambiguous to show a theme on their own.
      const hits = core.length > 0 ? [...core, ...supporting].sort((a, b) => a.start - b.start) : [];
      const phrases = [...new Set(hits.map((hit) => hit.phrase))];
      const distinct = phrases.length;
      const status: CoverageStatus = distinct >= coveredAt ? 'covered' : distinct > 0 ? 'mentioned' : 'absent';
      const score = phrases.reduce((sum, phrase) => sum + (weights.get(phrase) ?? 1), 0);
      return { id: theme.id, label: theme.label, status, distinctPhrases: distinct, phrases, score, expected: expected.has(theme.id), hits };
    });
    // Expected themes first, then by strength of coverage, then taxonomy order.
    return result
      .map((coverage, order) => ({ coverage, order }))
      .sort((a, b) => Number(b.coverage.expected) - Number(a.coverage.expected) || b.coverage.score - a.coverage.score || a.order - b.order)
      .map(({ coverage }) => coverage);
  }
}

function normalisedPhrase(phrase: string): string {
  return phraseKeys(phrase)[0]?.join(' ') ?? '';
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
