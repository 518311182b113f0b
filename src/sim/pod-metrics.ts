import type { KubeObject } from './kube-object.js';
import type { Scenario } from './scenario.js';
import { formatTime } from './relative-time.js';

/** The PodMetrics of a pod that exists and has usage in the scenario. */
export function podMetrics(metrics: Scenario['metrics'], pod: KubeObject, now: Date): KubeObject | undefined {
  const entry = metrics.pods.find((m) => m.namespace === pod.metadata.namespace && m.pod === pod.metadata.name);
  if (!entry) return undefined;
  return {
    kind: 'PodMetrics',
    apiVersion: 'metrics.k8s.io/v1beta1',
    metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace!, creationTimestamp: formatTime(now), ...(pod.metadata.labels ? { labels: pod.metadata.labels } : {}) },
    timestamp: formatTime(new Date(now.getTime() - 15_000)),
    window: '30s',
    containers: Object.entries(entry.containers).map(([name, usage]) => ({ name, usage: { cpu: usage.cpu, memory: usage.memory } })),
  };
}

/** The NodeMetrics of a node that exists and has usage in the scenario. */
export function nodeMetrics(metrics: Scenario['metrics'], node: KubeObject, now: Date): KubeObject | undefined {
  const entry = metrics.nodes.find((m) => m.node === node.metadata.name);
  if (!entry) return undefined;
  return {
    kind: 'NodeMetrics',
    apiVersion: 'metrics.k8s.io/v1beta1',
    metadata: { name: node.metadata.name, creationTimestamp: formatTime(now), ...(node.metadata.labels ? { labels: node.metadata.labels } : {}) },
    timestamp: formatTime(new Date(now.getTime() - 15_000)),
    window: '20s',
    usage: { cpu: entry.cpu, memory: entry.memory },
  };
}
