import type { KubeObject } from './kube-object.js';
import { hexId } from './names.js';
import { parseQuantity } from './quantity.js';
import { formatTime } from './relative-time.js';
import { runningPodStatus } from './running-pod.js';
import type { ObjectStore } from './store.js';

// A small scheduler for pods left Pending: when a node becomes usable (uncordoned, untainted) or room is freed,
// a waiting pod is placed where a real scheduler could place it (a ready, schedulable node that matches its
// nodeSelector and whose taints it tolerates, with its requests free, its claims bound) and started there.
// Affinity and topology spread are not considered.

interface Taint {
  key?: string;
  value?: string;
  effect?: string;
}

interface Toleration extends Taint {
  operator?: string;
}

interface Container {
  name: string;
  image?: string;
  resources?: { requests?: Record<string, string> };
}

interface PodSpec {
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  containers?: Container[];
  tolerations?: Toleration[];
  volumes?: { persistentVolumeClaim?: { claimName?: string } }[];
}

type EventSink = (object: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string) => void;

const podSpec = (pod: KubeObject): PodSpec => (pod.spec ?? {}) as PodSpec;

function tolerates(tolerations: Toleration[], taint: Taint): boolean {
  return tolerations.some((toleration) => {
    if (toleration.effect && toleration.effect !== taint.effect) return false;
    if (toleration.operator === 'Exists') return !toleration.key || toleration.key === taint.key;
    return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
  });
}

function requests(pod: KubeObject): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const container of podSpec(pod).containers ?? []) {
    cpu += parseQuantity(container.resources?.requests?.cpu ?? '0') ?? 0;
    memory += parseQuantity(container.resources?.requests?.memory ?? '0') ?? 0;
  }
  return { cpu, memory };
}

function isWaiting(pod: KubeObject): boolean {
  return !pod.metadata.deletionTimestamp && !podSpec(pod).nodeName && (pod.status as { phase?: string } | undefined)?.phase === 'Pending';
}

function usable(node: KubeObject, pod: KubeObject): boolean {
  const spec = (node.spec ?? {}) as { unschedulable?: boolean; taints?: Taint[] };
  const conditions = ((node.status as { conditions?: { type?: string; status?: string }[] } | undefined)?.conditions ?? []);
  if (spec.unschedulable || !conditions.some((c) => c.type === 'Ready' && c.status === 'True')) return false;
  const labels = node.metadata.labels ?? {};
  if (Object.entries(podSpec(pod).nodeSelector ?? {}).some(([key, value]) => labels[key] !== value)) return false;
  const tolerations = podSpec(pod).tolerations ?? [];
  return (spec.taints ?? []).every((taint) => taint.effect === 'PreferNoSchedule' || tolerates(tolerations, taint));
}

function free(store: ObjectStore, node: KubeObject): { cpu: number; memory: number } {
  const allocatable = ((node.status as { allocatable?: Record<string, string> } | undefined)?.allocatable ?? {});
  const used = store
    .list('Pod')
    .filter((pod) => podSpec(pod).nodeName === node.metadata.name && !['Succeeded', 'Failed'].includes((pod.status as { phase?: string } | undefined)?.phase ?? ''))
    .map(requests)
    .reduce((sum, r) => ({ cpu: sum.cpu + r.cpu, memory: sum.memory + r.memory }), { cpu: 0, memory: 0 });
  return { cpu: (parseQuantity(allocatable.cpu ?? '0') ?? 0) - used.cpu, memory: (parseQuantity(allocatable.memory ?? '0') ?? 0) - used.memory };
}

function claimsBound(store: ObjectStore, pod: KubeObject): boolean {
  return (podSpec(pod).volumes ?? []).every((volume) => {
    const claim = volume.persistentVolumeClaim?.claimName;
    if (!claim) return true;
    return (store.get('PersistentVolumeClaim', pod.metadata.namespace, claim)?.status as { phase?: string } | undefined)?.phase === 'Bound';
  });
}

function start(pod: KubeObject, node: KubeObject, now: string): void {
  podSpec(pod).nodeName = node.metadata.name;
  const hostIP = ((node.status as { addresses?: { type?: string; address?: string }[] } | undefined)?.addresses ?? []).find((a) => a.type === 'InternalIP')?.address;
  const cidr = /^(\d+\.\d+\.\d+)\.\d+\/\d+$/.exec((node.spec as { podCIDR?: string } | undefined)?.podCIDR ?? '');
  const podIP = `${cidr?.[1] ?? '10.244.0'}.${(parseInt(hexId(pod.metadata.name, 2), 16) % 200) + 50}`;
  const previous = (pod.status ?? {}) as { qosClass?: string };
  pod.status = runningPodStatus(podSpec(pod).containers ?? [], { uid: pod.metadata.uid ?? pod.metadata.name, now, podIP, ...(hostIP ? { hostIP } : {}), ...(previous.qosClass ? { qosClass: previous.qosClass } : {}) });
}

/** Places every waiting pod that now fits somewhere; returns the pods it started. */
export function scheduleWaitingPods(store: ObjectStore, now: Date, event: EventSink): KubeObject[] {
  const started: KubeObject[] = [];
  const time = formatTime(now);
  for (const pod of store.list('Pod').filter(isWaiting)) {
    if (!claimsBound(store, pod)) continue;
    const need = requests(pod);
    const candidates = store
      .list('Node')
      .filter((node) => usable(node, pod))
      .map((node) => ({ node, room: free(store, node) }))
      .filter(({ room }) => room.cpu >= need.cpu && room.memory >= need.memory)
      .sort((a, b) => b.room.cpu - a.room.cpu);
    const chosen = candidates[0]?.node;
    if (!chosen) continue;
    const placed = structuredClone(pod);
    start(placed, chosen, time);
    store.put(placed);
    event(placed, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${chosen.metadata.name}`, 'default-scheduler');
    for (const container of podSpec(placed).containers ?? []) event(placed, 'Normal', 'Started', `Started container ${container.name}`, 'kubelet');
    started.push(placed);
  }
  return started;
}
