import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { currentContext, looksLikeProduction, matchesContexts } from '../../src/kube/context.js';

const dir = mkdtempSync(join(tmpdir(), 'runbook-kubeconfig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kubeconfig(current: string, namespace?: string): string {
  const file = join(dir, `config-${current || 'none'}`);
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      `current-context: "${current}"`,
      'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]',
      'users: [{ name: u, user: {} }]',
      `contexts: [{ name: prod-eu-1, context: { cluster: c, user: u${namespace ? `, namespace: ${namespace}` : ''} } }, { name: staging, context: { cluster: c, user: u } }]`,
      '',
    ].join('\n'),
  );
  return file;
}

describe('kube context (real kubectl)', () => {
  test('reads the current context and its namespace through kubectl', async () => {
    expect(await currentContext({ ...process.env, KUBECONFIG: kubeconfig('prod-eu-1', 'payments') })).toEqual({ name: 'prod-eu-1', namespace: 'payments', namespaceSet: true });
    expect(await currentContext({ ...process.env, KUBECONFIG: kubeconfig('staging') })).toEqual({ name: 'staging', namespace: 'default', namespaceSet: false });
  });

  test('no current context, or no kubectl, is reported, not thrown', async () => {
    expect((await currentContext({ ...process.env, KUBECONFIG: kubeconfig('') })).problem).toBe('no current kube context is set');
    expect((await currentContext({ ...process.env, PATH: dir })).problem).toBe('kubectl is not installed or not on PATH');
  });

  test('production-looking names and context patterns', () => {
    for (const name of ['prod', 'prod-eu-1', 'gke_acme_europe-west1_production', 'eks-prd', 'live-cluster']) expect(looksLikeProduction(name), name).toBe(true);
    for (const name of ['staging', 'dev', 'product-demo', 'kind-kind', undefined]) expect(looksLikeProduction(name), String(name)).toBe(false);
    expect(matchesContexts('prod-eu-1', ['prod-*', 'staging-*'])).toBe(true);
    expect(matchesContexts('dev-1', ['prod-*', 'staging-*'])).toBe(false);
    expect(matchesContexts('a.b', ['a*b'])).toBe(true);
    expect(matchesContexts('axb', ['a.b'])).toBe(false);
    expect(matchesContexts('anything', undefined)).toBe(true);
  });
});
