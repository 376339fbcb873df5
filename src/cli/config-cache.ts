// Which config applies to a draft on the command line, loaded once per config with one Linter each
// (a Linter caches parsed chunks), shared by lint, report, portfolio and briefing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Linter } from '../engine/index';
import { findConfigFile, loadConfigFile, type ConfigHost, type LoadedConfig } from '../config/index';

export const host: ConfigHost = {
  async readFile(file) {
    try {
      // Only regular files: reading a FIFO named by "extends" (or as the config) blocked forever.
      if (!(await fs.stat(file)).isFile()) return undefined;
      return await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** Chunks a command-line Linter keeps beyond the last eight drafts' (a 2,000-word draft has about 25). */
const CLI_CACHED_CHUNKS = 2000;

export interface Loaded {
  config: LoadedConfig;
  linter: Linter;
}

/** Loads each config once, and one Linter per config (the linter caches parsed chunks). */
export class ConfigCache {
  private readonly byConfigPath = new Map<string, Promise<Loaded>>();
  private readonly byDir = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly cwd: string,
    private readonly forced?: string,
  ) {}

  async forFile(file: string): Promise<Loaded> {
    const configPath = this.forced ?? (await this.configPathFor(path.dirname(file)));
    const key = configPath ?? '';
    let loaded = this.byConfigPath.get(key);
    if (!loaded) {
      loaded = (async () => {
        const config: LoadedConfig = configPath
          ? await loadConfigFile(toHostPath(configPath), host, { workspace: toHostPath(await workspaceOf(configPath, this.cwd)) })
          : { files: [], settings: {}, include: [], ignore: [] };
        // Each draft is linted once (twice with --fix): chunks are kept only while drafts share them.
        return { config, linter: new Linter({ ...config.settings, maxCachedChunks: CLI_CACHED_CHUNKS }) };
      })();
      this.byConfigPath.set(key, loaded);
    }
    return loaded;
  }

  private configPathFor(dir: string): Promise<string | undefined> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = findConfigFile(toHostPath(dir), host);
      this.byDir.set(dir, found);
    }
    return found;
  }
}

/**
 * The CLI's workspace for a config, which bounds its `extends`: the git repository it is in; outside
 * one, the current folder if the config is under it, else the config's own folder.
 */
async function workspaceOf(configPath: string, cwd: string): Promise<string> {
  const configDir = path.dirname(path.resolve(configPath));
  for (let dir = configDir; ; dir = path.dirname(dir)) {
    if (await fs.stat(path.join(dir, '.git')).then(() => true, () => false)) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const relativeToCwd = path.relative(path.resolve(cwd), configDir);
  return relativeToCwd === '' || (!relativeToCwd.startsWith('..') && !path.isAbsolute(relativeToCwd)) ? path.resolve(cwd) : configDir;
}

export function toHostPath(file: string): string {
  return path.resolve(file).split(path.sep).join('/');
}
