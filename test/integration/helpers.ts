// Shared helpers for the integration suites (they run inside a real VS Code extension host).
// Import them with `import { openDraft, waitForDiagnostics } from './helpers';` (or '../helpers'
// from a layout folder). Everything waits by polling with a deadline; nothing sleeps blindly.
//
// Harness features (offline runner, test/harness/run-tests.mjs): screenshots and webview DOM dumps
// work through console markers; under @vscode/test-electron they are no-ops (the helpers return
// undefined) so suites still run there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cspr-lint.cspr-lint';
export const DIAGNOSTIC_SOURCE = 'cspr-lint';

/** Log through console.log with string arguments only (the harness drops non-string arguments). */
export function log(...parts: unknown[]): void {
  console.log(parts.map((p) => (typeof p === 'string' ? p : safeJson(p))).join(' '));
}

function safeJson(v: unknown): string {
  try { return JSON.stringify(v); } catch { return String(v); }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** T without its falsy members (what waitFor returns). */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export interface WaitOptions {
  /** default 15000 */
  timeoutMs?: number;
  /** default 100 */
  intervalMs?: number;
  /** what is awaited, for the timeout error; or a function producing details at timeout */
  message?: string | (() => string);
}

/**
 * Poll `predicate` until it returns a truthy value (returned) or the deadline passes (throws).
 * Exceptions thrown by the predicate are retried until the deadline, then rethrown.
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, options: WaitOptions | number = {}): Promise<Truthy<T>> {
  const o = typeof options === 'number' ? { timeoutMs: options } : options;
  const timeoutMs = o.timeoutMs ?? 15000;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await predicate();
      if (v) return v as Truthy<T>;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const what = typeof o.message === 'function' ? o.message() : o.message ?? 'condition';
      const err = new Error(`timed out after ${timeoutMs} ms waiting for ${what}` + (lastError ? `; last error: ${String(lastError)}` : ''));
      throw err;
    }
    await sleep(o.intervalMs ?? 100);
  }
}

// ------------------------------------------------------------------ paths and fixtures

let cachedRoot: string | undefined;
/** The repository root (CSPR_REPO_ROOT, else the nearest package.json named cspr-lint above this file). */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  if (process.env.CSPR_REPO_ROOT) return (cachedRoot = process.env.CSPR_REPO_ROOT);
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try { if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'cspr-lint') return (cachedRoot = dir); } catch { /* keep looking */ }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the cspr-lint repository root above ${__dirname}; set CSPR_REPO_ROOT`);
    dir = up;
  }
}

/** Absolute path inside test/fixtures, e.g. fixturePath('workspace', 'drafts', 'lcspr-gaps.md'). */
export function fixturePath(...segments: string[]): string {
  return path.join(repoRoot(), 'test', 'fixtures', ...segments);
}

export function fixtureUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.file(fixturePath(...segments));
}

/** A workspace folder by name (multi-root: 'root-a', 'root-b'), or the first one. Throws if none. */
export function workspaceFolder(name?: string): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const f = name === undefined ? folders[0] : folders.find((w) => w.name === name);
  if (!f) throw new Error(`no workspace folder ${name ?? ''} (open: ${folders.map((w) => w.name).join(', ') || 'none'})`);
  return f;
}

/**
 * URI of a file in the open workspace. `relPath` is relative to the first folder, or starts with a
 * folder name in a multi-root workspace ('root-b/drafts/short-draft.md'); absolute paths pass through.
 */
export function workspaceUri(relPath: string, folderName?: string): vscode.Uri {
  if (path.isAbsolute(relPath)) return vscode.Uri.file(relPath);
  if (folderName === undefined) {
    const first = relPath.split('/')[0];
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length > 1 && folders.some((w) => w.name === first)) {
      return vscode.Uri.joinPath(workspaceFolder(first).uri, ...relPath.split('/').slice(1));
    }
  }
  return vscode.Uri.joinPath(workspaceFolder(folderName).uri, ...relPath.split('/'));
}

export interface OpenedDraft {
  document: vscode.TextDocument;
  editor: vscode.TextEditor;
  uri: vscode.Uri;
}

/** Open a file of the workspace (see workspaceUri) in an editor and make it active. */
export async function openDraft(
  relPath: string,
  options: { folder?: string; preview?: boolean; viewColumn?: vscode.ViewColumn } = {},
): Promise<OpenedDraft> {
  const uri = workspaceUri(relPath, options.folder);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: options.preview ?? false, viewColumn: options.viewColumn });
  return { document, editor, uri };
}

/** Close every editor (between tests, so each starts from a clean window). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// ------------------------------------------------------------------ extension

/** The cspr-lint extension (throws if it is not installed / not the development extension). */
export function getExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    const ids = vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.'));
    throw new Error(`extension ${EXTENSION_ID} not found (non-builtin extensions: ${ids.join(', ') || 'none'})`);
  }
  return ext;
}

/** Wait until VS Code has activated the extension by itself (does not force activation). */
export async function waitForActivation(timeoutMs = 20000): Promise<vscode.Extension<unknown>> {
  const ext = getExtension();
  await waitFor(() => ext.isActive, { timeoutMs, message: `activation of ${EXTENSION_ID}` });
  return ext;
}

/** Activate the extension (if needed) and return its exports. */
export async function activateExtension<T = unknown>(): Promise<T> {
  const api = (await getExtension().activate()) as { ready?: Promise<void> } | undefined;
  // The extension is a client of its language server: wait until the server runs.
  await api?.ready;
  return api as T;
}

export async function commandExists(id: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(id);
}

/**
 * Run `fn` with a user setting changed (ConfigurationTarget.Global, never written into the fixtures),
 * then restore the previous value. `key` is the full id, e.g. 'csprLint.lintAllMarkdown'.
 */
export async function withSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const dot = key.lastIndexOf('.');
  const config = vscode.workspace.getConfiguration(key.slice(0, dot));
  const name = key.slice(dot + 1);
  const previous = config.inspect(name)?.globalValue;
  await config.update(name, value, vscode.ConfigurationTarget.Global);
  try {
    return await fn();
  } finally {
    await vscode.workspace.getConfiguration(key.slice(0, dot)).update(name, previous, vscode.ConfigurationTarget.Global);
  }
}

// ------------------------------------------------------------------ diagnostics

/** cspr-lint diagnostics of a document (other sources, e.g. markdown link validation, filtered out). */
export function getDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** Rule id of a diagnostic (`code` is the id or `{ value: id, target: docsUri }`). */
export function ruleId(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** One line per diagnostic, for assertion messages: `12:3 error required-section Message`. */
export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  const sev = ['error', 'warning', 'info', 'hint'];
  return diags
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${sev[d.severity]} ${ruleId(d) ?? '?'} ${d.message}`)
    .join('\n') || '(none)';
}

/**
 * Poll the cspr-lint diagnostics of `uri` until `predicate` holds (then return them) or `timeoutMs`
 * passes (then throw, listing the diagnostics seen last). Default predicate: at least one diagnostic.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 15000,
): Promise<vscode.Diagnostic[]> {
  let last: vscode.Diagnostic[] = [];
  await waitFor(() => predicate((last = getDiagnostics(uri))), {
    timeoutMs,
    message: () => `diagnostics of ${vscode.workspace.asRelativePath(uri)} to match; last seen:\n${describeDiagnostics(last)}`,
  });
  return last;
}

/**
 * Assert that `uri` gets no cspr-lint diagnostics during `forMs` (absence cannot be awaited, so give the
 * linter time: call this after something that would have produced diagnostics by then).
 */
export async function expectNoDiagnostics(uri: vscode.Uri, forMs = 2000, counted: (d: vscode.Diagnostic) => boolean = () => true): Promise<void> {
  const deadline = Date.now() + forMs;
  for (;;) {
    const d = getDiagnostics(uri).filter(counted);
    if (d.length) throw new Error(`expected no cspr-lint diagnostics on ${vscode.workspace.asRelativePath(uri)}, got:\n${describeDiagnostics(d)}`);
    if (Date.now() >= deadline) return;
    await sleep(100);
  }
}

// ------------------------------------------------------------------ harness artifacts

export const harness = {
  /** Running under the offline harness (test/harness/run-tests.mjs)? */
  get active(): boolean { return !!process.env.HARNESS_ARTIFACTS_DIR; },
  get artifactsDir(): string | undefined { return process.env.HARNESS_ARTIFACTS_DIR || undefined; },
  get screenshotDir(): string | undefined { return process.env.HARNESS_SCREENSHOT_DIR || undefined; },
  get dumpWebviews(): boolean { return process.env.HARNESS_DUMP_WEBVIEWS === '1'; },
};

/**
 * Take a screenshot of the whole workbench as SCREENSHOT_DIR/NAME.png and wait until it is written.
 * Returns the file, or undefined when screenshots are off (no --screenshot-dir, or not in the harness).
 * `settleMs` lets the UI finish painting first (the workbench has no "painted" event to wait for).
 */
export async function screenshot(name: string, options: { settleMs?: number; timeoutMs?: number } = {}): Promise<string | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name ${JSON.stringify(name)}: use letters, digits, . _ -`);
  const dir = harness.artifactsDir;
  if (!dir || !harness.screenshotDir) { log(`[integration] screenshots off - not taking ${name}`); return undefined; }
  await sleep(options.settleMs ?? 500);
  const ack = path.join(dir, `${name}.screenshot.json`);
  fs.rmSync(ack, { force: true });
  console.log(`[harness:screenshot] ${name}`);
  const result = await waitFor(() => fs.existsSync(ack) && JSON.parse(fs.readFileSync(ack, 'utf8')) as { file?: string; error?: string },
    { timeoutMs: options.timeoutMs ?? 15000, message: `screenshot ${name}` });
  if (result.error) throw new Error(`screenshot ${name} failed: ${result.error}`);
  return result.file;
}

export interface WebviewFrame {
  url: string;
  /** true for the frame holding the extension's HTML (inside the host frame) */
  inner: boolean;
  extensionId: string | null;
  title?: string;
  text?: string;
  html?: string;
  error?: string;
}
export interface WebviewDump { time: string; frames: WebviewFrame[] }

/**
 * Ask the harness to dump every webview frame (url, text, HTML) and return the dump, read from
 * $HARNESS_ARTIFACTS_DIR/NAME.webviews.json. Returns undefined when dumps are off (not in the harness,
 * or no --dump-webviews): suites should then skip their DOM assertions (`this.skip()`).
 * Tip: first wait for a message from the webview's script; then dump.
 */
export async function dumpWebviews(name: string, timeoutMs = 10000): Promise<WebviewDump | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`dump name ${JSON.stringify(name)}: use letters, digits, . _ -`);
  const dir = harness.artifactsDir;
  if (!dir || !harness.dumpWebviews) { log(`[integration] webview dumps off - not dumping ${name}`); return undefined; }
  const file = path.join(dir, `${name}.webviews.json`);
  fs.rmSync(file, { force: true }); // never read a stale dump
  console.log(`[harness:dump-webviews] ${name}`);
  return waitFor(() => fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as WebviewDump),
    { timeoutMs, message: `webview dump ${file}` });
}

/**
 * Clicks, as a user would (a real mouse click in the browser), the first element matching `selector`
 * in a webview, and waits until the click was made. Returns false when webview automation is off
 * (not in the harness, or no --dump-webviews): suites should then skip (`this.skip()`).
 */
export async function clickInWebview(name: string, selector: string, timeoutMs = 20000): Promise<boolean> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`click name ${JSON.stringify(name)}: use letters, digits, . _ -`);
  const dir = harness.artifactsDir;
  if (!dir || !harness.dumpWebviews) { log(`[integration] webview automation off - not clicking ${selector}`); return false; }
  const ack = path.join(dir, `${name}.click.json`);
  fs.rmSync(ack, { force: true });
  console.log(`[harness:click-webview] ${name} ${selector}`);
  const result = await waitFor(() => fs.existsSync(ack) && (JSON.parse(fs.readFileSync(ack, 'utf8')) as { clicked?: boolean; error?: string }),
    { timeoutMs, message: `click ${selector} in a webview` });
  if (result.error) throw new Error(`click ${selector} failed: ${result.error}`);
  return true;
}

export interface AxeRule { id: string; impact?: string; help: string; nodes: { target: string; summary?: string; html: string }[] }
export interface AxeReport { frames: { url: string; violations: AxeRule[]; passes: { id: string; nodes: number }[] }[] }

/**
 * Runs axe-core (WCAG 2 A/AA) in every webview frame that has an element matching `selector`, in the
 * browser, and returns what it found. Undefined when webview automation is off: `this.skip()`.
 */
export async function axeWebviews(name: string, selector: string, timeoutMs = 30000): Promise<AxeReport | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`axe name ${JSON.stringify(name)}: use letters, digits, . _ -`);
  const dir = harness.artifactsDir;
  if (!dir || !harness.dumpWebviews) { log(`[integration] webview automation off - not running axe`); return undefined; }
  const ack = path.join(dir, `${name}.axe.json`);
  fs.rmSync(ack, { force: true });
  console.log(`[harness:axe-webview] ${name} ${selector}`);
  const result = await waitFor(() => fs.existsSync(ack) && (JSON.parse(fs.readFileSync(ack, 'utf8')) as AxeReport & { error?: string }),
    { timeoutMs, message: `axe in the webview (${selector})` });
  if (result.error) throw new Error(`axe ${name} failed: ${result.error}`);
  return result;
}

/** Text of the webview frames of the cspr-lint extension in a dump (inner frames, joined). */
export function webviewText(dump: WebviewDump, extensionId = EXTENSION_ID): string {
  return dump.frames
    .filter((f) => f.inner && (!f.extensionId || f.extensionId.toLowerCase() === extensionId.toLowerCase()))
    .map((f) => f.text ?? '')
    .join('\n');
}
