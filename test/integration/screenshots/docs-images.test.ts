// `npm run screenshots` only (layout "screenshots"): the images in docs/images/.
// diagnostics.png: lcspr-gaps.md with its diagnostics, the quick fix menu of an acronym open, and
// the Problems panel.
// panel.png: the cspr-lint side panel (view container csprLint) next to the draft.
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

  it('diagnostics.png: a draft with problems, squiggles, quick fixes and the Problems panel', async () => {
    const { editor, uri } = await openDraft('drafts/lcspr-gaps.md');
    const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 30000);
    log(`lcspr-gaps.md: ${diags.length} diagnostics\n${describeDiagnostics(diags)}`);
    // Show the 20-line stretch of body text (after the sample's header comment) with the most squiggles.
    const lines = diags.map((d) => d.range.start.line).filter((l) => l > 20).sort((a, b) => a - b);
    const count = (from: number) => lines.filter((l) => l >= from && l < from + 20).length;
    const top = Math.max(0, (lines.length ? lines.reduce((best, l) => (count(l - 2) > count(best - 2) ? l : best), lines[0]) : diags[0].range.start.line) - 2);
    const at = new vscode.Position(top + 2, 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(top, 0, top, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Open the quick fix menu on an acronym in view: its fix spells the acronym out.
    const acronym = diags.find((d) => (d.code as { value?: string })?.value === 'undefined-acronym' && d.range.start.line >= top + 2 && d.range.start.line <= top + 12);
    assert.ok(acronym, 'an undefined-acronym diagnostic in view');
    await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(acronym.range.start, acronym.range.start), preserveFocus: false });
    editor.revealRange(new vscode.Range(top, 0, top, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.quickFix');
    const file = await screenshot('diagnostics', { settleMs: 2000 });
    log(`diagnostics screenshot: ${file ?? '(screenshots off)'}`);
  });

  it('panel.png: the cspr-lint side panel', async () => {
    await activateExtension();
    assert.ok(await commandExists('csprLint.showCoverage'));
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
