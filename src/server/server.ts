// The cspr-lint language server, independent of its transport: node.ts runs it over stdio for any
// LSP editor (`cspr-lint lsp --stdio`), browser.ts in the web extension's worker. It decides which
// documents are drafts (PRODUCT.md "Extension"), lints them with the same engine and config
// resolution as the CLI, publishes diagnostics and answers editor features from the latest lint.
// It never writes a file: every change it proposes is an edit the client applies.
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  RequestType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type ProgressToken,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { anonymisedBriefing, renderBriefingMarkdown } from '../briefing/build';
import { PRESET_TEMPLATES, skeletonText, type Linter, type LintResult } from '../engine/index';
import { FIRST_PASS_CATEGORIES, FIRST_PASS_MIN_LENGTH } from './first-pass';
import { summarizeDraft } from '../portfolio/summarize';
import { ConfigStore, type ConfigEntry, type ConfigProblem, type ServerHost } from './configs';
import {
  codeActions,
  codeLenses,
  completions,
  coverageReport,
  documentState,
  diagnosticsOf,
  documentSymbols,
  FIX_ALL_KIND,
  hover,
  insertSectionEdit,
  nameFindingAt,
  renameEdit,
  SOURCE,
  type DraftContext,
} from './features';
import {
  BRIEFING_REQUEST,
  COVERAGE_REPORT_REQUEST,
  DOCUMENT_STATE_REQUEST,
  DRAFT_SUMMARY_REQUEST,
  TEMPLATES_REQUEST,
  INSERT_SECTION_COMMAND,
  LINT_DOCUMENT_REQUEST,
  LINT_WORKSPACE_REQUEST,
  type BriefingResult,
  type CoverageReport,
  type CoverageReportParams,
  type DraftSummary,
  type DraftSummaryParams,
  type TemplateChoice,
  type DocumentState,
  type DocumentStateParams,
  type DocumentStatePart,
  type InsertSectionArguments,
  type LintDocumentResult,
  type LintWorkspaceResult,
} from './protocol';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { parseUri, uriKey } from './uri';

export type { ServerHost } from './configs';

/** Files over this are never linted, whatever the settings say: the engine is synchronous and would block the server. */
export const HARD_LIMIT_BYTES = 20 * 1024 * 1024;

const FRONT_MATTER_TEMPLATE = /^\uFEFF?---\r?\n(?:[^\n]*\n){0,50}?cspr-template[ \t]*:/;
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const CONFIG_FILE = /(?:^|\/)\.cspr-lint\.json$/;

type Evaluation =
  | { kind: 'draft'; ctx: DraftContext }
  | { kind: 'not-draft' }
  | { kind: 'refused'; reason: string }
  | { kind: 'stale' };

interface CachedLint {
  version: number;
  linter: Linter;
  ctx: DraftContext;
}

const coverageReportType = new RequestType<CoverageReportParams, CoverageReport | null, void>(COVERAGE_REPORT_REQUEST);
const lintDocumentType = new RequestType<{ uri: string }, LintDocumentResult, void>(LINT_DOCUMENT_REQUEST);
const documentStateType = new RequestType<DocumentStateParams, DocumentState | null, void>(DOCUMENT_STATE_REQUEST);
const lintWorkspaceType = new RequestType<{ workDoneToken?: ProgressToken }, LintWorkspaceResult, void>(LINT_WORKSPACE_REQUEST);
const draftSummaryType = new RequestType<DraftSummaryParams, DraftSummary | null, void>(DRAFT_SUMMARY_REQUEST);
const briefingType = new RequestType<{ uri: string }, BriefingResult | null, void>(BRIEFING_REQUEST);

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  // Later settings are read over these, not over the previous ones: a setting the user removes goes back to its default.
  let initialSettings: ServerSettings = DEFAULT_SETTINGS;
  let capabilities: ClientCapabilities = {};
  const log = (message: string) => connection.console.log(`[cspr-lint] ${message}`);
  const logError = (message: string, error: unknown) =>
    connection.console.error(`[cspr-lint] ${message}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);

  // A notification, not window/showMessageRequest: nothing to answer, and no client can leave it pending.
  const showMessage = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });

  const configProblems = new Map<string, string>();
  const reportedProblems = new Set<string>();
  const onConfigProblem = ({ uri, error }: ConfigProblem) => {
    configProblems.set(uriKey(uri), uri);
    void connection.sendDiagnostics({ uri, diagnostics: [configDiagnostic(error)] });
    log(`Invalid config: ${error.message}`);
    if (!reportedProblems.has(error.message)) {
      reportedProblems.add(error.message);
      showMessage(
        MessageType.Warning,
        `cspr-lint: ${error.file.split('/').pop()} is invalid (${error.jsonPath ? `${error.jsonPath}: ` : ''}${error.detail}). Drafts are linted with the default settings until it is fixed.`,
      );
    }
  };
  const configs = new ConfigStore(host, () => settings.template, onConfigProblem);

  const cache = new Map<string, CachedLint>();
  const timers: Timers = new Map();
  /** Documents whose diagnostics we published, to clear them when they stop being drafts. */
  const published = new Set<string>();
  /**
   * Long drafts whose first pass is published and whose whole lint is not: the first whole lint
   * of such a draft, for whatever asks for it (the client asks for the draft's state as soon as the
   * first pass arrives), is published at once, before that request is answered.
   */
  const wholePending = new Set<string>();
  /** Documents opened and seen once: their first content event is the open, not an edit. */
  const seen = new Set<string>();
  const refusedWarned = new Set<string>();

  // ------------------------------------------------------------ linting

  /**
   * Lints the document (`firstPass`: only the rules of FIRST_PASS_CATEGORIES). Only a whole lint is
   * kept for features and later requests: a first pass is published and forgotten.
   */
  async function evaluate(document: TextDocument, firstPass = false): Promise<Evaluation> {
    const { uri, version } = document;
    try {
      if (!settings.enable || !isMarkdown(document)) return { kind: 'not-draft' };
      const entry = await configs.forDocument(uri);
      const current = documents.get(uri);
      if (!current || current.version !== version) return { kind: 'stale' };
      if (!isDraft(document, entry)) return { kind: 'not-draft' };
      const cached = cache.get(uri);
      if (cached && cached.version === version && cached.linter === entry.linter) return { kind: 'draft', ctx: cached.ctx };
      const text = document.getText();
      const refusal = refusalReason(text);
      if (refusal) return { kind: 'refused', reason: refusal };
      const result: LintResult = entry.linter.lint(text, firstPass ? { categories: FIRST_PASS_CATEGORIES } : {});
      if (!firstPass) for (const notice of result.notices) log(`${parseUri(uri).path}: ${notice}`);
      const ctx: DraftContext = {
        uri,
        document,
        result,
        glossary: entry.config.settings.glossary ?? {},
        allowNames: entry.config.settings.allowNames ?? [],
        config: entry.found ? { uri: entry.configUri, valid: entry.error === undefined } : undefined,
      };
      if (firstPass) return { kind: 'draft', ctx };
      cache.set(uri, { version, linter: entry.linter, ctx });
      if (wholePending.delete(uri)) {
        publish(document, { kind: 'draft', ctx });
        // The connection writes on a later turn of the event loop: let it, before the request that
        // asked for this lint goes on to work out what it needs (the coverage, for the draft's state).
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { kind: 'draft', ctx };
    } catch (error) {
      logError(`Lint failed for ${uri}`, error);
      return { kind: 'stale' };
    }
  }

  function isDraft(document: TextDocument, entry: ConfigEntry): boolean {
    if (settings.lintAllMarkdown) return true;
    if (FRONT_MATTER_TEMPLATE.test(document.getText({ start: { line: 0, character: 0 }, end: { line: 60, character: 0 } }))) return true;
    return configs.applies(entry, document.uri);
  }

  function refusalReason(text: string): string | undefined {
    const limit = Math.min(HARD_LIMIT_BYTES, settings.maxFileSizeKB * 1024);
    if (text.length > limit) {
      return `cspr-lint did not check this file: it is ${formatSize(text.length)}, over the ${formatSize(limit)} limit (setting csprLint.maxFileSizeKB; never more than ${formatSize(HARD_LIMIT_BYTES)}).`;
    }
    if (looksBinary(text)) return 'cspr-lint did not check this file: it looks like a binary file, not Markdown text.';
    return undefined;
  }

  function publish(document: TextDocument, evaluation: Evaluation): void {
    const { uri } = document;
    if (evaluation.kind === 'stale') return;
    if (evaluation.kind === 'not-draft') {
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    published.add(uri);
    if (evaluation.kind === 'refused') {
      const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message: evaluation.reason };
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [diagnostic] });
      if (!refusedWarned.has(uri)) {
        refusedWarned.add(uri);
        showMessage(MessageType.Info, `${evaluation.reason} (${parseUri(uri).path.split('/').pop()})`);
      }
      return;
    }
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(evaluation.ctx.result) });
  }

  /** Lints the document's latest version and publishes, unless an edit arrives meanwhile (then that edit's run publishes). */
  async function lintAndPublish(uri: string): Promise<Evaluation | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    // A long draft just opened: its first pass is published, then the whole lint (./first-pass.ts).
    if (!published.has(uri) && !cache.has(uri) && document.getText().length >= FIRST_PASS_MIN_LENGTH) {
      const first = await evaluate(document, true);
      if (documents.get(uri)?.version !== document.version) return undefined;
      publish(document, first);
      if (first.kind !== 'draft') return first;
      wholePending.add(uri);
      // The first pass is written out, and messages that came meanwhile (an edit, a close) are read,
      // before the whole lint; whichever asks for it first publishes it (see wholePending).
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (documents.get(uri)?.version !== document.version) {
        wholePending.delete(uri);
        return undefined;
      }
      const whole = await evaluate(document);
      wholePending.delete(uri);
      return whole;
    }
    const evaluation = await evaluate(document);
    if (documents.get(uri)?.version !== document.version) return undefined;
    publish(document, evaluation);
    return evaluation;
  }

  // The engine is synchronous, so a stale run cannot be stopped midway: edits are debounced, and a
  // run whose version has been overtaken publishes nothing.
  function schedule(uri: string, delay: number): void {
    later(timers, uri, delay, () => lintAndPublish(uri).catch((error: unknown) => logError(`Lint of ${uri} failed`, error)));
  }

  /** After a config or settings change; in manual mode only drafts already linted are refreshed. */
  function relintAll(): void {
    cache.clear();
    for (const [, uri] of configProblems) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configProblems.clear();
    reportedProblems.clear();
    for (const document of documents.all()) {
      if (settings.run === 'manual' && !published.has(document.uri)) continue;
      schedule(document.uri, 0);
    }
    if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** The lint of the document's current text, for features; undefined when it is not a draft. */
  async function contextFor(uri: string, token?: CancellationToken): Promise<DraftContext | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const evaluation = await evaluate(document);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return evaluation.kind === 'draft' ? evaluation.ctx : undefined;
  }

  // A handler that throws is logged and answered with an error; the server carries on.
  function guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => Promise<R> | R): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        logError(`${name} failed`, error);
        throw new ResponseError(ErrorCodes.InternalError, `cspr-lint: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }
  function guardNotification<P>(name: string, handler: (params: P) => Promise<void> | void): (params: P) => void {
    return (params) => {
      Promise.resolve()
        .then(() => handler(params))
        .catch((error: unknown) => logError(`${name} failed`, error));
    };
  }

  // ------------------------------------------------------------ lifecycle

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    initialSettings = readSettings(params.initializationOptions, DEFAULT_SETTINGS);
    settings = initialSettings;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    configs.setWorkspaceFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'CSPR sections' },
        completionProvider: { triggerCharacters: ['#', ' '], resolveProvider: false },
        renameProvider: { prepareProvider: true },
        executeCommandProvider: { commands: [INSERT_SECTION_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'cspr-lint', version: typeof __CSPR_LINT_VERSION__ === 'string' ? __CSPR_LINT_VERSION__ : undefined },
    };
  });

  connection.onInitialized(
    guardNotification('initialized', async () => {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'csprLint' }).catch((error: unknown) => logError('register didChangeConfiguration', error));
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        // Any JSON: a config may extend a shared file with another name.
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.cspr-lint.json' }, { globPattern: '**/*.json' }] })
          .catch((error: unknown) => logError('register didChangeWatchedFiles', error));
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((folder) => uriKey(folder.uri)));
          configs.setWorkspaceFolders([...configs.folders.filter((uri) => !removed.has(uriKey(uri))), ...event.added.map((folder) => folder.uri)]);
          relintAll();
        });
      }
      if (capabilities.workspace?.configuration) await pullSettings();
    }),
  );

  async function pullSettings(): Promise<void> {
    const pulled: unknown = await connection.workspace.getConfiguration('csprLint');
    if (pulled && typeof pulled === 'object') settings = readSettings({ csprLint: pulled }, initialSettings);
  }

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', async (params) => {
      const pushed = params.settings as unknown;
      if (pushed && typeof pushed === 'object' && Object.keys(pushed).length > 0) settings = readSettings(pushed, initialSettings);
      else if (capabilities.workspace?.configuration) await pullSettings();
      configs.invalidate();
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', async (params) => {
      const known = await configs.knownConfigFiles();
      const relevant = params.changes.some((change) => CONFIG_FILE.test(parseUri(change.uri).path) || known.has(uriKey(change.uri)));
      if (!relevant) return;
      log(`Config changed (${params.changes.map((change) => `${change.uri} ${['', 'created', 'changed', 'deleted'][change.type] ?? change.type}`).join(', ')}); re-linting`);
      configs.invalidate();
      relintAll();
    }),
  );

  // ------------------------------------------------------------ documents

  /** Without file watching, a config edited in another program is noticed when a draft is opened or saved. */
  async function recheckConfigsOnDisk(): Promise<boolean> {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return false;
    if (!(await configs.changedOnDisk())) return false;
    log('A config file changed on disk; re-linting');
    configs.invalidate();
    relintAll();
    return true;
  }

  // Its own timers: a re-lint of every open document (settings changed) must not replace a pending check.
  const configTimers: Timers = new Map();
  /** A .cspr-lint.json open in the editor is checked as typed (debounced): its problems show before it is saved. */
  function checkConfigDocument(document: TextDocument, delay: number): void {
    const { uri } = document;
    later(configTimers, uri, delay, () => {
      const current = documents.get(uri);
      if (!current) return;
      const text = current.getText();
      configs
        .checkText(uri, text)
        .then((problem) => {
          if (documents.get(uri)?.getText() !== text) return;
          if (!problem) {
            configProblems.delete(uriKey(uri));
            void connection.sendDiagnostics({ uri, diagnostics: [] });
            return;
          }
          configProblems.set(uriKey(uri), uri);
          void connection.sendDiagnostics({ uri, diagnostics: [configDiagnostic(problem.error)] });
        })
        .catch((error: unknown) => logError(`config check of ${uri}`, error));
    });
  }

  documents.onDidChangeContent((event) => {
    const { uri } = event.document;
    if (CONFIG_FILE.test(parseUri(uri).path)) {
      checkConfigDocument(event.document, seen.has(uri) ? settings.debounceMs : 0);
      seen.add(uri);
      return;
    }
    const opening = !seen.has(uri);
    seen.add(uri);
    if (opening) {
      if (settings.run !== 'manual') schedule(uri, 0);
      recheckConfigsOnDisk().catch((error: unknown) => logError('config check', error));
    } else if (settings.run === 'onType') {
      cache.delete(uri);
      schedule(uri, settings.debounceMs);
    }
  });

  documents.onDidSave(
    guardNotification('didSave', async (event) => {
      const { uri } = event.document;
      if ((await configs.knownConfigFiles()).has(uriKey(uri)) || CONFIG_FILE.test(parseUri(uri).path)) {
        configs.invalidate();
        relintAll();
        return;
      }
      if (await recheckConfigsOnDisk()) return;
      if (settings.run !== 'manual') schedule(uri, 0);
    }),
  );

  documents.onDidClose((event) => {
    const { uri } = event.document;
    if (CONFIG_FILE.test(parseUri(uri).path)) {
      cancelPending(configTimers, uri);
      seen.delete(uri);
      // Unsaved edits are gone with the editor: what counts now is the file on disk.
      void host.readFile(uri).then(async (text) => {
        const problem = text === undefined ? undefined : await configs.checkText(uri, text);
        void connection.sendDiagnostics({ uri, diagnostics: problem ? [configDiagnostic(problem.error)] : [] });
      });
      return;
    }
    cancelPending(timers, uri);
    cache.delete(uri);
    wholePending.delete(uri);
    seen.delete(uri);
    refusedWarned.delete(uri);
    if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // ------------------------------------------------------------ features

  connection.onCodeAction(
    guard('codeAction', async (params, token) => {
      if (!settings.codeActions) return null;
      const ctx = await contextFor(params.textDocument.uri, token);
      return ctx ? codeActions(ctx, params.range, params.context.only) : null;
    }),
  );

  connection.onHover(
    guard('hover', async (params, token) => {
      if (!settings.hover) return null;
      const ctx = await contextFor(params.textDocument.uri, token);
      return ctx ? hover(ctx, params.position) : null;
    }),
  );

  connection.onCodeLens(
    guard('codeLens', async (params, token) => {
      if (!settings.codeLens) return null;
      const ctx = await contextFor(params.textDocument.uri, token);
      return ctx ? codeLenses(ctx) : null;
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', async (params, token) => {
      if (!settings.documentSymbols) return null;
      const ctx = await contextFor(params.textDocument.uri, token);
      return ctx ? documentSymbols(ctx) : null;
    }),
  );

  connection.onCompletion(
    guard('completion', async (params, token) => {
      if (!settings.completion) return null;
      const ctx = await contextFor(params.textDocument.uri, token);
      return ctx ? completions(ctx, params.position) : null;
    }),
  );

  connection.onPrepareRename(
    guard('prepareRename', async (params, token) => {
      if (!settings.rename) return null;
      const ctx = await contextFor(params.textDocument.uri, token);
      const finding = ctx && nameFindingAt(ctx, params.position);
      if (!ctx || !finding) return null;
      const range = { start: ctx.document.positionAt(finding.range.start.offset), end: ctx.document.positionAt(finding.range.end.offset) };
      return { range, placeholder: ctx.result.document.text.slice(finding.range.start.offset, finding.range.end.offset) };
    }),
  );

  connection.onRenameRequest(
    guard('rename', async (params, token) => {
      const ctx = settings.rename ? await contextFor(params.textDocument.uri, token) : undefined;
      const finding = ctx && nameFindingAt(ctx, params.position);
      if (!ctx || !finding) throw new ResponseError(ErrorCodes.InvalidRequest, 'cspr-lint renames only a real name it has reported (identifying-detail); put the cursor on one.');
      if (params.newName.trim() === '') throw new ResponseError(ErrorCodes.InvalidParams, 'Give a pseudonym or role to use instead of the name.');
      return renameEdit(ctx, finding, params.newName);
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', async (params) => {
      if (params.command !== INSERT_SECTION_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
      const args = params.arguments?.[0] as InsertSectionArguments | undefined;
      if (!args || typeof args.uri !== 'string' || typeof args.sectionId !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${INSERT_SECTION_COMMAND} takes { uri, sectionId }`);
      const ctx = await contextFor(args.uri);
      const edit = ctx && insertSectionEdit(ctx, args.sectionId);
      if (!edit) return { applied: false };
      const response = await connection.workspace.applyEdit({ label: 'Insert section skeleton', edit });
      return { applied: response.applied };
    }),
  );

  connection.onRequest(
    documentStateType,
    guard('documentState', async (params: DocumentStateParams, token) => {
      const ctx = await contextFor(params.uri, token);
      return ctx ? documentState(ctx, statePartsToOmit(params.omit)) : null;
    }),
  );

  connection.onRequest(
    coverageReportType,
    guard('coverageReport', async (params: CoverageReportParams, token) => {
      const ctx = await contextFor(params.uri, token);
      return ctx ? { content: coverageReport(ctx, params) } : null;
    }),
  );

  connection.onRequest(
    lintDocumentType,
    guard('lintDocument', async (params: { uri: string }) => {
      const evaluation = await lintAndPublish(params.uri);
      return { isDraft: evaluation?.kind === 'draft' || evaluation?.kind === 'refused' };
    }),
  );

  connection.onRequest(
    lintWorkspaceType,
    guard('lintWorkspace', async (params: { workDoneToken?: ProgressToken }, token) => {
      let progress: WorkDoneProgressReporter & { token?: CancellationToken };
      if (params?.workDoneToken !== undefined) progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
      else if (capabilities.window?.workDoneProgress) progress = await connection.window.createWorkDoneProgress();
      else progress = connection.window.attachWorkDoneProgress(undefined);
      const isCancelled = () => token.isCancellationRequested || progress.token?.isCancellationRequested === true;
      progress.begin('cspr-lint: linting workspace drafts', 0, 'finding drafts', true);
      const summary: LintWorkspaceResult = { files: 0, drafts: 0, errors: 0, warnings: 0, infos: 0, cancelled: false };
      try {
        const files: string[] = [];
        for (const folder of configs.folders) files.push(...(await host.findMarkdownFiles(folder, isCancelled)));
        summary.files = files.length;
        for (let index = 0; index < files.length && !isCancelled(); index++) {
          progress.report(Math.round((index / files.length) * 100), `${index + 1}/${files.length}`);
          const result = await lintFile(files[index]);
          if (result) {
            summary.drafts++;
            for (const finding of result.findings) summary[finding.severity === 'error' ? 'errors' : finding.severity === 'warning' ? 'warnings' : 'infos']++;
          }
          // Lets cancellation and other requests in between files.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        summary.cancelled = isCancelled();
      } finally {
        progress.done();
      }
      return summary;
    }),
  );

  connection.onRequest(
    draftSummaryType,
    guard('draftSummary', async (params: DraftSummaryParams) => {
      // The saved text, even when the draft is open with edits: a portfolio is of what is on disk.
      const text = await host.readFile(params.uri);
      if (text === undefined || refusalReason(text)) return null;
      const entry = await configs.forDocument(params.uri);
      if (!isDraft(TextDocument.create(params.uri, 'markdown', 0, text), entry)) return null;
      const result = entry.linter.lint(text);
      const firstHits: DraftSummary['firstHits'] = {};
      for (const theme of result.coverage) {
        const first = theme.hits.reduce<(typeof theme.hits)[number] | undefined>((best, hit) => (!best || hit.start < best.start ? hit : best), undefined);
        if (first) firstHits[theme.id] = { line: first.line, column: first.column };
      }
      return { summary: summarizeDraft(params.filePath, result, new Map(Object.entries(entry.config.settings.glossary ?? {}))), firstHits };
    }),
  );

  connection.onRequest(
    briefingType,
    guard('briefing', async (params: { uri: string }, token) => {
      const ctx = await contextFor(params.uri, token);
      if (!ctx) return null;
      const entry = await configs.forDocument(params.uri);
      const briefing = anonymisedBriefing(ctx.result, entry.config.settings);
      const prompts = briefing.parts.reduce((count, part) => count + part.paragraphs.filter((paragraph) => /^\[.*\]$/.test(paragraph)).length, 0);
      return { markdown: renderBriefingMarkdown(briefing), withheld: briefing.withheld, prompts };
    }),
  );

  connection.onRequest(
    TEMPLATES_REQUEST,
    guard('templates', (): TemplateChoice[] =>
      Object.values(PRESET_TEMPLATES).map((template) => {
        const body = template.sections.map((section) => skeletonText(section, 2, 'Child A')).join('');
        return { id: template.id, label: template.label, description: template.description, content: `---\ncspr-template: ${template.id}\n---\n\n# ${template.label}: Child A\n\n${body}` };
      }),
    ),
  );

  /** Lints a file for the workspace lint: the open document's text if it is open, else the file's. */
  async function lintFile(uri: string): Promise<LintResult | undefined> {
    const open = documents.all().find((document) => uriKey(document.uri) === uriKey(uri));
    if (open) {
      const evaluation = await lintAndPublish(open.uri);
      return evaluation?.kind === 'draft' ? evaluation.ctx.result : undefined;
    }
    const text = await host.readFile(uri);
    if (text === undefined) return undefined;
    const document = TextDocument.create(uri, 'markdown', 0, text);
    const entry = await configs.forDocument(uri);
    if (!isDraft(document, entry) || refusalReason(text)) return undefined;
    try {
      const result = entry.linter.lint(text);
      void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(result) });
      return result;
    } catch (error) {
      logError(`Lint failed for ${uri}`, error);
      return undefined;
    }
  }

  documents.listen(connection);
  connection.listen();
}

declare const __CSPR_LINT_VERSION__: string;

type Timers = Map<string, ReturnType<typeof setTimeout>>;

const DOCUMENT_STATE_PARTS: readonly DocumentStatePart[] = ['panel', 'coverageHits'];
/** The parts a documentState request may leave out; anything else in `omit` is ignored. */
function statePartsToOmit(omit: unknown): Set<DocumentStatePart> {
  if (!Array.isArray(omit)) return new Set();
  return new Set(DOCUMENT_STATE_PARTS.filter((part) => omit.includes(part)));
}

/** Runs `work` for a document after `delay`, replacing any run of the same kind still pending for it. */
function later(timers: Timers, uri: string, delay: number, work: () => void): void {
  cancelPending(timers, uri);
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      work();
    }, delay),
  );
}

function cancelPending(timers: Timers, uri: string): void {
  const timer = timers.get(uri);
  if (timer) clearTimeout(timer);
  timers.delete(uri);
}

function configDiagnostic(error: ConfigProblem['error']): Diagnostic {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const character = Math.max(0, (error.column ?? 1) - 1);
  return {
    range: { start: { line, character }, end: { line, character: character + Math.max(1, error.length ?? 1) } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `${error.jsonPath ? `${error.jsonPath}: ` : ''}${error.detail}`,
  };
}

function isMarkdown(document: TextDocument): boolean {
  return document.languageId.toLowerCase() === 'markdown' || MARKDOWN_FILE.test(parseUri(document.uri).path);
}

/** NUL characters or many undecodable bytes in the first 8 KB: an image or a Word file opened as text. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let replacements = 0;
  for (let index = 0; index < head.length; index++) if (head.charCodeAt(index) === 0xfffd) replacements++;
  return head.length > 0 && replacements / head.length > 0.1;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}
