// The Command Palette commands as an author uses them, quick picks and save dialog included: new
// draft, insert section, lint workspace, fix all, export coverage; "lint this draft" in manual mode
// and linting on save; the "disable for this line / file" quick fixes applied.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DraftStates } from '../../src/extension/drafts';
import { PRESET_TEMPLATES } from '../../src/engine/index';
import {
  activateExtension,
  closeAllEditors,
  describeDiagnostics,
  expectNoDiagnostics,
  getDiagnostics,
  log,
  openDraft,
  ruleId,
  sleep,
  waitFor,
  waitForDiagnostics,
  withSetting,
  workspaceUri,
} from './helpers';

/**
 * Runs a command that shows a quick pick (or VS Code's own save dialog, which is one in a remote
 * window) and accepts the item it offers first, as pressing Enter would. Accepting while nothing is
 * shown does nothing, so this keeps trying until the command returns.
 */
async function acceptingFirstItem(command: string, ...args: unknown[]): Promise<void> {
  let settled = false;
  const running = Promise.resolve(vscode.commands.executeCommand(command, ...args)).finally(() => {
    settled = true;
  });
  const deadline = Date.now() + 15000;
  while (!settled && Date.now() < deadline) {
    await sleep(300);
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  if (!settled) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.fail(`${command}: the quick pick was not accepted within 15 s`);
  }
  await running;
}

async function drafts(): Promise<DraftStates> {
  return (await activateExtension<{ drafts: DraftStates }>()).drafts;
}

async function linted(document: vscode.TextDocument): Promise<void> {
  const lint = await drafts();
  await waitFor(() => lint.stateFor(document.uri)?.version === document.version, { timeoutMs: 15000, message: `${document.uri.path} linted at version ${document.version}` });
}

async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !document.isDirty, { timeoutMs: 5000, message: 'revert' });
}

const headingsOf = (text: string) => text.split('\n').filter((line) => /^## /.test(line)).map((line) => line.slice(3));

describe('CSPR: New draft from template', () => {
  after(closeAllEditors);

  it('opens an untitled draft with cspr-template front matter and every section, and lints it', async () => {
    await closeAllEditors();
    // The first template offered is the local review.
    await acceptingFirstItem('csprLint.newDraft');
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined), { timeoutMs: 5000, message: 'an untitled editor' });
    try {
      const { document } = editor;
      assert.equal(document.languageId, 'markdown');
      assert.match(document.getText(), /^---\ncspr-template: lcspr\n---\n/);
      assert.deepEqual(headingsOf(document.getText()), PRESET_TEMPLATES.lcspr.sections.map((section) => section.title));
      await linted(document);
      const structural = getDiagnostics(document.uri).filter((d) => ['required-section', 'section-order', 'duplicate-section'].includes(ruleId(d) ?? ''));
      assert.deepEqual(structural, [], describeDiagnostics(structural));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

describe('CSPR: Insert section skeleton', () => {
  after(closeAllEditors);

  it('offers the missing sections and inserts the chosen one at its template position', async () => {
    const { document } = await openDraft('drafts/lcspr-gaps.md');
    await linted(document);
    const state = (await drafts()).stateFor(document.uri)!;
    const template = state.sections;
    const firstMissing = template.findIndex((section) => section.status === 'missing');
    assert.ok(firstMissing >= 0, 'the gaps draft misses sections');
    assert.equal(state.missingSections[0]?.id, template[firstMissing].id, 'the picker offers the first missing section first');
    const nextPresent = template.slice(firstMissing + 1).find((section) => section.status !== 'missing');
    const nextHeading = nextPresent && document.lineAt(nextPresent.line! - 1).text;
    try {
      await acceptingFirstItem('csprLint.insertSection');
      const lines = document.getText().split('\n');
      const inserted = lines.indexOf(`## ${template[firstMissing].title}`);
      assert.ok(inserted >= 0, `## ${template[firstMissing].title} inserted`);
      if (nextHeading) {
        const following = lines.slice(inserted + 1).find((line) => /^#{1,2} /.test(line));
        assert.equal(following, nextHeading, 'followed by the next section of the template');
      }
    } finally {
      await revert(document);
    }
  });
});

describe('CSPR: Lint workspace drafts', () => {
  after(closeAllEditors);

  it('lints drafts that are not open, and leaves the README alone', async () => {
    await closeAllEditors();
    const unopened = workspaceUri('drafts/rapid-review.md');
    const readme = workspaceUri('README.md');
    assert.deepEqual(getDiagnostics(unopened), [], 'not linted before');
    const started = Date.now();
    await vscode.commands.executeCommand('csprLint.lintWorkspace');
    await waitForDiagnostics(unopened, (d) => d.length > 0, 5000);
    await expectNoDiagnostics(readme, 500);
    // Info-level hints (readability) may remain on a complete draft; nothing to fix.
    await expectNoDiagnostics(workspaceUri('drafts/lcspr-complete.md'), 500, (d) => d.severity !== vscode.DiagnosticSeverity.Information);
    assert.ok(getDiagnostics(workspaceUri('drafts/lcspr-messy.md')).length > 0);
    log(`lint workspace: ${Date.now() - started} ms`);
  });
});

describe('CSPR: Fix all', () => {
  after(closeAllEditors);

  // A section skeleton is text the author must still write: a suggestion (quick fix, Insert), never
  // a fix that fix-all applies (PRODUCT.md, "Fixes and suggestions").
  it('applies the safe fixes in one edit and inserts no skeleton', async () => {
    const { document } = await openDraft('drafts/lcspr-gaps.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleId(x) === 'required-section'));
    const text = document.getText();
    const headings = headingsOf(text);
    await vscode.commands.executeCommand('csprLint.fixAll');
    try {
      assert.deepEqual(headingsOf(document.getText()), headings, 'no section inserted');
      await linted(document);
      assert.ok(getDiagnostics(document.uri).some((d) => ruleId(d) === 'required-section'), 'the missing sections are still reported');
      if (document.getText() !== text) {
        // One edit: a single undo restores the draft.
        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), text);
      }
    } finally {
      await revert(document);
    }
  });
});

describe('commands on a draft of their own', () => {
  const folder = 'commands-tmp';
  const draft = `${folder}/draft.md`;
  const text = '# Review: Child A\n\n## Introduction\n\nChild A was referred to CAMHS twice in the period under review.\n';
  const write = (relPath: string, content: string) => vscode.workspace.fs.writeFile(workspaceUri(relPath), new TextEncoder().encode(content));

  // The config is written once: each write re-lints the open drafts, which would race the
  // run-mode tests' edits.
  before(() => write(`${folder}/.cspr-lint.json`, '{ "template": "lcspr" }\n'));
  beforeEach(async () => {
    await closeAllEditors();
    await write(draft, text);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false });
  });

  const acronym = (d: vscode.Diagnostic[]) => d.find((x) => ruleId(x) === 'undefined-acronym');
  /** The quick fix titled `title` for the acronym finding (asked again while a config change is still re-linting the draft). */
  const acronymAction = (uri: vscode.Uri, title: string) =>
    waitFor(
      async () => {
        const diagnostic = acronym(getDiagnostics(uri));
        if (!diagnostic) return undefined;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const action = actions.find((candidate) => candidate.title === title);
        return action?.command ? { diagnostic, command: action.command } : undefined;
      },
      { timeoutMs: 10000, message: `the quick fix "${title}"` },
    );
  /** Opens a file of the folder once its document shows what is on disk (a document an earlier test left open reloads a moment after the file changes). */
  const openWritten = async (relPath: string, content: string) => {
    const opened = await openDraft(relPath);
    await waitFor(() => opened.document.getText() === content, { timeoutMs: 5000, message: `${relPath} shows the file's content` });
    return opened;
  };

  it('"Disable … for this line" inserts a control comment above and the finding goes', async () => {
    const { document, uri } = await openWritten(draft, text);
    const { diagnostic, command } = await acronymAction(uri, 'Disable undefined-acronym for this line');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    try {
      assert.match(document.lineAt(diagnostic.range.start.line).text, /^<!-- cspr-lint-disable-next-line undefined-acronym -- .+ -->$/);
      await waitForDiagnostics(uri, (d) => !acronym(d));
    } finally {
      await revert(document);
    }
  });

  it('"Disable … for this file" goes after front matter', async () => {
    await write(draft, `---\ntitle: Review\n---\n${text}`);
    const { document, uri } = await openWritten(draft, `---\ntitle: Review\n---\n${text}`);
    const { command } = await acronymAction(uri, 'Disable undefined-acronym for this file');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    try {
      assert.equal(document.lineAt(2).text, '---');
      assert.match(document.lineAt(3).text, /^<!-- cspr-lint-disable undefined-acronym -- .+ -->$/);
      await waitForDiagnostics(uri, (d) => !acronym(d));
    } finally {
      await revert(document);
    }
  });

  // The light bulb asks for code actions at the cursor after every edit; answering it must not
  // publish diagnostics in the manual and onSave modes. code-server saves after a delay by
  // default (VS Code does not), which would save the draft in the middle of these tests.
  it('with csprLint.run = manual, nothing is linted until "CSPR: Lint this draft"', async () => {
    await withSetting('files.autoSave', 'off', () => withSetting('csprLint.run', 'manual', async () => {
      // A file no earlier test opened, created after the setting changed (which re-lints open drafts).
      await sleep(500);
      await write(`${folder}/manual.md`, text);
      const { document, editor, uri } = await openWritten(`${folder}/manual.md`, text);
      await expectNoDiagnostics(uri, 1500);
      await vscode.commands.executeCommand('csprLint.run');
      assert.ok(acronym(getDiagnostics(uri)), describeDiagnostics(getDiagnostics(uri)));

      const at = document.getText().indexOf('CAMHS');
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 5)), 'Child and Adolescent Mental Health Services (CAMHS)'));
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, document.lineCount, 0));
      await sleep(1000);
      assert.ok(acronym(getDiagnostics(uri)), 'neither typing nor asking for code actions re-lints in manual mode');
      await vscode.commands.executeCommand('csprLint.run');
      assert.equal(acronym(getDiagnostics(uri)), undefined);
      await revert(document);
    }));
  });

  it('with csprLint.run = onSave, edits are linted when saved', async () => {
    await withSetting('files.autoSave', 'off', () => withSetting('csprLint.run', 'onSave', async () => {
      await sleep(500);
      await write(`${folder}/on-save.md`, text);
      const { document, editor, uri } = await openWritten(`${folder}/on-save.md`, text);
      await waitForDiagnostics(uri, (d) => !!acronym(d));
      const at = document.getText().indexOf('CAMHS');
      await editor.edit((edit) => edit.insert(document.positionAt(at), 'Child and Adolescent Mental Health Services ('));
      await editor.edit((edit) => edit.insert(document.positionAt(at + 'Child and Adolescent Mental Health Services (CAMHS'.length), ')'));
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, document.lineCount, 0));
      await sleep(1000);
      assert.ok(acronym(getDiagnostics(uri)), 'neither typing nor asking for code actions re-lints in onSave mode');
      await document.save();
      await waitForDiagnostics(uri, (d) => !acronym(d), 5000);
    }));
  });

  it('"CSPR: Export coverage report" writes the HTML report where the save dialog says', async () => {
    const { document } = await openDraft(draft);
    await linted(document);
    await acceptingFirstItem('csprLint.exportCoverage');
    const report = workspaceUri(`${folder}/draft-coverage.html`);
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(report));
    assert.match(html, /^<!doctype html>/i);
    assert.match(html, /Voice of the child/);
    assert.match(html, /Child A/);
    assert.ok(!/<script/i.test(html), 'a static report');
  });
});
