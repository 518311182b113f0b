import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { compileRegex, OUTPUT_REGEX_FLAGS } from '../runbook/regex.js';

/** How long an author's pattern may take on one output: linear patterns take milliseconds on megabytes. */
export const REGEX_DEADLINE_MS = 2000;

export type BoundedMatch =
  | { kind: 'match'; index: number; groups: (string | undefined)[] }
  | { kind: 'no-match' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'timeout'; ms: number };

// The matching thread: one pattern and text per message; it answers on the port, then raises the flag the caller
// sleeps on. Kept as source so it needs no file of its own next to the bundle.
const MATCHER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, flag } = workerData;
port.on('message', ({ pattern, flags, text }) => {
  let answer;
  try {
    const match = new RegExp(pattern, flags).exec(text);
    answer = match ? { index: match.index, groups: Array.from(match) } : null;
  } catch (error) {
    answer = { error: String(error && error.message) };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
Atomics.store(flag, 1, 1);
Atomics.notify(flag, 1);
`;

interface Matcher {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

let matcher: Matcher | undefined;

function startMatcher(): Matcher {
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(MATCHER_SOURCE, { eval: true, workerData: { port: port2, flag }, transferList: [port2] });
  // Neither keeps the process alive: a runner that is done exits with the thread idle.
  worker.unref();
  port1.unref();
  // Starting a thread takes tens of milliseconds; that is not the pattern's time.
  Atomics.wait(flag, 1, 0, 10_000);
  return { worker, port: port1, flag };
}

/**
 * The first match of an author's pattern (`capture`, `evidence`, a scenario's `expect`) in a command's output,
 * with the output-pattern flags, bounded in time: the match runs in a worker thread while this one waits at most
 * `deadlineMs`, and a pattern that backtracks catastrophically (`(a+)+$` on `aaaa…b`) has its thread terminated
 * and is reported as a timeout instead of freezing the runner. Synchronous, like `RegExp.prototype.exec`.
 */
export function matchBounded(pattern: string, text: string, deadlineMs: number = REGEX_DEADLINE_MS): BoundedMatch {
  const compiled = compileRegex(pattern);
  if (typeof compiled === 'string') return { kind: 'invalid', reason: compiled };
  const current = (matcher ??= startMatcher());
  Atomics.store(current.flag, 0, 0);
  current.port.postMessage({ pattern, flags: OUTPUT_REGEX_FLAGS, text });
  if (Atomics.wait(current.flag, 0, 0, deadlineMs) === 'timed-out') {
    matcher = undefined;
    void current.worker.terminate();
    current.port.close();
    return { kind: 'timeout', ms: deadlineMs };
  }
  const answer = receiveMessageOnPort(current.port)?.message as { index: number; groups: (string | undefined)[] } | { error: string } | null | undefined;
  if (answer === undefined) return { kind: 'timeout', ms: deadlineMs };
  if (answer === null) return { kind: 'no-match' };
  if ('error' in answer) return { kind: 'invalid', reason: answer.error };
  return { kind: 'match', index: answer.index, groups: answer.groups };
}

/** What the journal and reports say about a pattern that ran out of time: where it is, the pattern, the output size. */
export function regexTimeoutMessage(where: string, pattern: string, ms: number, text: string): string {
  return `${where}: /${pattern}/ did not finish within ${ms} ms on ${text.length.toLocaleString('en')} characters of output (catastrophic backtracking?); simplify the pattern, e.g. without nested repetition such as (a+)+`;
}
