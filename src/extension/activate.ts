// Activation shared by the desktop (Node) and web extension hosts. The extension is a thin client of
// the cspr-lint language server (src/server/): the server lints off the extension host's thread and
// answers diagnostics, code actions, hover, CodeLens, outline, completion and rename; this file adds
// what only VS Code has (status bar, side panel, Portfolio view, quick picks, snippets, walkthrough),
// fed by the server through custom requests. Everything goes through the vscode API and workspace.fs,
// so the same code runs in both hosts, in untrusted and virtual workspaces.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, WorkDoneProgress, type BaseLanguageClient, type LanguageClientOptions, type Middleware } from 'vscode-languageclient';
import {
  BRIEFING_REQUEST,
  COVERAGE_REPORT_REQUEST,
  FIND_MARKDOWN_FILES_REQUEST,
  LINT_DOCUMENT_REQUEST,
  LINT_WORKSPACE_REQUEST,
  READ_FILE_REQUEST,
  TEMPLATES_REQUEST,
  INSERT_SECTION_COMMAND,
  type BriefingResult,
  type CoverageReport,
  type FindMarkdownFilesParams,
  type LintDocumentResult,
  type LintWorkspaceResult,
  type ReadFileParams,
  type TemplateChoice,
} from '../server/protocol';
import { DraftCompletions, openSnippetsAfterCspr } from './completion';
import { DraftStates } from './drafts';
import { ALLOW_NAME_COMMAND, REPLACE_NAME_COMMAND, allowName, replaceNameEverywhere } from './name-actions';
import { openReport } from './open-report';
import { registerCoveragePanel } from './panel/index';
import { registerPortfolio, type PortfolioRegistration } from './portfolio/index';
import { contextValue, inform, notifications, setContext, warn, type Notification } from './ui-state';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cspr-lint');
const SOURCE = 'cspr-lint';

/** Makes the language client for this host: the Node server as a child process, or the web worker. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** What `activate` returns: the integration tests read the status bar and draft states through it (VS Code's API cannot). */
export interface CsprLintApi {
  /** The server's latest state of each open draft. */
  drafts: DraftStates;
  /** Resolves once the language server is running. */
  ready: Promise<void>;
  /** The language client (tests send the server's custom requests through it). */
  client: () => BaseLanguageClient | undefined;
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

const decoder = new TextDecoder('utf-8');

export function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): CsprLintApi {
  const output = vscode.window.createOutputChannel('CSPR Lint', { log: true });
  const log = (message: string) => output.appendLine(`[${new Date().toISOString()}] ${message}`);
  let client: BaseLanguageClient | undefined;
  const drafts = new DraftStates(() => client, log);
  const status = vscode.window.createStatusBarItem('csprLint.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'CSPR Lint';
  status.command = 'csprLint.showCoverage';
  context.subscriptions.push(output, drafts, status);

  let statusVisible = false;
  const updateStatus = () => {
    const current = drafts.current();
    statusVisible = current !== undefined;
    if (!current) {
      status.hide();
      return;
    }
    const { counts, sections, template } = current.state;
    const errors = counts.errors;
    const missing = counts.missingRequired;
    // An empty required section is as much work still to do as a missing one.
    const empty = sections.filter((section) => section.required && section.status === 'empty').length;
    status.text = `$(checklist) ${errors} error${errors === 1 ? '' : 's'} · ${missing} missing · ${empty} empty · ${counts.coveredThemes}/${counts.themes} themes`;
    status.tooltip = `cspr-lint (${template.label}): ${errors} errors, ${missing} required sections missing and ${empty} still to write, ${counts.coveredThemes} of ${counts.themes} national themes covered. Click to open the CSPR Review panel.`;
    status.show();
  };
  let configFound = false;
  context.subscriptions.push(
    drafts.onDidChangeResult((entry) => {
      updateStatus();
      // Once is enough: setting a context key is a round trip to the window, not to pay per keystroke.
      if (!configFound && entry?.state.config.uri && entry.state.config.valid) {
        configFound = true;
        void setContext(WALKTHROUGH_CONTEXT.configFound, true);
      }
    }),
  );

  const middleware: Middleware = {
    handleDiagnostics(uri, diagnostics, next) {
      next(uri, diagnostics.map(withRuleDocLink));
      drafts.published(uri);
    },
    async provideCodeActions(document, range, actionContext, token, next) {
      const actions = (await next(document, range, actionContext, token)) ?? [];
      return vsCodeActions(document, actions);
    },
    async provideCompletionItem(document, position, completionContext, token, next) {
      const own = await completions.provide(document, position);
      if (own !== undefined) return own;
      return next(document, position, completionContext, token);
    },
  };

  const settings = () => ({ csprLint: vscode.workspace.getConfiguration('csprLint') });
  const restarts: number[] = [];
  const options: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { pattern: '**/.cspr-lint.json' }],
    initializationOptions: JSON.parse(JSON.stringify(settings())),
    diagnosticCollectionName: SOURCE,
    outputChannel: output,
    middleware,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        drafts.forgetAll();
        // The server died: start it again and say so once; a server that keeps dying (five times in
        // three minutes) is left stopped, with an error, rather than restarted in a loop.
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && now - restarts[0] > 3 * 60_000) restarts.shift();
        if (restarts.length > 5) {
          void vscode.window.showErrorMessage('cspr-lint: the language server stopped five times in three minutes and will not be restarted; drafts are not linted. Reload the window to try again; details are in the "CSPR Lint" output.');
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        if (restarts.length === 1) void warn('cspr-lint: the language server stopped unexpectedly and has been restarted. Details are in the "CSPR Lint" output.');
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = createClient(options);
  const completions = new DraftCompletions(drafts);

  // The web worker cannot read the workspace itself: it asks for configs and for the workspace lint's files.
  client.onRequest(READ_FILE_REQUEST, async (params: ReadFileParams) => {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri, true)));
    } catch {
      return null;
    }
  });
  client.onRequest(FIND_MARKDOWN_FILES_REQUEST, async (params: FindMarkdownFilesParams) => {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(params.folderUri, true));
    if (!folder) return [];
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,markdown}'), '**/node_modules/**', 10000);
    return files.map((uri) => uri.toString()).sort();
  });
  const ready = client.start().catch((error: unknown) => {
    log(`The language server did not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    void vscode.window.showErrorMessage('cspr-lint: the language server did not start; drafts are not linted. Details are in the "CSPR Lint" output.');
  });
  context.subscriptions.push({ dispose: () => void client?.stop() });

  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) openSnippetsAfterCspr(event);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => drafts.forget(document.uri)),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      drafts.fireActive();
      updateStatus();
      if (editor && !drafts.stateFor(editor.document.uri) && editor.document.languageId === 'markdown') drafts.published(editor.document.uri);
    }),
  );

  const protocolUri = (uri: vscode.Uri) => client!.code2ProtocolConverter.asUri(uri);

  context.subscriptions.push(
    vscode.commands.registerCommand('csprLint.run', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      await ready;
      const result = await client!.sendRequest<LintDocumentResult>(LINT_DOCUMENT_REQUEST, { uri: protocolUri(document.uri) });
      if (!result.isDraft) void inform('cspr-lint: this file is not a review draft (no .cspr-lint.json applies, no cspr-template front matter, and csprLint.lintAllMarkdown is off).');
    }),
    vscode.commands.registerCommand('csprLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await ready;
      const state = await drafts.fresh(editor.document);
      if (!state) {
        void inform('cspr-lint: this file is not a review draft, so there is nothing to fix.');
        return;
      }
      if (state.fixAll.conflict) {
        void inform('cspr-lint: the safe fixes in this draft overlap; apply them one at a time from the light bulb.');
        return;
      }
      const edit = await fixAllEdit(editor.document);
      if (!edit) {
        const left = state.counts.errors + state.counts.warnings + state.counts.infos;
        void inform(left === 0 ? 'cspr-lint: nothing to fix: this draft has no problems.' : `cspr-lint: nothing to fix automatically. The ${left} problem${left === 1 ? '' : 's'} left need${left === 1 ? 's' : ''} your judgement: see the light bulb for suggestions.`);
        return;
      }
      if (await vscode.workspace.applyEdit(edit)) void setContext(WALKTHROUGH_CONTEXT.problemFixed, true);
    }),
    vscode.commands.registerCommand('csprLint.lintWorkspace', () => lintWorkspace(client!, ready)),
    vscode.commands.registerCommand('csprLint.newDraft', () => newDraft(client!, ready)),
    vscode.commands.registerCommand('csprLint.insertSection', (sectionId?: string) => insertSection(drafts, sectionId)),
    vscode.commands.registerCommand('csprLint.exportCoverage', (target?: vscode.Uri) => exportCoverage(client!, drafts, target)),
    vscode.commands.registerCommand('csprLint.disableRule', async (uri: vscode.Uri, line: number, ruleId: string, scope: 'line' | 'file') => {
      const document = await vscode.workspace.openTextDocument(uri);
      const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
      const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
      // The cursor lands on the reason, selected, so the author writes it straight away.
      const comment = new vscode.SnippetString(`<!-- cspr-lint-${scope === 'line' ? 'disable-next-line' : 'disable'} ${ruleId} -- `).appendPlaceholder('[reason]').appendText(' -->\n');
      await editor.insertSnippet(comment, disablePosition(document, line, scope));
    }),
    vscode.commands.registerCommand(REPLACE_NAME_COMMAND, async (uri: vscode.Uri, name: string, replacement?: string) => {
      if (await replaceNameEverywhere(drafts, uri, name, replacement)) void setContext(WALKTHROUGH_CONTEXT.problemFixed, true);
    }),
    vscode.commands.registerCommand(ALLOW_NAME_COMMAND, (uri: vscode.Uri, name: string) => allowName(drafts, uri, name)),
    vscode.commands.registerCommand(APPLIED_COMMAND, () => setContext(WALKTHROUGH_CONTEXT.problemFixed, true)),
    vscode.commands.registerCommand(RULE_DOC_COMMAND, (ruleId: unknown) => openRuleDoc(context.extensionUri, ruleId)),
  );

  context.subscriptions.push(registerCoveragePanel(context, drafts));
  const portfolio = registerPortfolio(() => client, ready, drafts, log);
  context.subscriptions.push(portfolio);

  updateStatus();
  log('cspr-lint activated');
  return {
    drafts,
    ready,
    client: () => client,
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

/** A rule's page, rendered: the bundled docs/rules/<id>.md in VS Code's Markdown preview, not an editable file. */
async function openRuleDoc(extensionUri: vscode.Uri, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !/^[a-z][a-z-]{0,60}$/.test(ruleId)) return;
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', page);
}

/**
 * The server links each finding to its rule's page on the web; in VS Code the link opens the page
 * bundled with the extension, rendered (a command link), so it works offline.
 */
function withRuleDocLink(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  if (diagnostic.source !== SOURCE) return diagnostic;
  const code = diagnostic.code;
  const ruleId = typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
  if (!ruleId || ruleId === 'suppression-reason' || !/^[a-z][a-z-]{0,60}$/.test(ruleId)) return diagnostic;
  let target = RULE_DOC_LINKS.get(ruleId);
  if (!target) RULE_DOC_LINKS.set(ruleId, (target = vscode.Uri.parse(`command:${RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`)));
  diagnostic.code = { value: ruleId, target };
  return diagnostic;
}

/** One link per rule, made once: a publish may carry thousands of diagnostics. */
const RULE_DOC_LINKS = new Map<string, vscode.Uri>();

function disablePosition(document: vscode.TextDocument, line: number, scope: 'line' | 'file'): vscode.Position {
  if (scope === 'line') return new vscode.Position(line, 0);
  // After front matter, so the comment does not break it.
  const text = document.getText();
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return document.positionAt(frontMatter ? frontMatter[0].length : 0);
}

interface DisableData {
  disable?: { ruleId: string; scope: 'line' | 'file'; line: number };
}

/**
 * The server's code actions, as VS Code users know them: a quick fix ticks the walkthrough's step; a
 * real-looking name also gets "Replace … everywhere with…" (a picker) and "add to allowNames" before
 * the disable actions; and a disable action inserts its comment as a snippet with the cursor on the reason.
 */
function vsCodeActions(document: vscode.TextDocument, actions: (vscode.Command | vscode.CodeAction)[]): (vscode.Command | vscode.CodeAction)[] {
  const out: (vscode.Command | vscode.CodeAction)[] = [];
  // The converter gives each action its own copy of a diagnostic: one finding is one range, code and message.
  const named = new Set<string>();
  for (const action of actions) {
    if (!(action instanceof vscode.CodeAction)) {
      out.push(action);
      continue;
    }
    const data = (action as vscode.CodeAction & { data?: DisableData }).data;
    const diagnostic = action.diagnostics?.[0];
    if (data?.disable && diagnostic) {
      const key = `${diagnostic.range.start.line}:${diagnostic.range.start.character}:${diagnostic.range.end.line}:${diagnostic.range.end.character}:${String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code)}:${diagnostic.message}`;
      if (!named.has(key)) {
        named.add(key);
        out.push(...nameActions(document, diagnostic));
      }
      const { ruleId, scope } = data.disable;
      const replaced = new vscode.CodeAction(action.title, vscode.CodeActionKind.QuickFix);
      replaced.command = { title: action.title, command: 'csprLint.disableRule', arguments: [document.uri, diagnostic.range.start.line, ruleId, scope] };
      replaced.diagnostics = [diagnostic];
      out.push(replaced);
      continue;
    }
    if (action.edit && action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind)) action.command = { title: 'Quick fix applied', command: APPLIED_COMMAND };
    out.push(action);
  }
  return out;
}

/** For a real-looking name: replace it everywhere (asking with what), or record it as the agreed pseudonym. */
function nameActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const data = (diagnostic as vscode.Diagnostic & { data?: { kind?: string; name?: string } }).data;
  if (data?.kind !== 'name') return [];
  const name = data.name ?? document.getText(diagnostic.range);
  const replace = new vscode.CodeAction(`Replace "${name}" everywhere with…`, vscode.CodeActionKind.QuickFix);
  replace.command = { title: replace.title, command: REPLACE_NAME_COMMAND, arguments: [document.uri, name] };
  replace.diagnostics = [diagnostic];
  const allow = new vscode.CodeAction(`"${name}" is the agreed pseudonym: add it to allowNames`, vscode.CodeActionKind.QuickFix);
  allow.command = { title: allow.title, command: ALLOW_NAME_COMMAND, arguments: [document.uri, name] };
  allow.diagnostics = [diagnostic];
  return [replace, allow];
}

/** The server's fix-all as one edit, or undefined when there is nothing safe to fix. */
async function fixAllEdit(document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value);
  return actions?.find((action) => action.kind && FIX_ALL_KIND.contains(action.kind) && action.edit)?.edit;
}

async function lintWorkspace(client: BaseLanguageClient, ready: Promise<void>): Promise<void> {
  await ready;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'cspr-lint: linting workspace drafts', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `csprLint.lintWorkspace.${Date.now()}`;
      let done = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'end' && typeof value.percentage === 'number') {
          progress.report({ message: value.message, increment: Math.max(0, value.percentage - done) });
          done = Math.max(done, value.percentage);
        } else if (value.message) progress.report({ message: value.message });
      });
      try {
        const result = await client.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, { workDoneToken }, token);
        void vscode.window.showInformationMessage(`cspr-lint: linted ${result.drafts} draft${result.drafts === 1 ? '' : 's'}${result.cancelled || token.isCancellationRequested ? ' (cancelled)' : ''}; see the Problems panel.`);
      } catch (error) {
        if (!token.isCancellationRequested) throw error;
        void vscode.window.showInformationMessage('cspr-lint: workspace lint cancelled; see the Problems panel for the drafts linted so far.');
      } finally {
        listener.dispose();
      }
    },
  );
}

async function newDraft(client: BaseLanguageClient, ready: Promise<void>): Promise<void> {
  await ready;
  const templates = await client.sendRequest<TemplateChoice[]>(TEMPLATES_REQUEST);
  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({ label: template.label, description: template.id, detail: template.description, template })),
    { title: 'CSPR: New draft from template' },
  );
  if (!picked) return;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: picked.template.content });
  await vscode.window.showTextDocument(document);
  await setContext(WALKTHROUGH_CONTEXT.draftCreated, true);
}

async function insertSection(drafts: DraftStates, sectionId?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((candidate) => drafts.stateFor(candidate.document.uri));
  if (!editor) return;
  const state = await drafts.fresh(editor.document);
  if (!state) {
    void inform('cspr-lint: open a review draft first.');
    return;
  }
  let id = sectionId;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      state.missingSections.map((section) => ({ label: section.title, description: section.required ? 'required' : 'recommended', detail: section.guidance, id: section.id })),
      { title: 'CSPR: Insert section skeleton', placeHolder: state.missingSections.length ? 'Sections missing from this draft' : 'No sections are missing' },
    );
    id = picked?.id;
  }
  const section = state.missingSections.find((candidate) => candidate.id === id);
  if (!section) return;
  // The server computes the edit for the current text and applies it through workspace/applyEdit.
  const before = editor.document.version;
  await vscode.commands.executeCommand(INSERT_SECTION_COMMAND, { uri: state.uri, sectionId: section.id });
  if (editor.document.version === before) return;
  // Show the author where the skeleton went: its heading, centred.
  const heading = new RegExp(`^#{1,6}[ \\t]+${section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'm').exec(editor.document.getText());
  if (heading) {
    const position = editor.document.positionAt(heading.index);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }
}

async function exportCoverage(client: BaseLanguageClient, drafts: DraftStates, given?: vscode.Uri): Promise<void> {
  const entry = drafts.current();
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
  const report = await client.sendRequest<CoverageReport | null>(COVERAGE_REPORT_REQUEST, {
    uri: entry.state.uri,
    format: /\.md$/i.test(target.path) ? 'markdown' : 'html',
    filePath: vscode.workspace.asRelativePath(entry.uri),
  });
  if (!report) {
    void inform('cspr-lint: this file is no longer a review draft, so there is no coverage report.');
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.content));
  // Not awaited: the command is done once the report is written, whether or not the author opens it.
  void inform(`cspr-lint: wrote ${vscode.workspace.asRelativePath(target)}`, 'Open').then((choice) => (choice === 'Open' ? openReport(target) : undefined));
}

/** The 7-minute briefing of the active draft, from the server. */
export async function requestBriefing(client: BaseLanguageClient, document: vscode.TextDocument): Promise<BriefingResult | null> {
  return client.sendRequest<BriefingResult | null>(BRIEFING_REQUEST, { uri: client.code2ProtocolConverter.asUri(document.uri) });
}
