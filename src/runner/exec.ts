/**
 * Runs one step's command line: in its own process group, stdin closed, output streamed live and
 * captured (bounded) to a 0600 file, stopped with its whole tree on timeout or abort (TERM, then KILL).
 * A failed, killed or missing command is data in the result; only internal failures throw.
 *
 * Built on node:child_process rather than execa: execa's `timeout`, `cancelSignal` and
 * `forceKillAfterDelay` all signal the shell's pid only, which leaves its children running, and
 * every byte of a 1 GiB output would pass through its stream plumbing, which we only need raw.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** Live output for the terminal (stdout and stderr as the command interleaved them), called for every chunk as it arrives. */
  onOutput?: (chunk: Uint8Array) => void;
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
/**
 * One read from a command's output, shared by every read of every command: each read is consumed (copied to
 * the file, the tail and the live view) before the next one can land in it, so commands running at the same
 * time can share it too, and a step allocates nothing for it.
 */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);
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

/**
 * FIFOs for step output, made ahead in batches. Node cannot make a FIFO itself, and one `mkfifo` process per
 * step cost more than the step's own shell; a batch costs one such process for up to MAX_FIFO_BATCH steps.
 * Both ends of every FIFO are opened at once and its folder removed, so nothing is left on disk even when the
 * process dies, and no other process can open them. Every step still gets a FIFO of its own, closed when the
 * step is over: whatever a step left holding its FIFO can never write into a later step's output.
 * Batches grow from one that fits most runbooks; at most 2 × MAX_FIFO_BATCH descriptors are held.
 */
const FIRST_FIFO_BATCH = 16;
const MAX_FIFO_BATCH = 64;
let unusedFifos: { readFd: number; writeFd: number }[] = [];
let nextBatchSize = FIRST_FIFO_BATCH;

/** Both ends of a fresh FIFO: the read end non-blocking, for this process; the write end for the command. */
function takeFifo(): { readFd: number; writeFd: number } {
  if (unusedFifos.length === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-output-'));
    const opened: { readFd: number; writeFd: number }[] = [];
    try {
      const names = Array.from({ length: nextBatchSize }, (_, i) => join(dir, String(i)));
      execFileSync('mkfifo', ['-m', '600', ...names]);
      for (const name of names) {
        const readFd = openSync(name, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
          opened.push({ readFd, writeFd: openSync(name, constants.O_WRONLY) });
        } catch (error) {
          closeSync(readFd);
          throw error;
        }
      }
    } catch (error) {
      for (const fifo of opened) {
        closeSync(fifo.readFd);
        closeSync(fifo.writeFd);
      }
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    unusedFifos = opened.reverse();
    nextBatchSize = Math.min(MAX_FIFO_BATCH, nextBatchSize * 2);
  }
  return unusedFifos.pop() as { readFd: number; writeFd: number };
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

  // The command writes into a FIFO (see takeFifo) that this process reads with one reused buffer: a step that prints
  // gigabytes then allocates nothing per read (a plain pipe allocates a new buffer for every 64 KiB).
  // stdout and stderr share it, which also keeps them in the order they were written.
  let readFd: number | undefined;
  let child: ChildProcess;
  try {
    const fifo = takeFifo();
    readFd = fifo.readFd;
    try {
      child = spawn(RUNNER_SHELL, ['-c', options.command], {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        detached: true,
        stdio: ['ignore', fifo.writeFd, fifo.writeFd],
      });
    } finally {
      closeSync(fifo.writeFd);
    }
  } catch (error) {
    if (readFd !== undefined) closeSync(readFd);
    await capture.close().catch(() => undefined);
    throw error;
  }
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  if (pid === undefined) {
    // The shell itself could not start (a missing cwd, no processes left): not the command's doing.
    const error = await spawnError;
    closeSync(readFd);
    await capture.close().catch(() => undefined);
    throw error;
  }

  let callbackError: unknown;
  let paused = false;
  const reader: Socket = new Socket({
    fd: readFd,
    readable: true,
    writable: false,
    onread: {
      buffer: READ_BUFFER,
      callback: (bytes: number, buffer: Uint8Array): boolean => {
        const chunk = buffer.subarray(0, bytes);
        const ok = capture.write(chunk);
        if (options.onOutput && callbackError === undefined) {
          try {
            // A copy: the read buffer is reused as soon as this returns.
            options.onOutput(Buffer.from(chunk));
          } catch (error) {
            callbackError = error;
          }
        }
        if (ok) return true;
        // Backpressure: the file is behind, so the command waits on a full FIFO instead of us buffering.
        paused = true;
        capture.onDrain(resume);
        return false;
      },
    },
  });
  const resume = (): void => {
    paused = false;
    reader.resume();
  };
  const pipesClosed = new Promise<void>((resolve) => reader.once('close', () => resolve()));
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
    reader.destroy();
    await pipesClosed;
  }
  if (paused) resume();

  const result = await finish({ exitCode: exit[0], signal: exit[1], timedOut, cancelled });
  if (callbackError !== undefined) throw callbackError;
  return result;
}
