import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SimServer } from '../../src/sim/server.js';
import { kubectl, rows, startShop } from './kubectl.js';

const podNames = async (server: SimServer, selector: string): Promise<string[]> => {
  const run = await kubectl(server, ['get', 'pods', '-l', selector, '-o', 'name']);
  return run.stdout.trim().split('\n').filter(Boolean).map((name) => name.replace(/^pod\//, ''));
};

// Each change must be real for the next command, as the controllers of a cluster would make it.
describe('the simulated cluster reacts to kubectl changes', () => {
  let server: SimServer;
  beforeEach(async () => {
    server = await startShop();
  });
  afterEach(() => server.close());

  test('scale creates running pods with generated names, and removes them again', async () => {
    const up = await kubectl(server, ['scale', 'deployment/checkout', '--replicas=4']);
    expect(up.stdout.trim()).toBe('deployment.apps/checkout scaled');
    const pods = await podNames(server, 'app=checkout');
    expect(pods).toHaveLength(4);
    const fresh = pods.filter((name) => !['checkout-7c9d6b5f4-x2x8q', 'checkout-7c9d6b5f4-k7m2p'].includes(name));
    expect(fresh).toHaveLength(2);
    for (const name of fresh) expect(name).toMatch(/^checkout-7c9d6b5f4-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const table = rows((await kubectl(server, ['get', 'pods', '-l', 'app=checkout', '-o', 'wide'])).stdout);
    for (const name of fresh) expect(table.find((row) => row[0] === name)!.slice(1, 4)).toEqual(['2/2', 'Running', '0']);
    const deployment = rows((await kubectl(server, ['get', 'deployment', 'checkout'])).stdout)[1]!;
    expect(deployment.slice(0, 4)).toEqual(['checkout', '3/4', '4', '3']);
    const events = await kubectl(server, ['describe', 'deployment', 'checkout']);
    expect(events.stdout).toMatch(/Normal\s+ScalingReplicaSet\s+\S+\s+deployment-controller\s+Scaled up replica set checkout-7c9d6b5f4 from 2 to 4/);
    await kubectl(server, ['scale', 'deployment/checkout', '--replicas=1']);
    expect(await podNames(server, 'app=checkout')).toHaveLength(1);
  });

  test('rollout restart replaces the replicaset and its pods; rollout status finishes', async () => {
    const restart = await kubectl(server, ['rollout', 'restart', 'deployment/checkout']);
    expect(restart.stdout.trim()).toBe('deployment.apps/checkout restarted');
    const replicaSets = rows((await kubectl(server, ['get', 'rs', '--sort-by=.metadata.creationTimestamp', '--no-headers'])).stdout);
    expect(replicaSets).toHaveLength(2);
    expect(replicaSets[0]!.slice(0, 4)).toEqual(['checkout-7c9d6b5f4', '0', '0', '0']);
    const [fresh] = replicaSets[1]!;
    expect(fresh).toMatch(/^checkout-[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(replicaSets[1]!.slice(1, 4)).toEqual(['2', '2', '2']);
    const pods = await podNames(server, 'app=checkout');
    expect(pods).toHaveLength(2);
    for (const pod of pods) expect(pod.startsWith(`${fresh}-`)).toBe(true);
    const status = await kubectl(server, ['rollout', 'status', 'deployment/checkout', '--timeout=15s']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('deployment "checkout" successfully rolled out');
    const history = await kubectl(server, ['rollout', 'history', 'deployment/checkout']);
    expect(rows(history.stdout).slice(2).map((row) => row[0])).toEqual(['1', '2']);
    const template = JSON.parse((await kubectl(server, ['get', 'deployment', 'checkout', '-o', 'json'])).stdout).spec.template.metadata.annotations;
    expect(template['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-/);
  });

  test('deleting a pod of a replicaset brings a replacement; a watch sees both', async () => {
    const watching = kubectl(server, ['get', 'pods', '-l', 'app=checkout', '-w', '--request-timeout=4s'], 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const removed = await kubectl(server, ['delete', 'pod', 'checkout-7c9d6b5f4-x2x8q']);
    expect(removed.stdout.trim()).toBe('pod "checkout-7c9d6b5f4-x2x8q" deleted');
    const pods = await podNames(server, 'app=checkout');
    expect(pods).toHaveLength(2);
    expect(pods).not.toContain('checkout-7c9d6b5f4-x2x8q');
    const replacement = pods.find((name) => name !== 'checkout-7c9d6b5f4-k7m2p')!;
    const watched = await watching;
    expect(watched.code).toBe(0);
    expect(watched.stdout).toContain(replacement);
    const describe = await kubectl(server, ['describe', 'pod', replacement]);
    expect(describe.stdout).toMatch(/Normal\s+Scheduled\s+\S+\s+default-scheduler\s+Successfully assigned shop\//);
  });

  test('cordon and uncordon set spec.unschedulable; new pods avoid a cordoned node', async () => {
    expect((await kubectl(server, ['cordon', 'node-a'])).stdout.trim()).toBe('node/node-a cordoned');
    expect(rows((await kubectl(server, ['get', 'node', 'node-a'])).stdout)[1]![1]).toBe('Ready,SchedulingDisabled');
    expect((await kubectl(server, ['describe', 'node', 'node-a'])).stdout).toMatch(/Taints:\s+node\.kubernetes\.io\/unschedulable:NoSchedule/);
    await kubectl(server, ['scale', 'deployment/checkout', '--replicas=5']);
    const nodes = (await kubectl(server, ['get', 'pods', '-l', 'app=checkout', '--sort-by=.metadata.creationTimestamp', '-o', 'jsonpath={.items[*].spec.nodeName}'])).stdout.split(' ');
    expect(nodes.slice(2)).toEqual(['node-b', 'node-b', 'node-b']);
    expect((await kubectl(server, ['uncordon', 'node-a'])).stdout.trim()).toBe('node/node-a uncordoned');
    expect(rows((await kubectl(server, ['get', 'node', 'node-a'])).stdout)[1]![1]).toBe('Ready');
  });

  test('label, annotate and patch (merge, strategic and JSON) change the object', async () => {
    expect((await kubectl(server, ['label', 'pod', 'cache-0', 'tier=cache'])).stdout.trim()).toBe('pod/cache-0 labeled');
    expect(await podNames(server, 'tier=cache')).toEqual(['cache-0']);
    await kubectl(server, ['annotate', 'deployment', 'checkout', 'owner=platform']);
    await kubectl(server, ['patch', 'deployment', 'checkout', '--type=json', '-p', '[{"op":"replace","path":"/spec/template/spec/containers/0/resources/limits/memory","value":"1Gi"}]']);
    await kubectl(server, ['set', 'image', 'deployment/checkout', 'proxy=registry.example/shop/proxy:2.2.0']);
    const deployment = JSON.parse((await kubectl(server, ['get', 'deployment', 'checkout', '-o', 'json'])).stdout);
    expect(deployment.metadata.annotations.owner).toBe('platform');
    const containers = deployment.spec.template.spec.containers;
    expect(containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`)).toEqual(['app=registry.example/shop/checkout:1.8.2', 'proxy=registry.example/shop/proxy:2.2.0']);
    expect(containers[0].resources.limits.memory).toBe('1Gi');
    expect(deployment.metadata.generation).toBe(3);
    const pods = JSON.parse((await kubectl(server, ['get', 'pods', '-l', 'app=checkout', '-o', 'json'])).stdout).items;
    expect(pods.map((pod: { spec: { containers: { image: string }[] } }) => pod.spec.containers[1]!.image)).toEqual(['registry.example/shop/proxy:2.2.0', 'registry.example/shop/proxy:2.2.0']);
  });

  test('--dry-run=server answers as if done and changes nothing', async () => {
    const before = (await kubectl(server, ['get', 'all', '-o', 'name'])).stdout;
    const runs = [];
    for (const args of [
      ['scale', 'deployment/checkout', '--replicas=6'],
      ['delete', 'pod', 'cache-0'],
      ['label', 'pod', 'cache-0', 'tier=cache'],
      ['cordon', 'node-a'],
      ['patch', 'deployment', 'checkout', '-p', '{"spec":{"template":{"metadata":{"annotations":{"restarted":"now"}}}}}'],
      ['delete', 'deployment', 'checkout'],
    ]) {
      runs.push(await kubectl(server, [...args, '--dry-run=server']));
    }
    expect(runs.map((run) => run.stdout.trim())).toEqual([
      'deployment.apps/checkout scaled (server dry run)',
      'pod "cache-0" deleted (server dry run)',
      'pod/cache-0 labeled (server dry run)',
      'node/node-a cordoned (server dry run)',
      'deployment.apps/checkout patched',
      'deployment.apps "checkout" deleted (server dry run)',
    ]);
    expect((await kubectl(server, ['get', 'all', '-o', 'name'])).stdout).toBe(before);
    expect(JSON.parse((await kubectl(server, ['get', 'deployment', 'checkout', '-o', 'json'])).stdout).spec).toMatchObject({ replicas: 2, template: { metadata: { labels: { app: 'checkout' } } } });
    expect(await podNames(server, 'tier=cache')).toEqual([]);
    expect(rows((await kubectl(server, ['get', 'node', 'node-a'])).stdout)[1]![1]).toBe('Ready');
  });

  test('deleting a deployment removes its replicasets and pods', async () => {
    expect((await kubectl(server, ['delete', 'deployment', 'checkout'])).stdout.trim()).toBe('deployment.apps "checkout" deleted');
    expect(await podNames(server, 'app=checkout')).toEqual([]);
    expect((await kubectl(server, ['get', 'rs'])).stderr).toContain('No resources found in shop namespace.');
  });
});
