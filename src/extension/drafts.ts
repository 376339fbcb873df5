// What the editor knows of each open draft, as the language server reports it: the server lints (off
// the extension host's thread) and publishes diagnostics; after each publish for a visible draft this
// asks for the draft's state (sections, counts, config, missing sections; the side panel's view only
// while the panel is shown) and tells the status bar and the panel. Nothing here lints.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DOCUMENT_STATE_REQUEST, type DocumentState, type DocumentStatePart } from '../server/protocol';

export interface DraftEntry {
  uri: vscode.Uri;
  state: DocumentState;
}

export class DraftStates implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly emitter = new vscode.EventEmitter<DraftEntry | undefined>();
  /** Fires when the active draft's state changes (or there is no active draft). */
  readonly onDidChangeResult = this.emitter.event;
  /** Requests in flight per document, so a burst of publishes asks once. */
  private readonly pending = new Map<string, Promise<DocumentState | undefined>>();
  private readonly again = new Set<string>();
  /**
   * Whether the side panel is on screen. The panel's view is most of a state's size (about 175 KB
   * on a 50,000-word draft): asked for after every keystroke, it would be read and parsed on the
   * extension host's thread for nothing while the panel is closed.
   */
  private panelShown = false;
  /** Documents whose next request must bring the panel's view whatever panelShown says (the panel asked). */
  private readonly panelAgain = new Set<string>();
  /** The document version needPanel last asked the panel's view for. */
  private panelAskedFor?: string;

  constructor(
    private readonly client: () => BaseLanguageClient | undefined,
    private readonly log: (message: string) => void,
  ) {}

  dispose(): void {
    this.emitter.dispose();
  }

  /** The latest state of the active editor's draft, if it is one. */
  current(): DraftEntry | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const state = this.states.get(editor.document.uri.toString());
    return state ? { uri: editor.document.uri, state } : undefined;
  }

  stateFor(uri: vscode.Uri): DocumentState | undefined {
    return this.states.get(uri.toString());
  }

  /** The state of the document's current text, asking the server (which lints it if it has not yet). */
  async fresh(document: vscode.TextDocument): Promise<DocumentState | undefined> {
    const known = this.states.get(document.uri.toString());
    if (known && known.version === document.version) return known;
    return this.request(document.uri);
  }

  /** The server published diagnostics for a document: refresh its state if someone is looking at it. */
  published(uri: vscode.Uri): void {
    const key = uri.toString();
    const visible = vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === key);
    if (!visible && !this.states.has(key)) return;
    if (this.pending.has(key)) {
      // A newer lint landed while the last request was on its way: ask again once it is answered.
      this.again.add(key);
      return;
    }
    void this.request(uri);
  }

  /** The panel was shown or hidden. Shown, it needs the active draft's panel view if the last state left it out. */
  setPanelShown(shown: boolean): void {
    this.panelShown = shown;
    if (shown) this.needPanel();
  }

  /** Asks again for the active draft's state when the one held has no panel view (the panel is waiting for it). */
  needPanel(): void {
    const current = this.current();
    if (!current || current.state.panel) return;
    const key = current.uri.toString();
    // Once per version: a state that came back without the view (a server that does not know
    // `omit`'s opposite) must not start a loop of requests.
    const asked = `${key}#${current.state.version}`;
    if (this.panelAskedFor === asked) return;
    this.panelAskedFor = asked;
    if (this.pending.has(key)) {
      this.again.add(key);
      this.panelAgain.add(key);
    } else void this.request(current.uri, true);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.states.delete(key)) return;
    if (vscode.window.activeTextEditor?.document.uri.toString() === key) this.emitter.fire(undefined);
  }

  forgetAll(): void {
    this.states.clear();
    this.emitter.fire(undefined);
  }

  fireActive(): void {
    this.emitter.fire(this.current());
  }

  private request(uri: vscode.Uri, withPanel = this.panelShown): Promise<DocumentState | undefined> {
    const key = uri.toString();
    const client = this.client();
    if (!client) return Promise.resolve(undefined);
    // The VS Code client shows theme hits in the panel's view only, never from `coverage`.
    const omit: DocumentStatePart[] = withPanel ? ['coverageHits'] : ['coverageHits', 'panel'];
    const request = client
      .sendRequest<DocumentState | null>(DOCUMENT_STATE_REQUEST, { uri: client.code2ProtocolConverter.asUri(uri), omit })
      .then((state) => {
        const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
        if (!state || !document || document.isClosed) {
          this.forget(uri);
          return undefined;
        }
        // An answer for an older version than one already shown is dropped.
        const known = this.states.get(key);
        if (known && known.version > state.version) return known;
        // The same text's panel view, asked for a moment ago, is still right.
        if (!state.panel && known?.panel && known.version === state.version) state.panel = known.panel;
        this.states.set(key, state);
        if (vscode.window.activeTextEditor?.document.uri.toString() === key) this.emitter.fire({ uri, state });
        return state;
      })
      .catch((error: unknown) => {
        this.log(`documentState for ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      })
      .finally(() => {
        this.pending.delete(key);
        if (this.again.delete(key)) void this.request(uri, this.panelAgain.delete(key) || this.panelShown);
      });
    this.pending.set(key, request);
    return request;
  }
}
