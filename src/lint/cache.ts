import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadedConfig } from '../config/read.js';
import { isRecord } from '../runbook/model.js';
import type { FileLintOutput } from './lint-file.js';
import type { LintMessage } from './result.js';
import type { ProjectFact } from './rule.js';

/**
 * What the cache keeps of one file: enough to print its findings and feed project rules without parsing it. Findings
 * are numbers, their rule ids and texts indexes into the cache's one string table: the same few messages recur across
 * a tree, and a smaller file is read and parsed faster, a large part of what a run over an unchanged tree does.
 */
type CacheEntry = [
  /** sha1 of the content: the cache is content-addressed. */
  hash: string,
  /** Size and mtime when hashed: when they are unchanged the file is not even read. */
  size: number,
  mtime: number,
  /** Each finding as {@link MESSAGE_FIELDS} numbers. */
  messages: number[],
  // Left out when empty, as they mostly are: fewer objects to read back.
  fact?: Omit<ProjectFact, 'filePath'>,
  dependencies?: string[],
  /** The signature of each of `dependencies` then (link targets, their headings). */
  dependencySignatures?: string[],
];

/** ruleId (string index), severity, message (string index), line, column, endLine, endColumn, fatal (0 or 1). */
const MESSAGE_FIELDS = 8;

interface CacheData {
  key: string;
  config?: LoadedConfig;
  strings: string[];
  files: Record<string, CacheEntry>;
  /** How many entries `files` has, so a run can tell a file was removed without listing them. */
  count: number;
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
const CACHE_FORMAT = 3;

// Anything that can change findings without changing a file: the tool, the config, and the day (review dates).
export function openCache(location: string, version: string, configKey: string, now: Date): LintCache {
  // Kept as text, not hashed: comparing it needs no crypto, which an unchanged tree then never loads.
  const key = JSON.stringify([CACHE_FORMAT, version, configKey, now.toISOString().slice(0, 10)]);
  const data = readCache(location, key);
  // Hash, size and mtime of the files whose size or mtime changed or that are new (null: unreadable, not cached);
  // the others keep their entry's.
  const restamped = new Map<string, Stamp | null>();
  let changed = false;
  return {
    config: data.config,
    // Runs once per file of every run: plain loops; a file whose entry is still good costs a `stat` and its findings.
    lookup(files) {
      const hits = new Map<string, FileLintOutput>();
      const misses: string[] = [];
      let known = 0;
      for (const file of files) {
        const entry = data.files[file];
        if (entry !== undefined) known++;
        // Compared as numbers: turning every mtime into text costs more than the comparison saves.
        const stat = statOf(file);
        if (entry !== undefined && stat !== undefined && entry[1] === stat.size && entry[2] === stat.mtimeMs) {
          if (dependenciesUnchanged(entry)) hits.set(file, unpack(file, entry, data.strings));
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
        restamped.set(file, hash === undefined || stat === undefined ? null : { hash, size: stat.size, mtime: stat.mtimeMs });
        if (entry !== undefined && hash === entry[0] && dependenciesUnchanged(entry)) hits.set(file, unpack(file, entry, data.strings));
        else misses.push(file);
      }
      if (restamped.size > 0 || misses.length > 0 || known !== data.count) changed = true;
      return { hits, misses };
    },
    save(files, outputs, config) {
      if (!changed && data.config === config) return;
      const next: CacheData = { key, ...(config ? { config } : {}), strings: [], files: {}, count: 0 };
      const intern = stringTable(next.strings);
      for (const file of files) {
        const output = outputs.get(file);
        const old = data.files[file];
        const stamp = restamped.has(file) ? restamped.get(file) : old && { hash: old[0], size: old[1], mtime: old[2] };
        if (!output || !stamp) continue;
        const { messages, fact, dependencies } = output;
        const { filePath: _, ...rest } = fact;
        const entry: CacheEntry = [stamp.hash, stamp.size, stamp.mtime, pack(messages, intern)];
        if (dependencies.length > 0) entry.push(rest, dependencies, dependencies.map(fileSignature));
        else if (Object.keys(rest).length > 0) entry.push(rest);
        next.files[file] = entry;
        next.count++;
      }
      writeCache(location, next);
    },
  };
}

function dependenciesUnchanged(entry: CacheEntry): boolean {
  const [, , , , , dependencies = [], signatures = []] = entry;
  for (let i = 0; i < dependencies.length; i++) {
    if (fileSignature(dependencies[i]!) !== signatures[i]) return false;
  }
  return true;
}

function pack(messages: LintMessage[], intern: (text: string) => number): number[] {
  const packed: number[] = [];
  for (const m of messages) packed.push(intern(m.ruleId), m.severity, intern(m.message), m.line, m.column, m.endLine, m.endColumn, m.fatal ? 1 : 0);
  return packed;
}

function unpack(filePath: string, entry: CacheEntry, strings: string[]): FileLintOutput {
  const [, , , packed, fact, dependencies = []] = entry;
  const messages: LintMessage[] = [];
  for (let i = 0; i < packed.length; i += MESSAGE_FIELDS) {
    const message: LintMessage = {
      ruleId: strings[packed[i]!]!,
      severity: packed[i + 1] as 1 | 2,
      message: strings[packed[i + 2]!]!,
      line: packed[i + 3]!,
      column: packed[i + 4]!,
      endLine: packed[i + 5]!,
      endColumn: packed[i + 6]!,
    };
    if (packed[i + 7] === 1) message.fatal = true;
    messages.push(message);
  }
  return { messages, fact: fact ? Object.assign({ filePath }, fact) : { filePath }, dependencies };
}

function stringTable(strings: string[]): (text: string) => number {
  const indexes = new Map<string, number>();
  return (text) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
}

function readCache(location: string, key: string): CacheData {
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as CacheData;
    if (data.key === key && isRecord(data.files) && Array.isArray(data.strings) && typeof data.count === 'number') return data;
  } catch {
    // Missing or corrupt: start over rather than fail the lint.
  }
  return { key, strings: [], files: {}, count: 0 };
}

interface Stamp {
  hash: string;
  size: number;
  mtime: number;
}

function statOf(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

// Size and modification time of a linked file: a renamed heading changes it without re-reading the file.
function fileSignature(path: string): string {
  const stat = statOf(path);
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
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
