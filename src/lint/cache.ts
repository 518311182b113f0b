import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadedConfig } from '../config/read.js';
import type { LintMessage } from './result.js';
import type { ProjectFact } from './rule.js';

/** What the cache keeps of one file: enough to print its findings and feed project rules without parsing it. */
export interface CacheEntry {
  hash: string;
  messages: LintMessage[];
  fact: ProjectFact;
  /** Other files the findings depend on (link targets, their headings), each with its signature then. */
  dependencies: [string, string][];
}

export interface CacheData {
  key: string;
  config?: LoadedConfig;
  files: Record<string, CacheEntry>;
}

export const DEFAULT_CACHE_LOCATION = '.runbook-lint-cache';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

// Anything that can change findings without changing a file: the tool, the config, and the day (review dates).
export function cacheKey(version: string, configRaw: string, now: Date): string {
  return createHash('sha1').update(`${version}\0${configRaw}\0${now.toISOString().slice(0, 10)}`).digest('base64');
}

export function readCache(location: string, key: string): CacheData {
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as CacheData;
    if (data.key === key && typeof data.files === 'object' && data.files !== null) return data;
  } catch {
    // Missing or corrupt: start over rather than fail the lint.
  }
  return { key, files: {} };
}

export function isFresh(entry: CacheEntry | undefined, hash: string): entry is CacheEntry {
  return entry !== undefined && entry.hash === hash && entry.dependencies.every(([path, signature]) => fileSignature(path) === signature);
}

// Size and modification time: a renamed heading in a linked file changes it without re-reading the file.
export function fileSignature(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

// Written to a temporary name and renamed, so an interrupted run never leaves a half-written cache.
export function writeCache(location: string, data: CacheData): void {
  mkdirSync(dirname(location), { recursive: true });
  const temporary = `${location}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(data));
  renameSync(temporary, location);
}
