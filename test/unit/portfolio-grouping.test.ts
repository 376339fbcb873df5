// The portfolio's grouping of recurring recommendations looks only at candidates sharing one of
// their rarest words (prefix filtering). It must group exactly as comparing every pair does: checked
// here against that all-pairs reference on random registers, with skewed word use (a few words in
// nearly every recommendation, as "ensure" and "practitioners" are) and sizes where the overlap
// threshold falls on and between whole numbers of words.
import { describe, expect, it } from 'vitest';
import { PortfolioBuilder, type PortfolioDraftSummary } from '../../src/portfolio/build';
import { wordOverlap } from '../../src/engine/text/overlap';
import { seededRandom } from '../../bench/drafts';

const SAME_REQUEST = 0.4;

function randomSummaries(seed: number, drafts: number, vocabulary: number): PortfolioDraftSummary[] {
  const random = seededRandom(seed);
  // Zipf-like: word i is drawn with weight 1/(i+1), so the first few are in most recommendations.
  const weights = Array.from({ length: vocabulary }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const draw = () => {
    let x = random() * total;
    for (let i = 0; i < vocabulary; i++) if ((x -= weights[i]) <= 0) return `w${i}`;
    return `w${vocabulary - 1}`;
  };
  const summaries: PortfolioDraftSummary[] = [];
  for (let d = 0; d < drafts; d++) {
    const filePath = `draft-${d}.md`;
    const recommendations = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, r) => {
      const words = new Set<string>();
      const size = Math.min(vocabulary, Math.floor(random() * 12));
      while (words.size < size) words.add(draw());
      return { filePath, number: String(r + 1), text: [...words].join(' '), owner: null, timescale: null, measure: null, line: r + 1, words: [...words] };
    });
    summaries.push({ draft: { filePath, template: 'lcspr', errorCount: 0, warningCount: 0, sections: [], themes: {} }, themeLabels: {}, recommendations });
  }
  return summaries;
}

/** The groups comparing every pair of recommendations from different drafts, named in register order. */
function allPairsGroups(summaries: PortfolioDraftSummary[]): (string | null)[] {
  const items = summaries.flatMap((summary) => summary.recommendations.map((item) => ({ filePath: item.filePath, words: new Set(item.words) })));
  const parent = items.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index])));
  for (let a = 0; a < items.length; a++) {
    for (let b = 0; b < a; b++) {
      if (items[a].filePath !== items[b].filePath && wordOverlap(items[a].words, items[b].words) >= SAME_REQUEST) parent[find(a)] = find(b);
    }
  }
  const files = new Map<number, Set<string>>();
  items.forEach((item, index) => {
    const root = find(index);
    if (!files.has(root)) files.set(root, new Set());
    files.get(root)!.add(item.filePath);
  });
  const names = new Map<number, string>();
  return items.map((_, index) => {
    const root = find(index);
    if (files.get(root)!.size < 2) return null;
    if (!names.has(root)) names.set(root, `G${names.size + 1}`);
    return names.get(root)!;
  });
}

describe('portfolio: recurring recommendations grouped', () => {
  it('groups exactly as comparing every pair, on random registers', () => {
    let grouped = 0;
    let pairsChecked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const summaries = randomSummaries(seed, 5 + (seed % 25), 8 + (seed % 40));
      const builder = new PortfolioBuilder();
      for (const summary of summaries) builder.addSummary(summary);
      const groups = builder.build().recommendations.map((item) => item.group);
      expect(groups, `seed ${seed}`).toEqual(allPairsGroups(summaries));
      grouped += groups.filter((group) => group !== null).length;
      pairsChecked += groups.length;
    }
    // The registers are not trivial: some recommendations group and some do not.
    expect(grouped).toBeGreaterThan(pairsChecked / 10);
    expect(grouped).toBeLessThan(pairsChecked);
  });

  it('finds a pair at exactly the threshold whose only shared words are common ones', () => {
    // a and b share 4 of their 8 words (0.5: grouped), two of them words that every other
    // recommendation uses too; each shares only those two with the others (2 of 7: not grouped).
    const common = ['ensure', 'practitioners'];
    const filler = Array.from({ length: 30 }, (_, i) => ({ filePath: `other-${i}.md`, words: [...common, `x${i}`] }));
    const summary = (filePath: string, words: string[]): PortfolioDraftSummary => ({
      draft: { filePath, template: 'lcspr', errorCount: 0, warningCount: 0, sections: [], themes: {} },
      themeLabels: {},
      recommendations: [{ filePath, number: '1', text: words.join(' '), owner: null, timescale: null, measure: null, line: 1, words }],
    });
    const builder = new PortfolioBuilder();
    for (const item of filler) builder.addSummary(summary(item.filePath, item.words));
    builder.addSummary(summary('a.md', [...common, 'supervision', 'records', 'audit', 'father']));
    builder.addSummary(summary('b.md', [...common, 'supervision', 'records', 'neglect', 'tool']));
    const built = builder.build().recommendations;
    const a = built.find((item) => item.filePath === 'a.md')!;
    const b = built.find((item) => item.filePath === 'b.md')!;
    expect(a.group).not.toBeNull();
    expect(a.group).toBe(b.group);
    const names = new Set(built.map((item) => item.group));
    expect(built.map((item) => item.group)).toEqual(allPairsGroups([...filler.map((item) => summary(item.filePath, item.words)), summary('a.md', [...common, 'supervision', 'records', 'audit', 'father']), summary('b.md', [...common, 'supervision', 'records', 'neglect', 'tool'])]));
    expect(names.size).toBeGreaterThan(1);
  });
});
