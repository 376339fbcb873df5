// `npm run screenshots` only (layout "screenshots"): the images in docs/images/.
// diagnostics.png: lcspr-gaps.md with its diagnostics, the quick fix menu of an acronym open, and
// the Problems panel.
// panel.png: the cspr-lint side panel (view container csprLint) next to the draft.
// name-quick-fix.png: the quick fixes of a real-looking name (replace everywhere, allowNames, disable last).
// snippets.png: the list that opens by itself when the author types "cspr" in a draft.
// panel-light.png: the panel in the default light theme, a theme row open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, clickInWebview, closeAllEditors, commandExists, describeDiagnostics, dumpWebviews, harness, log,
  openDraft, screenshot, sleep, waitFor, waitForDiagnostics, webviewText, withSetting,
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

  it('name-quick-fix.png: the quick fixes of a real-looking name', async () => {
    const { editor, uri } = await openDraft('drafts/lcspr-gaps.md');
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => (x.code as { value?: string })?.value === 'identifying-detail'), 30000);
    const name = diags.find((d) => (d.code as { value?: string })?.value === 'identifying-detail' && editor.document.getText(d.range) === 'Jayden Marsh-Okafor');
    assert.ok(name, 'the name diagnostic');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(name.range.start, name.range.start), preserveFocus: false });
    editor.revealRange(new vscode.Range(Math.max(0, name.range.start.line - 4), 0, name.range.start.line, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.quickFix');
    const file = await screenshot('name-quick-fix', { settleMs: 2000 });
    await vscode.commands.executeCommand('hideCodeActionWidget');
    log(`name quick fix screenshot: ${file ?? '(screenshots off)'}`);
  });

  it('snippets.png: typing "cspr" in a draft opens the snippet list', async () => {
    const { editor, document } = await openDraft('drafts/lcspr-gaps.md');
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\n'));
    const last = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(last, last);
    editor.revealRange(new vscode.Range(last, last), vscode.TextEditorRevealType.InCenter);
    try {
      for (const ch of 'cspr') await vscode.commands.executeCommand('type', { text: ch });
      const file = await screenshot('snippets', { settleMs: 2000 });
      log(`snippets screenshot: ${file ?? '(screenshots off)'}`);
    } finally {
      await vscode.commands.executeCommand('hideSuggestWidget');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('panel-light.png: the panel in the default light theme', async () => {
    await openDraft('drafts/lcspr-gaps.md');
    await vscode.commands.executeCommand('csprLint.showCoverage');
    await withSetting('workbench.colorTheme', 'Default Light Modern', async () => {
      if (harness.dumpWebviews) {
        await waitFor(async () => webviewText((await dumpWebviews('panel-light'))!).includes('lcspr-gaps.md'), { timeoutMs: 30000, intervalMs: 500, message: 'the panel shows the draft' });
        await clickInWebview('panel-light-open', '[data-focus-key="theme:extra-familial-harm"]');
      }
      await sleep(1000);
      const file = await screenshot('panel-light', { settleMs: 1500 });
      log(`panel light screenshot: ${file ?? '(screenshots off)'}`);
      if (harness.dumpWebviews) await clickInWebview('panel-light-close', '[data-focus-key="theme:extra-familial-harm"]');
    });
  });
});
