// The "CSPR Review" side panel: the required-sections checklist and live theme coverage of the
// active draft. It reuses the LintResult the extension already computed (no second parse) and sends
// the webview plain JSON; the webview script builds the DOM with textContent only, so draft text can
// never become markup. Messages from the webview are validated and unknown ones ignored.
import * as vscode from 'vscode';
import type { LintResult } from '../../engine/index';
import { nonce, panelHtml, panelMessageSchema, panelState } from './view-model';

export { nonce, panelHtml, panelMessageSchema, panelState } from './view-model';
export type { PanelMessage, PanelState } from './view-model';

export const VIEW_ID = 'csprLint.coverage';

export interface ResultSource {
  readonly onDidChangeResult: vscode.Event<{ uri: vscode.Uri; result: LintResult } | undefined>;
  current(): { uri: vscode.Uri; result: LintResult } | undefined;
}

class CoverageViewProvider implements vscode.WebviewViewProvider {
  private view?: vscode.WebviewView;
  private shownUri?: vscode.Uri;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly source: ResultSource,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = panelHtml({
      cspSource: view.webview.cspSource,
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css')).toString(),
      nonce: nonce(),
    });
    view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw));
    view.onDidChangeVisibility(() => {
      if (view.visible) this.post(this.source.current());
    });
  }

  update(entry: { uri: vscode.Uri; result: LintResult } | undefined): void {
    // Keep showing the last draft when focus moves to a non-draft (e.g. the panel itself).
    if (!entry) return;
    this.post(entry);
  }

  private post(entry: { uri: vscode.Uri; result: LintResult } | undefined): void {
    if (!this.view || !entry) return;
    this.shownUri = entry.uri;
    void this.view.webview.postMessage({ type: 'state', state: panelState(entry.uri, entry.result) });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const parsed = panelMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'ready') {
      this.post(this.source.current());
      return;
    }
    if (!this.shownUri) return;
    const editor = await vscode.window.showTextDocument(this.shownUri, { preserveFocus: false, preview: false });
    if (message.type === 'reveal') {
      const position = new vscode.Position(Math.min(message.line - 1, editor.document.lineCount - 1), (message.column ?? 1) - 1);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    } else if (message.type === 'insertSection') {
      await vscode.commands.executeCommand('csprLint.insertSection', message.sectionId);
    }
  }
}

export function registerCoveragePanel(context: vscode.ExtensionContext, source: ResultSource): vscode.Disposable {
  const provider = new CoverageViewProvider(context, source);
  return vscode.Disposable.from(
    vscode.window.registerWebviewViewProvider(VIEW_ID, provider, { webviewOptions: { retainContextWhenHidden: true } }),
    source.onDidChangeResult((entry) => provider.update(entry)),
    vscode.commands.registerCommand('csprLint.showCoverage', async () => {
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      provider.update(source.current());
    }),
  );
}
