// The "CSPR Review" side panel: the required-sections checklist and live theme coverage of the
// active draft. It reuses the LintResult the extension already computed (no second parse) and sends
// the webview plain JSON; the webview script builds the DOM with textContent only, so draft text can
// never become markup. Messages from the webview are validated and unknown ones ignored.
import * as vscode from 'vscode';
import * as z from 'zod';
import type { LintResult } from '../../engine/index';

export const VIEW_ID = 'csprLint.coverage';

export interface ResultSource {
  readonly onDidChangeResult: vscode.Event<{ uri: vscode.Uri; result: LintResult } | undefined>;
  current(): { uri: vscode.Uri; result: LintResult } | undefined;
}

export const panelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('reveal'), line: z.number().int().min(1).max(10_000_000), column: z.number().int().min(1).max(1_000_000).optional() }),
  z.object({ type: z.literal('insertSection'), sectionId: z.string().regex(/^[a-z][a-z0-9-]{0,80}$/) }),
]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** What the webview renders: only data, never HTML. */
export interface PanelState {
  file: string;
  template: string;
  summary: string;
  sections: { id: string; title: string; required: boolean; status: string; line?: number; heading?: string }[];
  themes: { id: string; label: string; status: string; expected: boolean; distinct: number; hits: { line: number; column: number; phrase: string; section: string }[] }[];
}

export function panelState(uri: vscode.Uri | { path: string }, result: LintResult): PanelState {
  const covered = result.coverage.filter((theme) => theme.status === 'covered').length;
  const missing = result.sections.filter((section) => section.required && section.status === 'missing').length;
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  return {
    file: uri.path.split('/').pop() ?? '',
    template: result.template.label,
    summary: `${missing} required section${missing === 1 ? '' : 's'} missing · ${errors} error${errors === 1 ? '' : 's'} · ${covered} of ${result.coverage.length} themes covered`,
    sections: result.sections.map((section) => ({ id: section.id, title: section.title, required: section.required, status: section.status, line: section.line, heading: section.heading })),
    themes: result.coverage.map((theme) => ({
      id: theme.id,
      label: theme.label,
      status: theme.status,
      expected: theme.expected,
      distinct: theme.distinctPhrases,
      hits: theme.hits.slice(0, 50).map((hit) => ({ line: hit.line, column: hit.column, phrase: hit.phrase, section: hit.section })),
    })),
  };
}

export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function panelHtml(options: { cspSource: string; scriptUri: string; styleUri: string; nonce: string }): string {
  const csp = [`default-src 'none'`, `style-src ${options.cspSource}`, `script-src 'nonce-${options.nonce}'`, `img-src ${options.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${options.styleUri}">
<title>CSPR Review</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="empty">Open a review draft to see its sections and theme coverage.</p></main>
<script nonce="${options.nonce}" src="${options.scriptUri}"></script>
</body>
</html>`;
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
