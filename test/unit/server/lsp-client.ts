// A real LSP client for the server tests: spawns `node dist/cli.js lsp --stdio` and speaks JSON-RPC
// over its stdio with vscode-jsonrpc, as an editor would. It keeps the documents it opened, applies
// the edits the server returns or asks for (workspace/applyEdit), and records diagnostics, messages
// and progress so tests can wait for them.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeParams, Position, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cliPath } from '../cli/build-cli';

export interface ShownMessage {
  type: number;
  message: string;
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShownMessage[] = [];
  readonly logs: string[] = [];
  readonly progress: { token: string | number; value: { kind: string; message?: string; percentage?: number } }[] = [];
  readonly documents = new Map<string, TextDocument>();
  settings: Record<string, unknown> = {};
  private readonly waiters = new Set<() => void>();

  private constructor(readonly process: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      this.notify();
    });
    this.connection.onNotification('window/showMessage', (params: ShownMessage) => {
      this.messages.push(params);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (params: ShownMessage) => {
      this.logs.push(params.message);
    });
    this.connection.onNotification('$/progress', (params: LspClient['progress'][number]) => {
      this.progress.push(params);
      this.notify();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => (item.section === 'csprLint' ? this.settings : null)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  /** `watchFiles: false` plays a client that cannot watch files (Neovim's built-in client). */
  static async start(rootDir: string, initializationOptions: unknown = {}, { watchFiles = true, folders = [rootDir] }: { watchFiles?: boolean; folders?: string[] } = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [cliPath, 'lsp', '--stdio'], { cwd: rootDir, stdio: 'pipe' });
    const client = new LspClient(child);
    const rootUri = pathToFileURL(rootDir).href;
    const params: InitializeParams = {
      processId: process.pid,
      rootUri,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: folder.split(/[\\/]/).pop() ?? folder })),
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: watchFiles } },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
        },
      },
    };
    await client.connection.sendRequest('initialize', params);
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves with the first value `probe` returns that is not undefined, checked on every message from the server. */
  waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 45_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          cleanup();
          reject(error);
          return;
        }
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Diagnostics for the document's current version that satisfy `accept`. */
  waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, what = `diagnostics for ${uri}`): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const published = this.diagnostics.get(uri);
      const document = this.documents.get(uri);
      if (!published) return undefined;
      if (document && published.version !== undefined && published.version !== document.version) return undefined;
      return accept(published.diagnostics) ? published.diagnostics : undefined;
    }, what);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  /** Applies edits locally and sends them as incremental changes, last first so earlier ranges stay valid. */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const document = this.documents.get(uri)!;
    const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    const updated = TextDocument.update(
      document,
      ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
      document.version + 1,
    );
    this.documents.set(uri, updated);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: updated.version },
      contentChanges: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) void this.edit(uri, edits);
  }

  positionOf(uri: string, needle: string, occurrence = 0): Position {
    const text = this.text(uri);
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
      index = text.indexOf(needle, index + 1);
      if (index === -1) throw new Error(`"${needle}" not found`);
    }
    return this.documents.get(uri)!.positionAt(index);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.process.kill();
          resolve();
        }, 3000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
