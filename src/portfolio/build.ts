// One view across many drafts (PRODUCT.md "More commands"): which national themes each review
// addresses and the share of reviews featuring each theme, as the national Panel reports it; each
// draft's completeness and problem counts; and a register of every recommendation, with those that
// ask for the same thing in different reviews grouped. Pure: adapters lint the drafts and feed
// summaries in one at a time (summarize.ts), so memory grows with the summaries, not the drafts.
import { wordOverlap } from '../engine/text/overlap';

export type ThemeStatus = 'covered' | 'mentioned' | 'absent';

export interface PortfolioDraft {
  filePath: string;
  template: string;
  errorCount: number;
  warningCount: number;
  sections: { id: string; status: 'present' | 'empty' | 'missing' }[];
  themes: Record<string, ThemeStatus>;
}

export interface PortfolioTheme {
  id: string;
  label: string;
  /** Drafts where the theme is covered. */
  covered: number;
  /** Drafts where it is mentioned once. */
  mentioned: number;
  /** Fraction of drafts where it is covered or mentioned. */
  share: number;
}

export interface PortfolioRecommendation {
  filePath: string;
  number: string | null;
  text: string;
  owner: string | null;
  timescale: string | null;
  measure: string | null;
  line: number;
  /** Shared by recommendations that ask for the same thing in different drafts; null when none does. */
  group: string | null;
}

export interface Portfolio {
  drafts: PortfolioDraft[];
  themes: PortfolioTheme[];
  recommendations: PortfolioRecommendation[];
}

/** Two recommendations ask for the same thing when this share of their content words is shared. */
const SAME_REQUEST = 0.4;

interface PendingRecommendation extends Omit<PortfolioRecommendation, 'group'> {
  words: ReadonlySet<string>;
}

/**
 * What the portfolio keeps of one linted draft: plain data, so a language server can lint the draft
 * and send only this to the editor that builds the portfolio.
 */
export interface PortfolioDraftSummary {
  draft: PortfolioDraft;
  themeLabels: Record<string, string>;
  recommendations: (Omit<PortfolioRecommendation, 'group'> & { words: string[] })[];
}

export class PortfolioBuilder {
  private readonly drafts: PortfolioDraft[] = [];
  private readonly labels = new Map<string, string>();
  private readonly pending: PendingRecommendation[] = [];

  /** Adds a draft summarised elsewhere (the language server lints; the editor builds the portfolio). */
  addSummary(summary: PortfolioDraftSummary): void {
    for (const [id, label] of Object.entries(summary.themeLabels)) if (!this.labels.has(id)) this.labels.set(id, label);
    this.drafts.push(summary.draft);
    for (const { words, ...item } of summary.recommendations) this.pending.push({ ...item, words: new Set(words) });
  }

  /** Forgets a draft added before, so an editor can add it again after it changes. */
  remove(filePath: string): void {
    const keep = <T extends { filePath: string }>(list: T[]) => list.splice(0, list.length, ...list.filter((item) => item.filePath !== filePath));
    keep(this.drafts);
    keep(this.pending);
  }

  build(): Portfolio {
    const count = this.drafts.length;
    const themes = [...this.labels].map(([id, label]): PortfolioTheme => {
      const covered = this.drafts.filter((draft) => draft.themes[id] === 'covered').length;
      const mentioned = this.drafts.filter((draft) => draft.themes[id] === 'mentioned').length;
      return { id, label, covered, mentioned, share: count === 0 ? 0 : round((covered + mentioned) / count) };
    });
    const groups = groupRecurring(this.pending);
    const recommendations = this.pending.map(({ words: _words, ...item }, index): PortfolioRecommendation => ({ ...item, group: groups[index] }));
    return { drafts: this.drafts, themes, recommendations };
  }
}

/**
 * The words of a set that a pair at SAME_REQUEST overlap must share one of: its rarest words, as many
 * as the set could lose and still overlap enough, plus one. The small allowance below keeps a product
 * like 0.4 × 5 (2.0000000000000004 in floating point) from rounding the count up and dropping a word.
 */
function rarestWords(words: ReadonlySet<string>, uses: ReadonlyMap<string, number>): string[] {
  const ordered = [...words].sort((a, b) => uses.get(a)! - uses.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  return ordered.slice(0, ordered.length - Math.ceil(SAME_REQUEST * ordered.length - 1e-9) + 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Group ids ("G1", "G2", …) for recommendations that ask for the same thing as one in another draft.
 * Candidates come from an index of each recommendation's rarest words (prefix filtering): two word
 * sets that share at least SAME_REQUEST of their words always share one of the rarest
 * `size - ceil(SAME_REQUEST × size) + 1` words of each, in one order of words by how many
 * recommendations use them. Indexing every word instead made each recommendation a candidate of
 * nearly every other through the words all recommendations use ("ensure", "practitioners"), which
 * compared every pair: two seconds for a thousand drafts.
 */
function groupRecurring(items: readonly PendingRecommendation[]): (string | null)[] {
  const parent = items.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };
  const uses = new Map<string, number>();
  for (const item of items) for (const word of item.words) uses.set(word, (uses.get(word) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  items.forEach((item, index) => {
    const prefix = rarestWords(item.words, uses);
    const candidates = new Set<number>();
    for (const word of prefix) for (const other of byWord.get(word) ?? []) candidates.add(other);
    for (const other of candidates) {
      if (items[other].filePath !== item.filePath && wordOverlap(item.words, items[other].words) >= SAME_REQUEST) parent[find(index)] = find(other);
    }
    for (const word of prefix) {
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      list.push(index);
    }
  });
  const drafts = new Map<number, Set<string>>();
  items.forEach((item, index) => {
    const root = find(index);
    let files = drafts.get(root);
    if (!files) drafts.set(root, (files = new Set()));
    files.add(item.filePath);
  });
  const names = new Map<number, string>();
  return items.map((_, index) => {
    const root = find(index);
    if ((drafts.get(root)?.size ?? 0) < 2) return null;
    let name = names.get(root);
    if (!name) names.set(root, (name = `G${names.size + 1}`));
    return name;
  });
}
