import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadedConfig } from '../config/read.js';
import type { FileLintOutput } from './lint-file.js';

/**
 * What the cache keeps of one file: enough to print its findings and feed project rules without parsing it. It is
 * shaped as the file's lint output, so an unchanged file's entry is used as it is read.
 */
interface CacheEntry extends FileLintOutput {
  /** sha1 of the content: the cache is content-addressed. */
  hash: string;
  /** Size and mtime when hashed: when they are unchanged the file is not even read. */
  signature: string;
  /** The signature of each of `dependencies` then (link targets, their headings). */
  dependencySignatures: string[];
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

/** Changes whenever the layout of the cache file does, so an older one is dropped rather than misread. */
const CACHE_FORMAT = 2;

// Anything that can change findings without changing a file: the tool, the config, and the day (review dates).
export function openCache(location: string, version: string, configKey: string, now: Date): LintCache {
  // Kept as text, not hashed: comparing it needs no crypto, which an unchanged tree then never loads.
  const key = JSON.stringify([CACHE_FORMAT, version, configKey, now.toISOString().slice(0, 10)]);
  const data = readCache(location, key);
  // Hash and signature of the files whose signature changed or that are new (null: unreadable, not to be cached);
  // the others keep their entry's.
  const restamped = new Map<string, { hash: string; signature: string } | null>();
  let changed = false;
  return {
    config: data.config,
    // Runs once per file of every run: plain loops, and nothing allocated for a file whose entry is still good.
    lookup(files) {
      const hits = new Map<string, FileLintOutput>();
      const misses: string[] = [];
      for (const file of files) {
        const entry = data.files[file];
        const signature = fileSignature(file);
        if (entry !== undefined && entry.signature === signature) {
          if (dependenciesUnchanged(entry)) hits.set(file, entry);
          else misses.push(file);
          continue;
        }
        // Touched or new: the content decides.
        let hash: string | undefined;
        try {
          hash = sha1(readFileSync(file));
        } catch {
          // the lint itself reports it as unreadable
        }
        restamped.set(file, hash === undefined ? null : { hash, signature });
        if (entry !== undefined && hash === entry.hash && dependenciesUnchanged(entry)) hits.set(file, entry);
        else misses.push(file);
      }
      if (restamped.size > 0 || misses.length > 0 || Object.keys(data.files).length !== files.length) changed = true;
      return { hits, misses };
    },
    save(files, outputs, config) {
      if (!changed && data.config === config) return;
      const next: CacheData = { key, files: {}, ...(config ? { config } : {}) };
      for (const file of files) {
        const output = outputs.get(file);
        const stamp = restamped.has(file) ? restamped.get(file) : data.files[file];
        if (!output || !stamp) continue;
        const { messages, fact, dependencies } = output;
        next.files[file] = { hash: stamp.hash, signature: stamp.signature, messages, fact, dependencies, dependencySignatures: dependencies.map(fileSignature) };
      }
      writeCache(location, next);
    },
  };
}

function dependenciesUnchanged(entry: CacheEntry): boolean {
  for (let i = 0; i < entry.dependencies.length; i++) {
    if (fileSignature(entry.dependencies[i]!) !== entry.dependencySignatures[i]) return false;
  }
  return true;
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
