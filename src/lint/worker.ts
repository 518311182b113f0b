import { fileLintOptions, lintPath, type FileLintOutput, type LintSettings } from './lint-file.js';
import { rules } from './rules/index.js';

export type WorkerReply = { filePath: string; output: FileLintOutput }[];

// Each batch of paths is read and linted here; the main thread only hands out work and gathers results.
export function serveLintWorker(): void {
  // Taken here, not imported: the linter bundle is loaded by `runbook lint` too, which has no use for worker threads.
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const options = fileLintOptions(workerData as LintSettings, rules);
  parentPort?.on('message', (batch: string[]) => {
    const reply: WorkerReply = batch.map((filePath) => ({ filePath, output: lintPath(filePath, options) }));
    parentPort?.postMessage(reply);
  });
}
