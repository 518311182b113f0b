import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadedConfig } from '../config/read.js';
import type { FileLintOutput } from './lint-file.js';
import type { LintMessage } from './result.js';
import type { ProjectFact } from './rule.js';

/** What the cache keeps of one file: enough to print its findings and feed project rules without parsing it. */
interface CacheEntry {
  /** sha1 of the content: the cache is content-addressed. */
  hash: string;
  /** Size and mtime when hashed: when they are unchanged the file is not even read. */
  signature: string;
  messages: LintMessage[];
  fact: ProjectFact;
  /** Other files the findings depend on (link targets, their headings), each with its signature then. */
  dependencies: [string, string][];
}

interface CacheData {
  key: string;
  config?: LoadedConfig;
  files: Record<string, CacheEntry>;
}


/** A lint cache on disk, opened for one run. */
export interface LintCache {
  /** The parsed config saved by the previous run with the same key, if any. */
  config: LoadedConfig | undefined;
  /** Splits files into cached outputs and files that must be linted. */
  lookup(files: string[]): { hits: Map<string, FileLintOutput>; misses: string[] };
  /** Saves this run's outputs; skipped when nothing changed. */
  save(files: string[], outputs: Map<string, FileLintOutput>, config: LoadedConfig | undefined): void;
}

// Anything that can change findings without changing a file: the tool, the config, and the day (review dates).
export function openCache(location: string, version: string, configKey: string, now: Date): LintCache {
  // Kept as text, not hashed: comparing it needs no crypto, which an unchanged tree then never loads.
  const key = JSON.stringify([version, configKey, now.toISOString().slice(0, 10)]);
  const data = readCache(location, key);
  const fresh = new Map<string, { hash: string; signature: string }>();
  let changed = false;
  return {
    config: data.config,
    lookup(files) {
      const hits = new Map<string, FileLintOutput>();
      const misses: string[] = [];
      for (const file of files) {
        const entry = data.files[file];
        const signature = fileSignature(file);
        let hash = entry?.hash;
        if (!entry || entry.signature !== signature) {
          // Touched or new: the content decides.
          try {
            hash = sha1(readFileSync(file));
          } catch {
            hash = undefined; // the lint itself reports it as unreadable
          }
        }
        if (hash) fresh.set(file, { hash, signature });
        if (entry && hash === entry.hash && entry.dependencies.every(([path, then]) => fileSignature(path) === then)) {
          if (entry.signature !== signature) changed = true;
          hits.set(file, { messages: entry.messages, fact: entry.fact, dependencies: entry.dependencies.map(([path]) => path) });
        } else {
          misses.push(file);
        }
      }
      if (Object.keys(data.files).length !== files.length) changed = true;
      if (misses.length > 0) changed = true;
      return { hits, misses };
    },
    save(files, outputs, config) {
      if (!changed && data.config === config) return;
      const next: CacheData = { key, files: {}, ...(config ? { config } : {}) };
      for (const file of files) {
        const output = outputs.get(file);
        const stamp = fresh.get(file);
        if (!output || !stamp) continue;
        next.files[file] = { ...stamp, messages: output.messages, fact: output.fact, dependencies: output.dependencies.map((path) => [path, fileSignature(path)]) };
      }
      writeCache(location, next);
    },
  };
}

function readCache(location: string, key: string): CacheData {
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as CacheData;
    if (data.key === key && typeof data.files === 'object' && data.files !== null) return data;
  } catch {
    // Missing or corrupt: start over rather than fail the lint.
  }
  return { key, files: {} };
}

// Size and modification time: a renamed heading in a linked file changes it without re-reading the file.
function fileSignature(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

// Written to a temporary name and renamed, so an interrupted run never leaves a half-written cache.
function writeCache(location: string, data: CacheData): void {
  mkdirSync(dirname(location), { recursive: true });
  const temporary = `${location}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(data));
  renameSync(temporary, location);
}

// Loaded on first use: a cache hit on every file (size and mtime unchanged) hashes nothing.
function sha1(bytes: Uint8Array): string {
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha1').update(bytes).digest('base64');
}
