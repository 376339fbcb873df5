// Activation shared by the desktop (Node) and web extension hosts: everything goes through the
// vscode API and workspace.fs, so the same code runs in both, in untrusted and virtual workspaces.
import * as vscode from 'vscode';
import { applyFixes, PRESET_TEMPLATES, skeletonEdit, skeletonText, type Finding } from '../engine/index';
import { renderHtmlReport, renderMarkdownReport } from '../report/index';
import { ConfigStore } from './config-store';
import { LintController, toRange } from './controller';
import { registerCoveragePanel } from './panel/index';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cspr-lint');

/** What `activate` returns: the integration tests read the status bar through it (VS Code's API cannot). */
export interface CsprLintApi {
  controller: LintController;
  statusBar: () => { visible: boolean; text: string; tooltip: string; command: string | undefined };
}

export function activate(context: vscode.ExtensionContext): CsprLintApi {
  const output = vscode.window.createOutputChannel('CSPR Lint');
  const log = (message: string) => output.appendLine(`[${new Date().toISOString()}] ${message}`);
  const configs = new ConfigStore(log);
  const controller = new LintController(configs, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'), log);
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
    const covered = coverage.filter((theme) => theme.status === 'covered').length;
    status.text = `$(checklist) ${errors} error${errors === 1 ? '' : 's'} · ${missing} missing · ${covered}/${coverage.length} themes`;
    status.tooltip = `cspr-lint (${current.result.template.label}): ${errors} errors, ${missing} required sections missing, ${covered} of ${coverage.length} national themes covered. Click to open the CSPR Review panel.`;
    status.show();
  };
  context.subscriptions.push(controller.onDidChangeResult(updateStatus));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => controller.onOpen(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) controller.onChange(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument(async (document) => {
      if (document.uri.path.endsWith('/.cspr-lint.json') || (await configs.knownConfigFiles()).has(document.uri.path)) {
        configs.invalidate();
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
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('csprLint.run', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      const result = await controller.lintNow(document);
      if (!result) void vscode.window.showInformationMessage('cspr-lint: this file is not a review draft (no .cspr-lint.json applies, no cspr-template front matter, and csprLint.lintAllMarkdown is off).');
    }),
    vscode.commands.registerCommand('csprLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const edit = await fixAllEdit(controller, editor.document);
      if (edit) await vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand('csprLint.lintWorkspace', () => lintWorkspace(controller)),
    vscode.commands.registerCommand('csprLint.newDraft', newDraft),
    vscode.commands.registerCommand('csprLint.insertSection', (sectionId?: string) => insertSection(controller, sectionId)),
    vscode.commands.registerCommand('csprLint.exportCoverage', () => exportCoverage(controller)),
    vscode.commands.registerCommand('csprLint.disableRule', async (uri: vscode.Uri, line: number, ruleId: string, scope: 'line' | 'file') => {
      const document = await vscode.workspace.openTextDocument(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, disablePosition(document, line, scope), `<!-- cspr-lint-${scope === 'line' ? 'disable-next-line' : 'disable'} ${ruleId} -- reason -->\n`);
      await vscode.workspace.applyEdit(edit);
    }),
  );

  context.subscriptions.push(registerCoveragePanel(context, controller));

  for (const document of vscode.workspace.textDocuments) controller.onOpen(document);
  updateStatus();
  log('cspr-lint activated');
  return {
    controller,
    statusBar: () => ({ visible: statusVisible, text: status.text, tooltip: String(status.tooltip ?? ''), command: typeof status.command === 'string' ? status.command : status.command?.command }),
  };
}

export function deactivate(): void {}

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

function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

function editAction(document: vscode.TextDocument, title: string, edits: Finding['fix'] extends infer F ? (F extends { edits: infer E } ? E : never) : never, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  action.edit = edit;
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
}

async function insertSection(controller: LintController, sectionId?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((candidate) => controller.resultFor(candidate.document.uri));
  if (!editor) return;
  const entry = await controller.freshResult(editor.document);
  if (!entry) {
    void vscode.window.showInformationMessage('cspr-lint: open a review draft first.');
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

async function exportCoverage(controller: LintController): Promise<void> {
  const entry = controller.current();
  if (!entry) {
    void vscode.window.showInformationMessage('cspr-lint: open a review draft to export its coverage report.');
    return;
  }
  const base = entry.uri.path.split('/').pop()?.replace(/\.(?:md|markdown)$/i, '') ?? 'draft';
  const target = await vscode.window.showSaveDialog({
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
  };
  const content = /\.md$/i.test(target.path) ? renderMarkdownReport(input) : renderHtmlReport(input);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`cspr-lint: wrote ${vscode.workspace.asRelativePath(target)}`);
}
