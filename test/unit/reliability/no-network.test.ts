// Sensitive text stays local: nothing in the shipped code can open a network connection or run
// code from the workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce } from '../cli/build-cli';

const root = path.join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(?:ts|js|mjs)$/.test(name) ? [full] : [];
  });
}

const shipped = [...sources(path.join(root, 'src')), path.join(root, 'media', 'panel.js')];

describe('no network, no code execution from the workspace', () => {
  // The bundles checked below come from the same build as the CLI tests.
  beforeAll(() => buildCliOnce(), 120000);
  it('finds the shipped sources', () => {
    expect(shipped.length).toBeGreaterThan(20);
  });
  for (const file of shipped) {
    const relative = path.relative(root, file);
    it(`${relative} makes no network calls and evaluates no code`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from ['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]|require\(['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]\)/);
      expect(text).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|navigator\.sendBeacon|EventSource/);
      expect(text).not.toMatch(/\beval\s*\(|new Function\s*\(|child_process|\bimport\s*\(\s*[^'"`]/);
    });
  }
  // Config is data: parsed as JSON and validated, never loaded as code. Nothing under src/config
  // or src/extension may load a module from a computed path (a workspace could point it at its
  // own code), start a worker or a VM, or run a shell task.
  for (const file of shipped.filter((candidate) => /[\\/]src[\\/](?:config|extension)[\\/]/.test(candidate))) {
    const relative = path.relative(root, file);
    it(`${relative} loads no code from the workspace`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/\brequire\s*\(\s*[^'"`\s]|\brequire\s*\(\s*`|createRequire|\bimport\s*\(/);
      // web.ts starts the bundled server in a worker: checked on its own below.
      if (!relative.endsWith('web.ts')) expect(text).not.toMatch(/new Worker\s*\(/);
      expect(text).not.toMatch(/from ['"](?:node:)?(?:vm|worker_threads|module)['"]|importScripts|\bFunction\s*\(/);
      expect(text).not.toMatch(/vscode\.tasks\.executeTask|new vscode\.ShellExecution|new vscode\.ProcessExecution|createTerminal/);
      expect(text).not.toMatch(/JSON5|\byaml\b.*\bload\b/);
    });
  }
  it('the built bundles contain no network client either', () => {
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js', 'dist/server.js', 'dist/web/server.js', 'dist/cli.js']) {
      const text = readFileSync(path.join(root, bundle), 'utf8');
      // vscode-jsonrpc (the language client and server) carries `net` for local pipes and sockets;
      // cspr-lint talks to its server over stdio or a worker's messages (checked below), never a socket.
      expect(text, bundle).not.toMatch(/require\(["'](?:node:)?(?:http|https|http2|tls|dgram|dns)["']\)|XMLHttpRequest|new WebSocket/);
    }
  });
  // The extension is a client of its own language server: the only process or worker it starts runs
  // the server bundled with it (dist/server.js, dist/web/server.js), over stdio or worker messages.
  it('the extension starts only its own bundled server, over stdio or a worker', () => {
    const node = readFileSync(path.join(root, 'src/extension/node.ts'), 'utf8');
    expect(node).toMatch(/vscode\.Uri\.joinPath\(context\.extensionUri, 'dist', 'server\.js'\)/);
    expect(node).toMatch(/transport: TransportKind\.stdio/);
    expect(node).not.toMatch(/TransportKind\.(?:socket|pipe)|command:/);
    const web = readFileSync(path.join(root, 'src/extension/web.ts'), 'utf8');
    expect(web).toMatch(/vscode\.Uri\.joinPath\(context\.extensionUri, 'dist', 'web', 'server\.js'\)/);
    const workers = [...web.matchAll(/new Worker\(([^)]*\)?)\)/g)].map((match) => match[1]);
    expect(workers).toEqual(['serverMain.toString(true)', "URL.createObjectURL(new Blob([source], { type: 'text/javascript' })"]);
    expect(web).toMatch(/const source = new TextDecoder\(\)\.decode\(await vscode\.workspace\.fs\.readFile\(serverMain\)\);/);
    for (const file of shipped.filter((candidate) => /[\\/]src[\\/]extension[\\/]/.test(candidate) && !candidate.endsWith('web.ts'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/new Worker\s*\(/);
    }
  });
  it('declares untrusted and virtual workspace support', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(pkg.capabilities.virtualWorkspaces).toBe(true);
  });
});
