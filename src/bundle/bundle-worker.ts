/**
 * The worker thread `runbook bundle` builds and writes the bundle in. Redacting hundreds of megabytes is
 * synchronous work; done here, the main thread's event loop stays free to act on SIGINT and SIGTERM at once:
 * it terminates this thread (V8 stops it wherever it is), removes the temporary archive and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildBundle, writeBundle, type BundleOptions, type BundleResult } from './create-bundle.js';

export interface BundleTask {
  options: BundleOptions;
  /** Only SUMMARY.md is wanted (`--print`): nothing is written. */
  print: boolean;
}

export type BundleAnswer = { summary: string } | { result: BundleResult } | { error: { name: string; message: string; stack?: string } };

const { options, print } = workerData as BundleTask;
let answer: BundleAnswer;
try {
  answer = print ? { summary: (await buildBundle(options)).summary } : { result: await writeBundle(options) };
} catch (error) {
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  answer = { error: { name, message, ...(stack ? { stack } : {}) } };
}
parentPort!.postMessage(answer);
