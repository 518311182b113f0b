import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BundleAnswer, BundleFailure, BundleTask } from '../bundle/bundle-worker.js';
import type { BundleOptions } from '../bundle/create-bundle.js';
import { CancelledError, ConfigError, InputError, RunbookError, UsageError } from '../errors.js';
import { runbookHome } from '../session/home.js';
import { VERSION } from '../version.js';
import { parseSize } from './size.js';

export interface BundleFlags {
  output?: string;
  print?: boolean;
  /** Commander sets this false for `--no-redact`. */
  redact?: boolean;
  iUnderstandThisLeaksSecrets?: boolean;
  redactValue?: string[];
  maxSize?: string;
  maxFileSize?: string;
}

export interface BundleIO {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The confirmation `--no-redact` needs, spelled out so nobody ships secrets by habit. */
export const LEAK_FLAG = '--i-understand-this-leaks-secrets';

/** `runbook bundle [session]`: writes the escalation bundle (or, with `--print`, prints its SUMMARY.md). */
export async function bundleCommand(sessionId: string | undefined, flags: BundleFlags, io: BundleIO): Promise<number> {
  const redact = flags.redact !== false;
  if (!redact && !flags.iUnderstandThisLeaksSecrets) {
    throw new UsageError(`--no-redact ships every secret the session saw to whoever gets the bundle; add ${LEAK_FLAG} if that is really what you want`);
  }
  if (redact && flags.iUnderstandThisLeaksSecrets) throw new UsageError(`${LEAK_FLAG} only goes with --no-redact`);
  if (flags.print && flags.output !== undefined) throw new UsageError('--print writes SUMMARY.md to stdout and no archive: drop -o');
  const maxTotalBytes = flags.maxSize === undefined ? undefined : parseSize('--max-size', flags.maxSize);
  const maxFileBytes = flags.maxFileSize === undefined ? undefined : parseSize('--max-file-size', flags.maxFileSize);
  const options = {
    ...(await bundleOptions(io.cwd, redact, flags.redactValue ?? [])),
    ...(sessionId !== undefined ? { sessionId } : {}),
    ...(flags.output !== undefined ? { output: flags.output } : {}),
    ...(maxTotalBytes !== undefined ? { maxTotalBytes } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  };
  const answer = await bundleInWorker({ options, print: flags.print === true });
  if ('summary' in answer) {
    io.stdout.write(answer.summary);
    return 0;
  }
  const { result } = answer;
  const shown = relative(io.cwd, result.path) || result.path;
  io.stdout.write(`${shown.startsWith('..') ? result.path : shown}\n`);
  const cut = result.files.filter((f) => f.truncated).length;
  const notes = [
    result.redaction ? `${result.redacted} value${result.redacted === 1 ? '' : 's'} redacted` : 'NOT REDACTED',
    cut > 0 ? `${cut} output${cut === 1 ? '' : 's'} cut to head and tail` : '',
    result.leftOut.length > 0 ? `${result.leftOut.length} file${result.leftOut.length === 1 ? '' : 's'} left out (see SUMMARY.md)` : '',
  ].filter(Boolean);
  io.stderr.write(`Wrote the escalation bundle for session ${result.sessionId} (${formatBytes(result.bytes)}): ${notes.join(', ')}\n`);
  return 0;
}

const CANCELLED = 'Cancelled; no bundle was written';

/**
 * Builds (and writes) the bundle in a worker thread, so that SIGINT and SIGTERM are acted on at once, even while
 * redaction keeps that thread busy: the thread is terminated, the temporary archive removed, and the command ends
 * with a cancellation (exit 130, or 143 for SIGTERM). Run from the sources (no built worker), it works in this thread.
 */
async function bundleInWorker(task: BundleTask): Promise<Exclude<BundleAnswer, { error: unknown }>> {
  const workerFile = new URL('./bundle-worker.js', import.meta.url);
  if (!existsSync(workerFile)) {
    const { buildBundle, writeBundle } = await import('../bundle/create-bundle.js');
    return withCancel(async (signal) => (task.print ? { summary: (await buildBundle({ ...task.options, signal })).summary } : { result: await writeBundle({ ...task.options, signal }) }));
  }
  // The bundle code loads in the thread only: this one just waits, and acts on signals.
  const { archiveFolder } = await import('../bundle/archive-folder.js');
  const folder = archiveFolder(task.options.cwd, task.options.output);
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(workerFile, { workerData: task });
  let stopping: Promise<never> | undefined;
  const stop = (signal: 'SIGINT' | 'SIGTERM'): Promise<never> =>
    (stopping ??= worker.terminate().then(() => {
      removeTemporaryArchives(folder);
      throw new CancelledError(CANCELLED, signal);
    }));
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined;
  const signalled = new Promise<never>((_resolve, reject) => {
    onSignal = (signal) => stop(signal === 'SIGTERM' ? 'SIGTERM' : 'SIGINT').catch(reject);
  });
  process.on('SIGINT', onSignal!);
  process.on('SIGTERM', onSignal!);
  try {
    const answer = await Promise.race([
      signalled,
      new Promise<BundleAnswer>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        // Terminated by a signal, the thread exits first: the cancellation is the answer then.
        worker.once('exit', (code) => stopping === undefined && reject(new Error(`the bundle thread stopped (exit code ${code}) before it answered`)));
      }),
    ]);
    if ('error' in answer) throw reviveError(answer.error);
    return answer;
  } finally {
    process.off('SIGINT', onSignal!);
    process.off('SIGTERM', onSignal!);
    void worker.terminate();
  }
}

/** The temporary archives this process was writing in `folder` (`.<name>.<pid>.<random>.tmp`, see write-archive.ts). */
function removeTemporaryArchives(folder: string): void {
  const own = new RegExp(`^\\..+\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (own.test(name)) rmSync(join(folder, name), { force: true });
}

/** The worker's error as the typed error it was, so it maps to the same exit code and message. */
function reviveError({ name, message, stack, problem }: BundleFailure): Error {
  if (problem) return new InputError(problem);
  const types: Record<string, new (message: string) => Error> = { UsageError, ConfigError, CancelledError, RunbookError };
  const error = new (types[name] ?? Error)(message);
  if (!types[name] && stack) error.stack = stack;
  return error;
}

// What every bundle takes from the environment: the sessions folder, and redaction with the config's extras.
async function bundleOptions(cwd: string, redact: boolean, extraValues: readonly string[]): Promise<BundleOptions> {
  const { loadConfig } = await import('../config/load.js');
  const settings = loadConfig(cwd).config.redact ?? {};
  return {
    home: runbookHome(),
    cwd,
    redaction: { enabled: redact, values: [...(settings.values ?? []), ...extraValues], patterns: settings.patterns ?? [] },
    toolVersion: VERSION,
  };
}

/** Writes a session's bundle with every default (redaction on, the config's extras, the current folder); returns its path. */
export async function bundleSession(sessionId: string, cwd: string): Promise<string> {
  const { writeBundle } = await import('../bundle/create-bundle.js');
  const options = await bundleOptions(cwd, true, []);
  return withCancel(async (signal) => (await writeBundle({ ...options, sessionId, signal })).path);
}

// In this thread (the walk's offer to bundle, or a run from the sources), Ctrl-C stops the bundle at its next check
// and removes the half-written archive, instead of killing the process mid-write; SIGTERM then exits 143.
async function withCancel<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let received: 'SIGINT' | 'SIGTERM' = 'SIGINT';
  const onInterrupt = (signal: NodeJS.Signals): void => {
    received = signal === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    return await task(controller.signal);
  } catch (error) {
    if (error instanceof CancelledError && controller.signal.aborted) throw new CancelledError(error.message, received);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
