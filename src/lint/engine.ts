import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigRaw } from '../config/read.js';
import { openCache } from './cache.js';
import { listRunbookFiles } from './files.js';
import type { FileLintOutput, LintSettings } from './lint-file.js';
import type { WorkerReply } from './worker.js';
import { applyProjectRules } from './project.js';
import { toResult, type LintResult } from './result.js';
import { projectRules } from './rules/project-rules.js';
import type { ConfiguredSeverity, ProjectFact } from './rule.js';

export interface LintOptions {
  paths: string[];
  cwd: string;
  /** A config file to use instead of searching for `runbook.config.yaml`. */
  config?: string;
  cache?: boolean;
  cacheLocation?: string;
  /** Worker threads to lint in; 0 lints in this thread. Default: 0 for small runs, else one per core but one. */
  threads?: number;
  now?: Date;
  version: string;
}

export interface LintRun {
  results: LintResult[];
  /** Markdown files found in a folder or by a pattern that have no front-matter: not runbooks (a README), not reported. */
  skipped: string[];
  /** How many files were taken from the cache. */
  cached: number;
}

const DEFAULT_CACHE_LOCATION = '.runbook-lint-cache';
const FILES_PER_BATCH = 24;
/** A bounded young generation keeps each worker's footprint down (16 MiB measured best for time and memory). */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };
/** Below this, starting a worker costs more than it saves. */
const FILES_FOR_WORKERS = 150;

// The whole `runbook lint`: find files, reuse cached results, lint the rest across threads, then run project rules.
export async function lint(options: LintOptions): Promise<LintRun> {
  const now = options.now ?? new Date();
  const raw = readConfigRaw(options.cwd, options.config);
  const cache = options.cache
    ? openCache(resolve(options.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), options.version, `${raw.path ?? ''}\0${raw.raw}`, now)
    : undefined;
  // Parsing the config loads YAML code; the cache keeps the parsed config under a key that includes its text.
  const loaded = cache?.config ?? (raw.path ? (await import('../config/load.js')).loadConfig(options.cwd, options.config) : undefined);
  const settings = loaded?.config ?? {};
  const named = new Set<string>();
  const found = await listRunbookFiles(options.paths, { cwd: options.cwd, ignore: settings.ignore ?? [], ignoreBase: loaded?.dir ?? options.cwd, named });
  const { hits: outputs, misses: todo } = cache ? cache.lookup(found) : { hits: new Map<string, FileLintOutput>(), misses: found };
  const cached = found.length - todo.length;

  const severities: Record<string, ConfiguredSeverity> = { ...(settings.rules ?? {}) };
  const workerSettings: LintSettings = { severities, now: now.toISOString(), ...(settings.maxFileSize === undefined ? {} : { maxFileSize: settings.maxFileSize }) };
  if (todo.length > 0) {
    for (const [file, output] of await lintFiles(todo, workerSettings, options.threads)) outputs.set(file, output);
  }

  // Told apart only once linted, from the finding the parser gives them, so listing the files reads nothing.
  const skipped = found.filter((file) => !named.has(file) && lacksFrontMatter(outputs.get(file)!));
  const files = skipped.length === 0 ? found : found.filter((file) => !skipped.includes(file));
  const facts: ProjectFact[] = files.map((file) => outputs.get(file)!.fact);
  const project = applyProjectRules(facts, projectRules, severities);

  cache?.save(found, outputs, loaded);
  // No copy for the many files without project findings; `concat`, not spread, for the others: this runs once per
  // file, mostly before the code is optimised, where spread is slow.
  const results = files.map((file) => {
    const messages = outputs.get(file)!.messages;
    const more = project.get(file);
    return toResult(file, more ? messages.concat(more) : messages);
  });
  return { results, skipped, cached };
}

function lacksFrontMatter(output: FileLintOutput): boolean {
  return output.messages.some((m) => m.ruleId === 'parse-error' && m.message.startsWith('Missing front-matter'));
}

async function lintFiles(files: string[], settings: LintSettings, threads?: number): Promise<Map<string, FileLintOutput>> {
  const workerUrl = new URL('./lint-worker.js', import.meta.url);
  // This thread hands out work and gathers results, and V8 collects garbage and compiles on threads of its
  // own; one worker per core but one keeps every core busy (measured: on two cores, one worker is both faster
  // and leaner than two, or than linting here, whose heap cannot be bounded).
  const wanted = threads ?? (files.length >= FILES_FOR_WORKERS ? Math.max(1, process.getBuiltinModule('node:os').availableParallelism() - 1) : 0);
  // From TypeScript sources (tests) there is no compiled worker: lint in this thread.
  const canUseWorkers = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  if (wanted === 0 || !canUseWorkers) return lintInThread(files, settings);
  return lintInWorkers(files, settings, workerUrl, wanted);
}

async function lintInThread(files: string[], settings: LintSettings): Promise<Map<string, FileLintOutput>> {
  const [{ fileLintOptions, lintPath }, { rules }] = await Promise.all([import('./lint-file.js'), import('./rules/index.js')]);
  const options = fileLintOptions(settings, rules);
  return new Map(files.map((file) => [file, lintPath(file, options)]));
}

/**
 * Workers take batches from one queue, so one slow file does not hold up a whole share, and keep a second
 * batch queued so they never wait for a reply to be read. This thread only hands out work: unlike a worker,
 * its heap cannot be bounded, and a parse-heavy run would grow it well past the workers'.
 */
async function lintInWorkers(files: string[], settings: LintSettings, url: URL, count: number): Promise<Map<string, FileLintOutput>> {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const out = new Map<string, FileLintOutput>();
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += FILES_PER_BATCH) batches.push(files.slice(i, i + FILES_PER_BATCH));
  // `stdout: true`: workers print nothing there, and piping it would make the parent's stdout stream, which the
  // report is written around (src/bin/standard-streams.ts).
  const workers = Array.from({ length: Math.min(count, batches.length) }, () => new Worker(url, { workerData: settings, resourceLimits: WORKER_LIMITS, stdout: true }));
  let inFlight = 0;
  try {
    await new Promise<void>((resolvePromise, reject) => {
      for (const worker of workers) {
        const send = (): void => {
          const batch = batches.shift();
          if (!batch) return;
          inFlight++;
          worker.postMessage(batch);
        };
        worker.on('message', (reply: WorkerReply) => {
          for (const item of reply) out.set(item.filePath, item.output);
          inFlight--;
          send();
          if (inFlight === 0 && batches.length === 0) resolvePromise();
        });
        worker.on('error', reject);
        send();
        send();
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return out;
}
