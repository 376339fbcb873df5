// Which .cspr-lint.json applies to a document and the Linter built from it: the nearest config walking
// up from the draft, not above its workspace folder (multi-root: each folder's own config), with
// `extends` bounded by that folder, as in the CLI and the extension. One Linter per config, because
// the Linter's chunk cache is what makes re-linting after a keystroke cheap.
import { ConfigError, configAppliesTo, findConfigFile, loadConfigFile, type ConfigHost, type LoadedConfig } from '../config/index';
import { isInside } from '../config/paths';
import { Linter, PRESET_TEMPLATES, type EngineSettings } from '../engine/index';
import { parseUri, uriKey, uriWithPath, type ParsedUri } from './uri';

/** What the server needs from its process: the Node server reads the disk, the web worker asks its client. */
export interface ServerHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Markdown files under a folder (for the workspace lint), skipping node_modules and hidden folders. */
  findMarkdownFiles(folderUri: string, isCancelled: () => boolean): Promise<string[]>;
}

export interface ConfigEntry {
  config: LoadedConfig;
  linter: Linter;
  /** Whether a .cspr-lint.json was found for the document (an invalid one counts: it was meant to apply). */
  found: boolean;
  error?: ConfigError;
  /** URI of the config file, for diagnostics on it. */
  configUri?: string;
}

export interface ConfigProblem {
  uri: string;
  error: ConfigError;
}

export class ConfigStore {
  private readonly entries = new Map<string, Promise<ConfigEntry>>();
  /** What each config lookup read (undefined: no file there), to notice changes when the client cannot watch files. */
  private readonly reads = new Map<string, string | undefined>();
  private readonly locations = new Map<string, Promise<string | undefined>>();
  private defaults?: ConfigEntry;
  private workspaceFolders: string[] = [];

  constructor(
    private readonly host: ServerHost,
    private readonly defaultTemplate: () => string | undefined,
    private readonly onProblem: (problem: ConfigProblem) => void,
  ) {}

  setWorkspaceFolders(uris: string[]): void {
    this.workspaceFolders = uris;
    this.invalidate();
  }

  get folders(): readonly string[] {
    return this.workspaceFolders;
  }

  /** Forget every loaded config: a config file, a file a config extends, or a setting changed. */
  invalidate(): void {
    this.reads.clear();
    this.entries.clear();
    this.locations.clear();
    this.defaults = undefined;
  }

  /**
   * Whether any file a config lookup read has changed, appeared or gone since: for clients that
   * cannot watch files (Neovim's built-in client), checked when a draft is opened or saved.
   */
  async changedOnDisk(): Promise<boolean> {
    for (const [uri, text] of [...this.reads]) if ((await this.host.readFile(uri)) !== text) return true;
    return false;
  }

  /** Every config file read so far (including `extends` targets), as URI keys. */
  async knownConfigFiles(): Promise<Set<string>> {
    const files = new Set<string>();
    for (const pending of this.entries.values()) {
      const entry = await pending;
      const base = entry.configUri ? parseUri(entry.configUri) : undefined;
      if (base) for (const file of entry.config.files) files.add(uriKey(uriWithPath(base, file)));
    }
    return files;
  }

  /** The workspace folder holding the document, as a parsed URI, if any. */
  folderOf(uri: string): ParsedUri | undefined {
    const target = parseUri(uri);
    let best: ParsedUri | undefined;
    for (const folder of this.workspaceFolders) {
      const parsed = parseUri(folder);
      if (parsed.scheme !== target.scheme || parsed.authority !== target.authority || !isInside(target.path, parsed.path)) continue;
      if (!best || parsed.path.length > best.path.length) best = parsed;
    }
    return best;
  }

  async forDocument(uri: string): Promise<ConfigEntry> {
    const target = parseUri(uri);
    if (target.scheme === 'untitled') return this.defaultEntry();
    const folder = this.folderOf(uri);
    const configHost = this.configHost(target);
    const dir = parentPath(target.path);
    const locationKey = `${target.scheme}://${target.authority}${dir}`;
    let location = this.locations.get(locationKey);
    if (!location) {
      location = findConfigFile(dir, configHost, folder?.path).catch(() => undefined);
      this.locations.set(locationKey, location);
    }
    const configPath = await location;
    if (!configPath) return this.defaultEntry();
    const key = `${target.scheme}://${target.authority}${configPath}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.load(target, configPath, folder, configHost);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /**
   * Problems in a config file's text as written in the editor (not yet saved), or undefined when it
   * loads. Drafts keep the saved config until then; nothing is cached.
   */
  async checkText(uri: string, text: string): Promise<ConfigProblem | undefined> {
    const target = parseUri(uri);
    const base = this.configHost(target);
    const host: ConfigHost = { readFile: (path) => (path === target.path ? Promise.resolve(text) : base.readFile(path)) };
    const folder = this.folderOf(uri);
    try {
      await loadConfigFile(target.path, host, { workspace: folder?.path ?? parentPath(target.path) });
      return undefined;
    } catch (error) {
      const configError = error instanceof ConfigError ? error : new ConfigError(target.path, '', error instanceof Error ? error.message : String(error));
      return { uri: uriWithPath(target, configError.file), error: configError };
    }
  }

  applies(entry: ConfigEntry, uri: string): boolean {
    return entry.found && configAppliesTo(entry.config, parseUri(uri).path);
  }

  private configHost(base: ParsedUri): ConfigHost {
    return {
      readFile: async (path) => {
        const uri = uriWithPath(base, path);
        const text = await this.host.readFile(uri);
        this.reads.set(uri, text);
        return text;
      },
    };
  }

  private defaultEntry(): ConfigEntry {
    if (!this.defaults) {
      const settings = this.withDefaultTemplate({});
      this.defaults = { config: { files: [], settings, include: [], ignore: [] }, linter: new Linter(settings), found: false };
    }
    return this.defaults;
  }

  private async load(draft: ParsedUri, configPath: string, folder: ParsedUri | undefined, host: ConfigHost): Promise<ConfigEntry> {
    const configUri = uriWithPath(draft, configPath);
    try {
      // A draft outside every workspace folder: its config may extend only what is beside or below it.
      const config = await loadConfigFile(configPath, host, { workspace: folder?.path ?? parentPath(configPath) });
      return { config, linter: new Linter(this.withDefaultTemplate(config.settings)), found: true, configUri };
    } catch (error) {
      const configError = error instanceof ConfigError ? error : new ConfigError(configPath, '', error instanceof Error ? error.message : String(error));
      this.onProblem({ uri: uriWithPath(draft, configError.file), error: configError });
      // Keep linting with the defaults: a typo in the config must not switch the linter off.
      const fallback = this.defaultEntry();
      return { config: { ...fallback.config, path: configPath, files: [configPath] }, linter: fallback.linter, found: true, error: configError, configUri };
    }
  }

  private withDefaultTemplate(settings: EngineSettings): EngineSettings {
    const template = this.defaultTemplate();
    if (settings.template !== undefined || !template) return settings;
    // An unknown template name in the settings falls back to the preset default rather than failing every lint.
    return PRESET_TEMPLATES[template] ? { ...settings, template } : settings;
  }
}

function parentPath(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}
