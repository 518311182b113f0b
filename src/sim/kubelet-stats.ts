import type { KubeObject } from './kube-object.js';
import { parseQuantity } from './quantity.js';
import { formatTime } from './relative-time.js';
import type { FilesystemUsage, Scenario } from './scenario.js';
import { nodeFilesystemUsed } from './node-pressure.js';
import type { ObjectStore } from './store.js';

// The kubelet's stats summary (`/stats/summary`, read through the API server's node proxy): what the kubelet
// measures on one node, the figures behind kubelet_volume_stats_* and the node's disk pressure.

// Inode counts when the scenario gives none: about one inode per 16 KiB, a common ext4 ratio.
const BYTES_PER_INODE = 16 * 1024;

function bytes(quantity: string | undefined): number {
  return Math.round(parseQuantity(quantity ?? '0') ?? 0);
}

function filesystem(usage: FilesystemUsage, time: string): Record<string, unknown> {
  const capacity = bytes(usage.capacity);
  const used = Math.min(bytes(usage.used), capacity);
  const inodes = usage.inodes ?? Math.floor(capacity / BYTES_PER_INODE);
  const inodesUsed = Math.min(usage.inodesUsed ?? Math.floor(used / BYTES_PER_INODE / 4), inodes);
  return { time, availableBytes: capacity - used, capacityBytes: capacity, usedBytes: used, inodesFree: inodes - inodesUsed, inodes, inodesUsed };
}

function cpu(quantity: string, time: string): Record<string, unknown> {
  return { time, usageNanoCores: Math.round((parseQuantity(quantity) ?? 0) * 1e9) };
}

function memory(quantity: string, time: string): Record<string, unknown> {
  const used = bytes(quantity);
  return { time, usageBytes: used, workingSetBytes: used, rssBytes: Math.round(used * 0.9), pageFaults: 0, majorPageFaults: 0 };
}

function claimOf(pod: KubeObject, volume: string): string | undefined {
  const volumes = (pod.spec as { volumes?: { name?: string; persistentVolumeClaim?: { claimName?: string } }[] } | undefined)?.volumes ?? [];
  return volumes.find((entry) => entry.name === volume)?.persistentVolumeClaim?.claimName;
}

/** The stats summary of `node`: its own usage and that of each pod on it, with their volumes. */
export function statsSummary(store: ObjectStore, metrics: Scenario['metrics'], node: KubeObject, now: Date): Record<string, unknown> {
  const time = formatTime(new Date(now.getTime() - 10_000));
  const nodeName = node.metadata.name;
  const usage = metrics.nodes.find((entry) => entry.node === nodeName);
  const pods = store.list('Pod').filter((pod) => (pod.spec as { nodeName?: string } | undefined)?.nodeName === nodeName);
  return {
    node: {
      nodeName,
      startTime: node.metadata.creationTimestamp,
      ...(usage ? { cpu: cpu(usage.cpu, time), memory: memory(usage.memory, time) } : {}),
      ...(usage?.filesystem ? { fs: filesystem({ ...usage.filesystem, used: String(nodeFilesystemUsed(store, metrics, nodeName) ?? 0) }, time) } : {}),
    },
    pods: pods.map((pod) => {
      const { name, namespace, uid } = pod.metadata;
      const usage = metrics.pods.find((entry) => entry.namespace === namespace && entry.pod === name);
      const containers = usage?.containers ?? {};
      const volumes = metrics.volumes.filter((entry) => entry.namespace === namespace && entry.pod === name);
      const startTime = (pod.status as { startTime?: string } | undefined)?.startTime ?? pod.metadata.creationTimestamp;
      return {
        podRef: { name, namespace, uid },
        startTime,
        containers: Object.entries(containers).map(([container, used]) => ({ name: container, startTime, cpu: cpu(used.cpu, time), memory: memory(used.memory, time) })),
        ...(volumes.length
          ? {
              volume: volumes.map((entry) => {
                const claim = claimOf(pod, entry.volume);
                // An expanded claim's volume has the claim's new size; what is used stays as the scenario says.
                const claimSize = claim ? (store.get('PersistentVolumeClaim', namespace, claim)?.status as { capacity?: { storage?: string } } | undefined)?.capacity?.storage : undefined;
                const sized = claimSize && bytes(claimSize) > bytes(entry.capacity) ? { ...entry, capacity: claimSize } : entry;
                return { ...filesystem(sized, time), name: entry.volume, ...(claim ? { pvcRef: { name: claim, namespace } } : {}) };
              }),
            }
          : {}),
        ...(usage?.ephemeralStorage ? { 'ephemeral-storage': { time, usedBytes: bytes(usage.ephemeralStorage) } } : {}),
      };
    }),
  };
}
