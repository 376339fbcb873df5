// What an author sees in a real VS Code: diagnostics with rule ids, ranges and doc links; quick
// fixes and fix-all that change the text as promised; re-linting when the team config changes;
// nothing on an unrelated README; the side panel's rendered sections and themes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  describeDiagnostics,
  dumpWebviews,
  expectNoDiagnostics,
  getDiagnostics,
  log,
  openDraft,
  ruleId,
  waitFor,
  waitForDiagnostics,
  webviewText,
  workspaceUri,
} from './helpers';

/** Reverts the draft and waits until its diagnostics describe the reverted text again. */
async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !document.isDirty, { timeoutMs: 5000, message: 'revert' });
  const api = await activateExtension<{ drafts: { stateFor(uri: vscode.Uri): { version: number } | undefined } }>();
  await waitFor(() => api.drafts.stateFor(document.uri)?.version === document.version, { timeoutMs: 5000, message: 're-lint after revert' });
}

describe('diagnostics', () => {
  after(closeAllEditors);

  it('reports the gaps draft\'s problems with rule ids, exact ranges and documentation links', async () => {
    const { uri, document } = await openDraft('drafts/lcspr-gaps.md');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'identifying-detail'));
    log(describeDiagnostics(diagnostics));
    const missing = diagnostics.filter((d) => ruleId(d) === 'required-section');
    assert.equal(missing.length, 3, describeDiagnostics(missing));
    assert.ok(missing.every((d) => d.severity === vscode.DiagnosticSeverity.Error));

    const name = diagnostics.find((d) => ruleId(d) === 'identifying-detail' && document.getText(d.range) === 'Jayden Marsh-Okafor');
    assert.ok(name, describeDiagnostics(diagnostics));
    assert.equal(name.range.start.line, 53);
    assert.equal(name.range.start.character, 0);
    assert.equal(name.source, 'cspr-lint');
    // The link opens the rule's page rendered (first-day.test.ts follows it).
    const code = name.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(true), 'command:csprLint.openRuleDoc?["identifying-detail"]');

    const dob = diagnostics.find((d) => ruleId(d) === 'identifying-detail' && document.getText(d.range) === 'born on 02/11/2007');
    assert.ok(dob, 'date of birth diagnostic covers exactly "born on 02/11/2007"');
    const blame = diagnostics.filter((d) => ruleId(d) === 'blame-language');
    assert.ok(blame.length >= 8 && blame.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const acronyms = diagnostics.filter((d) => ruleId(d) === 'undefined-acronym').map((d) => document.getText(d.range));
    for (const acronym of ['LCSPR', 'YJS', 'CSC', 'CAMHS', 'ASB']) assert.ok(acronyms.includes(acronym), `${acronym} in ${acronyms.join(',')}`);
  });

  it('summarises the active draft in the status bar, and hides it for a file that is not a draft', async () => {
    const api = await activateExtension<{ statusBar: () => { visible: boolean; text: string; tooltip: string; command?: string } }>();
    const { uri } = await openDraft('drafts/lcspr-gaps.md');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'identifying-detail'));
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const missing = diagnostics.filter((d) => ruleId(d) === 'required-section').length;
    const empty = diagnostics.filter((d) => ruleId(d) === 'empty-section' && d.severity === vscode.DiagnosticSeverity.Error).length;
    await waitFor(() => api.statusBar().visible && api.statusBar().text.includes(`${errors} errors`), { timeoutMs: 5000, message: `status bar with ${errors} errors, got ${JSON.stringify(api.statusBar())}` });
    const status = api.statusBar();
    assert.match(status.text, new RegExp(`^\\$\\(checklist\\) ${errors} errors · ${missing} missing · ${empty} empty · \\d+/\\d+ themes$`), status.text);
    assert.equal(status.command, 'csprLint.showCoverage');
    assert.match(status.tooltip, /Click to open the CSPR Review panel/);

    await openDraft('README.md');
    await waitFor(() => !api.statusBar().visible, { timeoutMs: 5000, message: 'status bar hidden for the README' });
  });

  // Info-level hints (e.g. readability's long sentences) may remain; nothing the author must fix.
  it('gives the complete draft no errors or warnings', async () => {
    const { uri } = await openDraft('drafts/lcspr-complete.md');
    await expectNoDiagnostics(uri, 3000, (d) => d.severity !== vscode.DiagnosticSeverity.Information);
  });

  it('never lints the unrelated README in the same workspace', async () => {
    const { uri } = await openDraft('README.md');
    await expectNoDiagnostics(uri, 3000);
  });

  it('clears diagnostics when the draft is closed', async () => {
    const { uri } = await openDraft('drafts/lcspr-messy.md');
    await waitForDiagnostics(uri);
    await closeAllEditors();
    // Closing an editor does not close the document at once; the model is disposed a little later.
    await waitFor(() => getDiagnostics(uri).length === 0 || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), {
      timeoutMs: 10000,
      message: 'diagnostics cleared or document still open',
    });
  });
});

describe('quick fixes', () => {
  afterEach(closeAllEditors);

  it('inserts the missing voice-of-the-child skeleton before "Findings"', async () => {
    const { uri, document } = await openDraft('drafts/lcspr-gaps.md');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'required-section' && /Voice of the child/.test(x.message)));
    const voice = diagnostics.find((d) => ruleId(d) === 'required-section' && /Voice of the child/.test(d.message))!;
    assert.equal(document.lineAt(voice.range.start.line).text, '## Findings');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, voice.range, vscode.CodeActionKind.QuickFix.value);
    const insert = actions.find((action) => /Insert a "Voice of the child" section skeleton/.test(action.title));
    assert.ok(insert?.edit, actions.map((action) => action.title).join(' | '));
    const findingsLine = voice.range.start.line;
    await vscode.workspace.applyEdit(insert.edit);
    try {
      assert.equal(document.lineAt(findingsLine).text, '## Voice of the child');
      const findingsNow = document.getText().split('\n').indexOf('## Findings');
      assert.ok(findingsNow > findingsLine, 'Findings now follows the inserted section');
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleId(x) === 'required-section' && /Voice of the child/.test(x.message)));
    } finally {
      await revert(document);
    }
  });

  it('offers "disable for this line" and "for this file" actions', async () => {
    const { uri } = await openDraft('drafts/lcspr-gaps.md');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'blame-language'));
    const blame = diagnostics.find((d) => ruleId(d) === 'blame-language')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, blame.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Disable blame-language for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable blame-language for this file'), titles.join(' | '));
  });

  // Skeletons are suggestions (PRODUCT.md "Fixes and suggestions"): offered in the light bulb, never
  // applied by fix-all on save.
  it('fix-all (source.fixAll.cspr-lint) applies safe fixes only: it inserts no skeleton', async () => {
    const { uri, document } = await openDraft('drafts/lcspr-gaps.md');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'required-section'));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.cspr-lint');
    const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.cspr-lint');
    const headings = document.getText().split('\n').filter((line) => line.startsWith('## '));
    if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
    try {
      assert.deepEqual(document.getText().split('\n').filter((line) => line.startsWith('## ')), headings, 'no section inserted');
    } finally {
      await revert(document);
    }
    // The skeleton is one quick fix away.
    const missing = diagnostics.find((d) => ruleId(d) === 'required-section')!;
    const quickFixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(quickFixes.some((action) => action.edit && /insert/i.test(action.title)), quickFixes.map((action) => action.title).join(' | '));
  });

  it('"CSPR: Insert section skeleton" with a section id inserts it in template order', async () => {
    const { document } = await openDraft('drafts/lcspr-gaps.md');
    await waitForDiagnostics(document.uri);
    await vscode.commands.executeCommand('csprLint.insertSection', 'good-practice');
    try {
      const lines = document.getText().split('\n');
      const inserted = lines.indexOf('## Good practice');
      assert.ok(inserted > 0, 'inserted');
      assert.equal(lines.slice(inserted + 1).find((line) => line.startsWith('## ')), '## Conclusions');
    } finally {
      await revert(document);
    }
  });
});

describe('team config', () => {
  const folder = 'config-relint-tmp';
  const configUri = () => workspaceUri(`${folder}/.cspr-lint.json`);
  const draftUri = () => workspaceUri(`${folder}/draft.md`);
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  before(async () => {
    await write(configUri(), '{ "template": "lcspr" }\n');
    await write(draftUri(), '# Review: Child A\n\n## Introduction\n\nChild A was referred to CAMHS twice in the period under review, and nobody followed it up.\n');
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false });
  });

  it('re-lints open drafts when .cspr-lint.json changes, and reports an invalid config in the config file', async () => {
    const { uri } = await openDraft(`${folder}/draft.md`);
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'undefined-acronym'));

    await write(configUri(), '{ "template": "lcspr", "rules": { "undefined-acronym": "off" } }\n');
    await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => ruleId(x) === 'undefined-acronym'), 20000);

    await write(configUri(), '{\n  "rules": { "child-voice": "loud" }\n}\n');
    const configDiagnostics = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(configUri()).filter((d) => d.source === 'cspr-lint');
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20000, message: 'a diagnostic in the invalid config' },
    );
    assert.equal(configDiagnostics[0].range.start.line, 1);
    assert.match(configDiagnostics[0].message, /rules\.child-voice/);
    // The draft is still linted, with the defaults.
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'undefined-acronym'), 20000);
  });

  it('refuses an extends target outside the workspace folder, with a diagnostic at it, and keeps linting', async () => {
    const { uri } = await openDraft(`${folder}/draft.md`);
    await write(configUri(), '{ "rules": { "undefined-acronym": "off" } }\n');
    await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => ruleId(x) === 'undefined-acronym'), 20000);

    await write(configUri(), '{\n  "extends": "../../outside-the-workspace.json",\n  "rules": { "undefined-acronym": "off" }\n}\n');
    const configDiagnostics = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(configUri()).filter((d) => d.source === 'cspr-lint' && /outside the workspace/.test(d.message));
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20000, message: 'a diagnostic at the outside extends' },
    );
    assert.equal(configDiagnostics[0].range.start.line, 1);
    assert.match(configDiagnostics[0].message, /^extends: "\.\.\/\.\.\/outside-the-workspace\.json" is outside the workspace/);
    // Nothing of the refused config applies: the defaults lint the draft.
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'undefined-acronym'), 20000);
  });
});

describe('side panel', () => {
  after(closeAllEditors);

  it('shows the sections checklist and theme coverage of the active draft', async function () {
    const { uri } = await openDraft('drafts/lcspr-gaps.md');
    await waitForDiagnostics(uri);
    await vscode.commands.executeCommand('csprLint.showCoverage');
    const dump = await waitFor(
      async () => {
        const current = await dumpWebviews('panel');
        if (current === undefined) return 'no-harness' as const;
        const text = webviewText(current);
        return text.includes('Voice of the child') && text.includes('Extra-familial harm') ? current : undefined;
      },
      { timeoutMs: 30000, intervalMs: 1000, message: 'panel rendered' },
    );
    if (dump === 'no-harness') this.skip();
    const text = webviewText(dump);
    log(text.slice(0, 600));
    assert.match(text, /3 required sections missing/);
    assert.match(text, /missing\s*Voice of the child/);
    assert.match(text, /Insert/);
    assert.match(text, /Extra-familial harm[^]*covered/);
  });
});
