// The language server in a Web Worker, for the web extension (vscode.dev): same core as the Node
// server; files it cannot read itself (configs, drafts for the workspace lint) it asks its client for.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { FIND_MARKDOWN_FILES_REQUEST, READ_FILE_REQUEST, type FindMarkdownFilesParams, type ReadFileParams } from './protocol';
import { startServer, type ServerHost } from './server';

declare const self: DedicatedWorkerGlobalScope;
interface DedicatedWorkerGlobalScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));

const clientHost: ServerHost = {
  async readFile(uri) {
    try {
      const text = await connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams);
      return typeof text === 'string' ? text : undefined;
    } catch {
      return undefined;
    }
  },
  async findMarkdownFiles(folderUri, isCancelled) {
    if (isCancelled()) return [];
    try {
      const uris = await connection.sendRequest<string[] | null>(FIND_MARKDOWN_FILES_REQUEST, { folderUri } satisfies FindMarkdownFilesParams);
      return Array.isArray(uris) ? uris.filter((uri) => typeof uri === 'string') : [];
    } catch {
      return [];
    }
  },
};

startServer(connection, clientHost);
