// Performance of the VS Code extension in a real VS Code (issue #17): runs in the Node extension host,
// loaded by the harness as extensionTestsPath (bundled into one file by scripts/bench-vscode.mjs,
// which also passes csprLint.debounceMs = 0 so the debounce is not measured).
//
//   1. keystroke to updated diagnostics on a 50,000-word draft: each edit inserts a new undefined
//      acronym ("XQAB") into a sentence, or replaces one inserted ten edits before by a word (so no
//      edit gives back text the server has parsed before), and the time is
//      taken from the editor.edit() call to the onDidChangeDiagnostics event whose diagnostics show
//      that change (the acronym's undefined-acronym diagnostic is there, or gone);
//   2. the extension host's event loop during those edits: a setTimeout(0) chain records every gap
//      between its ticks; a gap longer than the 1 ms timer period is time the thread was busy
//      (with anything: linting's client side, VS Code itself, other extensions, this suite);
//   3. first diagnostics after opening drafts of 50,000 and 200,000 words (new files, each opened
//      once, no text shared with any draft linted before, so no cache of the server helps).
//
// Drafts are generated here (bench/drafts.ts, one `seen` set so that no block repeats in or across
// them) and written to CSPR_PERF_DIR, a folder inside the workspace fixture that the caller deletes.
// Results go to CSPR_PERF_OUT as JSON. Log lines are single strings (the harness drops objects).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { countWords, generateDraft, seededRandom } from '../../bench/drafts';
import { RULES } from '../../src/engine/index';
import { FIRST_PASS_CATEGORIES } from '../../src/server/first-pass';

const SAMPLE_FILES = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'];
const COMPLETE_SAMPLE = 0;
const SOURCE = 'cspr-lint';
const say = (message: string) => console.log(`[perf] ${message}`);

interface Api {
  ready: Promise<void>;
  drafts: { stateFor(uri: vscode.Uri): { version: number } | undefined };
}

function env(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The diagnostics one language server published for `uri` (cspr-lint's, or the floor's). */
function diagnosticsFrom(source: string, uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === source);
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

/**
 * Resolves with the time of the first onDidChangeDiagnostics event for `uri` after which `test`
 * holds, or rejects after `timeoutMs`. Subscribed before the caller acts, so no event is missed.
 */
function diagnosticsWhen(source: string, uri: vscode.Uri, test: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs: number): { done: Promise<number>; dispose(): void } {
  const key = uri.toString();
  let subscription: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<number>((resolve, reject) => {
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === key)) return;
      const at = performance.now();
      if (!test(diagnosticsFrom(source, uri))) return;
      subscription?.dispose();
      clearTimeout(timer);
      resolve(at);
    });
    timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`no matching diagnostics for ${path.basename(uri.fsPath)} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  return { done, dispose: () => (subscription?.dispose(), clearTimeout(timer)) };
}

/**
 * A thread's time on a CPU and waiting for one, in ms, from Linux's /proc/<pid>/task/<tid>/schedstat
 * (nanosecond counters); undefined where it cannot be read. On a machine shared by other work, wall
 * time includes waiting for a CPU; the on-CPU part is the work itself.
 */
const statFiles = new Map<number, number>();
const statBuffer = Buffer.alloc(128);
function schedstat(pid: number): { cpu: number; wait: number } | undefined {
  try {
    // Kept open and read from offset 0 each time: the probe reads its own thread's every millisecond.
    let fd = statFiles.get(pid);
    if (fd === undefined) statFiles.set(pid, (fd = fs.openSync(`/proc/${pid}/task/${pid}/schedstat`, 'r')));
    const length = fs.readSync(fd, statBuffer, 0, statBuffer.length, 0);
    const [run, wait] = statBuffer.toString('latin1', 0, length).split(' ').map(Number);
    return { cpu: run / 1e6, wait: wait / 1e6 };
  } catch {
    return undefined;
  }
}

/** Bytes a process has read so far (Linux /proc/<pid>/io rchar: pipes included, so for the server, what the client sent it). */
function bytesRead(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    return Number(/rchar: (\d+)/.exec(fs.readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1]);
  } catch {
    return undefined;
  }
}

/** A language server: the extension host's child process whose command line ends with `script` (cspr-lint's is dist/server.js). */
function serverPid(script: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').some((arg) => arg.endsWith(script))) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/**
 * Records the gaps between the ticks of a setTimeout(0) chain (Node runs it every 1 ms when idle),
 * and, per gap, how much of it the extension host's main thread spent on a CPU (schedstat).
 */
class LagProbe {
  private last = 0;
  private lastCpu: number | undefined;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** [time of the tick that ended the gap, gap in ms, main thread on-CPU ms in the gap (NaN if unknown)] */
  readonly gaps: Array<[number, number, number]> = [];

  start(): void {
    this.running = true;
    this.last = performance.now();
    this.lastCpu = schedstat(process.pid)?.cpu;
    const tick = () => {
      const now = performance.now();
      const cpu = schedstat(process.pid)?.cpu;
      this.gaps.push([now, now - this.last, cpu !== undefined && this.lastCpu !== undefined ? cpu - this.lastCpu : NaN]);
      this.last = now;
      this.lastCpu = cpu;
      if (this.running) this.timer = setTimeout(tick, 0);
    };
    this.timer = setTimeout(tick, 0);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Time the loop was busy beyond the timer's own 1 ms period, per gap. */
  blocks(): number[] {
    return this.gaps.map(([, gap]) => Math.max(0, gap - 1));
  }

  /** On-CPU time of the main thread per gap (the work that blocked it, without waiting for a CPU). */
  cpuBlocks(): number[] {
    return this.gaps.map(([, , cpu]) => cpu).filter((cpu) => !Number.isNaN(cpu));
  }
}

/** A CPU profile of the extension host (inspector), when CSPR_PERF_PROFILE_DIR is set. */
async function startProfile(): Promise<(() => Promise<void>) | undefined> {
  const dir = process.env.CSPR_PERF_PROFILE_DIR;
  if (!dir) return undefined;
  const inspector = await import('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  // 1 ms by default: enough to tell which extension a 16 ms block belongs to, at little cost to the figures.
  await post('Profiler.setSamplingInterval', { interval: Number(process.env.CSPR_PERF_PROFILE_INTERVAL ?? '1000') });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `exthost-${Date.now()}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    say(`extension host profile written to ${file}`);
  };
}

function withFrontMatter(text: string, title: string): string {
  return `---\ntitle: ${title}\ncspr-template: lcspr\n---\n\n${text}`;
}

/**
 * Where to insert an acronym: just before the full stop of a sentence in an ordinary paragraph line
 * (not a heading, list, table, comment, code or front matter), found from a random line onwards.
 * Reads single lines, so the suite's own work in the extension host stays small.
 */
function sentenceEnd(document: vscode.TextDocument, random: () => number): vscode.Position {
  for (let tries = 0; tries < 1000; tries++) {
    const line = 10 + Math.floor(random() * (document.lineCount - 10));
    const text = document.lineAt(line).text;
    if (!/^[A-Z]/.test(text) || text.length < 80 || text.includes('<!--') || text.includes('-->') || text.includes('|')) continue;
    const ends = [...text.matchAll(/[a-z]\.(?= [A-Z])/g)].map((match) => match.index! + 1);
    if (ends.length > 0) return new vscode.Position(line, ends[Math.floor(random() * ends.length)]);
  }
  throw new Error('no sentence to edit');
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function run(): Promise<void> {
  const out = env('CSPR_PERF_OUT', '');
  const folder = env('CSPR_PERF_DIR', '');
  if (!out || !folder) throw new Error('CSPR_PERF_OUT and CSPR_PERF_DIR must be set (scripts/bench-vscode.mjs sets them)');
  const edits = Number(env('CSPR_PERF_EDITS', '100'));
  const warmupEdits = Number(env('CSPR_PERF_WARMUP_EDITS', '10'));
  const pauseMs = Number(env('CSPR_PERF_PAUSE_MS', '250'));
  const opens = Number(env('CSPR_PERF_OPENS', '3'));
  const keystrokeWords = Number(env('CSPR_PERF_KEYSTROKE_WORDS', '50000'));
  const openSizes = env('CSPR_PERF_OPEN_WORDS', '50000,200000').split(',').map(Number);

  const ext = vscode.extensions.all.find((candidate) => candidate.id.endsWith('.cspr-lint'));
  if (!ext) throw new Error('the cspr-lint extension is not loaded');
  const api = (await ext.activate()) as Api;
  await api.ready;
  const serverProfiles = process.env.CSPR_PERF_SERVER_PROFILE_DIR;
  if (serverProfiles) {
    // The server is a child process started with the extension host's environment: restarted with
    // NODE_OPTIONS=--require of scripts/bench-vscode.mjs's preload, it profiles itself and writes the
    // profile when it exits (the client stops it at the end). Node 20 refuses --cpu-prof in NODE_OPTIONS.
    process.env.NODE_OPTIONS = `--require ${path.join(serverProfiles, 'preload.cjs')}`;
    await (api as unknown as { client(): { restart(): Promise<void> } }).client().restart();
    delete process.env.NODE_OPTIONS;
    say(`language server restarted with --cpu-prof into ${serverProfiles}`);
  }
  const debounceMs = vscode.workspace.getConfiguration('csprLint').get<number>('debounceMs');
  if (debounceMs !== 0) throw new Error(`csprLint.debounceMs is ${debounceMs}; the bench needs 0 (scripts/bench-vscode.mjs passes --setting csprLint.debounceMs=0)`);
  const markdown = vscode.extensions.getExtension('vscode.markdown-language-features');
  const builtinMarkdown = markdown ? 'enabled' : 'disabled';
  say(`extension ${ext.id} active; csprLint.debounceMs = 0; built-in Markdown language features ${builtinMarkdown}; Node ${process.versions.node} extension host; VS Code ${vscode.version}`);

  // ------------------------------------------------------------ drafts
  const samples = SAMPLE_FILES.map((name) => fs.readFileSync(path.join(ext.extensionUri.fsPath, 'test/fixtures/samples', name), 'utf8'));
  // `seen` (bench/drafts.ts): no paragraph, list or table repeats within or across these drafts.
  const seen = new Set<string>();
  fs.mkdirSync(folder, { recursive: true });
  const t0 = performance.now();
  const write = (name: string, words: number, seed: number): Draft => {
    const text = withFrontMatter(generateDraft(samples, { words, seed, skeleton: COMPLETE_SAMPLE, seen }), `Perf draft ${name}`);
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    return { uri: vscode.Uri.file(file), words: countWords(text), kb: Math.round(text.length / 1024) };
  };
  const keystrokeDraft = write(`keystroke-${keystrokeWords}.md`, keystrokeWords, 17);
  const openDrafts = openSizes.flatMap((words) => Array.from({ length: opens }, (_, i) => ({ size: words, ...write(`open-${words}-${i + 1}.md`, words, 100 + words / 1000 + i) })));
  say(`generated ${1 + openDrafts.length} drafts in ${Math.round(performance.now() - t0)} ms (keystroke draft ${keystrokeDraft.words} words, ${keystrokeDraft.kb} KB)`);

  // Warm-up: the server has linted a draft once (as it has in any session that has opened one), so
  // module loading and first compilation are not billed to the figures.
  const warm = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'drafts', 'lcspr-complete.md');
  {
    const wait = diagnosticsWhen(SOURCE, warm, (d) => d.length > 0, 30000);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(warm));
    await wait.done.catch(() => undefined);
    wait.dispose();
    await closeAllEditors();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const measured = await measure({ source: SOURCE, serverScript: 'dist/server.js', profile: true, complete: (d) => d.some((x) => SECOND_PASS_RULES.has(ruleOf(x))) }, openDrafts, keystrokeDraft, { edits, warmupEdits, pauseMs });
  if (serverProfiles) {
    await (api as unknown as { client(): { stop(): Promise<void> } }).client().stop();
    say('language server stopped: its profile is written');
  }

  // ------------------------------------------------------------ the floor: a server that does no linting
  // The same measures through test/perf/floor-server.ts (see there), with cspr-lint switched off
  // (csprLint.enable false: its client still syncs the drafts, its server lints nothing), on new
  // drafts of the same sizes. What is left is what any language server costs in this VS Code here.
  let floor: Awaited<ReturnType<typeof measure>> | undefined;
  const floorServer = process.env.CSPR_PERF_FLOOR_SERVER;
  if (floorServer && !serverProfiles) {
    await vscode.workspace.getConfiguration('csprLint').update('enable', false, vscode.ConfigurationTarget.Workspace);
    const floorFolder = path.join(folder, 'floor');
    fs.mkdirSync(floorFolder, { recursive: true });
    const floorKeystroke = write(path.join('floor', `keystroke-${keystrokeWords}.md`), keystrokeWords, 18);
    const floorOpens = openSizes.flatMap((words) => Array.from({ length: opens }, (_, i) => ({ size: words, ...write(path.join('floor', `open-${words}-${i + 1}.md`), words, 200 + words / 1000 + i) })));
    const client = new LanguageClient(
      'cspr-lint-perf-floor',
      'cspr-lint perf floor',
      { run: { module: floorServer, transport: TransportKind.stdio }, debug: { module: floorServer, transport: TransportKind.stdio } },
      { documentSelector: [{ language: 'markdown', pattern: `${floorFolder.replace(/\\/g, '/')}/**` }], diagnosticCollectionName: 'perf-floor' },
    );
    await client.start();
    try {
      // Its warm-up, as cspr-lint's: one small draft opened and closed before anything is timed.
      const warmFloor = write(path.join('floor', 'warm-up.md'), 2000, 19);
      const wait = diagnosticsWhen('perf-floor', warmFloor.uri, (d) => d.length > 0, 30000);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(warmFloor.uri));
      await wait.done;
      await closeAllEditors();
      await new Promise((resolve) => setTimeout(resolve, 500));
      floor = await measure({ source: 'perf-floor', serverScript: 'floor-server.js', profile: false, complete: (d) => d.length > 0 }, floorOpens, floorKeystroke, { edits, warmupEdits, pauseMs });
      const stray = [floorKeystroke, ...floorOpens].filter((draft) => diagnosticsFrom(SOURCE, draft.uri).length > 0).length;
      if (stray > 0) throw new Error(`cspr-lint published diagnostics for ${stray} floor draft(s) with csprLint.enable false: the floor is not alone`);
    } finally {
      await client.stop();
      await vscode.workspace.getConfiguration('csprLint').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
  }
  const results = { date: new Date().toISOString(), vscode: vscode.version, builtinMarkdown, node: process.versions.node, debounceMs: 0, ...measured, ...(floor ? { floor } : {}) };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  say(`results written to ${out}`);
  const failures = [...measured.keystroke.failures, ...(floor?.keystroke.failures ?? [])];
  if (failures.length > 0) throw new Error(`${failures.length} edits got no matching diagnostics: ${failures.slice(0, 3).join('; ')}`);
}

/** A generated draft in the workspace. */
interface Draft {
  uri: vscode.Uri;
  words: number;
  kb: number;
}

/** A language server to measure: whose diagnostics (`source`), which child process (`serverScript`). */
interface Measured {
  source: string;
  serverScript: string;
  /** CPU-profile the extension host during the edits (CSPR_PERF_PROFILE_DIR). */
  profile: boolean;
  /** Whether an opened draft's diagnostics are the whole lint's (cspr-lint publishes a long draft's structure and publication findings first). */
  complete: (diagnostics: vscode.Diagnostic[]) => boolean;
}

/** Rules only the whole lint runs, not a long draft's first pass. */
const SECOND_PASS_RULES = new Set(RULES.filter((rule) => !FIRST_PASS_CATEGORIES.includes(rule.meta.category)).map((rule) => rule.meta.id));

/**
 * 3. first diagnostics after opening each of `openDrafts`, then 1 + 2. keystrokes into `keystrokeDraft`
 * and the extension host's event loop meanwhile, for one language server's diagnostics.
 */
async function measure({ source, serverScript, profile, complete }: Measured, openDrafts: Array<Draft & { size: number }>, keystrokeDraft: Draft, settings: { edits: number; warmupEdits: number; pauseMs: number }) {
  const { edits, warmupEdits, pauseMs } = settings;
  // ------------------------------------------------------------ 3. first diagnostics on open
  const server = serverPid(serverScript);
  say(`${source}: language server pid ${server ?? 'not found'}; extension host pid ${process.pid}`);
  const serverStat = () => (server === undefined ? undefined : schedstat(server));
  const hostStat = () => schedstat(process.pid);
  const delta = (after: { cpu: number; wait: number } | undefined, before: { cpu: number; wait: number } | undefined) =>
    after && before ? { cpu: round(after.cpu - before.cpu), wait: round(after.wait - before.wait) } : undefined;
  const openResults: Array<{ size: number; words: number; kb: number; file: string; toDocumentMs: number; toEditorMs: number; toDiagnosticsMs: number; diagnostics: number; server?: { cpu: number; wait: number }; host?: { cpu: number; wait: number } }> = [];
  for (const draft of openDrafts) {
    const wait = diagnosticsWhen(source, draft.uri, (d) => d.length > 0, 60000);
    const whole = diagnosticsWhen(source, draft.uri, complete, 60000);
    const serverBefore = serverStat();
    const hostBefore = hostStat();
    const start = performance.now();
    const document = await vscode.workspace.openTextDocument(draft.uri);
    const documentAt = performance.now();
    await vscode.window.showTextDocument(document);
    const editorAt = performance.now();
    const at = await wait.done;
    const server = delta(serverStat(), serverBefore);
    const host = delta(hostStat(), hostBefore);
    const diagnostics = diagnosticsFrom(source, draft.uri).length;
    const completeAt = await whole.done;
    const serverComplete = delta(serverStat(), serverBefore);
    const result = { size: draft.size, words: draft.words, kb: draft.kb, file: path.basename(draft.uri.fsPath), toDocumentMs: round(documentAt - start), toEditorMs: round(editorAt - start), toDiagnosticsMs: round(at - start), diagnostics, toCompleteMs: round(completeAt - start), completeDiagnostics: diagnosticsFrom(source, draft.uri).length, server, serverComplete, host };
    openResults.push(result);
    say(`${source}: open ${result.file} (${result.words} words, ${result.kb} KB): document ${result.toDocumentMs} ms, editor ${result.toEditorMs} ms, first diagnostics ${result.toDiagnosticsMs} ms (${result.diagnostics}), every rule's ${result.toCompleteMs} ms (${result.completeDiagnostics}); server CPU ${server?.cpu} ms (waited ${server?.wait} ms for a CPU), ${serverComplete?.cpu} ms to the whole lint; extension host main thread CPU ${host?.cpu} ms`);
    await closeAllEditors();
    // Let the server finish the panel's follow-up request and the close before the next open.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  // ------------------------------------------------------------ 1 + 2. keystrokes and the event loop
  const uri = keystrokeDraft.uri;
  const document = await vscode.workspace.openTextDocument(uri);
  const opened = diagnosticsWhen(source, uri, (d) => d.length > 0, 60000);
  const editor = await vscode.window.showTextDocument(document);
  await opened.done;
  // Typing happens in the body of the draft, with the editor scrolled there.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const random = seededRandom(4242);
  const inserted: Array<{ acronym: string; edit: number; line: number }> = [];
  let nextAcronym = 0;
  const newAcronym = () => {
    const n = nextAcronym++;
    return `XQ${String.fromCharCode(65 + Math.floor(n / 26) % 26)}${String.fromCharCode(65 + (n % 26))}`;
  };
  const times: number[] = [];
  const serverCpu: number[] = [];
  const serverWait: number[] = [];
  const hostCpu: number[] = [];
  const serverBytes: number[] = [];
  const fromChange: number[] = [];
  const kinds: string[] = [];
  const failures: string[] = [];
  const editWindows: Array<[number, number]> = [];
  const probe = new LagProbe();
  const key = uri.toString();
  let changedAt = 0;
  const changes = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.document.uri.toString() === key && event.contentChanges.length > 0) changedAt = performance.now();
  });

  let stopProfile: (() => Promise<void>) | undefined;
  for (let i = 0; i < warmupEdits + edits; i++) {
    if (i === warmupEdits) {
      if (profile) stopProfile = await startProfile();
      probe.start();
    }
    const oldest = inserted[0];
    let range: vscode.Range;
    let newText: string;
    let test: (diagnostics: vscode.Diagnostic[]) => boolean;
    let kind: string;
    if (oldest && i % 2 === 1 && i - oldest.edit >= 10) {
      inserted.shift();
      // No edit adds or removes a line, so the acronym is still on the line it was typed on.
      const at = document.lineAt(oldest.line).text.indexOf(` ${oldest.acronym}`);
      if (at < 0) throw new Error(`lost ${oldest.acronym}`);
      range = new vscode.Range(oldest.line, at, oldest.line, at + oldest.acronym.length + 1);
      // Replaced by a word rather than deleted: deleting it would give back text the server has
      // parsed before (its chunk cache keeps it), which would flatter this edit. Not "too": a later
      // edit may type its acronym at the same sentence end, and "working too XQBV." is capitals
      // after an intensifier, which undefined-acronym rightly reads as a word said loudly.
      newText = ' here';
      kind = 'remove';
      test = (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'undefined-acronym' && d.message.includes(oldest.acronym));
    } else {
      const at = sentenceEnd(document, random);
      const acronym = newAcronym();
      inserted.push({ acronym, edit: i, line: at.line });
      range = new vscode.Range(at, at);
      newText = ` ${acronym}`;
      kind = 'insert';
      test = (diagnostics) => diagnostics.some((d) => ruleOf(d) === 'undefined-acronym' && document.getText(d.range) === acronym);
    }
    const wait = diagnosticsWhen(source, uri, test, 20000);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    changedAt = 0;
    const serverBefore = serverStat();
    const hostBefore = hostStat();
    const bytesBefore = bytesRead(server);
    const start = performance.now();
    const applied = await editor.edit((builder) => builder.replace(range, newText), { undoStopBefore: false, undoStopAfter: false });
    if (!applied) throw new Error(`edit ${i} was not applied`);
    try {
      const at = await wait.done;
      const server = delta(serverStat(), serverBefore);
      const host = delta(hostStat(), hostBefore);
      if (i >= warmupEdits) {
        times.push(at - start);
        if (server) (serverCpu.push(server.cpu), serverWait.push(server.wait));
        if (host) hostCpu.push(host.cpu);
        if (changedAt > 0) fromChange.push(at - changedAt);
        kinds.push(kind);
        editWindows.push([start, at]);
      }
    } catch (error) {
      wait.dispose();
      failures.push(`edit ${i} (${kind}): ${error instanceof Error ? error.message : String(error)}`);
    }
    // An author's pause between words: the panel's follow-up request, CodeLens and outline updates
    // after the lint land in this time, and the lag probe sees them.
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    // What the client sent the server for this edit, the follow-up requests in the pause included.
    const bytesAfter = bytesRead(server);
    if (i >= warmupEdits && bytesAfter !== undefined && bytesBefore !== undefined) serverBytes.push(bytesAfter - bytesBefore);
  }
  probe.stop();
  await stopProfile?.();
  for (const fd of statFiles.values()) fs.closeSync(fd);
  statFiles.clear();
  changes.dispose();

  const blocks = probe.blocks();
  const cpuBlocks = probe.cpuBlocks();
  const longest = probe.gaps
    .map(([at, gap, cpu]) => ({ at, gap, cpu }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 10)
    .map(({ at, gap, cpu }) => {
      // Where in the edit cycle the longest blocks fell: during an edit's wait for diagnostics, or in the pause after.
      const index = editWindows.findIndex(([from, to]) => at >= from && at <= to + pauseMs);
      const window = editWindows[index];
      return { blockMs: round(gap - 1), onCpuMs: round(cpu), edit: index, phase: !window ? 'outside' : at <= window[1] ? 'edit to diagnostics' : `after diagnostics (+${Math.round(at - window[1])} ms)` };
    });
  const keystroke = {
    words: keystrokeDraft.words,
    kb: keystrokeDraft.kb,
    edits: times.length,
    warmupEdits,
    pauseMs,
    inserts: kinds.filter((kind) => kind === 'insert').length,
    removes: kinds.filter((kind) => kind === 'remove').length,
    p50Ms: times.length ? round(percentile(times, 50)) : null,
    p95Ms: times.length ? round(percentile(times, 95)) : null,
    maxMs: times.length ? round(Math.max(...times)) : null,
    fromDocumentChangeP50Ms: fromChange.length ? round(percentile(fromChange, 50)) : null,
    fromDocumentChangeP95Ms: fromChange.length ? round(percentile(fromChange, 95)) : null,
    serverCpuP50Ms: serverCpu.length ? round(percentile(serverCpu, 50)) : null,
    serverCpuP95Ms: serverCpu.length ? round(percentile(serverCpu, 95)) : null,
    serverWaitP50Ms: serverWait.length ? round(percentile(serverWait, 50)) : null,
    hostCpuP50Ms: hostCpu.length ? round(percentile(hostCpu, 50)) : null,
    hostCpuP95Ms: hostCpu.length ? round(percentile(hostCpu, 95)) : null,
    serverBytesP50: serverBytes.length ? percentile(serverBytes, 50) : null,
    serverBytesMax: serverBytes.length ? Math.max(...serverBytes) : null,
    failures,
    times: times.map(round),
    serverCpu,
    hostCpu,
  };
  const longestOnCpu = probe.gaps
    .map(([at, gap, cpu]) => ({ at, gap, cpu }))
    .filter(({ cpu }) => !Number.isNaN(cpu))
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, 10)
    .map(({ gap, cpu }) => ({ blockMs: round(gap - 1), onCpuMs: round(cpu) }));
  const loop = {
    samples: blocks.length,
    windowMs: round(probe.gaps.reduce((sum, [, gap]) => sum + gap, 0)),
    maxBlockMs: round(Math.max(...blocks)),
    p99BlockMs: round(percentile(blocks, 99)),
    p999BlockMs: round(percentile(blocks, 99.9)),
    over16Ms: blocks.filter((block) => block > 16).length,
    maxCpuBlockMs: cpuBlocks.length ? round(Math.max(...cpuBlocks)) : null,
    p99CpuBlockMs: cpuBlocks.length ? round(percentile(cpuBlocks, 99)) : null,
    cpuOver16Ms: cpuBlocks.filter((block) => block > 16).length,
    busyMs: round(blocks.reduce((sum, block) => sum + block, 0)),
    longest,
    longestOnCpu,
  };
  say(`${source}: keystroke on ${keystroke.words} words: p50 ${keystroke.p50Ms} ms, p95 ${keystroke.p95Ms} ms, max ${keystroke.maxMs} ms over ${keystroke.edits} edits (from the document change: p50 ${keystroke.fromDocumentChangeP50Ms}, p95 ${keystroke.fromDocumentChangeP95Ms}); ${failures.length} failures`);
  say(`${source}: extension host event loop: max block ${loop.maxBlockMs} ms, p99 ${loop.p99BlockMs} ms, ${loop.over16Ms} blocks over 16 ms in ${loop.samples} samples`);
  for (const entry of longest) say(`  block ${entry.blockMs} ms (${entry.onCpuMs} ms on a CPU) at edit ${entry.edit}: ${entry.phase}`);
  await closeAllEditors();
  return { open: openResults, keystroke, loop };
}
