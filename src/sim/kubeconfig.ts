import { chmodSync, renameSync, writeFileSync } from 'node:fs';

/** The first line of every kubeconfig the simulated cluster writes, so a later run knows it may replace the file. */
export const KUBECONFIG_MARKER = '# Simulated cluster written by runbook; removed when the simulation stops.';

/** The text of a kubeconfig with one plain-HTTP cluster, a user without credentials and one current context. */
export function kubeconfigText(options: { context: string; server: string; namespace: string }): string {
  const { context, server, namespace } = options;
  return [
    KUBECONFIG_MARKER,
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${context}`,
    '  cluster:',
    `    server: ${server}`,
    'users:',
    `- name: ${context}`,
    '  user: {}',
    'contexts:',
    `- name: ${context}`,
    '  context:',
    `    cluster: ${context}`,
    `    user: ${context}`,
    `    namespace: ${namespace}`,
    `current-context: ${context}`,
    'preferences: {}',
    '',
  ].join('\n');
}

/** Writes a private (0600) file by way of a temporary name, so a reader never sees half of it. */
export function writePrivateFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
