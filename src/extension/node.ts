// Desktop (Node) extension host entry: the language server runs as a Node child process
// (dist/server.js over stdio), so linting never blocks the extension host's thread.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, type CsprLintApi } from './activate';

export function activate(context: vscode.ExtensionContext): CsprLintApi {
  return activateWith(context, (options) => {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
    const server = { module, transport: TransportKind.stdio };
    return new LanguageClient('csprLint', 'CSPR Lint', { run: server, debug: server }, options);
  });
}

export { deactivate } from './activate';
