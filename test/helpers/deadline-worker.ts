import { Worker } from 'node:worker_threads';

/** An input that did not finish in time, or that made the scanner throw. */
export interface BadInput {
  input: string;
  problem: string;
  timedOut?: boolean;
}

export interface DeadlineOptions {
  /** Inputs per message: a message per input would cost more than most scans. */
  batchSize: number;
  /** How long a whole batch may take before the thread is killed and the batch bisected. */
  batchDeadlineMs: number;
  /** How long one input may take on its own, once a batch has timed out. */
  caseDeadlineMs: number;
}

/**
 * Sends inputs in batches to a worker thread that answers `{ errors }` once per batch. A batch that passes its
 * deadline gets the thread terminated (V8 stops even a loop that never yields) and is split in halves, each tried
 * on a fresh thread, down to the single inputs that hang: those are returned by name, never waited for.
 *
 * A fresh thread answers an empty batch before any deadline starts, so starting it and loading the scanner (slow
 * on a busy machine) never counts as a scan; and a single input is called hanging only when it passes its deadline
 * twice, each time on a fresh thread.
 */
export class DeadlineWorker<Task> {
  private worker: Worker | undefined;

  constructor(
    private readonly file: string,
    private readonly options: DeadlineOptions,
  ) {}

  async run(task: Task, inputs: readonly string[]): Promise<BadInput[]> {
    const bad: BadInput[] = [];
    // One hanging input named is enough to act on, and each costs the deadlines of a bisection: stop there.
    for (let at = 0; at < inputs.length && !bad.some((b) => b.timedOut); at += this.options.batchSize) {
      await this.batch(task, inputs.slice(at, at + this.options.batchSize), this.options.batchDeadlineMs, bad);
    }
    return bad;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private async batch(task: Task, inputs: string[], deadlineMs: number, bad: BadInput[]): Promise<void> {
    const answer = await this.send(task, inputs, deadlineMs);
    if (answer !== 'timeout') {
      for (const { input, error } of answer.errors) bad.push({ input, problem: `threw: ${error}` });
      return;
    }
    if (inputs.length === 1) {
      if ((await this.send(task, inputs, deadlineMs)) !== 'timeout') return;
      bad.push({ input: inputs[0]!, problem: `did not finish within ${deadlineMs} ms`, timedOut: true });
      return;
    }
    const half = Math.ceil(inputs.length / 2);
    // Each half gets half the time, down to the bound for one input.
    for (const part of [inputs.slice(0, half), inputs.slice(half)]) {
      if (bad.some((b) => b.timedOut)) return;
      await this.batch(task, part, Math.max(this.options.caseDeadlineMs, Math.ceil(deadlineMs / 2)), bad);
    }
  }

  /** A thread that has loaded its scanner: it answered an empty batch, with no deadline but the test's own. */
  private async ready(task: Task): Promise<Worker> {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    this.worker = worker;
    await this.exchange(worker, task, [], undefined);
    return worker;
  }

  private async send(task: Task, inputs: string[], deadlineMs: number): Promise<{ errors: { input: string; error: string }[] } | 'timeout'> {
    return this.exchange(await this.ready(task), task, inputs, deadlineMs);
  }

  private exchange(worker: Worker, task: Task, inputs: string[], deadlineMs: number | undefined): Promise<{ errors: { input: string; error: string }[] } | 'timeout'> {
    return new Promise((resolve, reject) => {
      const timer =
        deadlineMs === undefined
          ? undefined
          : setTimeout(() => {
              cleanup();
              this.worker = undefined;
              void worker.terminate().then(() => resolve('timeout'), reject);
            }, deadlineMs);
      const onMessage = (answer: { errors: { input: string; error: string }[] }): void => {
        cleanup();
        resolve(answer);
      };
      const onError = (error: Error): void => {
        cleanup();
        this.worker = undefined;
        reject(error);
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ task, inputs });
    });
  }
}

/** How a bad input is shown in a failing test: whole, as a JS string literal, so it can be pasted into a unit test. */
export function describeBadInputs(bad: readonly BadInput[], seed: number): string {
  return [`${bad.length} input(s) failed (fast-check seed ${seed}):`, ...bad.slice(0, 5).map(({ input, problem }) => `- ${problem}: ${JSON.stringify(input)}`)].join('\n');
}
