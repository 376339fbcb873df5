// The first ten minutes of a new author (issue #15), in a real VS Code: empty sections counted as
// work to do, quick fixes that match the risk of a name, the config file opened as JSON with
// Comments and checked as it is typed, snippets that show up in Markdown, a panel that reads in
// every theme (axe-core in the webview), and the small things: Open after export, "nothing to fix",
// rule pages rendered, New draft from the empty panel, walkthrough steps that tick when done.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DraftStates } from '../../src/extension/drafts';
import {
  activateExtension,
  axeWebviews,
  clickInWebview,
  closeAllEditors,
  describeDiagnostics,
  dumpWebviews,
  log,
  openDraft,
  ruleId,
  sleep,
  waitFor,
  waitForDiagnostics,
  webviewText,
  withSetting,
  workspaceUri,
} from './helpers';

interface Api {
  drafts: DraftStates;
  statusBar: () => { visible: boolean; text: string };
  notifications: () => { message: string; actions: string[] }[];
  context: (key: string) => unknown;
}
const api = () => activateExtension<Api>();

/** Runs a command that shows a quick pick and accepts its first item, as pressing Enter would. */
async function acceptingFirstItem(run: () => Thenable<unknown>): Promise<void> {
  let settled = false;
  const running = Promise.resolve(run()).finally(() => {
    settled = true;
  });
  const deadline = Date.now() + 15000;
  while (!settled && Date.now() < deadline) {
    await sleep(300);
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  if (!settled) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.fail('the quick pick was not accepted within 15 s');
  }
  await running;
}

async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !document.isDirty, { timeoutMs: 5000, message: 'revert' });
}

/** Dumps the webviews until the panel's text satisfies `ready`; undefined outside the harness. */
async function panelText(name: string, ready: (text: string) => boolean, message: string): Promise<string | undefined> {
  const found = await waitFor(
    async () => {
      const dump = await dumpWebviews(name);
      if (!dump) return 'no-harness';
      const text = webviewText(dump);
      return ready(text) ? text : undefined;
    },
    { timeoutMs: 30000, intervalMs: 750, message },
  );
  return found === 'no-harness' ? undefined : found;
}

const untitledEditor = () => waitFor(() => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined), { timeoutMs: 10000, message: 'an untitled editor' });

describe('first day: empty sections are work still to do', () => {
  after(closeAllEditors);

  it('a new draft from the template: the status bar and the panel count its empty required sections', async function () {
    this.timeout(60000);
    await closeAllEditors();
    await acceptingFirstItem(() => vscode.commands.executeCommand('csprLint.newDraft'));
    const editor = await untitledEditor();
    const lint = await api();
    try {
      const entry = await waitFor(() => lint.drafts.stateFor(editor.document.uri), { timeoutMs: 10000, message: 'the new draft is linted' });
      const empty = entry.sections.filter((section) => section.required && section.status === 'empty').length;
      assert.ok(empty >= 5, `a new draft's required sections are empty (${empty})`);
      await waitFor(() => lint.statusBar().text.includes(`· 0 missing · ${empty} empty ·`), { timeoutMs: 5000, message: `status bar "0 missing · ${empty} empty", got ${lint.statusBar().text}` });
      assert.equal(lint.context('csprLint.walkthrough.draftCreated'), true, 'the walkthrough step "Start a draft" ticks');

      await vscode.commands.executeCommand('csprLint.showCoverage');
      const text = await panelText('first-day-empty', (shown) => shown.includes(`0 required sections missing · ${empty} empty`), 'the panel counts the empty sections');
      if (text === undefined) this.skip();
      assert.ok((text.match(/to write/g) ?? []).length >= empty, text.slice(0, 600));
    } finally {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

describe('first day: quick fixes that match the risk', () => {
  const folder = 'first-day-tmp';
  const write = (relPath: string, content: string) => vscode.workspace.fs.writeFile(workspaceUri(`${folder}/${relPath}`), new TextEncoder().encode(content));
  const read = async (relPath: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${folder}/${relPath}`)));
  const draftText = '# Review: Child B\n\n## Introduction\n\nKerry Lawson, the mother of Child B, moved to the area in 2021. Kerry said the family felt watched.\n';
  const config = '{\n  // the team config\n  "template": "lcspr",\n  "allowNames": ["Child B"]\n}\n';
  before(async () => {
    await write('.cspr-lint.json', config);
  });
  beforeEach(async () => {
    await closeAllEditors();
    await write('draft.md', draftText);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false });
  });

  const nameDiagnostic = (uri: vscode.Uri, document: vscode.TextDocument) =>
    waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'identifying-detail' && document.getText(x.range) === 'Kerry Lawson')).then(
      (d) => d.find((x) => ruleId(x) === 'identifying-detail' && document.getText(x.range) === 'Kerry Lawson')!,
    );
  const actionsFor = (uri: vscode.Uri, diagnostic: vscode.Diagnostic) =>
    waitFor(
      async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        return actions.some((action) => action.title.startsWith('Replace')) ? actions : undefined;
      },
      { timeoutMs: 10000, message: 'the quick fixes of the name' },
    );

  it('a name: the engine\'s suggestions and "Replace … everywhere" first, "add to allowNames" next, disabling last', async () => {
    const { uri, document } = await openDraft(`${folder}/draft.md`);
    await waitFor(() => document.getText() === draftText, { timeoutMs: 5000, message: 'the draft as written' });
    const diagnostic = await nameDiagnostic(uri, document);
    const titles = (await actionsFor(uri, diagnostic)).map((action) => action.title);
    log(titles.join(' | '));
    const replace = titles.indexOf('Replace "Kerry Lawson" everywhere with…');
    const allow = titles.indexOf('"Kerry Lawson" is the agreed pseudonym: add it to allowNames');
    assert.ok(replace >= 0 && allow > replace, titles.join(' | '));
    assert.deepEqual(titles.slice(-2), ['Disable identifying-detail for this line', 'Disable identifying-detail for this file']);
  });

  it('"Replace … everywhere with…" offers the draft\'s pseudonyms and roles, and replaces the full and the later bare first name in one edit', async () => {
    await withSetting('files.autoSave', 'off', async () => {
      const { uri, document } = await openDraft(`${folder}/draft.md`);
      await waitFor(() => document.getText() === draftText, { timeoutMs: 5000, message: 'the draft as written' });
      const diagnostic = await nameDiagnostic(uri, document);
      const replace = (await actionsFor(uri, diagnostic)).find((action) => action.title === 'Replace "Kerry Lawson" everywhere with…')!;
      const versionBefore = document.version;
      // The first item offered is the pseudonym the draft already uses.
      await acceptingFirstItem(() => vscode.commands.executeCommand(replace.command!.command, ...(replace.command!.arguments ?? [])));
      try {
        await waitFor(() => !document.getText().includes('Kerry'), { timeoutMs: 5000, message: 'every "Kerry" replaced' });
        assert.equal(document.version, versionBefore + 1, 'one edit (one undo step)');
        assert.match(document.getText(), /^Child B, the mother of Child B, moved to the area in 2021\. Child B said the family felt watched\.$/m);
        await waitForDiagnostics(uri, (d) => !d.some((x) => ruleId(x) === 'identifying-detail'));
        assert.equal((await api()).context('csprLint.walkthrough.problemFixed'), true, 'the walkthrough step "fix a problem" ticks');
        // A role typed or picked is capitalised where it starts a sentence.
        await vscode.commands.executeCommand('undo');
        await waitFor(() => document.getText() === draftText, { timeoutMs: 5000, message: 'undone' });
        await vscode.commands.executeCommand('csprLint.replaceName', uri, 'Kerry Lawson', 'the mother');
        assert.match(document.getText(), /^The mother, the mother of Child B, moved .* The mother said/m);
      } finally {
        await revert(document);
      }
    });
  });

  it('"… is the agreed pseudonym: add it to allowNames" edits the nearest .cspr-lint.json, keeping its comments, and the finding goes', async () => {
    const { uri, document } = await openDraft(`${folder}/draft.md`);
    const diagnostic = await nameDiagnostic(uri, document);
    const allow = (await actionsFor(uri, diagnostic)).find((action) => action.title.includes('allowNames'))!;
    await vscode.commands.executeCommand(allow.command!.command, ...(allow.command!.arguments ?? []));
    try {
      const saved = await waitFor(async () => ((await read('.cspr-lint.json')).includes('Kerry Lawson') ? read('.cspr-lint.json') : undefined), { timeoutMs: 5000, message: 'the config saved with the name' });
      assert.match(saved, /\/\/ the team config/);
      assert.match(saved, /"allowNames": \[\s*"Child B",\s*"Kerry Lawson"\s*\]/);
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleId(x) === 'identifying-detail'));
    } finally {
      await write('.cspr-lint.json', config);
    }
  });

  it('"Disable … for this line" puts the cursor on the reason; a disable without a reason is a warning', async () => {
    await withSetting('files.autoSave', 'off', async () => {
      const { uri, document } = await openDraft(`${folder}/draft.md`);
      await waitFor(() => document.getText() === draftText, { timeoutMs: 5000, message: 'the draft as written' });
      const diagnostic = await nameDiagnostic(uri, document);
      const disable = (await actionsFor(uri, diagnostic)).find((action) => action.title === 'Disable identifying-detail for this line')!;
      try {
        await vscode.commands.executeCommand(disable.command!.command, ...(disable.command!.arguments ?? []));
        const editor = vscode.window.activeTextEditor!;
        assert.equal(editor.document.uri.toString(), uri.toString());
        assert.equal(editor.document.getText(editor.selection), '[reason]', 'the reason prompt is selected');
        await vscode.commands.executeCommand('type', { text: 'agreed with the family, see minutes of 3 May' });
        assert.equal(document.lineAt(diagnostic.range.start.line).text, '<!-- cspr-lint-disable-next-line identifying-detail -- agreed with the family, see minutes of 3 May -->');
        await vscode.commands.executeCommand('leaveSnippet');
        await waitForDiagnostics(uri, (d) => !d.some((x) => ruleId(x) === 'identifying-detail') && !d.some((x) => ruleId(x) === 'suppression-reason'));

        // The same comment with its reason taken out.
        const line = document.lineAt(diagnostic.range.start.line);
        await editor.edit((edit) => edit.replace(line.range, '<!-- cspr-lint-disable-next-line identifying-detail -->'));
        const warned = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'suppression-reason'));
        const warning = warned.find((x) => ruleId(x) === 'suppression-reason')!;
        assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(warning.range.start.line, line.lineNumber);
        assert.match(warning.message, /no reason/);
      } finally {
        await revert(document);
      }
    });
  });
});

describe('first day: the config file', () => {
  after(closeAllEditors);

  it('opens as JSON with Comments; a misspelt rule name is flagged by the editor and by cspr-lint while unsaved, and cleared when fixed', async function () {
    this.timeout(60000);
    await withSetting('files.autoSave', 'off', async () => {
      const uri = workspaceUri('.cspr-lint.json');
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      const original = document.getText();
      assert.equal(document.languageId, 'jsonc');
      const typo = '{\n  // the team config\n  "template": "lcspr",\n  "rules": {\n    "blame-languag": "warning"\n  }\n}\n';
      try {
        await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(original.length)), typo));
        const all = () => vscode.languages.getDiagnostics(uri);
        const flagged = await waitFor(() => {
          const diagnostics = all();
          const editorSide = diagnostics.find((d) => d.source !== 'cspr-lint' && /blame-languag/.test(d.message + document.getText(d.range)));
          const ours = diagnostics.find((d) => d.source === 'cspr-lint');
          return editorSide && ours ? { editorSide, ours, diagnostics } : undefined;
        }, { timeoutMs: 20000, message: `the typo flagged in the config; saw ${JSON.stringify(all().map((d) => `${d.source}: ${d.message}`))}` });
        log(flagged.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source} ${d.message}`).join('\n'));
        assert.equal(flagged.editorSide.range.start.line, 4, 'the JSON language service points at the misspelt rule');
        assert.equal(flagged.ours.range.start.line, 4, 'cspr-lint points at the line of the misspelt rule');
        assert.match(flagged.ours.message, /blame-languag/);
        assert.ok(!flagged.diagnostics.some((d) => /Comments are not permitted/i.test(d.message)), 'comments are allowed');

        const fixed = typo.replace('blame-languag', 'blame-language');
        await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), fixed));
        await waitFor(() => all().length === 0, { timeoutMs: 20000, message: `the config's diagnostics cleared; saw ${JSON.stringify(all().map((d) => d.message))}` });
      } finally {
        await revert(document);
      }
    });
  });
});

describe('first day: snippets where authors look', () => {
  after(closeAllEditors);

  it('typing "cspr" or "cspr-" in a draft opens the snippet list by itself (Markdown has no quick suggestions)', async () => {
    await withSetting('files.autoSave', 'off', async () => {
      const { document, editor } = await openDraft('drafts/lcspr-gaps.md');
      await (await api()).drafts.fresh(document);
      const end = document.lineAt(document.lineCount - 1).range.end;
      await editor.edit((edit) => edit.insert(end, '\n\n'));
      const last = document.lineAt(document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(last, last);
      try {
        for (const ch of 'cspr-kpe') await vscode.commands.executeCommand('type', { text: ch });
        await sleep(1500);
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        await waitFor(() => /### Key practice episode 1: \[title\]/.test(document.getText()), { timeoutMs: 5000, message: `the key practice episode snippet inserted; last line: ${document.lineAt(document.lineCount - 1).text}` });
        assert.doesNotMatch(document.getText(), /cspr-kpe/);
        await vscode.commands.executeCommand('leaveSnippet');

        // "cspr" alone: the first snippet offered is the whole local review.
        await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n\n'));
        const end2 = document.lineAt(document.lineCount - 1).range.end;
        editor.selection = new vscode.Selection(end2, end2);
        for (const ch of 'cspr') await vscode.commands.executeCommand('type', { text: ch });
        await sleep(1500);
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        await waitFor(() => /\ncspr-template: lcspr\n/.test(document.getText()), { timeoutMs: 5000, message: `a snippet inserted after "cspr"; last line: ${document.lineAt(document.lineCount - 1).text}` });
      } finally {
        await vscode.commands.executeCommand('leaveSnippet');
        await revert(document);
      }
    });
  });

  it('"#" at the start of a line offers the sections the draft is missing, with their prompts', async () => {
    await withSetting('files.autoSave', 'off', async () => {
      const { document, editor } = await openDraft('drafts/lcspr-gaps.md');
      const result = await (await api()).drafts.fresh(document);
      const firstMissing = result!.missingSections[0];
      const end = document.lineAt(document.lineCount - 1).range.end;
      await editor.edit((edit) => edit.insert(end, '\n\n'));
      const last = document.lineAt(document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(last, last);
      try {
        await vscode.commands.executeCommand('type', { text: '#' });
        await vscode.commands.executeCommand('type', { text: '#' });
        await sleep(1500);
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        await waitFor(() => document.getText().includes(`\n## ${firstMissing.title}\n\n[`), { timeoutMs: 5000, message: `"## ${firstMissing.title}" and its prompts inserted` });
      } finally {
        await vscode.commands.executeCommand('leaveSnippet');
        await revert(document);
      }
    });
  });
});

describe('first day: the panel reads in every theme (axe-core in the webview)', () => {
  after(closeAllEditors);

  for (const theme of ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast']) {
    it(`no WCAG AA violation (text contrast 4.5:1 included) in ${theme}`, async function () {
      this.timeout(90000);
      const { uri } = await openDraft('drafts/lcspr-gaps.md');
      await waitForDiagnostics(uri);
      await vscode.commands.executeCommand('csprLint.showCoverage');
      const shown = await panelText(`axe-${theme.replace(/\W+/g, '-')}`, (text) => text.includes('lcspr-gaps.md'), 'the panel shows the gaps draft');
      if (shown === undefined) this.skip();
      await withSetting('workbench.colorTheme', theme, async () => {
        // Open a theme row so its hits (links) are checked too, and close it again afterwards.
        await clickInWebview('axe-open-theme', '[data-focus-key="theme:extra-familial-harm"]');
        await sleep(1500);
        const report = await axeWebviews(`axe-${theme.replace(/\W+/g, '-')}`, '#root');
        await clickInWebview('axe-close-theme', '[data-focus-key="theme:extra-familial-harm"]');
        if (!report) this.skip();
        const violations = report.frames.flatMap((frame) => frame.violations);
        log(`${theme}: ${violations.length} violation(s); passes: ${report.frames.flatMap((frame) => frame.passes.map((pass) => `${pass.id}×${pass.nodes}`)).join(', ')}`);
        for (const violation of violations) log(`  ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${node.target}: ${node.summary}`).join('\n')}`);
        assert.deepEqual(violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.summary}`), []);
        assert.ok(report.frames.some((frame) => frame.passes.some((pass) => pass.id === 'color-contrast')), 'axe checked the contrast of the panel text');
      });
    });
  }
});

describe('first day: the smaller things', () => {
  const folder = 'first-day-small-tmp';
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false });
  });

  it('exporting a report offers "Open"', async () => {
    const { document } = await openDraft('drafts/lcspr-gaps.md');
    const lint = await api();
    await lint.drafts.fresh(document);
    const target = workspaceUri(`${folder}/gaps-coverage.md`);
    const before = lint.notifications().length;
    await vscode.commands.executeCommand('csprLint.exportCoverage', target);
    const shown = lint.notifications().slice(before);
    assert.deepEqual(shown.map((n) => n.actions), [['Open']], JSON.stringify(shown));
    assert.match(shown[0].message, /wrote .*gaps-coverage\.md/);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), /Voice of the child/);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('fix-all says when there is nothing to fix', async () => {
    const { document } = await openDraft('drafts/lcspr-complete.md');
    const lint = await api();
    await lint.drafts.fresh(document);
    const before = lint.notifications().length;
    const text = document.getText();
    await vscode.commands.executeCommand('csprLint.fixAll');
    const shown = lint.notifications().slice(before);
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0].message, /nothing to fix/);
    assert.equal(document.getText(), text);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('a rule link opens the rule\'s page rendered in the Markdown preview, not as an editable file', async () => {
    const { uri } = await openDraft('drafts/lcspr-gaps.md');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'identifying-detail'));
    const code = diagnostics.find((d) => ruleId(d) === 'identifying-detail')!.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command', describeDiagnostics(diagnostics.slice(0, 1)));
    assert.equal(code.target.path, 'csprLint.openRuleDoc');
    const args = JSON.parse(decodeURIComponent(code.target.query)) as unknown[];
    assert.deepEqual(args, ['identifying-detail']);
    await vscode.commands.executeCommand(code.target.path, ...args);
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.input instanceof vscode.TabInputWebview && /identifying-detail/.test(candidate.label)),
      { timeoutMs: 15000, message: 'a Markdown preview tab of identifying-detail.md' },
    );
    assert.match((tab.input as vscode.TabInputWebview).viewType, /markdown\.preview/);
    assert.ok(!vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((candidate) => candidate.input instanceof vscode.TabInputText && candidate.input.uri.path.endsWith('/docs/rules/identifying-detail.md')), 'no editable copy opened');
  });

  it('the panel\'s empty state offers "New draft", which starts one from a template', async function () {
    this.timeout(60000);
    await openDraft('drafts/lcspr-gaps.md');
    await vscode.commands.executeCommand('csprLint.showCoverage');
    await closeAllEditors();
    const text = await panelText('first-day-no-draft', (shown) => shown.includes('New draft') && !shown.includes('lcspr-gaps.md'), 'the panel in its empty state');
    if (text === undefined) this.skip();
    assert.match(text, /Open a review draft/);
    await clickInWebview('first-day-new-draft', '[data-focus-key="new-draft"]');
    // The template quick pick: the first item is the local review.
    const editor = await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined;
      },
      { timeoutMs: 15000, intervalMs: 500, message: 'New draft opens an untitled draft' },
    );
    try {
      assert.match(editor.document.getText(), /^---\ncspr-template: lcspr\n---\n/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('walkthrough steps tick when the step is really done: the config step once a draft has a valid config', async () => {
    await openDraft('drafts/lcspr-gaps.md');
    const lint = await api();
    await waitFor(() => lint.context('csprLint.walkthrough.configFound') === true, { timeoutMs: 10000, message: 'configFound set' });
    const pkg = (await import('node:fs')).readFileSync(vscode.Uri.joinPath(vscode.extensions.getExtension('cspr-lint.cspr-lint')!.extensionUri, 'package.json').fsPath, 'utf8');
    const contributes = (JSON.parse(pkg) as { contributes: { configuration: { title: string }; walkthroughs: { steps: { id: string; completionEvents?: string[] }[] }[] } }).contributes;
    assert.equal(contributes.configuration.title, 'CSPR Lint', 'the settings page is titled CSPR Lint');
    const steps = contributes.walkthroughs[0].steps;
    for (const step of steps) {
      assert.ok(step.completionEvents?.length, `${step.id} has completion events`);
      for (const event of step.completionEvents!) assert.match(event, /^(?:onContext:csprLint\.walkthrough\.(?:draftCreated|configFound|problemFixed)|onView:csprLint\.coverage)$/, `${step.id}: ${event}`);
    }
  });
});
