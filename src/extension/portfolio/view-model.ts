// The Portfolio view's pure part (no vscode import, so it is unit-tested as plain data): the tree the
// view shows across the workspace's drafts, built from the portfolio (src/portfolio/build.ts) and,
// per draft and theme, where the first evidence of the theme is. Three branches: themes (each with the
// share of reviews featuring it, then one cell per review), reviews (each with its own theme cells),
// and the recommendations register (recurring groups first, then each review's recommendations).
// Labels hold draft text as plain strings: a tree item renders them as text, never as markup.
import type { Portfolio, PortfolioRecommendation, ThemeStatus } from '../../portfolio/build';

/** Where a click goes: a draft (by its portfolio path) at a 1-based line and column. */
export interface PortfolioTarget {
  filePath: string;
  line: number;
  column: number;
}

export type PortfolioNodeKind = 'themes' | 'theme' | 'cell' | 'reviews' | 'review' | 'recommendations' | 'group' | 'recommendation' | 'review-recommendations' | 'empty';

export interface PortfolioNode {
  /** Stable across updates, so the tree keeps what the author expanded. */
  id: string;
  kind: PortfolioNodeKind;
  label: string;
  description: string;
  tooltip: string;
  /** For a cell: its status (the icon); for a recommendation: whether it recurs. */
  status?: ThemeStatus | 'recurring';
  target?: PortfolioTarget;
  children: PortfolioNode[];
}

/** First evidence of each theme, per draft: filePath → theme id → line and column (1-based). */
export type FirstHits = ReadonlyMap<string, Readonly<Record<string, { line: number; column: number }>>>;

const STATUS_WORD: Record<ThemeStatus, string> = { covered: 'covered', mentioned: 'mentioned once', absent: 'absent' };

/** Longest label a recommendation gets in the tree; the tooltip holds the whole text. */
const LABEL_CHARS = 90;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function shorten(text: string): string {
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

function cell(portfolio: Portfolio, firstHits: FirstHits, filePath: string, themeId: string, label: string, idPrefix: string): PortfolioNode {
  const draft = portfolio.drafts.find((candidate) => candidate.filePath === filePath);
  const status = draft?.themes[themeId] ?? 'absent';
  const hit = status === 'absent' ? undefined : firstHits.get(filePath)?.[themeId];
  return {
    id: `${idPrefix}/${themeId}/${filePath}`,
    kind: 'cell',
    label,
    description: STATUS_WORD[status],
    tooltip: hit ? `${filePath}: ${STATUS_WORD[status]}. Opens the first evidence, line ${hit.line}.` : `${filePath}: no evidence of this theme.`,
    status,
    target: hit ? { filePath, line: hit.line, column: hit.column } : undefined,
    children: [],
  };
}

function recommendationNode(item: PortfolioRecommendation, index: number, idPrefix: string, showFile: boolean): PortfolioNode {
  const details = [item.owner && `Owner: ${item.owner}`, item.timescale && `Timescale: ${item.timescale}`, item.measure && `Measure: ${item.measure}`].filter(Boolean);
  return {
    id: `${idPrefix}/${item.filePath}/${index}`,
    kind: 'recommendation',
    label: shorten(`${item.number ? `${item.number}. ` : ''}${item.text}`),
    description: [showFile ? `${item.filePath}:${item.line}` : `line ${item.line}`, item.owner, item.group && `recurring ${item.group}`].filter(Boolean).join(' · '),
    tooltip: [item.text, ...details, `${item.filePath}, line ${item.line}`].join('\n'),
    status: item.group ? 'recurring' : undefined,
    target: { filePath: item.filePath, line: item.line, column: 1 },
    children: [],
  };
}

export function portfolioNodes(portfolio: Portfolio, firstHits: FirstHits): PortfolioNode[] {
  const drafts = [...portfolio.drafts].sort((a, b) => a.filePath.localeCompare(b.filePath));
  if (drafts.length === 0) return [];
  const reviews = plural(drafts.length, 'review');

  const themes: PortfolioNode = {
    id: 'themes',
    kind: 'themes',
    label: 'Themes',
    description: `share of ${reviews}`,
    tooltip: 'Each national theme with the share of reviews that cover or mention it, as the national Panel reports it, most featured first; open a theme for each review.',
    // Most featured first; the share leads the label so a narrow side bar still shows it.
    children: [...portfolio.themes].sort((a, b) => b.share - a.share || a.label.localeCompare(b.label)).map((theme) => {
      const featuring = theme.covered + theme.mentioned;
      return {
        id: `theme/${theme.id}`,
        kind: 'theme' as const,
        label: `${percent(theme.share)} ${theme.label}`,
        description: `${featuring} of ${reviews}`,
        tooltip: `${theme.label}: featured in ${featuring} of ${reviews} (${percent(theme.share)}): covered in ${theme.covered}, mentioned once in ${theme.mentioned}.`,
        children: drafts.map((draft) => cell(portfolio, firstHits, draft.filePath, theme.id, draft.filePath, 'theme')),
      };
    }),
  };

  const reviewsNode: PortfolioNode = {
    id: 'reviews',
    kind: 'reviews',
    label: 'Reviews',
    description: reviews,
    tooltip: 'Each draft with its template, completeness, problems and theme coverage.',
    children: drafts.map((draft) => {
      const present = draft.sections.filter((section) => section.status === 'present').length;
      const covered = Object.values(draft.themes).filter((status) => status === 'covered').length;
      return {
        id: `review/${draft.filePath}`,
        kind: 'review' as const,
        label: draft.filePath,
        description: `${draft.template} · ${present}/${draft.sections.length} sections · ${plural(draft.errorCount, 'error')}, ${plural(draft.warningCount, 'warning')}`,
        tooltip: `${draft.filePath} (${draft.template}): ${present} of ${draft.sections.length} sections written, ${plural(draft.errorCount, 'error')}, ${plural(draft.warningCount, 'warning')}, ${covered} of ${portfolio.themes.length} themes covered.`,
        target: { filePath: draft.filePath, line: 1, column: 1 },
        children: portfolio.themes.map((theme) => cell(portfolio, firstHits, draft.filePath, theme.id, theme.label, 'review')),
      };
    }),
  };

  const groups = new Map<string, PortfolioRecommendation[]>();
  for (const item of portfolio.recommendations) {
    if (!item.group) continue;
    let list = groups.get(item.group);
    if (!list) groups.set(item.group, (list = []));
    list.push(item);
  }
  const indexOf = new Map(portfolio.recommendations.map((item, index) => [item, index]));
  const recurring = [...groups].map(([group, items]): PortfolioNode => {
    const inReviews = new Set(items.map((item) => item.filePath)).size;
    return {
      id: `group/${group}`,
      kind: 'group',
      label: `Recurring ${group}: ${shorten(items[0].text)}`,
      description: `asked in ${plural(inReviews, 'review')}`,
      tooltip: `${plural(items.length, 'recommendation')} in ${plural(inReviews, 'review')} ask for the same thing.`,
      status: 'recurring',
      children: items.map((item) => recommendationNode(item, indexOf.get(item) ?? 0, `group/${group}`, true)),
    };
  });
  const perReview = drafts
    .map((draft) => ({ draft, items: portfolio.recommendations.filter((item) => item.filePath === draft.filePath) }))
    .filter(({ items }) => items.length > 0)
    .map(({ draft, items }): PortfolioNode => ({
      id: `recommendations/${draft.filePath}`,
      kind: 'review-recommendations',
      label: draft.filePath,
      description: plural(items.length, 'recommendation'),
      tooltip: `The recommendations of ${draft.filePath}.`,
      children: items.map((item) => recommendationNode(item, indexOf.get(item) ?? 0, 'recommendation', false)),
    }));
  const recommendations: PortfolioNode = {
    id: 'recommendations',
    kind: 'recommendations',
    label: 'Recommendations',
    description: `${portfolio.recommendations.length} · ${plural(groups.size, 'recurring group')}`,
    tooltip: 'The recommendations register across the reviews; recommendations that ask for the same thing in different reviews are grouped first.',
    children:
      recurring.length + perReview.length > 0
        ? [...recurring, ...perReview]
        : [{ id: 'recommendations/none', kind: 'empty', label: 'No recommendations found yet', description: '', tooltip: 'None of the drafts has a recommendations section with items.', children: [] }],
  };

  return [themes, reviewsNode, recommendations];
}
