import { userInfo } from 'node:os';
import { relative, resolve } from 'node:path';
import { RunbookError, UsageError } from '../errors.js';
import type { LintMessage } from '../lint/result.js';
import { parseRunbook } from '../runbook/parse.js';
import { checkRunbook } from '../runner/check-runbook.js';
import { findRunbook, type FoundRunbook } from '../runner/find-runbook.js';
import type { Prompter } from '../runner/prompts.js';
import type { RunReport } from '../runner/report.js';
import { FAILED } from '../session/status.js';
import { EXIT } from './exit.js';
import { useColor } from './color.js';

/** Flags `run` and `resume` share. */
export interface WalkFlags {
  readOnly?: boolean;
  yes?: boolean;
  confirmMutating?: boolean;
  cause?: string;
  json?: boolean;
  maxOutput?: string;
}

export interface WalkIO {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;

/** A runbook found by id or path and checked for what would stop a walk; its warnings go to stderr. */
export async function loadWalkableRunbook(
  idOrPath: string,
  io: WalkIO,
  options: { shippedDir?: string } = {},
): Promise<{ found: FoundRunbook; runbookData: Record<string, unknown> }> {
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(io.cwd);
  const runbooksDir = relative(io.cwd, resolve(config.dir, config.config.runbooksDir ?? 'runbooks')) || '.';
  const found = findRunbook(idOrPath, { cwd: io.cwd, runbooksDir, ...options });
  const shown = relative(io.cwd, found.path) || found.path;
  if (found.shipped) io.stderr.write(`${runbooksDir} has no \`${idOrPath}\`: using the one shipped with runbook (${found.path})\n`);
  const check = checkRunbook(found.path, found.text);
  const format = (m: LintMessage): string => `${shown}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'}: ${m.message}  ${m.ruleId}`;
  if (check.blocking.length > 0) {
    throw new RunbookError(`${shown} cannot be walked until these are fixed:\n${check.blocking.map(format).join('\n')}`);
  }
  for (const warning of check.warnings) io.stderr.write(`${format(warning)}\n`);
  return { found, runbookData: parseRunbook(found.path, found.text).data as Record<string, unknown> };
}

// Refused before anything is read or written: flags that contradict each other, or prompts nobody can answer.
export function checkWalkFlags(flags: WalkFlags): void {
  if (flags.readOnly && flags.confirmMutating) throw new UsageError('--confirm-mutating cannot be combined with --read-only');
  if (!flags.yes && (flags.confirmMutating || flags.cause)) throw new UsageError('--confirm-mutating and --cause are for unattended runs: add --yes');
  if (!flags.yes && !process.stdin.isTTY) throw new UsageError('stdin is not a terminal, so nobody can answer the prompts: pass --yes for an unattended run');
}

/** The walk-through's screen and prompter: the terminal, or stderr when `--json` keeps stdout for the report. */
export async function walkScreen(flags: WalkFlags, io: WalkIO): Promise<{ prompter: Prompter; output: NodeJS.WriteStream; color: boolean }> {
  const { inquirerPrompter } = await import('../runner/prompts.js');
  const output = flags.json ? io.stderr : io.stdout;
  return { prompter: inquirerPrompter({ output }), output, color: useColor(output) };
}

// Prints the report and picks the exit code. In a walk-through, Ctrl-C during a command stops that command
// only and the walk goes on, so a cancelled step is no failure there.
export function finishWalk(report: RunReport, flags: WalkFlags, io: WalkIO): number {
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.yes) io.stderr.write(summary(report));
  return exitCodeOf(flags.yes ? report : { ...report, steps: report.steps.filter((step) => step.status !== 'cancelled') });
}

/** Runs an unattended walk with Ctrl-C stopping the running command; with nobody to ask what next, the walk then ends, resumable. */
export async function withInterrupt<T>(walk: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.on('SIGINT', onInterrupt);
  try {
    return await walk(controller.signal);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** Who is walking, for the session record. */
export function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

/** The exit code for a finished walk: 0 when every step that ran succeeded, 1 when one failed, 130 when cancelled. */
export function exitCodeOf(report: RunReport): number {
  if (report.steps.some((s) => s.status === 'cancelled')) return EXIT.cancelled;
  return report.steps.some((s) => FAILED.has(s.status)) ? EXIT.findings : EXIT.ok;
}

function summary(report: RunReport): string {
  const lines = report.steps.map((s) => `  ${s.status.padEnd(18)} ${s.id}${s.exitCode !== null && s.exitCode !== 0 ? ` (exit ${s.exitCode})` : ''}`);
  const defaults = Object.entries(report.defaults ?? {});
  const used = defaults.length > 0 ? `values nobody gave, used as they are: ${defaults.map(([name, value]) => `${name}=${value}`).join(', ')}\n` : '';
  return `\nsession ${report.session}: ${report.outcome}${report.cause ? `, cause ${report.cause}` : ''}\n${used}${lines.join('\n')}\n`;
}
