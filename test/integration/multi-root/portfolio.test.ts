// The Portfolio view in a multi-root window: each root's draft is there under its folder's name,
// linted with its own folder's config (root-a lcspr, root-b rapid-review), and a row opens the
// draft of the right root.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PortfolioRegistration } from '../../../src/extension/portfolio/index';
import type { PortfolioNode } from '../../../src/extension/portfolio/view-model';
import { activateExtension, closeAllEditors, waitFor, workspaceUri } from '../helpers';

describe('Portfolio view (multi-root)', () => {
  after(closeAllEditors);

  it('lists each root’s draft with its own folder’s template, and opens the right one', async () => {
    const { provider } = (await activateExtension<{ portfolio: PortfolioRegistration }>()).portfolio;
    const roots = await waitFor(async () => {
      const nodes = await provider.getChildren();
      return nodes.length > 0 ? nodes : undefined;
    }, { timeoutMs: 20000, message: 'the Portfolio view filled' });
    const reviews = roots.find((node) => node.kind === 'reviews')!.children;
    const byLabel = new Map<string, PortfolioNode>(reviews.map((node) => [node.label, node]));
    assert.deepEqual([...byLabel.keys()].sort(), ['root-a/drafts/short-draft.md', 'root-b/drafts/short-draft.md']);
    assert.match(byLabel.get('root-a/drafts/short-draft.md')!.description, /^lcspr · /);
    assert.match(byLabel.get('root-b/drafts/short-draft.md')!.description, /^rapid-review · /);

    const item = await provider.getTreeItem(byLabel.get('root-b/drafts/short-draft.md')!);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri('root-b/drafts/short-draft.md').toString(), { timeoutMs: 10000, message: 'root-b’s draft open' });
  });
});
