import type { KubeObject } from './kube-object.js';
import { canonicalJson, hexId, randomSuffix, stableUid, templateHash } from './names.js';
import { formatTime } from './relative-time.js';
import { runningPodStatus } from './running-pod.js';
import { controllerOf, isPodReady, ownedPods, type ObjectStore } from './store.js';

const REVISION = 'deployment.kubernetes.io/revision';

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: { name: string; image?: string; resources?: { requests?: Record<string, string>; limits?: Record<string, string> } }[]; [key: string]: unknown };
}

interface WorkloadSpec {
  replicas?: number;
  selector?: { matchLabels?: Record<string, string> };
  template?: PodTemplate;
  [key: string]: unknown;
}

const specOf = (object: KubeObject): WorkloadSpec => (object.spec ??= {}) as WorkloadSpec;
const statusOf = (object: KubeObject): Record<string, unknown> => (object.status ??= {}) as Record<string, unknown>;

/**
 * What the cluster's controllers would do after a change, done at once: deployments roll out new replicasets,
 * replicasets keep their pod count, owners' deletions cascade, and each step leaves the event a controller records.
 */
export class Controllers {
  // The pod template each deployment last rolled out, so a changed template (rollout restart, set image) starts a new replicaset.
  private readonly rolledOut = new Map<string, string>();
  private readonly startedAt = Date.now();

  constructor(
    private readonly store: ObjectStore,
    private readonly start: Date,
  ) {
    for (const deployment of store.list('Deployment')) this.rolledOut.set(deployment.metadata.uid!, templateKey(specOf(deployment).template));
  }

  /** The simulated clock: the scenario's start plus the time the server has been running. */
  now(): Date {
    return new Date(this.start.getTime() + (Date.now() - this.startedAt));
  }

  /** Reacts to a stored change of `object` (already in the store). */
  changed(object: KubeObject): void {
    if (object.kind === 'Deployment') this.reconcileDeployment(object);
    else if (object.kind === 'ReplicaSet') {
      this.reconcileReplicaSet(object);
      this.refreshOwner(object);
    } else if (object.kind === 'StatefulSet') this.reconcileStatefulSet(object);
    else if (object.kind === 'Node') this.reconcileNodeTaints(object);
  }

  /** Removes an object and reacts: owned objects are collected, a controller replaces a lost pod. */
  deleted(object: KubeObject): void {
    this.store.remove(object);
    this.collectOrphans(object.metadata.uid!);
    if (object.kind === 'Pod') {
      this.event(object, 'Normal', 'Killing', `Stopping container ${containerNames(object).join(', ')}`, 'kubelet');
      const owner = this.ownerOf(object);
      if (owner?.kind === 'ReplicaSet') {
        this.reconcileReplicaSet(owner);
        this.refreshOwner(owner);
      } else if (owner?.kind === 'StatefulSet') this.reconcileStatefulSet(owner);
    }
  }

  private ownerOf(object: KubeObject): KubeObject | undefined {
    const ref = controllerOf(object);
    return ref ? this.store.get(ref.kind, object.metadata.namespace, ref.name) : undefined;
  }

  private collectOrphans(uid: string): void {
    for (const candidate of this.store.all()) {
      if (candidate.metadata.ownerReferences?.some((ref) => ref.uid === uid) && this.store.get(candidate.kind, candidate.metadata.namespace, candidate.metadata.name)) {
        this.store.remove(candidate);
        this.collectOrphans(candidate.metadata.uid!);
      }
    }
  }

  private ownedReplicaSets(deployment: KubeObject): KubeObject[] {
    return this.store.list('ReplicaSet', deployment.metadata.namespace).filter((rs) => controllerOf(rs)?.uid === deployment.metadata.uid);
  }

  private reconcileDeployment(deployment: KubeObject): void {
    const spec = specOf(deployment);
    const desired = spec.replicas ?? 1;
    const owned = this.ownedReplicaSets(deployment);
    const key = templateKey(spec.template);
    let current = this.currentReplicaSet(owned);
    if (!current || this.rolledOut.get(deployment.metadata.uid!) !== key) {
      current = this.newReplicaSet(deployment, owned);
      this.rolledOut.set(deployment.metadata.uid!, key);
    }
    for (const rs of owned) {
      if (rs === current) continue;
      const rsSpec = specOf(rs);
      if ((rsSpec.replicas ?? 0) === 0) continue;
      this.event(deployment, 'Normal', 'ScalingReplicaSet', `Scaled down replica set ${rs.metadata.name} from ${rsSpec.replicas} to 0`, 'deployment-controller');
      rsSpec.replicas = 0;
      this.store.put(rs);
      this.reconcileReplicaSet(rs);
    }
    const currentSpec = specOf(current);
    if ((currentSpec.replicas ?? 0) !== desired) {
      const verb = (currentSpec.replicas ?? 0) < desired ? 'up' : 'down';
      this.event(deployment, 'Normal', 'ScalingReplicaSet', `Scaled ${verb} replica set ${current.metadata.name} from ${currentSpec.replicas ?? 0} to ${desired}`, 'deployment-controller');
      currentSpec.replicas = desired;
      const annotations = (current.metadata.annotations ??= {});
      annotations['deployment.kubernetes.io/desired-replicas'] = String(desired);
      this.store.put(current);
    }
    this.reconcileReplicaSet(current);
    this.refreshDeploymentStatus(deployment, current);
  }

  // The replicaset serving the deployment now: the highest revision.
  private currentReplicaSet(owned: KubeObject[]): KubeObject | undefined {
    return [...owned].sort((a, b) => revisionOf(b) - revisionOf(a))[0];
  }

  private newReplicaSet(deployment: KubeObject, owned: KubeObject[]): KubeObject {
    const spec = specOf(deployment);
    const template = structuredClone(spec.template ?? {});
    const hash = templateHash(template, owned.length);
    const revision = Math.max(0, ...owned.map(revisionOf)) + 1;
    const labels = { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    template.metadata = { ...(template.metadata ?? {}), labels };
    const now = formatTime(this.now());
    const name = `${deployment.metadata.name}-${hash}`;
    const rs: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name,
        namespace: deployment.metadata.namespace!,
        uid: stableUid('ReplicaSet', deployment.metadata.namespace ?? '', name, now),
        creationTimestamp: now,
        generation: 1,
        labels,
        annotations: {
          [REVISION]: String(revision),
          'deployment.kubernetes.io/desired-replicas': String(spec.replicas ?? 1),
          'deployment.kubernetes.io/max-replicas': String((spec.replicas ?? 1) + 1),
        },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name, uid: deployment.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        replicas: 0,
        selector: { matchLabels: { ...(spec.selector?.matchLabels ?? {}), 'pod-template-hash': hash } },
        template,
      },
      status: { replicas: 0, observedGeneration: 1 },
    };
    const changeCause = deployment.metadata.annotations?.['kubernetes.io/change-cause'];
    if (changeCause) rs.metadata.annotations!['kubernetes.io/change-cause'] = changeCause;
    (deployment.metadata.annotations ??= {})[REVISION] = String(revision);
    this.store.put(rs);
    return rs;
  }

  private refreshDeploymentStatus(deployment: KubeObject, current: KubeObject): void {
    const owned = this.ownedReplicaSets(deployment);
    const pods = owned.flatMap((rs) => ownedPods(this.store, rs));
    const updated = ownedPods(this.store, current);
    const ready = pods.filter(isPodReady).length;
    const desired = specOf(deployment).replicas ?? 1;
    const now = formatTime(this.now());
    const status = statusOf(deployment);
    Object.assign(status, {
      observedGeneration: deployment.metadata.generation ?? 1,
      replicas: pods.length,
      updatedReplicas: updated.length,
      readyReplicas: ready,
      availableReplicas: ready,
      unavailableReplicas: Math.max(0, desired - ready) || undefined,
    });
    if (status.unavailableReplicas === undefined) delete status.unavailableReplicas;
    const conditions = ((status.conditions as Record<string, unknown>[] | undefined) ?? []).filter((c) => c.type !== 'Available' && c.type !== 'Progressing');
    conditions.push(
      { type: 'Available', status: ready >= desired ? 'True' : 'False', reason: ready >= desired ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', message: ready >= desired ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', lastUpdateTime: now, lastTransitionTime: now },
      updated.length >= desired && pods.length === updated.length
        ? { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${current.metadata.name}" has successfully progressed.`, lastUpdateTime: now, lastTransitionTime: now }
        : { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${current.metadata.name}" is progressing.`, lastUpdateTime: now, lastTransitionTime: now },
    );
    status.conditions = conditions;
    this.store.put(deployment);
  }

  /** Keeps a replicaset's pod count at spec.replicas and its status true. */
  private reconcileReplicaSet(rs: KubeObject): void {
    const desired = specOf(rs).replicas ?? 1;
    const pods = ownedPods(this.store, rs);
    // Newest first, like the controller picks pods to delete when scaling down.
    pods.sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''));
    for (const pod of pods.slice(0, Math.max(0, pods.length - desired))) {
      this.store.remove(pod);
      this.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, 'replicaset-controller');
    }
    for (let i = pods.length; i < desired; i++) {
      const pod = this.createPod(rs, `${rs.metadata.name}-${randomSuffix()}`);
      this.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 'replicaset-controller');
    }
    const now = ownedPods(this.store, rs);
    const ready = now.filter(isPodReady).length;
    Object.assign(statusOf(rs), { replicas: now.length, fullyLabeledReplicas: now.length, readyReplicas: ready, availableReplicas: ready, observedGeneration: rs.metadata.generation ?? 1 });
    this.store.put(rs);
  }

  private reconcileStatefulSet(sts: KubeObject): void {
    const desired = specOf(sts).replicas ?? 1;
    const pods = ownedPods(this.store, sts);
    const ordinal = (pod: KubeObject): number => Number(/-(\d+)$/.exec(pod.metadata.name)?.[1] ?? -1);
    for (const pod of pods.filter((p) => ordinal(p) >= desired)) {
      this.store.remove(pod);
      this.event(sts, 'Normal', 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`, 'statefulset-controller');
    }
    for (let i = 0; i < desired; i++) {
      const name = `${sts.metadata.name}-${i}`;
      if (this.store.get('Pod', sts.metadata.namespace, name)) continue;
      this.createPod(sts, name);
      this.event(sts, 'Normal', 'SuccessfulCreate', `create Pod ${name} in StatefulSet ${sts.metadata.name} successful`, 'statefulset-controller');
    }
    const now = ownedPods(this.store, sts);
    const ready = now.filter(isPodReady).length;
    Object.assign(statusOf(sts), { replicas: now.length, readyReplicas: ready, availableReplicas: ready, currentReplicas: now.length, updatedReplicas: now.length, observedGeneration: sts.metadata.generation ?? 1 });
    this.store.put(sts);
  }

  private refreshOwner(rs: KubeObject): void {
    const owner = this.ownerOf(rs);
    if (owner?.kind !== 'Deployment') return;
    const current = this.currentReplicaSet(this.ownedReplicaSets(owner));
    if (current) this.refreshDeploymentStatus(owner, current);
  }

  // The node controller taints a cordoned node, and describe shows it.
  private reconcileNodeTaints(node: KubeObject): void {
    const spec = (node.spec ??= {}) as { unschedulable?: boolean; taints?: { key: string; effect: string; timeAdded?: string }[] };
    const key = 'node.kubernetes.io/unschedulable';
    const taints = (spec.taints ?? []).filter((t) => t.key !== key);
    if (spec.unschedulable) taints.push({ key, effect: 'NoSchedule', timeAdded: formatTime(this.now()) });
    if (taints.length) spec.taints = taints;
    else delete spec.taints;
    this.store.put(node);
  }

  private pickNode(): { node?: KubeObject; unschedulable: number; total: number } {
    const nodes = this.store.list('Node');
    const open = nodes.filter((node) => !(node.spec as { unschedulable?: boolean } | undefined)?.unschedulable);
    const load = (node: KubeObject): number => this.store.list('Pod').filter((pod) => (pod.spec as { nodeName?: string } | undefined)?.nodeName === node.metadata.name).length;
    const node = open.sort((a, b) => load(a) - load(b))[0];
    return { ...(node ? { node } : {}), unschedulable: nodes.length - open.length, total: nodes.length };
  }

  /** A new pod from the owner's template, running and ready (or Pending when every node is cordoned). */
  private createPod(owner: KubeObject, name: string): KubeObject {
    // A replicaset written without a template still makes pods like its deployment's.
    const ownTemplate = specOf(owner).template;
    const parent = this.ownerOf(owner);
    const template = structuredClone(ownTemplate?.spec?.containers?.length ? ownTemplate : (parent ? specOf(parent).template : undefined) ?? ownTemplate ?? {});
    if (ownTemplate?.metadata?.labels) template.metadata = { ...(template.metadata ?? {}), labels: { ...ownTemplate.metadata.labels } };
    const now = formatTime(this.now());
    const namespace = owner.metadata.namespace!;
    const podSpec = { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', terminationGracePeriodSeconds: 30, serviceAccountName: 'default', ...(template.spec ?? {}) } as Record<string, unknown> & NonNullable<PodTemplate['spec']>;
    const containers = podSpec.containers ?? [];
    const placement = this.pickNode();
    const uid = stableUid('Pod', namespace, name, now);
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        ...(owner.kind === 'ReplicaSet' ? { generateName: `${owner.metadata.name}-` } : {}),
        namespace,
        uid,
        creationTimestamp: now,
        labels: { ...(template.metadata?.labels ?? {}) },
        ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
        ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      },
      spec: podSpec,
      status: {},
    };
    const qosClass = qosOf(containers);
    if (!placement.node && placement.total > 0) {
      pod.status = {
        phase: 'Pending',
        qosClass,
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastTransitionTime: now, message: `0/${placement.total} nodes are available: ${placement.unschedulable} node(s) were unschedulable.` }],
      };
      this.store.put(pod);
      this.event(pod, 'Warning', 'FailedScheduling', `0/${placement.total} nodes are available: ${placement.unschedulable} node(s) were unschedulable.`, 'default-scheduler');
      return pod;
    }
    const nodeName = placement.node?.metadata.name;
    if (nodeName) podSpec.nodeName = nodeName;
    const hostIP = nodeAddress(placement.node);
    const podIP = `10.244.${parseInt(hexId(uid, 2), 16) % 250}.${(parseInt(hexId(name, 2), 16) % 250) + 2}`;
    pod.status = runningPodStatus(containers, { uid, now, podIP, ...(hostIP ? { hostIP } : {}), qosClass });
    this.store.put(pod);
    if (nodeName) this.event(pod, 'Normal', 'Scheduled', `Successfully assigned ${namespace}/${name} to ${nodeName}`, 'default-scheduler');
    for (const container of containers) {
      this.event(pod, 'Normal', 'Pulled', `Container image "${container.image ?? ''}" already present on machine`, 'kubelet');
      this.event(pod, 'Normal', 'Created', `Created container ${container.name}`, 'kubelet');
      this.event(pod, 'Normal', 'Started', `Started container ${container.name}`, 'kubelet');
    }
    return pod;
  }

  /** Records an event about `object`, as the named component would. */
  event(object: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const now = formatTime(this.now());
    const namespace = object.metadata.namespace ?? 'default';
    const name = `${object.metadata.name}.${hexId(`${object.metadata.uid}/${reason}/${message}/${now}/${Math.random()}`, 16)}`;
    this.store.put({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: stableUid('Event', namespace, name), creationTimestamp: now },
      involvedObject: { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace: object.metadata.namespace, uid: object.metadata.uid },
      reason,
      message,
      source: { component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: component,
      reportingInstance: '',
    });
  }
}

function templateKey(template: PodTemplate | undefined): string {
  const copy = structuredClone(template ?? {});
  if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash'];
  return canonicalJson(copy);
}

function revisionOf(rs: KubeObject): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;
}

function containerNames(pod: KubeObject): string[] {
  return ((pod.spec as PodTemplate['spec'])?.containers ?? []).map((c) => c.name);
}

function nodeAddress(node: KubeObject | undefined): string | undefined {
  const addresses = (node?.status as { addresses?: { type: string; address: string }[] } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === 'InternalIP')?.address;
}

function qosOf(containers: NonNullable<NonNullable<PodTemplate['spec']>['containers']>): string {
  const resources = containers.map((c) => c.resources ?? {});
  if (resources.every((r) => !Object.keys(r.requests ?? {}).length && !Object.keys(r.limits ?? {}).length)) return 'BestEffort';
  const guaranteed = resources.every((r) => ['cpu', 'memory'].every((name) => r.limits?.[name] !== undefined && (r.requests?.[name] ?? r.limits[name]) === r.limits[name]));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
