/**
 * The read-only guard against the simulated cluster, with the real kubectl and the classifier bypassed: every
 * command that would change the cluster or reach into a container is refused at the wire, the refusal is a
 * Status kubectl prints, and the simulated cluster's objects are all still there afterwards.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { type ReadOnlyGuard, removeGuardCache, startReadOnlyGuard } from '../../src/runner/read-only-guard.js';
import { bodyIsDryRun, refusalReason } from '../../src/runner/read-only-proxy.js';
import type { SimServer } from '../../src/sim/server.js';
import { kubectl, startShop } from '../sim/kubectl.js';

describe('refusalReason', () => {
  it.each<[string, string]>([
    ['GET', '/api/v1/namespaces/shop/pods'],
    ['GET', '/api/v1/namespaces/shop/pods?watch=true&resourceVersion=1'],
    ['HEAD', '/version'],
    ['GET', '/apis/apps/v1/namespaces/shop/deployments/checkout/scale'],
    ['GET', '/api/v1/namespaces/shop/pods/cache-0/log?follow=true'],
    ['GET', '/api/v1/namespaces/exec/pods'],
    ['GET', '/openapi/v3'],
    ['POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews'],
    ['POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews'],
    ['PATCH', '/apis/apps/v1/namespaces/shop/deployments/checkout?dryRun=All&fieldManager=kubectl'],
    ['POST', '/api/v1/namespaces/shop/configmaps?dryRun=All'],
    ['GET', '/api/v1/nodes/node-a/proxy/stats/summary'],
    ['GET', '/api/v1/nodes/node-a/proxy/metrics/cadvisor'],
  ])('lets %s %s through', (method, path) => {
    expect(refusalReason(method, path)).toBeUndefined();
  });

  it.each<[string, string, RegExp]>([
    ['POST', '/api/v1/namespaces/shop/pods', /POST can change/],
    ['PUT', '/api/v1/namespaces/shop/pods/cache-0', /PUT can change/],
    ['PATCH', '/apis/apps/v1/namespaces/shop/deployments/checkout/scale', /PATCH can change/],
    ['PATCH', '/apis/apps/v1/namespaces/shop/deployments/checkout?dryRun=All&dryRun=', /PATCH can change/],
    ['PATCH', '/apis/example.com/v1/namespaces/shop/widgets/one?dryRun=All', /PATCH can change/],
    ['PUT', '/api/v1/namespaces/shop/pods/cache-0?dryRun=None', /PUT can change/],
    ['GET', '/api/v1/nodes/node-a/proxy/pods', /`proxy` subresource/],
    ['GET', '/api/v1/nodes/node-a/proxy/stats/summary/../../run', /canonical/],
    ['POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews/../../../../api/v1/namespaces/shop/pods', /canonical/],
    ['GET', '/api/v1/namespaces/shop/pods/cache-0/exec?command=ls', /`exec` subresource/],
    ['POST', '/api/v1/namespaces/shop/pods/cache-0/exec?command=ls', /`exec` subresource/],
    ['GET', '/api/v1/namespaces/shop/pods/cache-0/attach', /`attach` subresource/],
    ['POST', '/api/v1/namespaces/shop/pods/cache-0/portforward', /`portforward` subresource/],
    ['GET', '/api/v1/namespaces/shop/services/web:80/proxy/admin/reset', /`proxy` subresource/],
    ['GET', '/api/v1/nodes/node-a/proxy/logs/', /`proxy` subresource/],
    ['GET', '/api/v1/proxy/namespaces/shop/services/web/', /`proxy` path/],
    ['GET', '/api/v1/namespaces/shop/pods/cache-0%2Fexec', /canonical/],
    ['GET', '/api/v1/namespaces/shop//pods', /canonical/],
    ['OPTIONS', '/api/v1/namespaces/shop/pods', /OPTIONS can change/],
  ])('refuses %s %s', (method, path, reason) => {
    expect(refusalReason(method, path)).toMatch(reason);
  });
});

describe('a DELETE or an eviction is a dry run only if its body says so', () => {
  it.each<[string, string, RegExp]>([
    ['DELETE', '/api/v1/namespaces/shop/pods/cache-0', /dry-run-in-body/],
    ['POST', '/api/v1/namespaces/shop/pods/cache-0/eviction', /dry-run-in-body/],
    ['DELETE', '/apis/example.com/v1/namespaces/shop/widgets/one', /DELETE can change/],
  ])('%s %s', (method, path, reason) => {
    expect(refusalReason(method, path)).toMatch(reason);
  });
  const eviction = (options: unknown): Buffer => Buffer.from(JSON.stringify({ kind: 'Eviction', apiVersion: 'policy/v1', metadata: { name: 'cache-0' }, deleteOptions: options }));
  it.each<[string, string, Buffer, boolean]>([
    ['DELETE', '/api/v1/namespaces/shop/pods/cache-0', Buffer.from('{"kind":"DeleteOptions","dryRun":["All"]}'), true],
    ['DELETE', '/api/v1/namespaces/shop/pods/cache-0?dryRun=All', Buffer.from('{"kind":"DeleteOptions"}'), false],
    ['DELETE', '/api/v1/namespaces/shop/pods/cache-0?dryRun=All', Buffer.alloc(0), true],
    ['DELETE', '/api/v1/namespaces/shop/pods/cache-0', Buffer.alloc(0), false],
    ['DELETE', '/api/v1/namespaces/shop/pods/cache-0', Buffer.from('not json'), false],
    ['POST', '/api/v1/namespaces/shop/pods/cache-0/eviction', eviction({ dryRun: ['All'] }), true],
    ['POST', '/api/v1/namespaces/shop/pods/cache-0/eviction', eviction({}), false],
    ['POST', '/api/v1/namespaces/shop/pods/cache-0/eviction', eviction({ dryRun: ['All', 'Later'] }), false],
  ])('%s %s with %s: dry run %s', (method, path, body, dry) => {
    expect(bodyIsDryRun(method, path, body)).toBe(dry);
  });
});

describe('refusalReason, for any request', () => {
  const segment = fc.stringMatching(/^[a-z0-9%.-]{1,12}$/);
  const path = fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => `/${parts.join('/')}`);
  test('a method other than GET, HEAD or a self-review POST is refused', () => {
    const method = fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE', 'get', 'PROPFIND');
    fc.assert(
      fc.property(method, path, fc.string({ maxLength: 20 }), (m, p, query) => {
        expect(refusalReason(m, `${p}?${query}`)).toBeDefined();
      }),
    );
  });
  test('exec, attach, portforward and proxy subresources are refused whatever the method', () => {
    const prefix = fc.constantFrom('/api/v1', '/apis/apps/v1', '/apis/example.com/v1alpha1');
    const sub = fc.constantFrom('exec', 'attach', 'portforward', 'proxy');
    const namespaced = fc.boolean();
    fc.assert(
      fc.property(prefix, namespaced, segment, segment, segment, sub, fc.constantFrom('GET', 'HEAD', 'POST'), (pre, inNs, ns, kind, name, s, m) => {
        const target = `${pre}${inNs ? `/namespaces/${ns}` : ''}/${kind}/${name}/${s}`;
        fc.pre(!target.split('/').some((x) => x === '.' || x === '..'));
        expect(refusalReason(m, target)).toBeDefined();
      }),
    );
  });
});

describe('the read-only guard in front of the simulated cluster', () => {
  let server: SimServer;
  let guard: ReadOnlyGuard;
  const pluginDir = mkdtempSync(join(tmpdir(), 'runbook-guard-plugin-'));
  const baseEnv = (): Record<string, string> => ({ PATH: `${pluginDir}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: process.env.HOME ?? '/tmp', ...server.env });

  beforeAll(async () => {
    server = await startShop();
    // A kubectl plugin that deletes a pod with kubectl itself: the classifier would not know it, the guard must stop it.
    const plugin = join(pluginDir, 'kubectl-wipe');
    writeFileSync(plugin, '#!/bin/sh\nexec kubectl delete pod cache-0 -n shop\n');
    chmodSync(plugin, 0o755);
    const started = await startReadOnlyGuard(baseEnv());
    if (started === undefined) throw new Error('the guard found no current context in the simulated cluster’s kubeconfig');
    guard = started;
  });
  afterAll(async () => {
    removeGuardCache();
    await guard?.close();
    await server?.close();
    rmSync(pluginDir, { recursive: true, force: true });
  });

  const viaGuard = (args: string[], timeoutMs?: number): ReturnType<typeof kubectl> =>
    kubectl({ ...server, env: { ...baseEnv(), ...guard.env } }, args, timeoutMs);

  test('its kubeconfig is private and points kubectl at the proxy on loopback', () => {
    const path = guard.env.KUBECONFIG!;
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(path, 'utf8')) as { clusters: { cluster: { server: string } }[]; contexts: { context: { namespace?: string } }[] };
    expect(config.clusters[0]!.cluster.server).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(config.contexts[0]!.context.namespace).toBe(server.namespace);
  });

  test('reads pass through: get, describe, logs', async () => {
    const get = await viaGuard(['get', 'pods', '-n', 'shop']);
    expect(get.stderr).toBe('');
    expect(get.stdout).toContain('cache-0');
    expect((await viaGuard(['describe', 'pod', 'cache-0', '-n', 'shop'])).stdout).toContain('redis');
    expect((await viaGuard(['get', '--raw', '/api/v1/namespaces/shop/pods/cache-0'])).stdout).toContain('"name":"cache-0"');
  });

  const REFUSED: [string, string[], RegExp][] = [
    ['the issue: delete --raw with a client dry run', ['delete', '--raw', '/api/v1/namespaces/shop/pods/cache-0', '--dry-run=client'], /refused DELETE \/api\/v1\/namespaces\/shop\/pods\/cache-0/],
    ['delete', ['delete', 'pod', 'cache-0', '-n', 'shop', '--wait=false'], /refused DELETE \/api\/v1\/namespaces\/shop\/pods\/cache-0/],
    ['patch', ['patch', 'deployment', 'checkout', '-n', 'shop', '-p', '{"spec":{"replicas":5}}'], /refused PATCH \/apis\/apps\/v1\/namespaces\/shop\/deployments\/checkout/],
    ['scale', ['scale', 'deployment', 'checkout', '-n', 'shop', '--replicas=0'], /refused PATCH \/apis\/apps\/v1\/namespaces\/shop\/deployments\/checkout\/scale/],
    ['label', ['label', 'pod', 'cache-0', '-n', 'shop', 'touched=yes'], /refused PATCH/],
    ['rollout restart', ['rollout', 'restart', 'deployment/checkout', '-n', 'shop'], /refused PATCH/],
    ['exec', ['exec', 'cache-0', '-n', 'shop', '--', 'redis-cli', 'FLUSHALL'], /refused (GET|POST) \/api\/v1\/namespaces\/shop\/pods\/cache-0\/exec/],
    ['cp', ['cp', 'shop/cache-0:/data/dump.rdb', join(pluginDir, 'dump.rdb')], /refused (GET|POST) \/api\/v1\/namespaces\/shop\/pods\/cache-0\/exec/],
    ['port-forward', ['port-forward', 'pod/cache-0', '-n', 'shop', '0:6379'], /refused (GET|POST) \/api\/v1\/namespaces\/shop\/pods\/cache-0\/portforward/],
    ['a plugin', ['wipe'], /refused DELETE \/api\/v1\/namespaces\/shop\/pods\/cache-0/],
  ];

  it.each(REFUSED)('refuses %s at the wire, with a message kubectl prints', async (_name, args, message) => {
    const before = guard.refused.length;
    const run = await viaGuard(args, 15_000);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(`${run.stdout}${run.stderr}`).toMatch(/read-only guard refused|Forbidden|403/);
    const refused = guard.refused.slice(before).map((r) => `refused ${r.method} ${r.path}`).join('\n');
    expect(refused).toMatch(message);
  });

  it.each<[string, string[]]>([
    ['delete', ['delete', 'pod', 'cache-0', '-n', 'shop', '--dry-run=server']],
    ['scale', ['scale', 'deployment', 'checkout', '-n', 'shop', '--replicas=0', '--dry-run=server']],
    ['label', ['label', 'pod', 'cache-0', '-n', 'shop', 'touched=yes', '--dry-run=server']],
  ])('lets a server-side dry run of %s through: the API server stores nothing', async (_name, args) => {
    const before = guard.refused.length;
    const run = await viaGuard(args, 15_000);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/\(server dry run\)/);
    expect(guard.refused.slice(before)).toEqual([]);
  });

  test('afterwards the simulated cluster is untouched: the pod is there and nothing was scaled or labelled', async () => {
    const pod = await kubectl(server, ['get', 'pod', 'cache-0', '-n', 'shop', '-o', 'json']);
    expect(pod.code).toBe(0);
    const object = JSON.parse(pod.stdout) as { metadata: { labels?: Record<string, string>; deletionTimestamp?: string } };
    expect(object.metadata.deletionTimestamp).toBeUndefined();
    expect(object.metadata.labels?.touched).toBeUndefined();
    const deployment = await kubectl(server, ['get', 'deployment', 'checkout', '-n', 'shop', '-o', 'jsonpath={.spec.replicas}']);
    expect(deployment.stdout).not.toBe('0');
    expect(deployment.stdout).not.toBe('5');
  });

  test('consecutive steps reuse the proxy port and the discovery cache, so only the first one discovers', async () => {
    const first = await startReadOnlyGuard(baseEnv());
    const port = new URL(JSON.parse(readFileSync(first!.env.KUBECONFIG!, 'utf8')).clusters[0].cluster.server).port;
    await kubectl({ ...server, env: { ...baseEnv(), ...first!.env } }, ['get', 'pods', '-n', 'shop']);
    await first!.close();
    expect(existsSync(join(first!.env.KUBECACHEDIR!, 'discovery', `127.0.0.1_${port}`))).toBe(true);
    const second = await startReadOnlyGuard(baseEnv());
    try {
      expect(JSON.parse(readFileSync(second!.env.KUBECONFIG!, 'utf8')).clusters[0].cluster.server).toBe(`http://127.0.0.1:${port}`);
      expect(second!.env.KUBECACHEDIR).toBe(first!.env.KUBECACHEDIR);
    } finally {
      await second!.close();
    }
  });

  test('closing removes the throwaway kubeconfig and its folder', async () => {
    const second = await startReadOnlyGuard(baseEnv());
    const path = second!.env.KUBECONFIG!;
    expect(existsSync(path)).toBe(true);
    await second!.close();
    expect(existsSync(path)).toBe(false);
    expect(existsSync(join(path, '..'))).toBe(false);
  });
});
