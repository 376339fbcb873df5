// `npm run screenshots` only (layout "screenshots"): the images in docs/images/.
// diagnostics.png: lcspr-gaps.md with its diagnostics and the Problems panel.
// panel.png: the cspr-lint side panel (view container csprLint) next to the draft, once it exists.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, closeAllEditors, commandExists, describeDiagnostics, dumpWebviews, harness, log,
  openDraft, screenshot, waitFor, waitForDiagnostics, webviewText,
} from '../helpers';

describe('docs screenshots', () => {
  before(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('diagnostics.png: a draft with problems, squiggles and the Problems panel', async () => {
    const { editor, uri } = await openDraft('drafts/lcspr-gaps.md');
    const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 30000);
    log(`lcspr-gaps.md: ${diags.length} diagnostics\n${describeDiagnostics(diags)}`);
    // Show a stretch of text with several squiggles: start at the first diagnostic that is in the body.
    const first = [...diags].sort((a, b) => a.range.start.line - b.range.start.line).find((d) => d.range.start.line > 20) ?? diags[0];
    editor.selection = new vscode.Selection(first.range.start, first.range.start);
    editor.revealRange(first.range, vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const file = await screenshot('diagnostics', { settleMs: 1500 });
    log(`diagnostics screenshot: ${file ?? '(screenshots off)'}`);
  });

  it('panel.png: the cspr-lint side panel', async function () {
    if (!(await commandExists('csprLint.showCoverage'))) {
      log('NOTICE: command csprLint.showCoverage does not exist yet - skipping panel.png');
      this.skip();
    }
    await activateExtension();
    await openDraft('drafts/lcspr-gaps.md');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('csprLint.showCoverage');
    if (harness.dumpWebviews) {
      // wait until the panel's webview has rendered some text
      await waitFor(async () => webviewText((await dumpWebviews('panel'))!).trim().length > 0,
        { timeoutMs: 30000, intervalMs: 500, message: 'the cspr-lint panel webview to render text' });
    }
    const file = await screenshot('panel', { settleMs: 1500 });
    assert.ok(file || !harness.screenshotDir);
    log(`panel screenshot: ${file ?? '(screenshots off)'}`);
  });
});
