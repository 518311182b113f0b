import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/sim/scenario.js';
import { startSimServer, type SimServer } from '../../src/sim/server.js';
import { kubectl, rows } from './kubectl.js';

const dir = mkdtempSync(join(tmpdir(), 'runbook-rollout-'));

const pod = (name: string, hash: string): string => `  - apiVersion: v1
    kind: Pod
    metadata: { name: ${name}, labels: { app: web, pod-template-hash: ${hash} }, creationTimestamp: -5m }
    spec: { containers: [{ name: web, image: web:${hash} }] }
    status: { phase: Running, conditions: [{ type: Ready, status: "True" }], containerStatuses: [{ name: web, ready: true, restartCount: 0, state: { running: { startedAt: -5m } } }] }
`;
const replicaSet = (hash: string, revision: number, replicas: number): string => `  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata: { name: web-${hash}, labels: { app: web, pod-template-hash: ${hash} }, annotations: { deployment.kubernetes.io/revision: "${revision}" }, creationTimestamp: -${revision}h }
    spec: { replicas: ${replicas}, selector: { matchLabels: { app: web, pod-template-hash: ${hash} } } }
`;

// Half way through a rollout: revision 1 still runs two pods, revision 2 one; the deployment's status is left to the cluster.
const scenario = `runbook: rollout-demo
namespace: shop
objects:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web, labels: { app: web }, creationTimestamp: -2d }
    spec:
      replicas: 3
      selector: { matchLabels: { app: web } }
      template: { metadata: { labels: { app: web } }, spec: { containers: [{ name: web, image: web:bbb } ] } }
${replicaSet('aaa', 1, 2)}${replicaSet('bbb', 2, 1)}${pod('web-aaa-1', 'aaa')}${pod('web-aaa-2', 'aaa')}${pod('web-bbb-1', 'bbb')}`;

let server: SimServer;
beforeAll(async () => {
  const file = join(dir, 'rollout.yaml');
  writeFileSync(file, scenario);
  server = await startSimServer({ scenario: loadScenario(file) });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a deployment mid-rollout', () => {
  test('counts as up to date only the pods of its newest replica set', async () => {
    const status = await kubectl(server, ['get', 'deployment', 'web', '-n', 'shop', '-o', 'jsonpath={.status.replicas} {.status.updatedReplicas} {.status.readyReplicas}']);
    expect(status.stderr).toBe('');
    expect(status.stdout).toBe('3 1 3');
    const table = rows((await kubectl(server, ['get', 'deployment', 'web', '-n', 'shop'])).stdout);
    expect(table[0]).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(table[1]?.slice(0, 4)).toEqual(['web', '3/3', '1', '3']);
  });
});
