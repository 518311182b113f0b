import { hexId } from './names.js';

interface Container {
  name: string;
  image?: string;
}

/** Where a pod that starts runs, and what the scheduler and the kubelet knew of it. */
export interface RunningPodFacts {
  uid: string;
  now: string;
  podIP: string;
  hostIP?: string;
  qosClass?: string;
}

/**
 * The status of a pod whose containers all started and are ready, as the kubelet reports it: the same for a pod a
 * controller made and one the scheduler placed late.
 */
export function runningPodStatus(containers: readonly Container[], facts: RunningPodFacts): Record<string, unknown> {
  const { uid, now, podIP, hostIP, qosClass } = facts;
  return {
    phase: 'Running',
    conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: now })),
    ...(hostIP ? { hostIP, hostIPs: [{ ip: hostIP }] } : {}),
    podIP,
    podIPs: [{ ip: podIP }],
    startTime: now,
    containerStatuses: containers.map((container) => ({
      name: container.name,
      state: { running: { startedAt: now } },
      lastState: {},
      ready: true,
      restartCount: 0,
      image: container.image ?? '',
      imageID: `${(container.image ?? '').split(':')[0]}@sha256:${hexId(container.image ?? '')}`,
      containerID: `containerd://${hexId(`${uid}/${container.name}`)}`,
      started: true,
    })),
    ...(qosClass ? { qosClass } : {}),
  };
}
