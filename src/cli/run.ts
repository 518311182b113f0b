import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { relative, resolve } from 'node:path';
import { RunbookError, UsageError } from '../errors.js';
import { currentContext, looksLikeProduction, matchesContexts, type KubeContext } from '../kube/context.js';
import type { LintMessage } from '../lint/result.js';
import { parseRunbook } from '../runbook/parse.js';
import { checkRunbook } from '../runner/check-runbook.js';
import { findRunbook } from '../runner/find-runbook.js';
import { runbookHome } from '../runner/session-home.js';
import { runUnattended } from '../runner/unattended.js';
import { labelsFromAlert, parseVarFlags } from '../runner/variables.js';
import { VERSION } from '../version.js';
import { parseSize } from './size.js';
import { checkWalkFlags, DEFAULT_MAX_OUTPUT, finishWalk, operatorName, walkScreen, withInterrupt, type WalkFlags, type WalkIO } from './walk.js';

export interface RunCommandFlags extends WalkFlags {
  var?: string[];
  alert?: string;
}

/** `runbook run <id|path>`: checks the runbook, then walks it; returns the exit code. */
export async function runCommand(idOrPath: string, flags: RunCommandFlags, io: WalkIO): Promise<number> {
  checkWalkFlags(flags);
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
  if (!flags.yes) {
    const { runInteractive } = await import('../runner/interactive.js');
    return finishWalk(await runInteractive({ ...common, ...(await walkScreen(flags, io)) }), flags, io);
  }
  io.stderr.write(`${contextLine(kube, Array.isArray(runbookData.contexts) ? runbookData.contexts.map(String) : undefined)}\n`);
  const report = await withInterrupt((signal) =>
    runUnattended({
      ...common,
      confirmMutating: flags.confirmMutating === true,
      ...(flags.cause ? { cause: flags.cause } : {}),
      signal,
      ...(flags.json ? {} : { onOutput: (chunk: Uint8Array) => io.stderr.write(chunk) }),
    }),
  );
  return finishWalk(report, flags, io);
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

