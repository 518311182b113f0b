import type { KubeObject } from './kube-object.js';
import { parseQuantity } from './quantity.js';
import { formatTime } from './relative-time.js';
import type { Scenario } from './scenario.js';
import type { ObjectStore } from './store.js';

// The kubelet's side of disk pressure: the node's root file system holds what its pods wrote outside their
// volumes, so a pod that goes frees its share; once enough is free again, the kubelet clears DiskPressure and
// its taint, as it would after reclaiming space.

// The kubelet's default hard eviction threshold for the node file system: nodefs.available < 10%.
const NODEFS_AVAILABLE_MIN = 0.1;
const TAINT = 'node.kubernetes.io/disk-pressure';

const bytes = (quantity: string | undefined): number => Math.round(parseQuantity(quantity ?? '0') ?? 0);

/** Bytes in use on `node`'s root file system now: the scenario's figure less what pods that are gone had written. */
export function nodeFilesystemUsed(store: ObjectStore, metrics: Scenario['metrics'], nodeName: string): number | undefined {
  const usage = metrics.nodes.find((entry) => entry.node === nodeName)?.filesystem;
  if (!usage) return undefined;
  const freed = metrics.pods
    .filter((entry) => entry.ephemeralStorage && !store.get('Pod', entry.namespace, entry.pod))
    .filter((entry) => podNodes(store, metrics).get(`${entry.namespace}/${entry.pod}`) === nodeName)
    .reduce((sum, entry) => sum + bytes(entry.ephemeralStorage), 0);
  return Math.max(0, bytes(usage.used) - freed);
}

// Which node each pod with metrics ran on, remembered from the first time it was seen (a deleted pod is gone from the store).
const seen = new WeakMap<Scenario['metrics'], Map<string, string>>();
function podNodes(store: ObjectStore, metrics: Scenario['metrics']): Map<string, string> {
  let nodes = seen.get(metrics);
  if (!nodes) {
    nodes = new Map();
    seen.set(metrics, nodes);
  }
  for (const entry of metrics.pods) {
    const pod = store.get('Pod', entry.namespace, entry.pod);
    const node = (pod?.spec as { nodeName?: string } | undefined)?.nodeName;
    if (node) nodes.set(`${entry.namespace}/${entry.pod}`, node);
  }
  return nodes;
}

/** Remembers where the scenario's pods run, so space they free later is counted on the right node. */
export function rememberPodNodes(store: ObjectStore, metrics: Scenario['metrics']): void {
  podNodes(store, metrics);
}

/** Clears DiskPressure (condition and taint) on nodes whose root file system has enough free space again. */
export function relieveDiskPressure(store: ObjectStore, metrics: Scenario['metrics'], now: Date, event: (object: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string) => void): void {
  for (const node of store.list('Node')) {
    const conditions = ((node.status as { conditions?: { type?: string; status?: string; reason?: string; message?: string; lastTransitionTime?: string }[] } | undefined)?.conditions ?? []);
    const pressure = conditions.find((c) => c.type === 'DiskPressure');
    const capacity = bytes(metrics.nodes.find((entry) => entry.node === node.metadata.name)?.filesystem?.capacity);
    const used = nodeFilesystemUsed(store, metrics, node.metadata.name);
    if (pressure?.status !== 'True' || !capacity || used === undefined || (capacity - used) / capacity < NODEFS_AVAILABLE_MIN) continue;
    const updated = structuredClone(node);
    const status = updated.status as { conditions: typeof conditions };
    status.conditions = conditions.map((c) => (c.type === 'DiskPressure' ? { ...c, status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure', lastTransitionTime: formatTime(now) } : c));
    const spec = (updated.spec ?? {}) as { taints?: { key?: string }[] };
    spec.taints = (spec.taints ?? []).filter((taint) => taint.key !== TAINT);
    if (spec.taints.length === 0) delete spec.taints;
    store.put(updated);
    event(updated, 'Normal', 'NodeHasNoDiskPressure', `Node ${node.metadata.name} status is now: NodeHasNoDiskPressure`, 'kubelet');
  }
}
