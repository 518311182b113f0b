import type { KubeObject } from './kube-object.js';
import { formatTime } from './relative-time.js';
import type { ObjectStore } from './store.js';

// What the horizontal pod autoscaler does when its spec changes (a new maximum or minimum): it recomputes the
// replica count from the CPU utilisation it last measured, within the new bounds, scales its target, and
// reports the new count and whether the bounds limit it. Load is taken to spread evenly over the replicas.

interface Metric {
  type?: string;
  resource?: { name?: string; target?: { type?: string; averageUtilization?: number }; current?: { averageUtilization?: number; averageValue?: string } };
}

interface AutoscalerSpec {
  minReplicas?: number;
  maxReplicas?: number;
  scaleTargetRef?: { kind?: string; name?: string };
  metrics?: Metric[];
}

interface AutoscalerStatus {
  currentReplicas?: number;
  desiredReplicas?: number;
  lastScaleTime?: string;
  currentMetrics?: Metric[];
  conditions?: { type?: string; status?: string; reason?: string; message?: string; lastTransitionTime?: string }[];
}

type EventSink = (object: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string) => void;

const isCpuUtilization = (metric: Metric | undefined): boolean => metric?.type === 'Resource' && metric.resource?.name === 'cpu';

/** Rescales the target of `hpa` for its current spec; returns the target when its replica count changed. */
export function reconcileAutoscaler(store: ObjectStore, hpa: KubeObject, now: Date, event: EventSink): KubeObject | undefined {
  if (hpa.apiVersion !== 'autoscaling/v2') return undefined;
  const spec = (hpa.spec ?? {}) as AutoscalerSpec;
  const status = (hpa.status ?? {}) as AutoscalerStatus;
  const target = spec.metrics?.find(isCpuUtilization)?.resource?.target?.averageUtilization;
  const current = status.currentMetrics?.find(isCpuUtilization)?.resource?.current?.averageUtilization;
  const ref = spec.scaleTargetRef;
  const workload = ref?.kind && ref.name ? store.get(ref.kind, hpa.metadata.namespace, ref.name) : undefined;
  const replicas = (workload?.spec as { replicas?: number } | undefined)?.replicas;
  if (!target || current === undefined || !workload || typeof replicas !== 'number' || replicas < 1) return undefined;
  const min = spec.minReplicas ?? 1;
  const max = spec.maxReplicas ?? replicas;
  const wanted = Math.ceil((replicas * current) / target);
  const desired = Math.min(max, Math.max(min, wanted));
  const time = formatTime(now);
  const limited = wanted > max ? 'TooManyReplicas' : wanted < min ? 'TooFewReplicas' : undefined;
  const conditions = (status.conditions ?? []).filter((c) => c.type !== 'ScalingLimited');
  const previous = status.conditions?.find((c) => c.type === 'ScalingLimited');
  const limitedStatus = limited ? 'True' : 'False';
  conditions.push({
    type: 'ScalingLimited',
    status: limitedStatus,
    reason: limited ?? 'DesiredWithinRange',
    message: limited === 'TooManyReplicas' ? 'the desired replica count is more than the maximum replica count' : limited === 'TooFewReplicas' ? 'the desired replica count is less than the minimum replica count' : 'the desired count is within the acceptable range',
    lastTransitionTime: previous?.status === limitedStatus && previous.lastTransitionTime ? previous.lastTransitionTime : time,
  });
  const metrics = (status.currentMetrics ?? []).map((metric) => {
    if (!isCpuUtilization(metric) || desired === replicas) return metric;
    return { ...metric, resource: { ...metric.resource, current: { ...metric.resource?.current, averageUtilization: Math.round((current * replicas) / desired) } } };
  });
  store.put({ ...hpa, status: { ...status, currentReplicas: desired, desiredReplicas: desired, currentMetrics: metrics, conditions, ...(desired === replicas ? {} : { lastScaleTime: time }) } });
  if (desired === replicas) return undefined;
  const scaled = structuredClone(workload);
  (scaled.spec as { replicas: number }).replicas = desired;
  scaled.metadata.generation = (workload.metadata.generation ?? 1) + 1;
  store.put(scaled);
  const reason = desired > replicas ? 'above target' : 'below target';
  event(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: cpu resource utilization (percentage of request) ${reason}`, 'horizontal-pod-autoscaler');
  return scaled;
}
