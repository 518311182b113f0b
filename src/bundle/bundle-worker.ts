/**
 * The worker thread `runbook bundle` builds and writes the bundle in. Redacting hundreds of megabytes is
 * synchronous work; done here, the main thread's event loop stays free to act on SIGINT and SIGTERM at once:
 * it terminates this thread (V8 stops it wherever it is), removes the temporary archive and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, type InputProblem } from '../errors.js';
import { buildBundle, writeBundle, type BundleOptions, type BundleResult } from './create-bundle.js';

export interface BundleTask {
  options: BundleOptions;
  /** Only SUMMARY.md is wanted (`--print`): nothing is written. */
  print: boolean;
}

/** An error crosses to the main thread as plain data: its class name, and a problem reported as data with it. */
export interface BundleFailure {
  name: string;
  message: string;
  stack?: string;
  problem?: InputProblem;
}

export type BundleAnswer = { summary: string } | { result: BundleResult } | { error: BundleFailure };

const { options, print } = workerData as BundleTask;
let answer: BundleAnswer;
try {
  answer = print ? { summary: (await buildBundle(options)).summary } : { result: await writeBundle(options) };
} catch (error) {
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  answer = { error: { name, message, ...(stack ? { stack } : {}), ...(error instanceof InputError ? { problem: error.problem } : {}) } };
}
parentPort!.postMessage(answer);
