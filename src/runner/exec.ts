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

/** Both ends of a step's own FIFO, and how to give it back once the step is over. */
interface StepFifo {
  /** Non-blocking, for this process. */
  readFd: number;
  /** For the command. */
  writeFd: number;
  /** `drained`: the read end saw end-of-file, so nothing holds the FIFO open to write any more. */
  release(drained: boolean): void;
}

/**
 * FIFOs for step output, made ahead. Node cannot make a FIFO itself, and one `mkfifo` process per step cost
 * more than the step's own shell. Each is opened at once and its folder removed, so nothing is left on disk
 * even when the process dies, and no other process can open it by name.
 *
 * A step has a FIFO to itself. On Linux one is used again by a later step when its read end saw end-of-file:
 * then no process holds it open to write, and none can open it again, so nothing left from an earlier step can
 * write into a later step's output; a FIFO that something might still hold is closed and never used again.
 * Elsewhere both ends are opened up front (a FIFO without a name cannot be opened again), and every step takes
 * a fresh one from batches of 16 to 64.
 */
let reopensFifos = process.platform === 'linux' && existsSync('/proc/self/fd');
const REUSED_FIFO_BATCH = 2;
const FIRST_FIFO_BATCH = 16;
const MAX_FIFO_BATCH = 64;
/** Linux: the read ends, opened non-blocking, that keep idle FIFOs alive. */
const idleFifos: number[] = [];
/** Elsewhere: both ends of FIFOs no step has used. */
let unusedFifos: { readFd: number; writeFd: number }[] = [];
let nextBatchSize = FIRST_FIFO_BATCH;

/** Makes `count` FIFOs (0600, in a 0700 folder of their own) and opens each with `open` before the folder goes. */
function makeFifos<T>(count: number, open: (path: string) => T, close: (opened: T) => void): T[] {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-output-'));
  const opened: T[] = [];
  try {
    const names = Array.from({ length: count }, (_, i) => join(dir, String(i)));
    execFileSync('mkfifo', ['-m', '600', ...names]);
    for (const name of names) opened.push(open(name));
    return opened;
  } catch (error) {
    for (const fifo of opened) close(fifo);
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function openEnds(path: string): { readFd: number; writeFd: number } {
  // With a reader open, opening to write does not block.
  const readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return { readFd, writeFd: openSync(path, constants.O_WRONLY) };
  } catch (error) {
    closeSync(readFd);
    throw error;
  }
}

function closeEnds(ends: { readFd: number; writeFd: number }): void {
  closeSync(ends.readFd);
  closeSync(ends.writeFd);
}

function takeFifo(): StepFifo {
  if (!reopensFifos) {
    if (unusedFifos.length === 0) {
      unusedFifos = makeFifos(nextBatchSize, openEnds, closeEnds);
      nextBatchSize = Math.min(MAX_FIFO_BATCH, nextBatchSize * 2);
    }
    const ends = unusedFifos.pop() as { readFd: number; writeFd: number };
    return { ...ends, release: () => undefined };
  }
  if (idleFifos.length === 0) {
    idleFifos.push(...makeFifos(REUSED_FIFO_BATCH, (path) => openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), closeSync));
  }
  const keeper = idleFifos.pop() as number;
  let ends: { readFd: number; writeFd: number };
  try {
    ends = openEnds(`/proc/self/fd/${keeper}`);
  } catch {
    // A /proc that does not allow it (a hardened mount): fresh FIFOs for every step from now on.
    closeSync(keeper);
    for (const idle of idleFifos.splice(0)) closeSync(idle);
    reopensFifos = false;
    return takeFifo();
  }
  return { ...ends, release: (drained) => (drained ? idleFifos.push(keeper) : closeSync(keeper)) };
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
  let fifo: StepFifo | undefined;
  let child: ChildProcess;
  try {
    fifo = takeFifo();
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
    if (fifo) {
      closeSync(fifo.readFd);
      fifo.release(false);
    }
    await capture.close().catch(() => undefined);
    throw error;
  }
  const { readFd } = fifo;
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  if (pid === undefined) {
    // The shell itself could not start (a missing cwd, no processes left): not the command's doing.
    const error = await spawnError;
    closeSync(readFd);
    fifo.release(false);
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
  fifo.release(reader.readableEnded);
  if (paused) resume();

  const result = await finish({ exitCode: exit[0], signal: exit[1], timedOut, cancelled });
  if (callbackError !== undefined) throw callbackError;
  return result;
}
