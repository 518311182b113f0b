import type { KubeObject } from './kube-object.js';
import { formatTime } from './relative-time.js';
import { matchesLabels, selectorFromSpec } from './selectors.js';
import { ApiError } from './status.js';
import { controllerOf, isPodReady, type ObjectStore } from './store.js';

// What the disruption controller and the eviction subresource of a real API server do with PodDisruptionBudgets
// (policy/v1): count the healthy pods a budget covers, and refuse an eviction the budget does not allow.

interface BudgetStatus {
  observedGeneration?: number;
  disruptedPods?: Record<string, string>;
  disruptionsAllowed?: number;
  currentHealthy?: number;
  desiredHealthy?: number;
  expectedPods?: number;
  conditions?: Record<string, unknown>[];
}

interface BudgetSpec {
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  selector?: unknown;
  unhealthyPodEvictionPolicy?: string;
}

const specOf = (pdb: KubeObject): BudgetSpec => (pdb.spec ?? {}) as BudgetSpec;

/** The pods of a namespace a budget covers; in policy/v1 an empty selector covers every pod of the namespace. */
export function coveredPods(store: ObjectStore, pdb: KubeObject): KubeObject[] {
  const selector = selectorFromSpec(specOf(pdb).selector) ?? [];
  return store.list('Pod', pdb.metadata.namespace).filter((pod) => !pod.metadata.deletionTimestamp && matchesLabels(selector, pod.metadata.labels));
}

/** The budgets whose selector picks `pod`. */
export function budgetsOf(store: ObjectStore, pod: KubeObject): KubeObject[] {
  return store.list('PodDisruptionBudget', pod.metadata.namespace).filter((pdb) => matchesLabels(selectorFromSpec(specOf(pdb).selector) ?? [], pod.metadata.labels));
}

// `2` or `"50%"` of `total`, rounded up as the disruption controller does.
function scaled(value: number | string, total: number): number {
  if (typeof value === 'number') return value;
  const percent = /^(\d+)%$/.exec(value);
  if (percent) return Math.ceil((Number(percent[1]) * total) / 100);
  return /^\d+$/.test(value) ? Number(value) : 0;
}

// Percentages count against what the pods' controllers want; plain numbers against the pods that exist.
function expectedPods(store: ObjectStore, pods: KubeObject[], spec: BudgetSpec): number {
  const usesPercent = [spec.minAvailable, spec.maxUnavailable].some((value) => typeof value === 'string' && value.endsWith('%'));
  if (!usesPercent && spec.maxUnavailable === undefined) return pods.length;
  const wanted = new Map<string, number>();
  for (const pod of pods) {
    let owner = ownerObject(store, pod);
    if (owner?.kind === 'ReplicaSet') owner = ownerObject(store, owner) ?? owner;
    const replicas = (owner?.spec as { replicas?: number } | undefined)?.replicas;
    if (!owner || typeof replicas !== 'number') return pods.length;
    wanted.set(owner.metadata.uid!, replicas);
  }
  return [...wanted.values()].reduce((sum, replicas) => sum + replicas, 0);
}

function ownerObject(store: ObjectStore, object: KubeObject): KubeObject | undefined {
  const ref = controllerOf(object);
  return ref ? store.get(ref.kind, object.metadata.namespace, ref.name) : undefined;
}

/** The status the disruption controller would write for `pdb` now; pods evicted a moment ago stay counted as gone. */
export function budgetStatus(store: ObjectStore, pdb: KubeObject, now: Date): BudgetStatus {
  const spec = specOf(pdb);
  const previous = (pdb.status ?? {}) as BudgetStatus;
  const pods = coveredPods(store, pdb);
  const disruptedPods = Object.fromEntries(Object.entries(previous.disruptedPods ?? {}).filter(([name]) => pods.some((pod) => pod.metadata.name === name)));
  const healthy = pods.filter((pod) => isPodReady(pod) && !(pod.metadata.name in disruptedPods)).length;
  const expected = expectedPods(store, pods, spec);
  const desired = spec.minAvailable !== undefined ? scaled(spec.minAvailable, expected) : spec.maxUnavailable !== undefined ? Math.max(0, expected - scaled(spec.maxUnavailable, expected)) : expected;
  const allowed = Math.max(0, healthy - desired);
  const sufficient = allowed > 0;
  const condition = (previous.conditions ?? []).find((c) => c.type === 'DisruptionAllowed');
  const changed = condition?.status !== (sufficient ? 'True' : 'False');
  return {
    observedGeneration: pdb.metadata.generation ?? 1,
    ...(Object.keys(disruptedPods).length ? { disruptedPods } : {}),
    disruptionsAllowed: allowed,
    currentHealthy: healthy,
    desiredHealthy: desired,
    expectedPods: expected,
    conditions: [
      {
        type: 'DisruptionAllowed',
        status: sufficient ? 'True' : 'False',
        reason: sufficient ? 'SufficientPods' : 'InsufficientPods',
        message: '',
        observedGeneration: pdb.metadata.generation ?? 1,
        lastTransitionTime: changed || !condition?.lastTransitionTime ? formatTime(now) : condition.lastTransitionTime,
      },
    ],
  };
}

/** Gives every budget written without a status the one the disruption controller would write. */
export function fillBudgets(store: ObjectStore, now: Date): void {
  for (const pdb of store.list('PodDisruptionBudget')) if (pdb.status === undefined) store.put({ ...pdb, status: budgetStatus(store, pdb, now) });
}

/** Rewrites the status of every budget in `namespace` that a change of its pods moved. */
export function refreshBudgets(store: ObjectStore, namespace: string | undefined, now: Date): void {
  for (const pdb of store.list('PodDisruptionBudget', namespace)) {
    const next = budgetStatus(store, pdb, now);
    const current = (pdb.status ?? {}) as BudgetStatus;
    const same = ['disruptionsAllowed', 'currentHealthy', 'desiredHealthy', 'expectedPods'].every((key) => current[key as keyof BudgetStatus] === next[key as keyof BudgetStatus]);
    if (same && JSON.stringify(current.disruptedPods ?? {}) === JSON.stringify(next.disruptedPods ?? {})) continue;
    store.put({ ...pdb, status: next });
  }
}

/**
 * Checks an eviction of `pod` against its budget as the API server does, and on success takes one disruption from
 * it (the budget is written back unless `dryRun`). Throws the 429 kubectl drain retries on, or the 500 for a pod
 * under two budgets.
 */
export function admitEviction(store: ObjectStore, pod: KubeObject, now: Date, dryRun: boolean): void {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  // Pods that are not running (finished, failed or never started) hold nothing up.
  if (phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending') return;
  const budgets = budgetsOf(store, pod);
  if (budgets.length === 0) return;
  if (budgets.length > 1) throw new ApiError(500, 'InternalError', 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  const pdb = budgets[0]!;
  const status = (pdb.status ?? budgetStatus(store, pdb, now)) as BudgetStatus;
  const current = status.currentHealthy ?? 0;
  const desired = status.desiredHealthy ?? 0;
  // An unready pod adds nothing to the budget: it may go while the application is whole, or always with AlwaysAllow.
  if (!isPodReady(pod) && (specOf(pdb).unhealthyPodEvictionPolicy === 'AlwaysAllow' || current >= desired)) return;
  if ((status.disruptionsAllowed ?? 0) <= 0) {
    throw new ApiError(429, 'TooManyRequests', "Cannot evict pod as it would violate the pod's disruption budget.", {
      causes: [{ reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata.name} needs ${desired} healthy pods and has ${current} currently` }],
    });
  }
  if (dryRun) return;
  const next: BudgetStatus = { ...status, disruptionsAllowed: (status.disruptionsAllowed ?? 1) - 1, disruptedPods: { ...(status.disruptedPods ?? {}), [pod.metadata.name]: formatTime(now) } };
  store.put({ ...pdb, status: next });
}
