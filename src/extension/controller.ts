// Decides which documents are drafts, lints them (debounced on type, on save, or on demand) and
// publishes diagnostics. A newer edit supersedes a pending or running lint of the same document.
import * as vscode from 'vscode';
import type { Finding, LintResult } from '../engine/index';
import { ConfigStore } from './config-store';

export interface DraftResult {
  uri: vscode.Uri;
  version: number;
  result: LintResult;
}

export type RunMode = 'onType' | 'onSave' | 'manual';

/** A draft that names its template in front matter is a draft whatever the config says (the Portfolio view finds drafts by it too). */
export const FRONT_MATTER_TEMPLATE = /^---\r?\n(?:[^\n]*\n){0,50}?cspr-template[ \t]*:/;

function settings() {
  const config = vscode.workspace.getConfiguration('csprLint');
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<RunMode>('run', 'onType'),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    lintAllMarkdown: config.get<boolean>('lintAllMarkdown', false),
    maxFileSizeKB: Math.max(1, config.get<number>('maxFileSizeKB', 2048)),
  };
}

export class LintController implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('cspr-lint');
  private readonly results = new Map<string, DraftResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly oversizeWarned = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<DraftResult | undefined>();
  /** Fires when the active draft's result changes (or there is no active draft). */
  readonly onDidChangeResult = this.emitter.event;

  constructor(
    readonly configs: ConfigStore,
    private readonly log: (message: string) => void,
  ) {}

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.diagnostics.dispose();
    this.emitter.dispose();
  }

  /** The latest result for the active editor's draft, if it is one. */
  current(): DraftResult | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor ? this.results.get(editor.document.uri.toString()) : undefined;
  }

  resultFor(uri: vscode.Uri): DraftResult | undefined {
    return this.results.get(uri.toString());
  }

  /** The result for the document's current text, linting now if the stored one is stale. */
  async freshResult(document: vscode.TextDocument): Promise<DraftResult | undefined> {
    const entry = this.results.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry;
    return this.lintNow(document);
  }

  /**
   * The result for the document's current text without publishing it: code actions and fix-all
   * on save ask for it, and must not bring diagnostics back in the `onSave` or `manual` modes.
   */
  async quietResult(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const entry = this.results.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry.result;
    const evaluated = await this.evaluate(document);
    return evaluated.kind === 'linted' ? evaluated.result : undefined;
  }

  async findingsAt(document: vscode.TextDocument, range: vscode.Range): Promise<Finding[]> {
    const result = await this.quietResult(document);
    if (!result) return [];
    return result.findings.filter((finding) => toRange(finding).intersection(range) !== undefined);
  }

  onOpen(document: vscode.TextDocument): void {
    if (settings().run !== 'manual') void this.lintNow(document);
  }

  onChange(document: vscode.TextDocument): void {
    const { run, debounceMs } = settings();
    const key = document.uri.toString();
    // Any edit makes a running lint of an older version stale.
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    if (run !== 'onType') return;
    const previous = this.timers.get(key);
    if (previous) clearTimeout(previous);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintNow(document);
      }, debounceMs),
    );
  }

  onSave(document: vscode.TextDocument): void {
    if (settings().run !== 'manual') void this.lintNow(document);
  }

  onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.results.delete(key);
    this.diagnostics.delete(document.uri);
  }

  async isDraft(document: vscode.TextDocument): Promise<boolean> {
    if (document.languageId !== 'markdown') return false;
    if (settings().lintAllMarkdown) return true;
    if (FRONT_MATTER_TEMPLATE.test(document.getText(new vscode.Range(0, 0, 60, 0)))) return true;
    if (document.isUntitled) return false;
    const entry = await this.configs.forDocument(document.uri);
    return entry.found && this.configs.applies(entry, document.uri);
  }

  /** Lints a document now and publishes the result, unless a newer edit arrives meanwhile. */
  async lintNow(document: vscode.TextDocument): Promise<DraftResult | undefined> {
    const key = document.uri.toString();
    const evaluated = await this.evaluate(document);
    if (evaluated.kind === 'stale') return undefined;
    if (evaluated.kind === 'skipped') {
      this.clear(document.uri);
      return undefined;
    }
    for (const notice of evaluated.result.notices) this.log(`${document.uri.path}: ${notice}`);
    const draft: DraftResult = { uri: document.uri, version: document.version, result: evaluated.result };
    this.results.set(key, draft);
    this.diagnostics.set(document.uri, [...evaluated.result.findings.map((finding) => this.toDiagnostic(finding)), ...unexplainedSuppressions(document, evaluated.result)]);
    if (vscode.window.activeTextEditor?.document === document) this.emitter.fire(draft);
    return draft;
  }

  /** Lints the document's current text; publishes nothing. */
  private async evaluate(document: vscode.TextDocument): Promise<{ kind: 'linted'; result: LintResult } | { kind: 'skipped' } | { kind: 'stale' }> {
    const key = document.uri.toString();
    const generation = this.generations.get(key) ?? 0;
    try {
      const { enable, maxFileSizeKB } = settings();
      if (!enable || document.isClosed || !(await this.isDraft(document))) return { kind: 'skipped' };
      const text = document.getText();
      if (text.length > maxFileSizeKB * 1024) {
        if (!this.oversizeWarned.has(key)) {
          this.oversizeWarned.add(key);
          void vscode.window.showInformationMessage(`cspr-lint skipped ${document.uri.path.split('/').pop()}: it is over ${maxFileSizeKB} KB (setting csprLint.maxFileSizeKB).`);
        }
        return { kind: 'skipped' };
      }
      const entry = await this.configs.forDocument(document.uri);
      if ((this.generations.get(key) ?? 0) !== generation || document.isClosed) return { kind: 'stale' };
      return { kind: 'linted', result: entry.linter.lint(text) };
    } catch (error) {
      this.log(`Lint failed for ${document.uri.toString()}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return { kind: 'stale' };
    }
  }

  /**
   * Re-lints open drafts after a config or settings change. In `manual` mode only the drafts the
   * author has linted are refreshed (their diagnostics would otherwise describe the old config).
   */
  async relintAll(): Promise<void> {
    const manual = settings().run === 'manual';
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId !== 'markdown') continue;
      if (manual && !this.results.has(document.uri.toString())) continue;
      await this.lintNow(document);
    }
  }

  fireActive(): void {
    this.emitter.fire(this.current());
  }

  private clear(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.diagnostics.delete(uri);
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.emitter.fire(undefined);
  }

  toDiagnostic(finding: Finding): vscode.Diagnostic {
    const severity =
      finding.severity === 'error' ? vscode.DiagnosticSeverity.Error : finding.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    const diagnostic = new vscode.Diagnostic(toRange(finding), finding.message, severity);
    diagnostic.source = 'cspr-lint';
    // The link opens the rule's page rendered in the Markdown preview (a command), not the .md file
    // inside the install folder as an editable document.
    diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(`command:csprLint.openRuleDoc?${encodeURIComponent(JSON.stringify([finding.ruleId]))}`) };
    return diagnostic;
  }
}

/** A disable comment with no reason is a warning on the comment itself: sign-off needs to know why. */
function unexplainedSuppressions(document: vscode.TextDocument, result: LintResult): vscode.Diagnostic[] {
  return result.suppressions
    .filter((suppression) => suppression.kind !== 'enable' && !suppression.reason && suppression.line <= document.lineCount)
    .map((suppression) => {
      const line = document.lineAt(suppression.line - 1);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length),
        `This cspr-lint-${suppression.kind} comment gives no reason: write why after "--" before "-->" (e.g. "-- agreed with the panel chair"). Sign-off reads it in cspr-lint --list-suppressions.`,
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'cspr-lint';
      diagnostic.code = 'suppression-reason';
      return diagnostic;
    });
}

export function toRange(finding: Finding): vscode.Range {
  const { start, end } = finding.range;
  return new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
}
