// Layout smoke test for the "no-config" window (test/fixtures/no-config: no .cspr-lint.json anywhere,
// one draft selecting its template through front matter, one unrelated README).
// Diagnostics suites for this window go next to this file (test/integration/no-config/*.test.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, openDraft, waitForActivation, workspaceFolder } from '../helpers';

describe('no-config window', () => {
  after(closeAllEditors);

  it('opens the no-config fixture folder, which has no .cspr-lint.json', () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
    const folder = workspaceFolder();
    assert.equal(folder.name, 'no-config');
    assert.equal(fs.existsSync(vscode.Uri.joinPath(folder.uri, '.cspr-lint.json').fsPath), false);
  });

  it('activates the extension for a draft that declares cspr-template in front matter', async () => {
    const { document } = await openDraft('rapid-review-draft.md');
    assert.match(document.getText(), /^---\ncspr-template: rapid-review\n/);
    await waitForActivation();
  });
});
