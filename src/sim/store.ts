import type { KubeObject, OwnerReference } from './kube-object.js';
import { stableUid } from './names.js';
import { formatTime, resolveRelativeTimes } from './relative-time.js';
import { typeOfKind } from './resources.js';
import { matchesLabels, selectorFromSpec } from './selectors.js';

const key = (kind: string, namespace: string | undefined, name: string): string => `${kind}/${namespace ?? ''}/${name}`;

/** One change, as a watch reports it. */
export interface StoreChange {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObject;
  resourceVersion: number;
}

// Enough recent changes to replay what happened between a list and the watch that follows it.
const HISTORY = 1000;

/** The objects of the simulated cluster, with the global resourceVersion counter a real API server keeps. */
export class ObjectStore {
  private readonly objects = new Map<string, KubeObject>();
  private version = 1000;
  private readonly history: StoreChange[] = [];
  private readonly listeners = new Set<(change: StoreChange) => void>();

  /** Calls `listener` for every change from now on; returns the function that stops it. */
  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes after `resourceVersion` that are still remembered. */
  changesSince(resourceVersion: number): StoreChange[] {
    return this.history.filter((change) => change.resourceVersion > resourceVersion);
  }

  private record(change: StoreChange): void {
    this.history.push(change);
    if (this.history.length > HISTORY) this.history.shift();
    for (const listener of this.listeners) listener(change);
  }

  get resourceVersion(): string {
    return String(this.version);
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(key(kind, namespace, name));
  }

  /** Objects of a kind, in one namespace or all, sorted by namespace then name like the API server lists them. */
  list(kind: string, namespace?: string): KubeObject[] {
    const found: KubeObject[] = [];
    for (const object of this.objects.values()) {
      if (object.kind === kind && (namespace === undefined || object.metadata.namespace === namespace)) found.push(object);
    }
    return found.sort((a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  }

  all(): KubeObject[] {
    return [...this.objects.values()];
  }

  /** Stores an object under a new resourceVersion. */
  put(object: KubeObject): KubeObject {
    this.version++;
    object.metadata.resourceVersion = String(this.version);
    const id = key(object.kind, object.metadata.namespace, object.metadata.name);
    const existed = this.objects.has(id);
    this.objects.set(id, object);
    this.record({ type: existed ? 'MODIFIED' : 'ADDED', object: structuredClone(object), resourceVersion: this.version });
    return object;
  }

  remove(object: KubeObject): void {
    const id = key(object.kind, object.metadata.namespace, object.metadata.name);
    if (!this.objects.delete(id)) return;
    this.version++;
    const gone = structuredClone(object);
    gone.metadata.resourceVersion = String(this.version);
    this.record({ type: 'DELETED', object: gone, resourceVersion: this.version });
  }

  byUid(uid: string): KubeObject | undefined {
    for (const object of this.objects.values()) if (object.metadata.uid === uid) return object;
    return undefined;
  }
}

/** The scenario's objects as a real API server would hold them: times resolved, server-set fields filled in. */
export function seedObjects(manifests: KubeObject[], defaultNamespace: string, now: Date): ObjectStore {
  const store = new ObjectStore();
  const defaultCreated = formatTime(new Date(now.getTime() - 3_600_000));
  for (const manifest of manifests) {
    const object = resolveRelativeTimes(structuredClone(manifest), now);
    const type = typeOfKind(object.kind);
    const metadata = object.metadata;
    if (type?.namespaced !== false && metadata.namespace === undefined) metadata.namespace = defaultNamespace;
    if (type && !type.namespaced) delete metadata.namespace;
    metadata.uid ??= stableUid(object.kind, metadata.namespace ?? '', metadata.name);
    metadata.creationTimestamp ??= defaultCreated;
    if (object.spec !== undefined) metadata.generation ??= 1;
    store.put(object);
  }
  const namespaces = new Set(['default', 'kube-system', defaultNamespace, ...store.all().map((o) => o.metadata.namespace).filter((ns): ns is string => !!ns)]);
  for (const name of namespaces) {
    if (store.get('Namespace', undefined, name)) continue;
    store.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, uid: stableUid('Namespace', '', name), creationTimestamp: formatTime(new Date(now.getTime() - 30 * 86_400_000)), labels: { 'kubernetes.io/metadata.name': name } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
  }
  fillOwners(store, 'ReplicaSet', 'Deployment');
  fillOwners(store, 'Pod', 'ReplicaSet');
  fillOwners(store, 'Pod', 'StatefulSet');
  fillOwners(store, 'Pod', 'DaemonSet');
  fillOwners(store, 'Pod', 'Job');
  fillRevisions(store);
  for (const event of store.list('Event')) fillEvent(store, event);
  for (const workload of [...store.list('Deployment'), ...store.list('ReplicaSet'), ...store.list('StatefulSet')]) fillWorkloadStatus(store, workload);
  return store;
}

function controllerOf(object: KubeObject): OwnerReference | undefined {
  return object.metadata.ownerReferences?.find((ref) => ref.controller);
}

// A manifest written without ownerReferences still belongs to the workload whose selector picks it.
function fillOwners(store: ObjectStore, childKind: string, ownerKind: string): void {
  const owners = store.list(ownerKind);
  for (const child of store.list(childKind)) {
    if (child.metadata.ownerReferences?.length) {
      for (const ref of child.metadata.ownerReferences) {
        const owner = store.get(ref.kind, child.metadata.namespace, ref.name);
        if (owner && !ref.uid) ref.uid = owner.metadata.uid!;
      }
      continue;
    }
    const owner = owners.find((candidate) => {
      if (candidate.metadata.namespace !== child.metadata.namespace) return false;
      const selector = selectorFromSpec((candidate.spec as { selector?: unknown } | undefined)?.selector);
      if (!selector || !matchesLabels(selector, child.metadata.labels)) return false;
      // A deployment owns only the replicasets named after it, so two deployments with overlapping selectors stay apart.
      return childKind !== 'ReplicaSet' || child.metadata.name.startsWith(`${candidate.metadata.name}-`);
    });
    if (!owner) continue;
    child.metadata.ownerReferences = [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true }];
  }
}

const REVISION = 'deployment.kubernetes.io/revision';

// `kubectl rollout history` reads revisions from these annotations: number a deployment's replicasets oldest first.
function fillRevisions(store: ObjectStore): void {
  for (const deployment of store.list('Deployment')) {
    const owned = store.list('ReplicaSet', deployment.metadata.namespace).filter((rs) => controllerOf(rs)?.uid === deployment.metadata.uid);
    owned.sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
    let highest = 0;
    for (const rs of owned) {
      const annotations = (rs.metadata.annotations ??= {});
      const written = Number(annotations[REVISION]);
      const revision = Number.isInteger(written) && written > 0 ? written : highest + 1;
      annotations[REVISION] = String(revision);
      highest = Math.max(highest, revision);
    }
    const annotations = (deployment.metadata.annotations ??= {});
    if (!annotations[REVISION]) annotations[REVISION] = String(Math.max(highest, 1));
    // kubectl finds the current replicaset by comparing templates: one written without a template gets its deployment's.
    const newest = [...owned].sort((a, b) => Number(b.metadata.annotations![REVISION]) - Number(a.metadata.annotations![REVISION]))[0];
    const rsSpec = newest ? ((newest.spec ??= {}) as { template?: { metadata?: { labels?: Record<string, string> } } }) : undefined;
    const template = (deployment.spec as { template?: { metadata?: { labels?: Record<string, string> } } } | undefined)?.template;
    if (newest && rsSpec && !rsSpec.template && template) {
      const copy = structuredClone(template);
      const hash = newest.metadata.labels?.['pod-template-hash'];
      copy.metadata = { ...(copy.metadata ?? {}), labels: { ...(copy.metadata?.labels ?? {}), ...(hash ? { 'pod-template-hash': hash } : {}) } };
      rsSpec.template = copy;
    }
  }
}

function fillEvent(store: ObjectStore, event: KubeObject): void {
  const involved = (event.involvedObject ??= {}) as { kind?: string; name?: string; namespace?: string; uid?: string; apiVersion?: string };
  const type = involved.kind ? typeOfKind(involved.kind) : undefined;
  if (type?.namespaced && !involved.namespace) involved.namespace = event.metadata.namespace;
  const target = involved.kind && involved.name ? store.get(involved.kind, type?.namespaced ? involved.namespace : undefined, involved.name) : undefined;
  if (target) {
    involved.uid ??= target.metadata.uid;
    involved.apiVersion ??= target.apiVersion;
  }
  event.type ??= 'Normal';
  event.count ??= 1;
  event.firstTimestamp ??= event.lastTimestamp ?? event.metadata.creationTimestamp;
  event.lastTimestamp ??= event.firstTimestamp;
  event.source ??= { component: defaultComponent(involved.kind) };
  event.reportingComponent ??= (event.source as { component?: string }).component ?? '';
}

function defaultComponent(kind: string | undefined): string {
  switch (kind) {
    case 'Pod':
      return 'kubelet';
    case 'Deployment':
      return 'deployment-controller';
    case 'ReplicaSet':
      return 'replicaset-controller';
    case 'HorizontalPodAutoscaler':
      return 'horizontal-pod-autoscaler';
    case 'Node':
      return 'kubelet';
    default:
      return `${(kind ?? 'object').toLowerCase()}-controller`;
  }
}

interface PodSummary {
  total: number;
  ready: number;
}

/** Pods a workload controls, counted as its status would count them. */
export function ownedPods(store: ObjectStore, owner: KubeObject): KubeObject[] {
  return store.list('Pod', owner.metadata.namespace).filter((pod) => controllerOf(pod)?.uid === owner.metadata.uid && !pod.metadata.deletionTimestamp);
}

export function isPodReady(pod: KubeObject): boolean {
  const conditions = ((pod.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function revisionOf(rs: KubeObject): number {
  return Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) || 0;
}

function summarise(pods: KubeObject[]): PodSummary {
  return { total: pods.length, ready: pods.filter(isPodReady).length };
}

// A manifest without `status` would make kubectl print empty columns and `rollout status` wait forever.
function fillWorkloadStatus(store: ObjectStore, workload: KubeObject): void {
  if (workload.status !== undefined) {
    const status = workload.status as { observedGeneration?: number };
    status.observedGeneration ??= workload.metadata.generation ?? 1;
    return;
  }
  let pods: PodSummary;
  let updated = 0;
  if (workload.kind === 'Deployment') {
    const owned = store.list('ReplicaSet', workload.metadata.namespace).filter((rs) => controllerOf(rs)?.uid === workload.metadata.uid);
    const all = owned.flatMap((rs) => ownedPods(store, rs));
    pods = summarise(all);
    // Mid-rollout only the newest replica set's pods run the current template.
    const newest = [...owned].sort((a, b) => revisionOf(b) - revisionOf(a))[0];
    updated = newest ? ownedPods(store, newest).length : 0;
  } else {
    pods = summarise(ownedPods(store, workload));
  }
  workload.status = {
    observedGeneration: workload.metadata.generation ?? 1,
    replicas: pods.total,
    readyReplicas: pods.ready,
    availableReplicas: pods.ready,
    ...(workload.kind === 'Deployment' ? { updatedReplicas: updated } : {}),
    ...(workload.kind === 'ReplicaSet' ? { fullyLabeledReplicas: pods.total } : {}),
    ...(workload.kind === 'StatefulSet' ? { currentReplicas: pods.total, updatedReplicas: pods.total } : {}),
  };
}

export { controllerOf };
