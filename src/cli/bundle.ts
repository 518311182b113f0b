import { relative } from 'node:path';
import type { BundleOptions } from '../bundle/create-bundle.js';
import { UsageError } from '../errors.js';
import { runbookHome } from '../runner/session-home.js';
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
  const { buildBundle, writeBundle } = await import('../bundle/create-bundle.js');
  const options = {
    ...(await bundleOptions(io.cwd, redact, flags.redactValue ?? [])),
    ...(sessionId !== undefined ? { sessionId } : {}),
    ...(flags.output !== undefined ? { output: flags.output } : {}),
    ...(maxTotalBytes !== undefined ? { maxTotalBytes } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  };
  return withCancel(async (signal) => {
    if (flags.print) {
      io.stdout.write((await buildBundle({ ...options, signal })).summary);
      return 0;
    }
    const result = await writeBundle({ ...options, signal });
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
  });
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

// Ctrl-C stops the bundle and removes the half-written archive, instead of killing the process mid-write.
async function withCancel<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    return await task(controller.signal);
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
