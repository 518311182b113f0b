import { hostname } from 'node:os';
import { relative } from 'node:path';
import { RunbookError, UsageError } from '../errors.js';
import { currentContext, looksLikeProduction, matchesContexts, type KubeContext } from '../kube/context.js';
import { checkCluster, runbookUsesKubectl, type ClusterCheck } from '../runner/preflight.js';
import type { Prompter } from '../runner/prompts.js';
import { runbookHome } from '../session/home.js';
import { runUnattended } from '../runner/unattended.js';
import { alertWarnings, readAlert, type AlertFacts, type ReadAlert } from '../runner/alert.js';
import { resolveVariables } from '../runner/variables.js';
import { parseVarFlags } from './var-flags.js';
import { VERSION } from '../version.js';
import { offerBundle } from './bundle-offer.js';
import { readJsonFile } from './read-json.js';
import { parseSize } from './size.js';
import { checkWalkFlags, DEFAULT_MAX_OUTPUT, finishWalk, loadWalkableRunbook, operatorName, walkScreen, withInterrupt, type WalkFlags, type WalkIO } from './walk.js';

export interface RunCommandFlags extends WalkFlags {
  var?: string[];
  alert?: string;
  /** `--no-cluster-check` sets it false: walk even when the cluster does not answer. */
  clusterCheck?: boolean;
}

/** `runbook run <id|path>`: checks the runbook, then walks it; returns the exit code. */
export async function runCommand(idOrPath: string | undefined, flags: RunCommandFlags, io: WalkIO): Promise<number> {
  checkWalkFlags(flags);
  const read = flags.alert === undefined ? undefined : readAlert(readJsonFile(flags.alert, io.cwd), flags.alert);
  const { found, runbookData } = await loadWalkableRunbook(idOrPath ?? (await runbookForAlert(flags.alert, read, io)), io);
  const kube = await currentContext();
  const cluster = flags.clusterCheck === false || !runbookUsesKubectl(runbookData) ? ({ ok: true } as const) : await checkCluster();
  if (!cluster.ok && (flags.yes || cluster.kubectlMissing)) throw new RunbookError(clusterProblem(kube, cluster));
  if (read && flags.alert !== undefined) for (const warning of alertWarnings(read, flags.alert, runbookData, kube.name)) io.stderr.write(`warning: ${warning}\n`);
  const alert = read && flags.alert !== undefined ? { file: flags.alert, ...withoutCount(read) } : undefined;
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
    const readOnly = cluster.ok ? common.readOnly : await readOnlyOrQuit(kube, cluster, screen.prompter, io);
    const walked = await runInteractive({ ...common, readOnly, ...screen });
    await offerBundle({ report: walked, prompter: screen.prompter, io });
    return finishWalk(walked, flags, io);
  }
  // The namespace shown is the one the commands will use: the runbook's `namespace` value, where it declares one.
  const resolved = resolveVariables(runbookData, { flags: common.vars, ...(alert ? { alert: alert.labels } : {}), ...(kube.namespaceSet ? { contextNamespace: kube.namespace } : {}) });
  const shown = resolved.values.namespace !== undefined ? { ...kube, namespace: resolved.values.namespace } : kube;
  io.stderr.write(`${contextLine(shown, Array.isArray(runbookData.contexts) ? runbookData.contexts.map(String) : undefined)}\n`);
  const report = await withInterrupt((signal) =>
    runUnattended({
      ...common,
      ...(flags.confirmMutating ? { confirmChanges: '--confirm-mutating' } : {}),
      ...(flags.cause ? { cause: flags.cause } : {}),
      signal,
      ...(flags.json ? {} : { onOutput: (chunk: Uint8Array) => io.stderr.write(chunk) }),
    }),
  );
  const code = finishWalk(report, flags, io);
  await offerBundle({ report, io });
  return code;
}

/** One message for a cluster that cannot be reached: what failed, where, and what to do. */
function clusterProblem(kube: KubeContext, check: Extract<ClusterCheck, { ok: false }>): string {
  if (check.kubectlMissing) return check.problem;
  return [
    `The cluster does not answer, so no step could run: ${check.problem}`,
    `  context: ${kube.name ?? `none (${kube.problem ?? 'not set'})`}, server: ${check.server ?? 'unknown'}`,
    'Check the VPN or proxy and `kubectl config current-context`, then run again; `--no-cluster-check` walks anyway.',
  ].join('\n');
}

// Interactively the operator may still want the walk (to read the runbook, take notes, escalate), just not changes.
async function readOnlyOrQuit(kube: KubeContext, check: Extract<ClusterCheck, { ok: false }>, prompter: Prompter, io: WalkIO): Promise<true> {
  io.stderr.write(`${clusterProblem(kube, check)}\n`);
  const choice = await prompter.select('Go on without a cluster that answers?', [
    { value: 'quit', name: 'Quit (nothing is recorded)' },
    { value: 'read-only', name: 'Go on read-only: every step that changes something is refused' },
  ]);
  if (choice === 'quit') throw new RunbookError('Stopped before the first step: the cluster does not answer');
  return true;
}

/** The context line every walk starts with: loud for production, and a warning outside the runbook's contexts. */
function contextLine(kube: KubeContext, contexts: string[] | undefined): string {
  if (!kube.name) return `kube context: none (${kube.problem ?? 'not set'}); kubectl commands will fail`;
  const lines = [`kube context: ${looksLikeProduction(kube.name) ? `!! ${kube.name} (PRODUCTION) !!` : kube.name}, namespace ${kube.namespace}`];
  if (!matchesContexts(kube.name, contexts)) lines.push(`warning: this runbook is meant for contexts ${contexts!.join(', ')}, not ${kube.name}`);
  return lines.join('\n');
}

function withoutCount(alert: ReadAlert): AlertFacts {
  const { count: _count, ...facts } = alert;
  return facts;
}

// Without a runbook named, the alert picks it: the one runbook whose `alerts:` name it.
async function runbookForAlert(file: string | undefined, alert: ReadAlert | undefined, io: WalkIO): Promise<string> {
  if (file === undefined || !alert) throw new UsageError('Name the runbook to run (runbook run <id>), or give the alert with --alert FILE to run the runbook that names it');
  const { alertnameOf, pickRunbookForAlert } = await import('../library/for-alert.js');
  const { projectCatalog } = await import('./project.js');
  const alertname = alertnameOf(alert.labels, file);
  const { folders, catalog } = await projectCatalog(io.cwd, io.stderr);
  const entry = pickRunbookForAlert(catalog, alertname, folders.runbooksDirShown);
  io.stderr.write(`Alert \`${alertname}\`: running ${entry.id} (${relative(io.cwd, entry.path) || entry.path})\n`);
  return entry.path;
}
