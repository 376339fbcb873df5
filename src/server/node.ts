// The language server over stdio for any LSP editor: `cspr-lint lsp --stdio` (dist/cli.js loads this
// bundle, dist/server.js, only for that subcommand) or `node dist/server.js --stdio`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { FIND_MARKDOWN_FILES_REQUEST, READ_FILE_REQUEST, type FindMarkdownFilesParams, type ReadFileParams } from './protocol';
import { startServer, HARD_LIMIT_BYTES, type ServerHost } from './server';
import { tuneV8ForLinting } from './v8-tuning';

tuneV8ForLinting();

const MAX_WORKSPACE_FILES = 10_000;

/**
 * Files on disk are read here; anything else (a virtual workspace in VS Code: vscode-vfs://, a remote
 * repository) is asked of the client, which answers if it can (the VS Code client does, through
 * workspace.fs; other editors answer with an error, and the file counts as absent).
 */
function nodeHost(connection: Connection): ServerHost {
  return {
    async readFile(uri) {
      if (!uri.startsWith('file:')) {
        try {
          const text = await connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams);
          return typeof text === 'string' ? text : undefined;
        } catch {
          return undefined;
        }
      }
      return readDiskFile(uri);
    },
    async findMarkdownFiles(folderUri, isCancelled) {
      if (!folderUri.startsWith('file:')) {
        try {
          const uris = await connection.sendRequest<string[] | null>(FIND_MARKDOWN_FILES_REQUEST, { folderUri } satisfies FindMarkdownFilesParams);
          return Array.isArray(uris) ? uris.filter((uri) => typeof uri === 'string') : [];
        } catch {
          return [];
        }
      }
      return findDiskMarkdownFiles(folderUri, isCancelled);
    },
  };
}

async function readDiskFile(uri: string): Promise<string | undefined> {
  const file = toFilePath(uri);
  if (!file) return undefined;
  try {
    // Only regular files: a FIFO named by "extends" would block forever.
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > HARD_LIMIT_BYTES) return undefined;
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function findDiskMarkdownFiles(folderUri: string, isCancelled: () => boolean): Promise<string[]> {
  const root = toFilePath(folderUri);
  if (!root) return [];
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < MAX_WORKSPACE_FILES && !isCancelled()) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    // Symbolic links are not followed: a link to a folder could loop or leave the workspace.
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(path.join(dir, entry.name));
      else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) found.push(pathToFileURL(path.join(dir, entry.name)).href);
    }
  }
  return found.sort();
}

function toFilePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Serves LSP on stdin/stdout until the client disconnects (the process then exits). */
export function startStdioServer(): void {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // A promise nobody awaited must not end the server (Node's default for an unhandled rejection).
  process.on('unhandledRejection', (reason) => connection.console.error(`[cspr-lint] unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));
  startServer(connection, nodeHost(connection));
  // A client that goes away without "shutdown"/"exit" (a crashed editor) must not leave the server
  // behind: when stdin ends, exit as the protocol says (1: no shutdown was asked for).
  let shutdownAsked = false;
  connection.onShutdown(() => {
    shutdownAsked = true;
  });
  process.stdin.once('end', () => process.exit(shutdownAsked ? 0 : 1));
}

if (require.main === module) startStdioServer();
