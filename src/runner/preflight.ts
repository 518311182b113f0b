/**
 * Before the first step: is kubectl there, and does the cluster answer? A walk against a cluster that is not
 * there fails every step one by one, each after its own wait, and the operator learns why only from the outputs.
 */
import { execFile } from 'node:child_process';
import { classifyCommand } from '../kube/index.js';
import { findOnPath, KUBECTL_MISSING } from '../kube/on-path.js';
import { commandsOf, type LooseRunbook } from '../runbook/model.js';

/** How long the API server gets to answer `kubectl version`. */
export const PREFLIGHT_TIMEOUT_SECONDS = 5;

export type ClusterCheck = { ok: true } | { ok: false; kubectlMissing: boolean; server: string | undefined; problem: string };

/** Whether any command of the runbook runs kubectl (or oc), so that a cluster is needed at all. */
export function runbookUsesKubectl(runbook: LooseRunbook): boolean {
  return commandsOf(runbook).some((entry) => classifyCommand(entry.command).commands.some((command) => command.kubectl !== undefined));
}

// Asks the real kubectl, with the operator's own configuration, never the network directly.
export async function checkCluster(env: NodeJS.ProcessEnv = process.env, timeoutSeconds = PREFLIGHT_TIMEOUT_SECONDS): Promise<ClusterCheck> {
  if (findOnPath('kubectl', env) === undefined) return { ok: false, kubectlMissing: true, server: undefined, problem: KUBECTL_MISSING };
  const version = await kubectl(['version', `--request-timeout=${timeoutSeconds}s`, '-o', 'json'], env, (timeoutSeconds + 5) * 1000);
  if (version.code === 0) return { ok: true };
  const server = await kubectl(['config', 'view', '--minify', '-o', 'jsonpath={.clusters[0].cluster.server}'], env, 10_000);
  const problem = lastLine(version.stderr) ?? (version.code === null ? `kubectl version did not finish within ${timeoutSeconds + 5}s` : `kubectl version exited ${version.code}`);
  return { ok: false, kubectlMissing: false, server: server.code === 0 && server.stdout.trim() !== '' ? server.stdout.trim() : undefined, problem };
}

function lastLine(text: string): string | undefined {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
}

function kubectl(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('kubectl', args, { env, timeout: timeoutMs, killSignal: 'SIGKILL', encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
