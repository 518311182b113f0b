import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SimServer } from '../../src/sim/server.js';
import { kubectl, rows, startShop } from './kubectl.js';

// Every read a runbook step makes, asserted on what the real kubectl prints.
describe('the simulated cluster answers kubectl reads', () => {
  let server: SimServer;
  beforeAll(async () => {
    server = await startShop();
  });
  afterAll(() => server.close());

  test('discovery works and kubectl caches it in the private cache folder', async () => {
    const run = await kubectl(server, ['api-resources', '--no-headers']);
    expect(run.code).toBe(0);
    for (const name of ['pods', 'deployments', 'replicasets', 'statefulsets', 'jobs', 'ingresses', 'horizontalpodautoscalers']) expect(run.stdout).toMatch(new RegExp(`^${name}\\s`, 'm'));
    expect(run.stdout).toMatch(/^pods\s+po\s+v1\s+true\s+Pod$/m);
    const versions = await kubectl(server, ['api-versions']);
    expect(versions.stdout.split('\n')).toEqual(expect.arrayContaining(['apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'autoscaling/v2', 'metrics.k8s.io/v1beta1', 'v1']));
    expect(readdirSync(server.env.KUBECACHEDIR!)).toContain('discovery');
    const version = await kubectl(server, ['version', '-o', 'json']);
    expect(JSON.parse(version.stdout).serverVersion.minor).toBe('32');
  });

  test('get pods prints the server-side table with the scenario state', async () => {
    const run = await kubectl(server, ['get', 'pods']);
    expect(run.code).toBe(0);
    const table = rows(run.stdout);
    expect(table[0]).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    const crashing = table.find((row) => row[0] === 'checkout-7c9d6b5f4-x2x8q')!;
    expect(crashing.slice(1, 3)).toEqual(['1/2', 'CrashLoopBackOff']);
    expect(crashing[3]).toMatch(/^7 \(\d+s ago\)$/);
    expect(table.map((row) => row[0])).toEqual(['NAME', 'cache-0', 'checkout-7c9d6b5f4-k7m2p', 'checkout-7c9d6b5f4-x2x8q']);
  });

  test('-o wide adds the priority columns and -A the namespace', async () => {
    const wide = await kubectl(server, ['get', 'pods', '-o', 'wide', '-l', 'app=checkout']);
    expect(rows(wide.stdout)[0]).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']);
    expect(wide.stdout).toMatch(/checkout-7c9d6b5f4-x2x8q .* 10\.244\.1\.17\s+node-a/);
    const all = await kubectl(server, ['get', 'deployments', '-A']);
    expect(rows(all.stdout)[1]).toEqual(['shop', 'checkout', '1/2', '2', '1', '20d']);
  });

  test('--sort-by sorts on fields of the full objects', async () => {
    const run = await kubectl(server, ['get', 'pods', '--sort-by=.status.containerStatuses[0].restartCount', '--no-headers']);
    expect(run.code).toBe(0);
    expect(rows(run.stdout).map((row) => row[0])).toEqual(['cache-0', 'checkout-7c9d6b5f4-k7m2p', 'checkout-7c9d6b5f4-x2x8q']);
    const events = await kubectl(server, ['get', 'events', '--sort-by=.lastTimestamp', '--no-headers']);
    expect(rows(events.stdout).map((row) => row[2])).toEqual(['Pulled', 'SystemOOM', 'BackOff']);
  });

  test('label selectors: =, ==, !=, in, notin, exists and !key', async () => {
    const names = async (selector: string): Promise<string[]> => {
      const run = await kubectl(server, ['get', 'pods', '-l', selector, '-o', 'name']);
      expect(run.stderr).toBe('');
      return run.stdout.trim().split('\n').filter(Boolean);
    };
    expect(await names('app=cache')).toEqual(['pod/cache-0']);
    expect(await names('app==cache')).toEqual(['pod/cache-0']);
    expect(await names('app!=checkout')).toEqual(['pod/cache-0']);
    expect(await names('app in (cache,web)')).toEqual(['pod/cache-0']);
    expect(await names('app notin (cache)')).toHaveLength(2);
    expect(await names('pod-template-hash')).toHaveLength(2);
    expect(await names('!pod-template-hash')).toEqual(['pod/cache-0']);
  });

  test('field selectors, and the API server error for an unsupported field', async () => {
    const onNode = await kubectl(server, ['get', 'pods', '-A', '--field-selector', 'spec.nodeName=node-b,status.phase!=Failed', '-o', 'name']);
    expect(onNode.stdout.trim().split('\n')).toEqual(['pod/cache-0', 'pod/checkout-7c9d6b5f4-k7m2p']);
    const warnings = await kubectl(server, ['get', 'events', '--field-selector', 'type=Warning,involvedObject.kind=Pod', '-o', 'name']);
    expect(warnings.stdout.trim()).toBe('event/checkout-7c9d6b5f4-x2x8q.oom');
    const bad = await kubectl(server, ['get', 'pods', '--field-selector', 'spec.color=blue']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('field label not supported: spec.color');
  });

  test('full objects for -o json, yaml, jsonpath and name, lists with a resourceVersion', async () => {
    const list = JSON.parse((await kubectl(server, ['get', 'deployments', '-o', 'json'])).stdout);
    expect(list.kind).toBe('List');
    expect(list.items[0].spec.template.spec.containers[0].resources.limits.memory).toBe('512Mi');
    const pod = JSON.parse((await kubectl(server, ['get', 'pod', 'cache-0', '-o', 'json'])).stdout);
    expect(pod.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(pod.metadata.ownerReferences[0]).toMatchObject({ kind: 'StatefulSet', name: 'cache', controller: true });
    expect(pod.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const yaml = await kubectl(server, ['get', 'configmap', 'checkout-config', '-o', 'yaml']);
    expect(yaml.stdout).toMatch(/^ {2}LOG_LEVEL: info$/m);
    const path = await kubectl(server, ['get', 'deployment', 'checkout', '-o', 'jsonpath={range .spec.template.spec.containers[*]}{.name}{"\\t"}{.image}{"\\n"}{end}']);
    expect(path.stdout).toBe('app\tregistry.example/shop/checkout:1.8.2\nproxy\tregistry.example/shop/proxy:2.1.0\n');
    const raw = JSON.parse((await kubectl(server, ['get', '--raw', '/api/v1/namespaces/shop/pods'])).stdout);
    expect(raw.kind).toBe('PodList');
    expect(Number(raw.metadata.resourceVersion)).toBeGreaterThan(0);
  });

  test('every served kind lists through its table printer', async () => {
    const run = await kubectl(server, ['get', 'nodes,svc,ep,cm,secrets,pvc,ing,hpa,jobs,sts,rs,ns', '-o', 'wide']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^node\/node-a\s+Ready\s+worker/m);
    expect(run.stdout).toMatch(/^service\/checkout\s+ClusterIP\s+10\.96\.14\.2/m);
    expect(run.stdout).toMatch(/^horizontalpodautoscaler\.autoscaling\/checkout\s+Deployment\/checkout/m);
    expect(run.stdout).toMatch(/^job\.batch\/nightly-report\s+Complete\s+1\/1/m);
    expect(run.stdout).toMatch(/^namespace\/shop\s+Active/m);
    expect(run.stdout).toMatch(/^persistentvolumeclaim\/cache-data\s+Bound/m);
  });

  test('describe pod fetches its events and shows them', async () => {
    const run = await kubectl(server, ['describe', 'pod', 'checkout-7c9d6b5f4-x2x8q']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+OOMKilled/);
    expect(run.stdout).toMatch(/Controlled By:\s+ReplicaSet\/checkout-7c9d6b5f4/);
    expect(run.stdout).toMatch(/Events:\n\s+Type\s+Reason\s+Age\s+From\s+Message/);
    expect(run.stdout).toMatch(/Warning\s+BackOff\s+\S+ \(x31 over \S+\)\s+kubelet\s+Back-off restarting failed container app/);
  });

  test('describe deployment finds its replicaset; describe node its pods, lease and events', async () => {
    const deployment = await kubectl(server, ['describe', 'deployment', 'checkout']);
    expect(deployment.stdout).toMatch(/NewReplicaSet:\s+checkout-7c9d6b5f4 \(2\/2 replicas created\)/);
    const node = await kubectl(server, ['describe', 'node', 'node-a']);
    expect(node.code).toBe(0);
    expect(node.stdout).toMatch(/HolderIdentity:\s+node-a/);
    expect(node.stdout).toMatch(/Non-terminated Pods:\s+\(1 in total\)/);
    expect(node.stdout).toMatch(/Warning\s+SystemOOM\s+\S+\s+kubelet\s+System OOM encountered/);
  });

  test('logs: current, --previous, --tail, -c, and several pods with --prefix', async () => {
    const current = await kubectl(server, ['logs', 'checkout-7c9d6b5f4-x2x8q']);
    expect(current.stderr).toContain('Defaulted container "app" out of: app, proxy');
    expect(current.stdout).toContain('cache warmed, 480Mi in use');
    const previous = await kubectl(server, ['logs', 'checkout-7c9d6b5f4-x2x8q', '-c', 'app', '--previous', '--tail=1']);
    expect(previous.stdout).toBe('2026-11-22T09:58:59Z ERROR allocation failed: out of memory\n');
    const missing = await kubectl(server, ['logs', 'cache-0', '--previous']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Error from server (BadRequest): previous terminated container "redis" in pod "cache-0" not found');
    const prefixed = await kubectl(server, ['logs', '-l', 'app=checkout', '--prefix', '--tail=1']);
    expect(prefixed.stdout.trim().split('\n').sort()).toEqual([
      '[pod/checkout-7c9d6b5f4-k7m2p/app] 2026-11-22T07:00:02Z INFO serving on :8080',
      '[pod/checkout-7c9d6b5f4-x2x8q/app] 2026-11-22T10:00:01Z INFO cache warmed, 480Mi in use',
    ]);
    const wrong = await kubectl(server, ['logs', 'cache-0', '-c', 'nginx']);
    expect(wrong.stderr).toContain('container nginx is not valid for pod cache-0');
  });

  test('top pod and node read metrics.k8s.io', async () => {
    const containers = await kubectl(server, ['top', 'pod', '-l', 'app=checkout', '--containers']);
    expect(containers.code).toBe(0);
    expect(rows(containers.stdout)).toContainEqual(['checkout-7c9d6b5f4-x2x8q', 'app', '180m', '498Mi']);
    const pods = await kubectl(server, ['top', 'pod', 'checkout-7c9d6b5f4-k7m2p']);
    expect(rows(pods.stdout)[1]).toEqual(['checkout-7c9d6b5f4-k7m2p', '94m', '329Mi']);
    const nodes = await kubectl(server, ['top', 'node']);
    expect(rows(nodes.stdout)[1]).toEqual(['node-a', '1250m', '32%', '5321Mi', '34%']);
  });

  test('a watch ends by itself: get -w prints the list and exits', async () => {
    const run = await kubectl(server, ['get', 'pods', '-w', '--request-timeout=3s'], 15_000);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cache-0\s+1\/1\s+Running/m);
  });

  test('unsupported requests get a clear Status and a non-zero exit, never a hang', async () => {
    const exec = await kubectl(server, ['exec', 'cache-0', '--', 'ls']);
    expect(exec.code).toBe(1);
    expect(exec.stderr).toContain('the simulated cluster does not support `kubectl exec`');
    const forward = await kubectl(server, ['port-forward', 'pod/cache-0', '16379:6379']);
    expect(forward.code).toBe(1);
    expect(forward.stderr).toContain('does not support `kubectl port-forward`');
    const create = await kubectl(server, ['create', 'configmap', 'extra', '--from-literal=a=b']);
    expect(create.code).toBe(1);
    expect(create.stderr).toContain('does not support creating objects');
    const unknown = await kubectl(server, ['get', '--raw', '/apis/example.com/v1/widgets']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('the server could not find the requested resource');
    const missing = await kubectl(server, ['get', 'pod', 'nope']);
    expect(missing.stderr).toContain('Error from server (NotFound): pods "nope" not found');
  });
});
