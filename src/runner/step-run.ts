/**
 * Runs one step's command and journals it: `step-started`, the command, `step-finished`, and a
 * `variables-set` (source `capture`) for what its `capture` patterns found, and `secrets-learned` for the values
 * a step reading Secret data printed. Shared by both walks.
 */
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCommand, readsSecretData } from '../kube/index.js';
import { runCommand, type RunCommandResult } from './exec.js';
import { stepOutputFile } from '../session/files.js';
import type { SessionRecord } from '../session/record.js';
import type { PlannedStep } from '../session/events.js';
import type { RefusedRequest } from './read-only-proxy.js';
import type { StepRunStatus } from '../session/events.js';
import { learnSecretValues } from './secret-values.js';
import { applyCapture } from './variables.js';

export interface ExecuteStepOptions {
  record: SessionRecord;
  step: PlannedStep;
  /** The command with values filled in. */
  command: string;
  attempt: number;
  maxOutputBytes: number;
  env?: Record<string, string>;
  signal?: AbortSignal;
  onOutput?: (chunk: Uint8Array) => void;
  /** Read the stored output back (for evidence); captures always do. Off spares reading a huge output. */
  readOutput?: boolean;
  /** The walk runs with `--read-only`: every step goes through the read-only guard, not only diagnosis steps. */
  readOnly?: boolean;
}

export interface ExecutedStep {
  result: RunCommandResult;
  status: Exclude<StepRunStatus, 'interrupted'>;
  /** The stored output (or, for a sensitive step, the output it had before it was deleted). */
  output: string;
  /** Relative to the session folder; null for a sensitive step. */
  outputFile: string | null;
  durationMs: number;
  /** What the step's `capture` patterns found (already journaled). */
  captured: Record<string, string>;
  /** Requests the read-only guard refused (already journaled and added to the output). */
  refused: RefusedRequest[];
}

/**
 * Whether a command could reach the cluster: it runs kubectl, oc or helm, or something the classifier cannot
 * vouch for (which might run any of them). A line of known read-only tools (`true`, `grep`, `date`) cannot,
 * and is spared the guard's start-up.
 */
function mayReachCluster(command: string): boolean {
  const classification = classifyCommand(command);
  return classification.safety === 'mutating' || classification.commands.some((c) => c.kubectl !== undefined || c.program === 'helm');
}

function refusalLines(refused: readonly RefusedRequest[]): string {
  return refused.map((r) => `runbook: the read-only guard refused ${r.method} ${r.path} (${r.reason})\n`).join('');
}

/** How a finished command reads in a report. */
export function statusOf(result: RunCommandResult): ExecutedStep['status'] {
  if (result.cancelled) return 'cancelled';
  if (result.timedOut) return 'timed-out';
  return result.exitCode === 0 ? 'ok' : 'failed';
}

// One attempt of one step, journaled before and after; a failed command is data, not an exception.
export async function executeStep(options: ExecuteStepOptions): Promise<ExecutedStep> {
  const { record, step, command, attempt } = options;
  const relative = stepOutputFile(step.position, step.id, attempt);
  // Each line is written before the runner moves on, so a crash of the process loses nothing. A read-only
  // step's lines reach the disk in the background, while the walk goes on: were the whole machine to crash
  // before they do, resume would run the step again, which gives back all that the lost lines held (its output file
  // is never flushed, so its result could not be trusted without a rerun anyway). A change is on disk before
  // it is made, and every `now` line (a capture, learned secrets, a change, a chosen cause) flushes all the
  // lines before it: nothing is decided on a result that could still be lost.
  const flush = step.kind === 'read-only' ? 'soon' : 'now';
  record.append({ type: 'step-started', step: step.id, phase: step.phase, title: step.title, command, attempt, position: step.position }, flush);
  // Diagnosis steps, and every step of a --read-only walk, reach the cluster only through the read-only guard.
  const guarded = (step.phase === 'diagnosis' || options.readOnly === true) && mayReachCluster(command);
  // Loaded on first use: a walk of plain tools never loads the proxy's HTTP(S) code.
  const guard = guarded ? await (await import('./read-only-guard.js')).startReadOnlyGuard({ ...process.env, ...options.env }) : undefined;
  let result: RunCommandResult;
  try {
    const env = guard ? { ...options.env, ...guard.env } : options.env;
    result = await runCommand({
      command,
      timeoutMs: step.timeoutMs,
      outputFile: join(record.dir, relative),
      maxOutputBytes: options.maxOutputBytes,
      ...(env ? { env } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onOutput ? { onOutput: options.onOutput } : {}),
    });
  } finally {
    await guard?.close();
  }
  const refused = guard?.refused ?? [];
  if (refused.length > 0) {
    const lines = refusalLines(refused);
    appendFileSync(result.outputFile, lines);
    options.onOutput?.(Buffer.from(lines));
  }
  const readsSecrets = readsSecretData(command);
  // Read back only when something needs it: a step may have printed gigabytes (the stored copy is capped).
  const output = options.readOutput !== false || step.capture || readsSecrets ? readFileSync(result.outputFile, 'utf8') : '';
  // A sensitive step's output feeds evidence and captures in memory, and is never kept.
  if (step.sensitive) rmSync(result.outputFile, { force: true });
  const status = statusOf(result);
  const durationMs = Math.round(result.durationMs);
  const outputFile = step.sensitive ? null : relative;
  record.append({
    type: 'step-finished',
    step: step.id,
    attempt,
    status,
    exitCode: result.exitCode,
    signal: result.signal,
    durationMs,
    outputFile,
    bytes: result.bytes,
    truncated: result.truncated,
    ...(refused.length > 0 ? { refusedRequests: refused.map((r) => ({ ...r })) } : {}),
  }, refused.length > 0 ? 'now' : flush);
  // Whatever such a step printed is a secret wherever else it shows up: the bundle scrubs it from every file.
  const learned = readsSecrets ? learnSecretValues(output) : [];
  if (learned.length > 0) record.append({ type: 'secrets-learned', step: step.id, values: learned });
  const problems: string[] = [];
  const captured = applyCapture(step.capture, output, problems);
  for (const text of problems) record.append({ type: 'note', step: step.id, text });
  if (Object.keys(captured).length > 0) {
    record.append({ type: 'variables-set', values: captured, sources: Object.fromEntries(Object.keys(captured).map((name) => [name, 'capture' as const])) });
  }
  return { result, status, output, outputFile, durationMs, captured, refused };
}
