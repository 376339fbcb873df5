// The "Portfolio" view (a tree in the CSPR Review container) across the workspace's drafts, and the
// commands "CSPR: Export portfolio report" and "CSPR: Create 7-minute briefing".
//
// Seam with the rest of the extension (activate.ts calls this once):
//   const portfolio = registerPortfolio(() => client, ready, drafts, log); context.subscriptions.push(portfolio);
// A tree rather than a webview: every row is reachable with the arrow keys and read by screen readers
// as VS Code's own lists are, and draft text can only ever be a label.
//
// Drafts are the files the editor lints (a .cspr-lint.json applies, cspr-template front matter, or
// csprLint.lintAllMarkdown), found as "Lint workspace drafts" finds them; the language server reads
// each from disk and lints it (off the extension host's thread) without opening editors or publishing
// diagnostics, and sends back only its summary. The first scan waits until
// the view is shown or a report is asked for; afterwards a saved, created or deleted draft is
// re-read on its own, debounced, and only its summary in the portfolio is replaced.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PortfolioBuilder, type Portfolio } from '../../portfolio/build';
import { portfolioFormatOf, renderPortfolio } from '../../portfolio/render';
import { BRIEFING_REQUEST, DRAFT_SUMMARY_REQUEST, type BriefingResult, type DraftSummary } from '../../server/protocol';
import type { DraftStates } from '../drafts';
import { REVEAL_COMMAND } from '../panel/index';
import { inform } from '../ui-state';
import { openReport } from '../open-report';
import { portfolioNodes, type PortfolioNode } from './view-model';

export const PORTFOLIO_VIEW_ID = 'csprLint.portfolio';
export const EXPORT_PORTFOLIO_COMMAND = 'csprLint.exportPortfolio';
export const REFRESH_PORTFOLIO_COMMAND = 'csprLint.refreshPortfolio';
export const BRIEFING_COMMAND = 'csprLint.createBriefing';

/** A burst of saves (save all, a formatter) becomes one update. */
const UPDATE_DELAY_MS = 400;
const DRAFT_GLOB = '**/*.{md,markdown}';
const MAX_FILES = 10000;

function enabled(): boolean {
  return vscode.workspace.getConfiguration('csprLint').get<boolean>('enable', true);
}

/** The workspace's drafts summarised into one portfolio, kept current as drafts are saved. */
export class PortfolioStore implements vscode.Disposable {
  private builder = new PortfolioBuilder();
  private uris = new Map<string, vscode.Uri>();
  private firstHits = new Map<string, Record<string, { line: number; column: number }>>();
  private scanned?: Promise<void>;
  /** Scans and updates run one at a time, in order. */
  private queue: Promise<void> = Promise.resolve();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly client: () => BaseLanguageClient | undefined,
    private readonly serverReady: Promise<void>,
    private readonly log: (message: string) => void,
  ) {}

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.emitter.dispose();
  }

  /** Resolves once the workspace has been scanned (scanning it the first time it is asked). */
  ready(): Promise<void> {
    this.scanned ??= this.rescan();
    return this.scanned;
  }

  portfolio(): Portfolio {
    return this.builder.build();
  }

  nodes(): PortfolioNode[] {
    return portfolioNodes(this.builder.build(), this.firstHits);
  }

  uriOf(filePath: string): vscode.Uri | undefined {
    return this.uris.get(filePath);
  }

  /** Reads every draft again shortly, if the workspace has been scanned (config, settings or folders changed). */
  rescanSoon(): void {
    if (!this.scanned) return;
    const previous = this.timers.get('');
    if (previous) clearTimeout(previous);
    // After the delay, so the config store has dropped the old config first.
    this.timers.set('', setTimeout(() => void this.rescan(), UPDATE_DELAY_MS));
  }

  /** Reads every draft again. */
  rescan(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.scanned = this.enqueue(async () => {
      this.builder = new PortfolioBuilder();
      this.uris = new Map();
      this.firstHits = new Map();
      if (enabled()) {
        await vscode.window.withProgress({ location: { viewId: PORTFOLIO_VIEW_ID } }, async () => {
          const files = await vscode.workspace.findFiles(DRAFT_GLOB, '**/node_modules/**', MAX_FILES);
          files.sort((a, b) => a.toString().localeCompare(b.toString()));
          for (const uri of files) {
            await this.read(uri);
            // Yield so the extension host (and live linting) stays responsive on a large workspace.
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
        });
      }
      this.emitter.fire();
    });
    return this.scanned;
  }

  /** A draft was saved, created or deleted: re-read it shortly, off the save's path. */
  changed(uri: vscode.Uri, deleted = false): void {
    if (!this.scanned || !/\.(?:md|markdown)$/i.test(uri.path)) return;
    const key = uri.toString();
    const previous = this.timers.get(key);
    if (previous) clearTimeout(previous);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.enqueue(async () => {
          const filePath = vscode.workspace.asRelativePath(uri);
          this.builder.remove(filePath);
          this.uris.delete(filePath);
          this.firstHits.delete(filePath);
          if (!deleted && enabled()) await this.read(uri);
          this.emitter.fire();
        });
      }, UPDATE_DELAY_MS),
    );
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work).catch((error: unknown) => this.log(`Portfolio update failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    this.queue = next;
    return next;
  }

  /** Adds the file to the portfolio if it is a draft; anything unreadable or too large is left out. */
  private async read(uri: vscode.Uri): Promise<void> {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return;
    await this.serverReady;
    const client = this.client();
    if (!client) return;
    const filePath = vscode.workspace.asRelativePath(uri);
    let answer: DraftSummary | null;
    try {
      answer = await client.sendRequest<DraftSummary | null>(DRAFT_SUMMARY_REQUEST, { uri: client.code2ProtocolConverter.asUri(uri), filePath });
    } catch (error) {
      this.log(`Portfolio: ${filePath} left out: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!answer) return;
    this.builder.addSummary(answer.summary);
    this.uris.set(filePath, uri);
    this.firstHits.set(filePath, answer.firstHits);
  }
}

const ICONS: Record<PortfolioNode['kind'], string> = {
  themes: 'symbol-class',
  theme: 'tag',
  cell: 'circle-outline',
  reviews: 'files',
  review: 'file',
  recommendations: 'checklist',
  group: 'references',
  recommendation: 'arrow-right',
  'review-recommendations': 'file',
  empty: 'info',
};

const CELL_ICONS: Record<string, string> = { covered: 'pass-filled', mentioned: 'circle-large-outline', absent: 'circle-slash', recurring: 'sync' };

export class PortfolioTreeProvider implements vscode.TreeDataProvider<PortfolioNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly store: PortfolioStore) {
    store.onDidChange(() => this.emitter.fire());
  }

  /** Parent of each row by id, for reveal (a row found from the store can be selected and focused). */
  private readonly parents = new Map<string, PortfolioNode | undefined>();

  async getChildren(node?: PortfolioNode): Promise<PortfolioNode[]> {
    if (node) return node.children;
    await this.store.ready();
    const roots = this.store.nodes();
    this.parents.clear();
    const index = (children: PortfolioNode[], parent: PortfolioNode | undefined) => {
      for (const child of children) {
        this.parents.set(child.id, parent);
        index(child.children, child);
      }
    };
    index(roots, undefined);
    return roots;
  }

  getParent(node: PortfolioNode): PortfolioNode | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: PortfolioNode): vscode.TreeItem {
    const collapsed = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.kind === 'themes' || node.kind === 'recommendations' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsed);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.kind;
    item.iconPath = new vscode.ThemeIcon((node.status && CELL_ICONS[node.status]) ?? ICONS[node.kind]);
    item.accessibilityInformation = { label: [node.label, node.description].filter(Boolean).join(', ') };
    const uri = node.target && this.store.uriOf(node.target.filePath);
    if (node.target && uri) {
      item.resourceUri = node.kind === 'review' ? uri : undefined;
      item.command = { title: 'Open in the draft', command: REVEAL_COMMAND, arguments: [uri, node.target.line, node.target.column] };
    }
    return item;
  }
}

async function exportPortfolio(store: PortfolioStore, given?: vscode.Uri): Promise<void> {
  await store.ready();
  const portfolio = store.portfolio();
  if (portfolio.drafts.length === 0) {
    void inform('cspr-lint: no review drafts in this workspace to make a portfolio of.');
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    given instanceof vscode.Uri
      ? given
      : await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, 'portfolio.html') : undefined,
          filters: { 'HTML report': ['html'], 'Markdown report': ['md'], 'JSON data': ['json'], 'CSV spreadsheet': ['csv'] },
          title: 'CSPR: Export portfolio report',
        });
  if (!target) return;
  const format = portfolioFormatOf(target.path);
  if (!format) {
    void inform('cspr-lint: a portfolio report is .html, .md, .json or .csv: choose a name with one of those endings.');
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderPortfolio(portfolio, format)));
  const count = portfolio.drafts.length;
  void inform(`cspr-lint: wrote ${vscode.workspace.asRelativePath(target)} (${count} draft${count === 1 ? '' : 's'})`, 'Open').then((choice) => (choice === 'Open' ? openReport(target) : undefined));
}

async function createBriefing(client: () => BaseLanguageClient | undefined, ready: Promise<void>, drafts: DraftStates): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  await ready;
  const connection = client();
  const briefing = document && connection && (await drafts.fresh(document)) ? await connection.sendRequest<BriefingResult | null>(BRIEFING_REQUEST, { uri: connection.code2ProtocolConverter.asUri(document.uri) }) : null;
  if (!document || !briefing) {
    void inform('cspr-lint: open a review draft to make its 7-minute briefing.');
    return undefined;
  }
  const created = await vscode.workspace.openTextDocument({ language: 'markdown', content: briefing.markdown });
  await vscode.window.showTextDocument(created, { preview: false });
  const notes = [
    briefing.withheld > 0 ? `${briefing.withheld} line${briefing.withheld === 1 ? ' was left out because it' : 's were left out because they'} could identify someone` : '',
    briefing.prompts > 0 ? `${briefing.prompts} part${briefing.prompts === 1 ? '' : 's'} still need${briefing.prompts === 1 ? 's' : ''} writing (the [bracketed prompts])` : '',
  ].filter(Boolean);
  if (notes.length > 0) void inform(`cspr-lint: briefing drafted; ${notes.join('; ')}.`);
  return created;
}

export interface PortfolioRegistration extends vscode.Disposable {
  store: PortfolioStore;
  provider: PortfolioTreeProvider;
  view: vscode.TreeView<PortfolioNode>;
}

export function registerPortfolio(client: () => BaseLanguageClient | undefined, ready: Promise<void>, drafts: DraftStates, log: (message: string) => void): PortfolioRegistration {
  const store = new PortfolioStore(client, ready, log);
  const provider = new PortfolioTreeProvider(store);
  const view = vscode.window.createTreeView(PORTFOLIO_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const watcher = vscode.workspace.createFileSystemWatcher(DRAFT_GLOB);
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.cspr-lint.json');
  const rescanSoon = () => store.rescanSoon();
  const disposable = vscode.Disposable.from(
    store,
    view,
    watcher,
    configWatcher,
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.path.endsWith('/.cspr-lint.json')) rescanSoon();
      else store.changed(document.uri);
    }),
    watcher.onDidCreate((uri) => store.changed(uri)),
    watcher.onDidDelete((uri) => store.changed(uri, true)),
    // The explorer's and workspace edits' own events too: a watcher can miss a file in a folder just made.
    vscode.workspace.onDidCreateFiles((event) => event.files.forEach((uri) => store.changed(uri))),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => store.changed(uri, true))),
    vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri, newUri }) => (store.changed(oldUri, true), store.changed(newUri)))),
    configWatcher.onDidCreate(rescanSoon),
    configWatcher.onDidChange(rescanSoon),
    configWatcher.onDidDelete(rescanSoon),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('csprLint')) rescanSoon();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(rescanSoon),
    vscode.commands.registerCommand(EXPORT_PORTFOLIO_COMMAND, (target?: vscode.Uri) => exportPortfolio(store, target)),
    vscode.commands.registerCommand(REFRESH_PORTFOLIO_COMMAND, () => store.rescan()),
    vscode.commands.registerCommand(BRIEFING_COMMAND, () => createBriefing(client, ready, drafts)),
  );
  return Object.assign(disposable, { store, provider, view });
}
