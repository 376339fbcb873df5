// The "CSPR Review" side panel: the required-sections checklist, the quality markers (with reading
// figures per section) and live theme coverage of the active draft.
//
// Seam with the rest of the extension (activate.ts calls this once):
//   context.subscriptions.push(registerCoveragePanel(context, controller));
// `source` is anything with `onDidChangeResult` (fired with the active draft's latest result, or
// undefined when the active editor is not a draft) and `current()`; the LintController is one.
// The panel only reads results the extension has already computed: it never lints or parses.
// It registers the webview view `csprLint.coverage` (contributed in package.json under the
// `csprLint` activity-bar container) and the commands `csprLint.showCoverage` and
// `csprLint.revealInDraft` (uri, line, column?) — the one a click on a heading or hit runs.
//
// The webview gets plain JSON and builds its DOM with textContent only, so draft text can never
// become markup; messages from it are validated (view-model.ts) and anything else is ignored.
import * as vscode from 'vscode';
import type { DocumentState } from '../../server/protocol';
import { nonce, panelHtml, panelMessageSchema } from './view-model';

export { nonce, panelHtml, panelMessageSchema } from './view-model';
export type { PanelMessage, PanelState } from './view-model';

export const VIEW_ID = 'csprLint.coverage';
export const REVEAL_COMMAND = 'csprLint.revealInDraft';

/** The language server's state of the active draft (drafts.ts); the panel renders its `panel` part. */
export interface ResultSource {
  readonly onDidChangeResult: vscode.Event<{ uri: vscode.Uri; state: DocumentState } | undefined>;
  current(): { uri: vscode.Uri; state: DocumentState } | undefined;
  /** The panel is on screen or not: states carry the panel's view only while it is. */
  setPanelShown(shown: boolean): void;
  /** The active draft's state has no panel view yet: ask for one (onDidChangeResult fires with it). */
  needPanel(): void;
}

type Entry = { uri: vscode.Uri; state: DocumentState };

class CoverageViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  private viewListeners: vscode.Disposable[] = [];
  /** The draft the webview shows; reveal and insert act on it even after focus has moved to the panel. */
  private shownUri?: vscode.Uri;
  /** The newest result not yet posted because the view was hidden. */
  private pending?: Entry;
  private lastPosted?: string;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly source: ResultSource,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    for (const listener of this.viewListeners) listener.dispose();
    this.view = view;
    this.lastPosted = undefined;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = panelHtml({
      cspSource: view.webview.cspSource,
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css')).toString(),
      nonce: nonce(),
    });
    this.viewListeners = [
      view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      view.onDidChangeVisibility(() => {
        this.source.setPanelShown(view.visible);
        if (view.visible) this.post(this.pending ?? this.source.current());
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
        this.source.setPanelShown(false);
      }),
    ];
    this.source.setPanelShown(view.visible);
  }

  update(entry: Entry | undefined): void {
    // Keep showing the last draft when focus moves to something that is not a draft (the panel
    // itself, the output channel, a README): the author is still working on that draft.
    if (!entry) return;
    if (!this.view?.visible) {
      this.pending = entry;
      return;
    }
    this.post(entry);
  }

  private post(entry: Entry | undefined): void {
    if (!this.view || !entry) return;
    if (!entry.state.panel) {
      // A state asked for while the panel was hidden: the one with the panel's view follows.
      this.pending = entry;
      this.source.needPanel();
      return;
    }
    this.pending = undefined;
    const message = { type: 'state', state: entry.state.panel };
    // Typing inside a sentence often changes nothing the panel shows: skip the re-render.
    const serialised = JSON.stringify(message);
    if (serialised === this.lastPosted && this.shownUri?.toString() === entry.uri.toString()) return;
    this.shownUri = entry.uri;
    this.lastPosted = serialised;
    void this.view.webview.postMessage(message);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const parsed = panelMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'ready') {
      // A new or reloaded webview has nothing on screen yet, whatever was posted before.
      this.lastPosted = undefined;
      this.post(this.pending ?? this.source.current() ?? this.shownEntry());
      return;
    }
    if (message.type === 'newDraft') {
      await vscode.commands.executeCommand('csprLint.newDraft');
      return;
    }
    if (!this.shownUri) return;
    if (message.type === 'reveal') {
      await vscode.commands.executeCommand(REVEAL_COMMAND, this.shownUri, message.line, message.column ?? 1);
    } else if (message.type === 'insertSection') {
      await revealInDraft(this.shownUri, 1, 1, false);
      await vscode.commands.executeCommand('csprLint.insertSection', message.sectionId);
    }
  }

  /** When the draft shown is no longer open in any tab, the panel goes back to its empty state (which offers a new draft). */
  onTabsChanged(): void {
    const shown = this.shownUri?.toString();
    if (!shown) return;
    const open = vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === shown),
    );
    if (open) return;
    this.shownUri = undefined;
    this.pending = undefined;
    this.lastPosted = undefined;
    if (this.view) void this.view.webview.postMessage({ type: 'state', state: null });
  }

  /** The shown draft's result, when the webview reloads while another editor is active. */
  private shownEntry(): Entry | undefined {
    const current = this.source.current();
    return current && this.shownUri && current.uri.toString() === this.shownUri.toString() ? current : undefined;
  }

  dispose(): void {
    for (const listener of this.viewListeners) listener.dispose();
  }
}

/** Opens the draft (in the editor it is already in, if any) and puts the cursor at line and column (1-based), centred. */
async function revealInDraft(uri: vscode.Uri, line: number, column: number, moveCursor = true): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const options: vscode.TextDocumentShowOptions = { viewColumn: visible?.viewColumn, preserveFocus: false, preview: false };
  const editor = visible ? await vscode.window.showTextDocument(visible.document, options) : await vscode.window.showTextDocument(uri, options);
  if (moveCursor) {
    const lineIndex = Math.max(0, Math.min(line - 1, editor.document.lineCount - 1));
    const position = editor.document.validatePosition(new vscode.Position(lineIndex, Math.max(0, column - 1)));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

export function registerCoveragePanel(context: vscode.ExtensionContext, source: ResultSource): vscode.Disposable {
  const provider = new CoverageViewProvider(context, source);
  return vscode.Disposable.from(
    provider,
    vscode.window.registerWebviewViewProvider(VIEW_ID, provider, { webviewOptions: { retainContextWhenHidden: true } }),
    source.onDidChangeResult((entry) => provider.update(entry)),
    vscode.window.tabGroups.onDidChangeTabs(() => provider.onTabsChanged()),
    vscode.commands.registerCommand('csprLint.showCoverage', async () => {
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      provider.update(source.current());
    }),
    // Arguments come from the panel or from another extension: checked like any other input.
    vscode.commands.registerCommand(REVEAL_COMMAND, async (target: unknown, line: unknown, column: unknown) => {
      const uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target, true) : undefined;
      if (!uri || !Number.isInteger(line) || (line as number) < 1) return undefined;
      const editor = await revealInDraft(uri, line as number, Number.isInteger(column) && (column as number) >= 1 ? (column as number) : 1);
      return { line: editor.selection.active.line + 1, column: editor.selection.active.character + 1 };
    }),
  );
}
