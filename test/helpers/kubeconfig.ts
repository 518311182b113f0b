import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a kubeconfig whose cluster is a closed local port, for the real kubectl: no cluster is faked, and
 * every kubectl step fails for real (connection refused), which is what the tests assert on.
 */
export function closedPortKubeconfig(dir: string, options: { context?: string; namespace?: string } = {}): string {
  const context = options.context ?? 'closed';
  const file = join(dir, 'kubeconfig');
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      `current-context: ${context}`,
      'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]',
      // An obviously fake token: without a credential kubectl would stop to ask for a user name.
      'users: [{ name: u, user: { token: not-a-real-token } }]',
      `contexts: [{ name: ${context}, context: { cluster: c, user: u${options.namespace ? `, namespace: ${options.namespace}` : ''} } }]`,
      '',
    ].join('\n'),
  );
  return file;
}
