// Activation shared by the desktop (Node) and web extension hosts: everything goes through the
// vscode API and workspace.fs, so the same code runs in both, in untrusted and virtual workspaces.
import * as vscode from 'vscode';
import { applyFixes, PRESET_TEMPLATES, skeletonEdit, skeletonText, type Finding } from '../engine/index';
import { renderHtmlReport, renderMarkdownReport } from '../report/index';
import { qualityReport } from '../report/quality';
import { DraftCompletions, TRIGGER_CHARACTERS, openSnippetsAfterCspr } from './completion';
import { ConfigStore } from './config-store';
import { LintController, toRange } from './controller';
import { ALLOW_NAME_COMMAND, REPLACE_NAME_COMMAND, allowName, replaceNameEverywhere } from './name-actions';
import { openReport } from './open-report';
import { registerCoveragePanel } from './panel/index';
import { registerPortfolio, type PortfolioRegistration } from './portfolio/index';
import { contextValue, inform, notifications, setContext, type Notification } from './ui-state';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cspr-lint');

/** What `activate` returns: the integration tests read the status bar through it (VS Code's API cannot). */
export interface CsprLintApi {
  controller: LintController;
  statusBar: () => { visible: boolean; text: string; tooltip: string; command: string | undefined };
  /** Information messages shown so far, with the buttons they offered. */
  notifications: () => Notification[];
  /** The value of a context key the extension set (the walkthrough's completion events read them). */
  context: (key: string) => unknown;
  /** The Portfolio view's store and tree provider (the integration tests walk the tree through it). */
  portfolio: PortfolioRegistration;
}

/** Context keys that tick the walkthrough's steps when the author has really done them. */
export const WALKTHROUGH_CONTEXT = {
  draftCreated: 'csprLint.walkthrough.draftCreated',
  configFound: 'csprLint.walkthrough.configFound',
  problemFixed: 'csprLint.walkthrough.problemFixed',
} as const;

export function activate(context: vscode.ExtensionContext): CsprLintApi {
  const output = vscode.window.createOutputChannel('CSPR Lint');
  const log = (message: string) => output.appendLine(`[${new Date().toISOString()}] ${message}`);
  const configs = new ConfigStore(log, () => void setContext(WALKTHROUGH_CONTEXT.configFound, true));
  const controller = new LintController(configs, log);
  const status = vscode.window.createStatusBarItem('csprLint.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'CSPR Lint';
  status.command = 'csprLint.showCoverage';
  context.subscriptions.push(output, configs, controller, status);

  let statusVisible = false;
  const updateStatus = () => {
    const current = controller.current();
    statusVisible = current !== undefined;
    if (!current) {
      status.hide();
      return;
    }
    const { findings, sections, coverage } = current.result;
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const missing = sections.filter((section) => section.required && section.status === 'missing').length;
    // An empty required section is as much work still to do as a missing one.
    const empty = sections.filter((section) => section.required && section.status === 'empty').length;
    const covered = coverage.filter((theme) => theme.status === 'covered').length;
    status.text = `$(checklist) ${errors} error${errors === 1 ? '' : 's'} · ${missing} missing · ${empty} empty · ${covered}/${coverage.length} themes`;
    status.tooltip = `cspr-lint (${current.result.template.label}): ${errors} errors, ${missing} required sections missing and ${empty} still to write, ${covered} of ${coverage.length} national themes covered. Click to open the CSPR Review panel.`;
    status.show();
  };
  context.subscriptions.push(controller.onDidChangeResult(updateStatus));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => controller.onOpen(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      if (isConfigDocument(event.document)) configs.checkUnsaved(event.document);
      else controller.onChange(event.document);
      openSnippetsAfterCspr(event);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isConfigDocument(document)) configs.checkUnsaved(document);
    }),
    vscode.workspace.onDidSaveTextDocument(async (document) => {
      if (document.uri.path.endsWith('/.cspr-lint.json') || (await configs.knownConfigFiles()).has(document.uri.path)) {
        configs.invalidate();
        if (isConfigDocument(document)) configs.checkUnsaved(document, 0);
        await controller.relintAll();
        return;
      }
      controller.onSave(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => controller.onClose(document)),
    vscode.window.onDidChangeActiveTextEditor(() => {
      controller.fireActive();
      updateStatus();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('csprLint')) {
        configs.invalidate();
        void controller.relintAll();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      configs.invalidate();
      void controller.relintAll();
    }),
  );

  // Config files changed on disk (another editor, git checkout, a file a config extends).
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
  const onConfigFileEvent = async (uri: vscode.Uri) => {
    if (uri.path.endsWith('/.cspr-lint.json') || (await configs.knownConfigFiles()).has(uri.path)) {
      configs.invalidate();
      await controller.relintAll();
    }
  };
  context.subscriptions.push(watcher, watcher.onDidChange(onConfigFileEvent), watcher.onDidCreate(onConfigFileEvent), watcher.onDidDelete(onConfigFileEvent));

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new DraftCodeActions(controller), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new DraftCompletions(controller), ...TRIGGER_CHARACTERS),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('csprLint.run', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      const result = await controller.lintNow(document);
      if (!result) void inform('cspr-lint: this file is not a review draft (no .cspr-lint.json applies, no cspr-template front matter, and csprLint.lintAllMarkdown is off).');
    }),
    vscode.commands.registerCommand('csprLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const result = await controller.quietResult(editor.document);
      if (!result) {
        void inform('cspr-lint: this file is not a review draft, so there is nothing to fix.');
        return;
      }
      const outcome = applyFixes(editor.document.getText(), result.findings);
      if (outcome.conflict) {
        void inform('cspr-lint: the safe fixes in this draft overlap; apply them one at a time from the light bulb.');
        return;
      }
      const edit = await fixAllEdit(controller, editor.document);
      if (!edit) {
        const left = result.findings.length;
        void inform(left === 0 ? 'cspr-lint: nothing to fix: this draft has no problems.' : `cspr-lint: nothing to fix automatically. The ${left} problem${left === 1 ? '' : 's'} left need${left === 1 ? 's' : ''} your judgement: see the light bulb for suggestions.`);
        return;
      }
      if (await vscode.workspace.applyEdit(edit)) void setContext(WALKTHROUGH_CONTEXT.problemFixed, true);
    }),
    vscode.commands.registerCommand('csprLint.lintWorkspace', () => lintWorkspace(controller)),
    vscode.commands.registerCommand('csprLint.newDraft', newDraft),
    vscode.commands.registerCommand('csprLint.insertSection', (sectionId?: string) => insertSection(controller, sectionId)),
    vscode.commands.registerCommand('csprLint.exportCoverage', (target?: vscode.Uri) => exportCoverage(controller, target)),
    vscode.commands.registerCommand('csprLint.disableRule', async (uri: vscode.Uri, line: number, ruleId: string, scope: 'line' | 'file') => {
      const document = await vscode.workspace.openTextDocument(uri);
      const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
      const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
      // The cursor lands on the reason, selected, so the author writes it straight away.
      const comment = new vscode.SnippetString(`<!-- cspr-lint-${scope === 'line' ? 'disable-next-line' : 'disable'} ${ruleId} -- `).appendPlaceholder('[reason]').appendText(' -->\n');
      await editor.insertSnippet(comment, disablePosition(document, line, scope));
    }),
    vscode.commands.registerCommand(REPLACE_NAME_COMMAND, async (uri: vscode.Uri, name: string, replacement?: string) => {
      if (await replaceNameEverywhere(configs, uri, name, replacement)) void setContext(WALKTHROUGH_CONTEXT.problemFixed, true);
    }),
    vscode.commands.registerCommand(ALLOW_NAME_COMMAND, (uri: vscode.Uri, name: string) => allowName(configs, uri, name)),
    vscode.commands.registerCommand(APPLIED_COMMAND, () => setContext(WALKTHROUGH_CONTEXT.problemFixed, true)),
    vscode.commands.registerCommand(RULE_DOC_COMMAND, (ruleId: unknown) => openRuleDoc(context.extensionUri, ruleId)),
  );

  context.subscriptions.push(registerCoveragePanel(context, controller));
  const portfolio = registerPortfolio(controller, configs, log);
  context.subscriptions.push(portfolio);

  for (const document of vscode.workspace.textDocuments) controller.onOpen(document);
  updateStatus();
  log('cspr-lint activated');
  return {
    controller,
    statusBar: () => ({ visible: statusVisible, text: status.text, tooltip: String(status.tooltip ?? ''), command: typeof status.command === 'string' ? status.command : status.command?.command }),
    notifications,
    context: contextValue,
    portfolio,
  };
}

export function deactivate(): void {}

/** Run after a quick fix's edit is applied: the walkthrough's "fix a problem" step is done. */
const APPLIED_COMMAND = 'csprLint.quickFixApplied';
export const RULE_DOC_COMMAND = 'csprLint.openRuleDoc';

function isConfigDocument(document: vscode.TextDocument): boolean {
  return document.uri.path.endsWith('/.cspr-lint.json');
}

/** A rule's page, rendered: the bundled docs/rules/<id>.md in VS Code's Markdown preview, not an editable file. */
async function openRuleDoc(extensionUri: vscode.Uri, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !/^[a-z][a-z-]{0,60}$/.test(ruleId)) return;
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', page);
}

function disablePosition(document: vscode.TextDocument, line: number, scope: 'line' | 'file'): vscode.Position {
  if (scope === 'line') return new vscode.Position(line, 0);
  // After front matter, so the comment does not break it.
  const text = document.getText();
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return document.positionAt(frontMatter ? frontMatter[0].length : 0);
}

class DraftCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly controller: LintController) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && FIX_ALL_KIND.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const edit = await fixAllEdit(this.controller, document);
      if (!edit) return [];
      const action = new vscode.CodeAction('Fix all cspr-lint problems that have a safe fix', FIX_ALL_KIND);
      action.edit = edit;
      return [action];
    }
    const actions: vscode.CodeAction[] = [];
    const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === 'cspr-lint');
    for (const finding of await this.controller.findingsAt(document, range)) {
      const diagnostic = diagnostics.find((candidate) => ruleIdOf(candidate) === finding.ruleId && candidate.range.isEqual(toRange(finding)));
      if (!diagnostic) continue;
      if (finding.fix) actions.push(editAction(document, finding.fix.title, finding.fix.edits, diagnostic, true));
      for (const suggestion of finding.suggestions ?? []) actions.push(editAction(document, suggestion.title, suggestion.edits, diagnostic, false));
      actions.push(...nameActions(document, finding, diagnostic));
      // Silencing a finding is the last resort, so it comes last.
      for (const scope of ['line', 'file'] as const) {
        const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this ${scope}`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: 'csprLint.disableRule', arguments: [document.uri, diagnostic.range.start.line, finding.ruleId, scope] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}

/** For a real-looking name: replace it everywhere (asking with what), or record it as the agreed pseudonym. */
function nameActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  if (finding.ruleId !== 'identifying-detail' || finding.data?.kind !== 'name') return [];
  const name = finding.data.name ?? document.getText(toRange(finding));
  const replace = new vscode.CodeAction(`Replace "${name}" everywhere with…`, vscode.CodeActionKind.QuickFix);
  replace.command = { title: replace.title, command: REPLACE_NAME_COMMAND, arguments: [document.uri, name] };
  replace.diagnostics = [diagnostic];
  const allow = new vscode.CodeAction(`"${name}" is the agreed pseudonym: add it to allowNames`, vscode.CodeActionKind.QuickFix);
  allow.command = { title: allow.title, command: ALLOW_NAME_COMMAND, arguments: [document.uri, name] };
  allow.diagnostics = [diagnostic];
  return [replace, allow];
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

function editAction(document: vscode.TextDocument, title: string, edits: Finding['fix'] extends infer F ? (F extends { edits: infer E } ? E : never) : never, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  action.edit = edit;
  action.command = { title: 'Quick fix applied', command: APPLIED_COMMAND };
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** One edit that applies every safe fix, or undefined when there is none or they overlap. */
async function fixAllEdit(controller: LintController, document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
  const result = await controller.quietResult(document);
  if (!result) return undefined;
  const text = document.getText();
  const outcome = applyFixes(text, result.findings);
  if (outcome.applied === 0 || outcome.conflict) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), outcome.output);
  return edit;
}

async function lintWorkspace(controller: LintController): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'cspr-lint: linting workspace drafts', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', 10000, token);
      let drafts = 0;
      for (let index = 0; index < files.length && !token.isCancellationRequested; index++) {
        progress.report({ message: `${index + 1}/${files.length}`, increment: 100 / files.length });
        try {
          const document = await vscode.workspace.openTextDocument(files[index]);
          if (await controller.lintNow(document)) drafts++;
        } catch (error) {
          // An unreadable or binary file is skipped; the rest are still linted.
          void error;
        }
        // Yield so the extension host stays responsive on large workspaces.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      void vscode.window.showInformationMessage(`cspr-lint: linted ${drafts} draft${drafts === 1 ? '' : 's'}${token.isCancellationRequested ? ' (cancelled)' : ''}; see the Problems panel.`);
    },
  );
}

async function newDraft(): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    Object.values(PRESET_TEMPLATES).map((template) => ({ label: template.label, description: template.id, detail: template.description, template })),
    { title: 'CSPR: New draft from template' },
  );
  if (!picked) return;
  const template = picked.template;
  const body = template.sections.map((section) => skeletonText(section, 2, 'Child A')).join('');
  const content = `---\ncspr-template: ${template.id}\n---\n\n# ${template.label}: Child A\n\n${body}`;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  await setContext(WALKTHROUGH_CONTEXT.draftCreated, true);
}

async function insertSection(controller: LintController, sectionId?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((candidate) => controller.resultFor(candidate.document.uri));
  if (!editor) return;
  const entry = await controller.freshResult(editor.document);
  if (!entry) {
    void inform('cspr-lint: open a review draft first.');
    return;
  }
  const doc = entry.result.document;
  const missing = doc.template.sections.filter((section) => !doc.section(section.id));
  let id = sectionId;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      missing.map((section) => ({ label: section.title, description: section.required ? 'required' : 'recommended', detail: section.guidance, id: section.id })),
      { title: 'CSPR: Insert section skeleton', placeHolder: missing.length ? 'Sections missing from this draft' : 'No sections are missing' },
    );
    id = picked?.id;
  }
  const section = missing.find((candidate) => candidate.id === id);
  if (!section) return;
  const change = skeletonEdit(doc, section, findChild(doc.text));
  const position = editor.document.positionAt(change.start);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(editor.document.uri, position, change.text);
  await vscode.workspace.applyEdit(edit);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

function findChild(text: string): string {
  const match = /\b(?:Child|Baby|Young Person) [A-Z]{1,2}\b/.exec(text);
  return match ? match[0] : 'the child';
}

async function exportCoverage(controller: LintController, given?: vscode.Uri): Promise<void> {
  const entry = controller.current();
  if (!entry) {
    void inform('cspr-lint: open a review draft to export its coverage report.');
    return;
  }
  const base = entry.uri.path.split('/').pop()?.replace(/\.(?:md|markdown)$/i, '') ?? 'draft';
  const target = given instanceof vscode.Uri ? given : await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(entry.uri, '..', `${base}-coverage.html`),
    filters: { 'HTML report': ['html'], 'Markdown report': ['md'] },
    title: 'CSPR: Export coverage report',
  });
  if (!target) return;
  const input = {
    title: entry.result.document.headings[0]?.text ?? base,
    filePath: vscode.workspace.asRelativePath(entry.uri),
    template: entry.result.template,
    sections: entry.result.sections,
    coverage: entry.result.coverage,
    quality: qualityReport(entry.result),
  };
  const content = /\.md$/i.test(target.path) ? renderMarkdownReport(input) : renderHtmlReport(input);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  // Not awaited: the command is done once the report is written, whether or not the author opens it.
  void inform(`cspr-lint: wrote ${vscode.workspace.asRelativePath(target)}`, 'Open').then((choice) => (choice === 'Open' ? openReport(target) : undefined));
}
