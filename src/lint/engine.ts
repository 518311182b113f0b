import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigRaw } from '../config/read.js';
import type { CacheData } from './cache.js';
import { listRunbookFiles } from './files.js';
import type { FileLintOutput } from './lint-file.js';
import type { WorkerReply, WorkerSettings } from './lint-worker.js';
import { toResult, type LintMessage, type LintResult } from './result.js';
import type { ConfiguredSeverity, ProjectFact, Rule } from './rule.js';

export interface LintOptions {
  paths: string[];
  cwd: string;
  /** A config file to use instead of searching for `runbook.config.yaml`. */
  config?: string;
  cache?: boolean;
  cacheLocation?: string;
  /** Threads to lint with; defaults to the machine's cores for large runs. */
  threads?: number;
  now?: Date;
  version: string;
}

export interface LintRun {
  results: LintResult[];
  /** How many files were taken from the cache. */
  cached: number;
}

const FILES_PER_BATCH = 24;
/** Below this, starting a worker costs more than it saves. */
const FILES_PER_THREAD = 150;

// The whole `runbook lint`: find files, reuse cached results, lint the rest across threads, then run project rules.
export async function lint(options: LintOptions): Promise<LintRun> {
  const now = options.now ?? new Date();
  const raw = readConfigRaw(options.cwd, options.config);
  const { cacheKey, contentHash, DEFAULT_CACHE_LOCATION, fileSignature, isFresh, readCache, writeCache } = await import('./cache.js');
  const cacheLocation = resolve(options.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  const key = cacheKey(options.version, `${raw.path ?? ''}\0${raw.raw}`, now);
  const cache: CacheData = options.cache ? readCache(cacheLocation, key) : { key, files: {} };
  // Parsing the config loads YAML and schema code; the cache keeps the parsed config under the same key.
  const loaded = cache.config ?? (raw.path ? (await import('../config/load.js')).loadConfig(options.cwd, options.config) : undefined);
  const settings = loaded?.config ?? {};
  const files = await listRunbookFiles(options.paths, { cwd: options.cwd, ignore: settings.ignore ?? [], ignoreBase: loaded?.dir ?? options.cwd });

  const outputs = new Map<string, FileLintOutput>();
  const hashes = new Map<string, string>();
  const todo: string[] = [];
  for (const file of files) {
    if (!options.cache) {
      todo.push(file);
      continue;
    }
    let hash: string;
    try {
      hash = contentHash(readFileSync(file));
    } catch {
      todo.push(file); // reported as unreadable by the lint itself
      continue;
    }
    hashes.set(file, hash);
    const entry = cache.files[file];
    if (isFresh(entry, hash)) outputs.set(file, { messages: entry.messages, fact: entry.fact, dependencies: entry.dependencies.map(([path]) => path) });
    else todo.push(file);
  }
  const cached = files.length - todo.length;

  const severities: Record<string, ConfiguredSeverity> = { ...(settings.rules ?? {}) };
  const workerSettings: WorkerSettings = { severities, now: now.toISOString(), ...(settings.maxFileSize === undefined ? {} : { maxFileSize: settings.maxFileSize }) };
  if (todo.length > 0) {
    for (const [file, output] of await lintFiles(todo, workerSettings, options.threads)) outputs.set(file, output);
  }

  const facts: ProjectFact[] = files.map((file) => outputs.get(file)!.fact);
  const { projectRules } = await import('./rules/project-rules.js');
  const project = await projectMessages(facts, projectRules, severities);

  if (options.cache) {
    const next: CacheData = { key, files: {}, ...(loaded ? { config: loaded } : {}) };
    for (const file of files) {
      const output = outputs.get(file)!;
      next.files[file] = { hash: hashes.get(file)!, messages: output.messages, fact: output.fact, dependencies: output.dependencies.map((path) => [path, fileSignature(path)]) };
    }
    writeCache(cacheLocation, next);
  }
  const results = files.map((file) => toResult(file, [...outputs.get(file)!.messages, ...(project.get(file) ?? [])]));
  return { results, cached };
}

async function projectMessages(facts: ProjectFact[], rules: readonly Rule[], severities: Record<string, ConfiguredSeverity>): Promise<Map<string, LintMessage[]>> {
  const { applyProjectRules } = await import('./project.js');
  return applyProjectRules(facts, rules, severities);
}

async function lintFiles(files: string[], settings: WorkerSettings, threads?: number): Promise<Map<string, FileLintOutput>> {
  const workerUrl = new URL('./lint-worker.js', import.meta.url);
  const wanted = threads ?? Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_THREAD));
  // From TypeScript sources (tests) there is no compiled worker: lint in this thread.
  const canUseWorkers = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  if (wanted <= 1 || !canUseWorkers) return lintInThread(files, settings);
  return lintInWorkers(files, settings, workerUrl, wanted);
}

async function lintInThread(files: string[], settings: WorkerSettings): Promise<Map<string, FileLintOutput>> {
  const [{ lintPath }, { rules }] = await Promise.all([import('./lint-file.js'), import('./rules/index.js')]);
  const options = { rules, severities: settings.severities, now: new Date(settings.now), ...(settings.maxFileSize === undefined ? {} : { maxFileSize: settings.maxFileSize }) };
  return new Map(files.map((file) => [file, lintPath(file, options)]));
}

// Batches go to whichever worker is free, so one slow file does not hold up a whole share.
async function lintInWorkers(files: string[], settings: WorkerSettings, url: URL, count: number): Promise<Map<string, FileLintOutput>> {
  const { Worker } = await import('node:worker_threads');
  const out = new Map<string, FileLintOutput>();
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += FILES_PER_BATCH) batches.push(files.slice(i, i + FILES_PER_BATCH));
  return new Promise((resolvePromise, reject) => {
    let active = 0;
    const workers: InstanceType<typeof Worker>[] = [];
    const finish = (error?: Error): void => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolvePromise(out);
    };
    for (let i = 0; i < Math.min(count, batches.length); i++) {
      const worker = new Worker(url, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: Number(process.env.YG ?? 24) } });
      workers.push(worker);
      active++;
      const next = (): void => {
        const batch = batches.shift();
        if (batch) worker.postMessage(batch);
        else if (--active === 0) finish();
      };
      worker.on('message', (reply: WorkerReply) => {
        for (const item of reply) out.set(item.filePath, item.output);
        next();
      });
      worker.on('error', (error) => finish(error));
      next();
    }
  });
}
