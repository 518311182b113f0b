import { describe, expect, test } from 'vitest';
import { admitEviction, budgetStatus, fillBudgets } from '../../src/sim/disruption.js';
import type { KubeObject } from '../../src/sim/kube-object.js';
import { ApiError } from '../../src/sim/status.js';
import { seedObjects } from '../../src/sim/store.js';

const now = new Date('2026-11-22T12:00:00Z');

function pod(name: string, options: { ready?: boolean; phase?: string; app?: string } = {}): KubeObject {
  const { ready = true, phase = 'Running', app = 'web' } = options;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app, 'pod-template-hash': 'abc12' } },
    spec: { containers: [{ name: 'web', image: 'web:1' }] },
    status: { phase, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  };
}

const deployment = (replicas: number): KubeObject[] => [
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } } } } },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-abc12' }, spec: { replicas, selector: { matchLabels: { app: 'web', 'pod-template-hash': 'abc12' } } } },
];

const budget = (spec: Record<string, unknown>, name = 'web'): KubeObject => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });

/** The objects as the simulated API server holds them, budgets' status filled in. */
function store(objects: KubeObject[]) {
  const seeded = seedObjects(objects, 'shop', now);
  fillBudgets(seeded, now);
  return seeded;
}

describe('a budget status as the disruption controller computes it', () => {
  test.each([
    ['minAvailable as a number counts the pods that exist', { minAvailable: 2 }, 4, 3, { expectedPods: 3, desiredHealthy: 2, currentHealthy: 3, disruptionsAllowed: 1 }],
    ['minAvailable as a percentage of what the deployment wants, rounded up', { minAvailable: '50%' }, 5, 4, { expectedPods: 5, desiredHealthy: 3, currentHealthy: 4, disruptionsAllowed: 1 }],
    ['maxUnavailable against what the deployment wants, even with a pod missing', { maxUnavailable: 1 }, 4, 3, { expectedPods: 4, desiredHealthy: 3, currentHealthy: 3, disruptionsAllowed: 0 }],
    ['maxUnavailable as a percentage rounds the unavailable count up', { maxUnavailable: '25%' }, 6, 6, { expectedPods: 6, desiredHealthy: 4, currentHealthy: 6, disruptionsAllowed: 2 }],
  ])('%s', (_, spec, replicas, running, expected) => {
    const pods = Array.from({ length: running }, (_, i) => pod(`web-abc12-p${i}`));
    const objects = store([...deployment(replicas), ...pods, budget(spec)]);
    const status = budgetStatus(objects, objects.get('PodDisruptionBudget', 'shop', 'web')!, now);
    expect(status).toMatchObject(expected);
    expect(status.conditions?.[0]).toMatchObject({ type: 'DisruptionAllowed', status: expected.disruptionsAllowed > 0 ? 'True' : 'False', reason: expected.disruptionsAllowed > 0 ? 'SufficientPods' : 'InsufficientPods' });
  });

  test('unready pods are not healthy', () => {
    const objects = store([...deployment(3), pod('web-abc12-a'), pod('web-abc12-b', { ready: false }), pod('web-abc12-c'), budget({ minAvailable: 2 })]);
    expect(budgetStatus(objects, objects.get('PodDisruptionBudget', 'shop', 'web')!, now)).toMatchObject({ currentHealthy: 2, disruptionsAllowed: 0 });
  });
});

describe('an eviction checked against the budget', () => {
  const refused = (run: () => void): ApiError => {
    try {
      run();
    } catch (error) {
      return error as ApiError;
    }
    throw new Error('the eviction was admitted');
  };

  test('a healthy pod under a spent budget is refused with 429 and the budget in the cause', () => {
    const objects = store([...deployment(2), pod('web-abc12-a'), pod('web-abc12-b'), budget({ minAvailable: 2 })]);
    const error = refused(() => admitEviction(objects, objects.get('Pod', 'shop', 'web-abc12-a')!, now, false));
    expect(error.code).toBe(429);
    expect(error.reason).toBe('TooManyRequests');
    expect(error.details?.causes).toEqual([{ reason: 'DisruptionBudget', message: 'The disruption budget web needs 2 healthy pods and has 2 currently' }]);
  });

  test('an allowed eviction takes one disruption and records the pod; a dry run takes none', () => {
    const objects = store([...deployment(3), pod('web-abc12-a'), pod('web-abc12-b'), pod('web-abc12-c'), budget({ maxUnavailable: 1 })]);
    const target = objects.get('Pod', 'shop', 'web-abc12-a')!;
    admitEviction(objects, target, now, true);
    expect(objects.get('PodDisruptionBudget', 'shop', 'web')!.status).toMatchObject({ disruptionsAllowed: 1 });
    admitEviction(objects, target, now, false);
    expect(objects.get('PodDisruptionBudget', 'shop', 'web')!.status).toMatchObject({ disruptionsAllowed: 0, disruptedPods: { 'web-abc12-a': '2026-11-22T12:00:00Z' } });
    expect(refused(() => admitEviction(objects, objects.get('Pod', 'shop', 'web-abc12-b')!, now, false)).code).toBe(429);
  });

  test('pods that are not running, and unready pods while the budget is met, always go', () => {
    const objects = store([...deployment(3), pod('web-abc12-a'), pod('web-abc12-b'), pod('web-abc12-c', { phase: 'Pending', ready: false }), budget({ minAvailable: 2 })]);
    expect(() => admitEviction(objects, objects.get('Pod', 'shop', 'web-abc12-c')!, now, false)).not.toThrow();
    const degraded = store([...deployment(3), pod('web-abc12-a'), pod('web-abc12-b', { ready: false }), budget({ minAvailable: 2 })]);
    expect(refused(() => admitEviction(degraded, degraded.get('Pod', 'shop', 'web-abc12-b')!, now, false)).code).toBe(429);
    const always = store([...deployment(3), pod('web-abc12-a'), pod('web-abc12-b', { ready: false }), budget({ minAvailable: 2, unhealthyPodEvictionPolicy: 'AlwaysAllow' })]);
    expect(() => admitEviction(always, always.get('Pod', 'shop', 'web-abc12-b')!, now, false)).not.toThrow();
  });

  test('a pod under two budgets cannot be evicted at all', () => {
    const objects = store([...deployment(3), pod('web-abc12-a'), pod('web-abc12-b'), pod('web-abc12-c'), budget({ maxUnavailable: 1 }), budget({ maxUnavailable: 2 }, 'web-extra')]);
    const error = refused(() => admitEviction(objects, objects.get('Pod', 'shop', 'web-abc12-a')!, now, false));
    expect(error.code).toBe(500);
    expect(error.message).toBe('This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  });
});
