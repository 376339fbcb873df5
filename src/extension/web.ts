// Web extension host entry (vscode.dev, browser-based VS Code): the language server runs in a Web
// Worker (dist/web/server.js) and reads the workspace through this client.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, type CsprLintApi } from './activate';

export function activate(context: vscode.ExtensionContext): CsprLintApi {
  return activateWith(context, (options) => {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    return new LanguageClient('csprLint', 'CSPR Lint', () => startServer(serverMain), options);
  });
}

/**
 * The server in a worker, as message transports (the client's own `instanceof Worker` test fails
 * for the Worker class VS Code substitutes in its extension host). VS Code refuses a worker URL on a
 * remote extension host (an extension served by code-server or a dev container: "Creating workers
 * from remote extensions is currently not supported"); there the bundle is read through
 * workspace.fs and started from a blob URL instead.
 */
async function startServer(serverMain: vscode.Uri): Promise<MessageTransports> {
  let worker: Worker;
  try {
    worker = new Worker(serverMain.toString(true));
  } catch {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(serverMain));
    worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  }
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export { deactivate } from './activate';
