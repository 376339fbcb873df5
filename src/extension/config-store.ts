// Loads the .cspr-lint.json that applies to a draft through vscode.workspace.fs (so it works in
// virtual workspaces and on the web), keeps one Linter per config (the Linter caches parsed chunks,
// which is what makes re-linting after a keystroke cheap), and reports invalid configs as
// diagnostics in the config file itself (also while it is being edited and not yet saved), never as
// pop-ups: they go away as soon as the config is fixed.
import * as vscode from 'vscode';
import { ConfigError, configAppliesTo, findConfigFile, loadConfigFile, type ConfigHost, type LoadedConfig } from '../config/index';
import { Linter, type EngineSettings } from '../engine/index';

export interface ConfigEntry {
  config: LoadedConfig;
  linter: Linter;
  error?: ConfigError;
}

const decoder = new TextDecoder('utf-8');

export class ConfigStore implements vscode.Disposable {
  private readonly entries = new Map<string, Promise<ConfigEntry>>();
  private readonly locations = new Map<string, Promise<string | undefined>>();
  private defaults?: ConfigEntry;
  readonly configDiagnostics = vscode.languages.createDiagnosticCollection('cspr-lint-config');
  private readonly unsavedChecks = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly log: (message: string) => void,
    /** Called when a draft is found to have a valid config (the walkthrough's config step). */
    private readonly onConfigFound: () => void = () => {},
  ) {}

  dispose(): void {
    for (const timer of this.unsavedChecks.values()) clearTimeout(timer);
    this.configDiagnostics.dispose();
  }

  /**
   * Checks a config file's current text as the author types (debounced), so its problems appear,
   * and disappear once fixed, before it is saved. Drafts keep the saved config until then.
   */
  checkUnsaved(document: vscode.TextDocument, delayMs = 300): void {
    const key = document.uri.toString();
    const previous = this.unsavedChecks.get(key);
    if (previous) clearTimeout(previous);
    this.unsavedChecks.set(
      key,
      setTimeout(() => {
        this.unsavedChecks.delete(key);
        void this.check(document);
      }, delayMs),
    );
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const path = document.uri.path;
    const text = document.getText();
    const base = hostFor(document.uri);
    const host: ConfigHost = { readFile: (file) => (file === path ? Promise.resolve(text) : base.readFile(file)) };
    const workspace = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.path ?? parentPath(path);
    try {
      await loadConfigFile(path, host, { workspace });
      if (document.getText() === text) this.configDiagnostics.delete(document.uri);
    } catch (error) {
      if (document.getText() !== text) return;
      const configError = error instanceof ConfigError ? error : new ConfigError(path, '', error instanceof Error ? error.message : String(error));
      this.configDiagnostics.set(document.uri, []);
      this.reportConfigError(document.uri, configError);
    }
  }

  /** Forget everything: called when a config file (or a file a config extends) changes. */
  invalidate(): void {
    this.entries.clear();
    this.locations.clear();
    this.defaults = undefined;
    this.configDiagnostics.clear();
  }

  /** Every config file read so far, to know which saves must trigger a re-lint. */
  async knownConfigFiles(): Promise<Set<string>> {
    const files = new Set<string>();
    for (const entry of this.entries.values()) for (const file of (await entry).config.files) files.add(file);
    return files;
  }

  /** The config for a draft: the nearest .cspr-lint.json walking up, not above its workspace folder. */
  async forDocument(uri: vscode.Uri): Promise<ConfigEntry & { found: boolean }> {
    const host = hostFor(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const dir = parentPath(uri.path);
    let location = this.locations.get(dir);
    if (!location) {
      location = findConfigFile(dir, host, folder?.uri.path).catch(() => undefined);
      this.locations.set(dir, location);
    }
    const configPath = await location;
    if (!configPath) return { ...this.defaultEntry(), found: false };
    const key = `${uri.scheme}://${uri.authority}${configPath}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.load(uri, configPath, host);
      this.entries.set(key, entry);
    }
    return { ...(await entry), found: true };
  }

  applies(entry: ConfigEntry, uri: vscode.Uri): boolean {
    return configAppliesTo(entry.config, uri.path);
  }

  private defaultEntry(): ConfigEntry {
    this.defaults ??= { config: { files: [], settings: settingsFromVsCode({}), include: [], ignore: [] }, linter: new Linter(settingsFromVsCode({})) };
    return this.defaults;
  }

  private async load(draft: vscode.Uri, configPath: string, host: ConfigHost): Promise<ConfigEntry> {
    try {
      // A draft outside every workspace folder has no workspace: its config may extend only what is beside or below it.
      const workspace = vscode.workspace.getWorkspaceFolder(draft)?.uri.path ?? parentPath(configPath);
      const config = await loadConfigFile(configPath, host, { workspace });
      this.onConfigFound();
      return { config, linter: new Linter(settingsFromVsCode(config.settings)) };
    } catch (error) {
      const configError = error instanceof ConfigError ? error : new ConfigError(configPath, '', error instanceof Error ? error.message : String(error));
      this.reportConfigError(draft, configError);
      // Keep linting with the defaults: a typo in the config must not switch the linter off.
      const fallback = this.defaultEntry();
      return { config: { ...fallback.config, path: configPath, files: [configPath] }, linter: fallback.linter, error: configError };
    }
  }

  private reportConfigError(draft: vscode.Uri, error: ConfigError): void {
    const uri = draft.with({ path: error.file });
    const line = Math.max(0, (error.line ?? 1) - 1);
    const column = Math.max(0, (error.column ?? 1) - 1);
    const range = new vscode.Range(line, column, line, column + Math.max(1, error.length ?? 1));
    const diagnostic = new vscode.Diagnostic(range, `${error.jsonPath ? `${error.jsonPath}: ` : ''}${error.detail}`, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'cspr-lint';
    this.configDiagnostics.set(uri, [diagnostic]);
    this.log(`Invalid config: ${error.message}. Drafts are linted with the default settings until it is fixed.`);
  }
}

/** The user's `csprLint.template` setting is the default when neither config nor front matter names one. */
function settingsFromVsCode(settings: EngineSettings): EngineSettings {
  const template = vscode.workspace.getConfiguration('csprLint').get<string>('template');
  return settings.template === undefined && template ? { ...settings, template } : settings;
}

function parentPath(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

export function hostFor(base: vscode.Uri): ConfigHost {
  return {
    async readFile(path: string) {
      try {
        const bytes = await vscode.workspace.fs.readFile(base.with({ path }));
        return decoder.decode(bytes);
      } catch {
        return undefined;
      }
    },
  };
}
