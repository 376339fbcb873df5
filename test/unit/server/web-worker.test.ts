// The web build of the server (dist/web/server.js) in a worker-like sandbox: no `require`, no Node
// built-ins, only what a Web Worker has. It must answer initialize, ask its client for files it
// cannot read (csprLint/readFile), and publish diagnostics for a draft.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce, repoRoot, samplesDir } from '../cli/build-cli';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

class FakeWorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  readonly fromServer: Message[] = [];
  private readonly waiters = new Set<() => void>();

  postMessage(message: Message): void {
    this.fromServer.push(message);
    if (message.method === 'csprLint/readFile') this.send({ jsonrpc: '2.0', id: message.id, result: null });
    else if (message.id !== undefined && message.method !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: null });
    for (const waiter of [...this.waiters]) waiter();
  }

  addEventListener(): void {}

  send(message: Message): void {
    setTimeout(() => this.onmessage?.({ data: message }), 0);
  }

  waitFor(probe: (message: Message) => boolean, what: string): Promise<Message> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.fromServer.find(probe);
        if (!found) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 45_000);
      this.waiters.add(check);
      check();
    });
  }
}

beforeAll(() => buildCliOnce(), 120_000);

describe('web worker server (dist/web/server.js)', { timeout: 60_000 }, () => {
  it('runs without Node, asks its client for configs, and publishes diagnostics for a draft', async () => {
    const scope = new FakeWorkerScope();
    const sandbox = { self: scope, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, console, TextEncoder, TextDecoder };
    vm.runInNewContext(readFileSync(path.join(repoRoot, 'dist', 'web', 'server.js'), 'utf8'), vm.createContext(sandbox));

    scope.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: 'vscode-vfs://github/team/reviews', capabilities: {}, workspaceFolders: [{ uri: 'vscode-vfs://github/team/reviews', name: 'reviews' }] } });
    const initialized = await scope.waitFor((message) => message.id === 1 && message.result !== undefined, 'initialize result');
    expect((initialized.result as { capabilities: { hoverProvider: boolean } }).capabilities.hoverProvider).toBe(true);
    scope.send({ jsonrpc: '2.0', method: 'initialized', params: {} });

    const uri = 'vscode-vfs://github/team/reviews/drafts/child-j.md';
    const text = readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8').replace('<!--', '---\ncspr-template: lcspr\n---\n<!--');
    scope.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
    const published = await scope.waitFor(
      (message) => message.method === 'textDocument/publishDiagnostics' && (message.params as { uri: string }).uri === uri,
      'diagnostics',
    );
    const diagnostics = (published.params as { diagnostics: { code: string }[] }).diagnostics;
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('identifying-detail');
    const asked = scope.fromServer.filter((message) => message.method === 'csprLint/readFile').map((message) => (message.params as { uri: string }).uri);
    expect(asked).toContain('vscode-vfs://github/team/reviews/drafts/.cspr-lint.json');
  });
});
