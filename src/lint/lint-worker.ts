import { parentPort, workerData } from 'node:worker_threads';
import { lintPath, type FileLintOutput } from './lint-file.js';
import { rules } from './rules/index.js';
import type { ConfiguredSeverity } from './rule.js';

/** Settings every worker shares, sent once at start. */
export interface WorkerSettings {
  severities: Record<string, ConfiguredSeverity>;
  now: string;
  maxFileSize?: number;
}

export type WorkerReply = { filePath: string; output: FileLintOutput }[];

// Each batch of paths is read and linted here; the main thread only hands out work and gathers results.
const settings = workerData as WorkerSettings;
const now = new Date(settings.now);
parentPort?.on('message', (batch: string[]) => {
  const options = { rules, severities: settings.severities, now, ...(settings.maxFileSize === undefined ? {} : { maxFileSize: settings.maxFileSize }) };
  const reply: WorkerReply = batch.map((filePath) => ({ filePath, output: lintPath(filePath, options) }));
  parentPort?.postMessage(reply);
});
