import { hostname } from 'node:os';
import { relative } from 'node:path';
import { UsageError } from '../errors.js';
import { currentContext, looksLikeProduction, matchesContexts, type KubeContext } from '../kube/context.js';
import { runbookHome } from '../runner/session-home.js';
import { runUnattended } from '../runner/unattended.js';
import { labelsFromAlert, parseVarFlags } from '../runner/variables.js';
import { VERSION } from '../version.js';
import { offerBundle } from './bundle-offer.js';
import { readJsonFile } from './read-json.js';
import { parseSize } from './size.js';
import { checkWalkFlags, DEFAULT_MAX_OUTPUT, finishWalk, loadWalkableRunbook, operatorName, walkScreen, withInterrupt, type WalkFlags, type WalkIO } from './walk.js';

export interface RunCommandFlags extends WalkFlags {
  var?: string[];
  alert?: string;
}

/** `runbook run <id|path>`: checks the runbook, then walks it; returns the exit code. */
export async function runCommand(idOrPath: string | undefined, flags: RunCommandFlags, io: WalkIO): Promise<number> {
  checkWalkFlags(flags);
  const alert = flags.alert === undefined ? undefined : { file: flags.alert, labels: labelsFromAlert(readJsonFile(flags.alert, io.cwd), flags.alert) };
  const { found, runbookData } = await loadWalkableRunbook(idOrPath ?? (await runbookForAlert(alert, io)), io);
  const kube = await currentContext();
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
    const screen = await walkScreen(flags, io);
    const walked = await runInteractive({ ...common, ...screen });
    await offerBundle({ report: walked, prompter: screen.prompter, io });
    return finishWalk(walked, flags, io);
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
  const code = finishWalk(report, flags, io);
  await offerBundle({ report, io });
  return code;
}

/** The context line every walk starts with: loud for production, and a warning outside the runbook's contexts. */
function contextLine(kube: KubeContext, contexts: string[] | undefined): string {
  if (!kube.name) return `kube context: none (${kube.problem ?? 'not set'}); kubectl commands will fail`;
  const lines = [`kube context: ${looksLikeProduction(kube.name) ? `!! ${kube.name} (PRODUCTION) !!` : kube.name}, namespace ${kube.namespace}`];
  if (!matchesContexts(kube.name, contexts)) lines.push(`warning: this runbook is meant for contexts ${contexts!.join(', ')}, not ${kube.name}`);
  return lines.join('\n');
}

// Without a runbook named, the alert picks it: the one runbook whose `alerts:` name it.
async function runbookForAlert(alert: { file: string; labels: Record<string, string> } | undefined, io: WalkIO): Promise<string> {
  if (!alert) throw new UsageError('Name the runbook to run (runbook run <id>), or give the alert with --alert FILE to run the runbook that names it');
  const { alertnameOf, pickRunbookForAlert } = await import('../library/for-alert.js');
  const { projectCatalog } = await import('./project.js');
  const alertname = alertnameOf(alert.labels, alert.file);
  const { folders, catalog } = await projectCatalog(io.cwd, io.stderr);
  const entry = pickRunbookForAlert(catalog, alertname, folders.runbooksDirShown);
  io.stderr.write(`Alert \`${alertname}\`: running ${entry.id} (${relative(io.cwd, entry.path) || entry.path})\n`);
  return entry.path;
}
