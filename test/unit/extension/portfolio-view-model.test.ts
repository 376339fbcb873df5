// The Portfolio view's tree as plain data (src/extension/portfolio/view-model.ts): the share per
// theme as the Panel reports it, one cell per review that leads to the theme's first evidence, the
// recommendations register with recurring requests grouped first, and draft text kept as text.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { PortfolioBuilder } from '../../../src/portfolio/build';
import { summarizeDraft } from '../../../src/portfolio/summarize';
import { portfolioNodes, type FirstHits, type PortfolioNode } from '../../../src/extension/portfolio/view-model';

const samplesDir = path.join(__dirname, '..', '..', 'fixtures', 'workspace', 'drafts');
const linter = new Linter({ template: 'lcspr' });

function firstHitsOf(results: [string, ReturnType<Linter['lint']>][]): FirstHits {
  return new Map(results.map(([file, result]) => [file, Object.fromEntries(result.coverage.filter((theme) => theme.hits.length > 0).map((theme) => [theme.id, { line: theme.hits[0].line, column: theme.hits[0].column }]))]));
}

function build(drafts: Record<string, string>) {
  const builder = new PortfolioBuilder();
  const results = Object.entries(drafts).map(([file, text]) => [file, linter.lint(text)] as [string, ReturnType<Linter['lint']>]);
  for (const [file, result] of results) builder.addSummary(summarizeDraft(file, result));
  return { portfolio: builder.build(), firstHits: firstHitsOf(results), results };
}

const fixtures = Object.fromEntries(readdirSync(samplesDir).filter((name) => name.endsWith('.md')).sort().map((name) => [`drafts/${name}`, readFileSync(path.join(samplesDir, name), 'utf8')]));

/** A short draft whose recommendations section holds the given recommendations. */
function draftWith(child: string, recommendations: string[]): string {
  return `# Local child safeguarding practice review: ${child}\n\n## Recommendations\n\n${recommendations.map((text, index) => `${index + 1}. ${text}`).join('\n')}\n`;
}

const walk = (nodes: PortfolioNode[]): PortfolioNode[] => nodes.flatMap((node) => [node, ...walk(node.children)]);

describe('Portfolio view model', () => {
  it('has no rows when there are no drafts (the view shows its message instead)', () => {
    expect(portfolioNodes(new PortfolioBuilder().build(), new Map())).toEqual([]);
  });

  it('lists each theme with the share of reviews featuring it, and one cell per review', () => {
    const { portfolio, firstHits } = build(fixtures);
    const [themes, reviews] = portfolioNodes(portfolio, firstHits);
    expect(themes.children).toHaveLength(portfolio.themes.length);
    const shares = themes.children.map((node) => Number(/^(\d+)%/.exec(node.label)?.[1]));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const theme of portfolio.themes) {
      const node = themes.children.find((candidate) => candidate.id === `theme/${theme.id}`)!;
      const featuring = theme.covered + theme.mentioned;
      expect(node.label).toBe(`${Math.round(theme.share * 100)}% ${theme.label}`);
      expect(node.description).toBe(`${featuring} of 4 reviews`);
      expect(node.children.map((child) => child.label)).toEqual(Object.keys(fixtures));
      expect(node.children.filter((child) => child.status !== 'absent')).toHaveLength(featuring);
    }
    expect(reviews.children.map((node) => node.label)).toEqual(Object.keys(fixtures));
    expect(reviews.children.every((node) => node.children.length === portfolio.themes.length)).toBe(true);
  });

  it('leads each cell with evidence to the first hit of that theme in that draft, and an absent cell nowhere', () => {
    const { portfolio, firstHits, results } = build(fixtures);
    const cells = walk(portfolioNodes(portfolio, firstHits)).filter((node) => node.kind === 'cell');
    expect(cells.length).toBe(2 * 4 * portfolio.themes.length);
    for (const cell of cells) {
      if (cell.status === 'absent') {
        expect(cell.target).toBeUndefined();
        continue;
      }
      const filePath = cell.target!.filePath;
      const themeId = cell.id.split('/')[1];
      const theme = results.find(([file]) => file === filePath)![1].coverage.find((candidate) => candidate.id === themeId)!;
      const first = [...theme.hits].sort((a, b) => a.start - b.start)[0];
      expect(cell.target).toEqual({ filePath, line: first.line, column: first.column });
    }
  });

  it('groups recommendations that ask for the same thing in different reviews first, each leading to its line', () => {
    const audit = 'The Integrated Care Board will audit how GP practices record who attends appointments with babies under one, and report to the Partnership Board by March 2026.';
    const { portfolio, firstHits } = build({
      'a.md': draftWith('Child T', [audit, 'Children’s Social Care will include fathers in every assessment, evidenced by a quarterly audit of 20 cases.']),
      'b.md': draftWith('Child U', ['The Integrated Care Board will audit how GP practices record who attends appointments with babies under one, and report to the Board by June 2026.']),
    });
    const recommendations = portfolioNodes(portfolio, firstHits)[2];
    expect(recommendations.description).toBe('3 · 1 recurring group');
    const [group, ...perReview] = recommendations.children;
    expect(group.kind).toBe('group');
    expect(group.description).toBe('asked in 2 reviews');
    expect(group.children.map((node) => node.target)).toEqual([
      { filePath: 'a.md', line: 5, column: 1 },
      { filePath: 'b.md', line: 5, column: 1 },
    ]);
    expect(perReview.map((node) => [node.label, node.description])).toEqual([
      ['a.md', '2 recommendations'],
      ['b.md', '1 recommendation'],
    ]);
    expect(perReview[0].children[1]).toMatchObject({ label: expect.stringMatching(/^2\. Children’s Social Care will include fathers/), target: { filePath: 'a.md', line: 6, column: 1 } });
    expect(perReview[0].children[1].status).toBeUndefined();
    expect(perReview[0].children[0].description).toContain('recurring G1');
    const ids = walk(recommendations.children).map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps draft text as text, shortening long labels but not the tooltip', () => {
    const hostile = `The Partnership & "Board" will review ${'every single case file '.repeat(8)}by March 2026.`;
    const { portfolio, firstHits } = build({ 'x.md': draftWith('Child V', [hostile]) });
    const item = walk(portfolioNodes(portfolio, firstHits)).find((node) => node.kind === 'recommendation')!;
    expect(item.label.startsWith('1. The Partnership & "Board" will review')).toBe(true);
    expect(item.label.length).toBeLessThanOrEqual(90);
    expect(item.label.endsWith('…')).toBe(true);
    expect(item.tooltip).toContain(hostile.replace(/\s+/g, ' ').trim());
  });

  it('ids are unique and stable across rebuilds, so the tree keeps what was expanded', () => {
    const first = build(fixtures);
    const ids = walk(portfolioNodes(first.portfolio, first.firstHits)).map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = build(fixtures);
    expect(walk(portfolioNodes(again.portfolio, again.firstHits)).map((node) => node.id)).toEqual(ids);
  });
});

describe('PortfolioBuilder.remove (a saved draft replaces its summary)', () => {
  it('drops the draft and its recommendations, so adding it again counts it once', () => {
    const builder = new PortfolioBuilder();
    for (const [file, text] of Object.entries(fixtures)) builder.addSummary(summarizeDraft(file, linter.lint(text)));
    const before = builder.build();
    const [file, text] = Object.entries(fixtures)[0];
    builder.remove(file);
    expect(builder.build().drafts.map((draft) => draft.filePath)).not.toContain(file);
    expect(builder.build().recommendations.some((item) => item.filePath === file)).toBe(false);
    builder.addSummary(summarizeDraft(file, linter.lint(text)));
    const after = builder.build();
    expect(after.drafts).toHaveLength(before.drafts.length);
    expect(after.themes).toEqual(before.themes);
    expect(after.recommendations.length).toBe(before.recommendations.length);
  });
});
