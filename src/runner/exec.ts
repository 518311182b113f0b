/**
 * Runs one step's command line: in its own process group, stdin closed, output streamed live and
 * captured (bounded) to a 0600 file, stopped with its whole tree on timeout or abort (TERM, then KILL).
 * A failed, killed or missing command is data in the result; only internal failures throw.
 *
 * Built on node:child_process rather than execa: execa's `timeout`, `cancelSignal` and
 * `forceKillAfterDelay` all signal the shell's pid only, which leaves its children running, and
 * every byte of a 1 GiB output would pass through its stream plumbing, which we only need raw.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { OutputCapture } from './output-capture.js';
import { groupAlive, signalGroup } from './process-group.js';

export interface RunCommandOptions {
  /** The complete shell command line; every operator-supplied value in it is already shell-quoted. */
  command: string;
  cwd?: string;
  /** Extra environment (e.g. KUBECONFIG for a drill); merged over process.env. */
  env?: Record<string, string>;
  timeoutMs: number;
  /** Aborting stops this command only (Ctrl-C during a command); the caller carries on. */
  signal?: AbortSignal;
  /** Where the captured output goes (stdout and stderr interleaved in arrival order), created with mode 0600. */
  outputFile: string;
  /** Stored output cap in bytes: keep the first and last half, and put one marker line between them saying how many bytes were cut. */
  maxOutputBytes: number;
  /** Live output for the terminal, called for every chunk as it arrives (unbounded: the terminal sees all of it). */
  onOutput?: (chunk: Uint8Array, stream: 'stdout' | 'stderr') => void;
  /** Grace period between SIGTERM and SIGKILL when stopping (default 2000 ms). */
  killGraceMs?: number;
}

export interface RunCommandResult {
  /** null when killed by a signal. */
  exitCode: number | null;
  /** e.g. 'SIGTERM'. */
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  durationMs: number;
  /** Total bytes the command printed, and whether bytes were cut from the stored file. */
  bytes: number;
  truncated: boolean;
  outputFile: string;
}

/**
 * The shell that runs command lines. Bash when the machine has it: the classifier in `src/kube/` reads
 * command lines as bash does (`&>`, `|&`, `<<<`, `$'...'`, `<(...)`), and POSIX sh reads some of those
 * differently (`cmd &> f` is "cmd in the background, then truncate f"). /bin/sh otherwise.
 */
export const RUNNER_SHELL: string = ['/bin/bash', '/usr/bin/bash'].find((path) => existsSync(path)) ?? '/bin/sh';

export const DEFAULT_KILL_GRACE_MS = 2000;
/** How often a stopping group is checked for survivors. */
const POLL_MS = 20;
/** After the shell exits, how long what it left behind may keep the output open before it is stopped. */
const LINGER_MS = 250;
/** After the group is gone, how long to wait for pipes held open by a process that left the group. */
const PIPE_CLOSE_MS = 1000;

function delay(ms: number): { promise: Promise<void>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Waits for `promise` at most `ms`; true if it settled in time. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const timer = delay(ms);
  try {
    return await Promise.race([promise.then(() => true), timer.promise.then(() => false)]);
  } finally {
    timer.cancel();
  }
}

// Runs one command line to the end (or until stopped) and reports what happened; see the module comment.
export async function runCommand(options: RunCommandOptions): Promise<RunCommandResult> {
  const capture = await OutputCapture.create(options.outputFile, options.maxOutputBytes);
  const started = performance.now();
  const finish = async (fields: Pick<RunCommandResult, 'exitCode' | 'signal' | 'timedOut' | 'cancelled'>): Promise<RunCommandResult> => {
    const summary = await capture.close();
    return { ...fields, durationMs: performance.now() - started, bytes: summary.bytes, truncated: summary.truncated, outputFile: options.outputFile };
  };

  // Cancelled before it started: it never runs.
  if (options.signal?.aborted) return finish({ exitCode: null, signal: null, timedOut: false, cancelled: true });

  let child: ChildProcess;
  try {
    child = spawn(RUNNER_SHELL, ['-c', options.command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    await capture.close().catch(() => undefined);
    throw error;
  }
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  if (pid === undefined) {
    // The shell itself could not start (a missing cwd, no processes left): not the command's doing.
    const error = await spawnError;
    await capture.close().catch(() => undefined);
    throw error;
  }
  const { stdout, stderr } = child;
  if (!stdout || !stderr) {
    signalGroup(pid, 'SIGKILL');
    throw new Error('runCommand: the child has no output pipes');
  }

  let callbackError: unknown;
  let paused = false;
  const pipes = [stdout, stderr];
  const resume = (): void => {
    paused = false;
    for (const pipe of pipes) pipe.resume();
  };
  const onChunk = (name: 'stdout' | 'stderr') => (chunk: Buffer) => {
    if (!capture.write(chunk) && !paused) {
      // Backpressure: the file is behind, so the child waits on a full pipe instead of us buffering.
      paused = true;
      for (const pipe of pipes) pipe.pause();
      capture.onDrain(resume);
    }
    if (options.onOutput && callbackError === undefined) {
      try {
        options.onOutput(chunk, name);
      } catch (error) {
        callbackError = error;
      }
    }
  };
  stdout.on('data', onChunk('stdout'));
  stderr.on('data', onChunk('stderr'));
  const pipesClosed = Promise.all(pipes.map((pipe) => new Promise<void>((resolve) => pipe.once('close', () => resolve()))));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));

  // TERM to the whole group, then KILL when anything is still running after the grace period.
  const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      signalGroup(pid, 'SIGTERM');
      const deadline = performance.now() + grace;
      while (performance.now() < deadline) {
        if (!groupAlive(pid)) return;
        await delay(Math.min(POLL_MS, Math.max(1, deadline - performance.now()))).promise;
      }
      if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    })());

  let timedOut = false;
  let cancelled = false;
  const timer = setTimeout(() => {
    if (cancelled) return;
    timedOut = true;
    void stop();
  }, options.timeoutMs);
  const onAbort = (): void => {
    if (timedOut) return;
    cancelled = true;
    void stop();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let exit: [number | null, NodeJS.Signals | null];
  try {
    exit = await exited;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  // The step ends with its shell: whatever it left running in its group is stopped too.
  if (!stopping) await within(pipesClosed, LINGER_MS);
  if (stopping || groupAlive(pid)) await stop();
  if (!(await within(pipesClosed, PIPE_CLOSE_MS))) {
    // A process that left the group (setsid) still holds the pipes: stop reading rather than hang.
    for (const pipe of pipes) pipe.destroy();
    await pipesClosed;
  }
  if (paused) resume();

  const result = await finish({ exitCode: exit[0], signal: exit[1], timedOut, cancelled });
  if (callbackError !== undefined) throw callbackError;
  return result;
}
