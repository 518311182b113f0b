import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { RunbookConfig } from './types.generated.js';

export type { RunbookConfig } from './types.generated.js';

export const CONFIG_NAMES = ['runbook.config.yaml', 'runbook.config.yml'];

/** A config file found on disk: its path, raw text (for cache keys) and parsed settings. */
export interface LoadedConfig {
  path: string | undefined;
  dir: string;
  raw: string;
  config: RunbookConfig;
}

// Looks in `cwd` and its parents, like most linters, so a command works from any sub-folder of the repository.
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads the config without parsing it, for callers that only need a cache key. */
export function readConfigRaw(cwd: string, explicit?: string): { path: string | undefined; raw: string } {
  const path = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (!path) return { path: undefined, raw: '' };
  try {
    return { path, raw: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the config file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

