// Web extension host entry (vscode.dev, browser-based VS Code): the language server runs in a Web
// Worker (dist/web/server.js) and reads the workspace through this client.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type CsprLintApi } from './activate';

export function activate(context: vscode.ExtensionContext): CsprLintApi {
  return activateWith(context, (options) => {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    const worker = new Worker(serverMain.toString(true));
    return new LanguageClient('csprLint', 'CSPR Lint', worker, options);
  });
}

export { deactivate } from './activate';
