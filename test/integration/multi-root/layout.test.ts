// Layout smoke test for the multi-root window (test/fixtures/multi-root.code-workspace: root-a uses
// the lcspr template, root-b rapid-review; both hold drafts/short-draft.md with the same text).
// Diagnostics suites for this window go next to this file (test/integration/multi-root/*.test.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDraft, waitForActivation, workspaceFolder, workspaceUri } from '../helpers';

describe('multi-root window', () => {
  after(closeAllEditors);

  it('opens both roots of multi-root.code-workspace', () => {
    assert.ok(vscode.workspace.workspaceFile, 'a .code-workspace is open');
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['root-a', 'root-b']);
    assert.equal(workspaceUri('root-b/drafts/short-draft.md').fsPath,
      vscode.Uri.joinPath(workspaceFolder('root-b').uri, 'drafts', 'short-draft.md').fsPath);
  });

  it('activates the extension for a draft in the second root', async () => {
    const { uri } = await openDraft('root-b/drafts/short-draft.md');
    assert.equal(vscode.workspace.getWorkspaceFolder(uri)?.name, 'root-b');
    await waitForActivation();
  });
});
