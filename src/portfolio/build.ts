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

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Group ids ("G1", "G2", …) for recommendations that ask for the same thing as one in another draft.
 * Candidates come from an index of content words, so each is compared only with those sharing a word.
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
  const byWord = new Map<string, number[]>();
  items.forEach((item, index) => {
    const candidates = new Set<number>();
    for (const word of item.words) for (const other of byWord.get(word) ?? []) candidates.add(other);
    for (const other of candidates) {
      if (items[other].filePath !== item.filePath && wordOverlap(item.words, items[other].words) >= SAME_REQUEST) parent[find(index)] = find(other);
    }
    for (const word of item.words) {
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
