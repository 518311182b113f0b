import { readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { relative, resolve } from 'node:path';
import { RunbookError, UsageError } from '../errors.js';
import { currentContext, looksLikeProduction, matchesContexts, type KubeContext } from '../kube/context.js';
import type { LintMessage } from '../lint/result.js';
import { parseRunbook } from '../runbook/parse.js';
import { checkRunbook } from '../runner/check-runbook.js';
import { findRunbook } from '../runner/find-runbook.js';
import { runbookHome } from '../runner/session-home.js';
import { exitCodeOf, runUnattended, type RunReport } from '../runner/unattended.js';
import { labelsFromAlert, parseVarFlags } from '../runner/variables.js';
import { VERSION } from '../version.js';
import { useColor } from './color.js';
import { parseSize } from './size.js';

export interface RunCommandFlags {
  var?: string[];
  alert?: string;
  readOnly?: boolean;
  yes?: boolean;
  confirmMutating?: boolean;
  cause?: string;
  json?: boolean;
  maxOutput?: string;
}

const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;

/** `runbook run <id|path>`: checks the runbook, then walks it; returns the exit code. */
export async function runCommand(idOrPath: string, flags: RunCommandFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  if (flags.readOnly && flags.confirmMutating) throw new UsageError('--confirm-mutating cannot be combined with --read-only');
  if (!flags.yes && (flags.confirmMutating || flags.cause)) throw new UsageError('--confirm-mutating and --cause are for unattended runs: add --yes');
  if (!flags.yes && !process.stdin.isTTY) throw new UsageError('stdin is not a terminal, so nobody can answer the prompts: pass --yes for an unattended run');
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(io.cwd);
  const found = findRunbook(idOrPath, { cwd: io.cwd, runbooksDir: config.config.runbooksDir ?? 'runbooks' });
  const shown = relative(io.cwd, found.path) || found.path;
  const check = checkRunbook(found.path, found.text);
  const format = (m: LintMessage) => `${shown}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'}: ${m.message}  ${m.ruleId}`;
  if (check.blocking.length > 0) {
    throw new RunbookError(`${shown} cannot be walked until these are fixed:\n${check.blocking.map(format).join('\n')}`);
  }
  for (const warning of check.warnings) io.stderr.write(`${format(warning)}\n`);

  const kube = await currentContext();
  const runbookData = parseRunbook(found.path, found.text).data as Record<string, unknown>;
  const alert = flags.alert === undefined ? undefined : { file: flags.alert, labels: labelsFromAlert(readJson(flags.alert, io.cwd), flags.alert) };
  const controller = new AbortController();
  // Ctrl-C stops the running command; with nobody to ask what next, the walk then ends, resumable.
  const onInterrupt = (): void => controller.abort();
  process.on('SIGINT', onInterrupt);
  const common = {
    runbook: runbookData,
    runbookPath: found.path,
    runbookText: found.text,
    home: runbookHome(),
    vars: parseVarFlags(flags.var ?? []),
    ...(alert ? { alert } : {}),
    readOnly: flags.readOnly === true,
    maxOutputBytes: flags.maxOutput === undefined ? DEFAULT_MAX_OUTPUT : parseSize('--max-output', flags.maxOutput),
    kube,
    operator: operatorName(),
    host: hostname(),
    version: VERSION,
  };
  let report: RunReport;
  if (!flags.yes) {
    const [{ runInteractive }, { inquirerPrompter }] = await Promise.all([import('../runner/interactive.js'), import('../runner/prompts.js')]);
    // The walk-through is the screen: prompts and live output go to the terminal; `--json` keeps stdout for the report.
    const screen = flags.json ? io.stderr : io.stdout;
    report = await runInteractive({ ...common, prompter: inquirerPrompter({ output: screen }), output: screen, color: useColor(screen) });
  } else {
    io.stderr.write(`${contextLine(kube, Array.isArray(runbookData.contexts) ? runbookData.contexts.map(String) : undefined)}\n`);
    const controller = new AbortController();
    // Ctrl-C stops the running command; with nobody to ask what next, the walk then ends, resumable.
    const onInterrupt = (): void => controller.abort();
    process.on('SIGINT', onInterrupt);
    try {
      report = await runUnattended({
        ...common,
        confirmMutating: flags.confirmMutating === true,
        ...(flags.cause ? { cause: flags.cause } : {}),
        signal: controller.signal,
        ...(flags.json ? {} : { onOutput: (chunk: Uint8Array) => io.stderr.write(chunk) }),
      });
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  }
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.yes) io.stderr.write(summary(report));
  // In a walk-through, Ctrl-C during a command stops that command only: the walk went on, so it is no failure.
  return exitCodeOf(flags.yes ? report : { ...report, steps: report.steps.filter((step) => step.status !== 'cancelled') });
}

/** The context line every walk starts with: loud for production, and a warning outside the runbook's contexts. */
function contextLine(kube: KubeContext, contexts: string[] | undefined): string {
  if (!kube.name) return `kube context: none (${kube.problem ?? 'not set'}); kubectl commands will fail`;
  const lines = [`kube context: ${looksLikeProduction(kube.name) ? `!! ${kube.name} (PRODUCTION) !!` : kube.name}, namespace ${kube.namespace}`];
  if (!matchesContexts(kube.name, contexts)) lines.push(`warning: this runbook is meant for contexts ${contexts!.join(', ')}, not ${kube.name}`);
  return lines.join('\n');
}

function readJson(file: string, cwd: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

export function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

export function summary(report: RunReport): string {
  const lines = report.steps.map((s) => `  ${s.status.padEnd(18)} ${s.id}${s.exitCode !== null && s.exitCode !== 0 ? ` (exit ${s.exitCode})` : ''}`);
  return `\nsession ${report.session}: ${report.outcome}${report.cause ? `, cause ${report.cause}` : ''}\n${lines.join('\n')}\n`;
}
