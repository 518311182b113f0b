import { Controllers } from './controllers.js';
import { AGGREGATED_CONTENT_TYPE, aggregatedDiscovery, groupList, legacyVersions, resourceList, versionInfo, wantsAggregated } from './discovery.js';
import { admitEviction, fillBudgets, refreshBudgets } from './disruption.js';
import { reconcileAutoscaler } from './autoscaler.js';
import { fillCertificates } from './certificates.js';
import { checkClaimUpdate, expandClaim } from './claim-resize.js';
import { fillEndpointSlices } from './endpoint-slices.js';
import type { KubeObject } from './kube-object.js';
import { statsSummary } from './kubelet-stats.js';
import { relieveDiskPressure, rememberPodNodes } from './node-pressure.js';
import { scheduleWaitingPods } from './scheduler.js';
import { applyPatch, PatchError } from './patch.js';
import { nodeMetrics, podMetrics } from './pod-metrics.js';
import { podLog } from './pod-logs.js';
import { formatTime } from './relative-time.js';
import { apiVersionOf, findType, GROUP_VERSIONS, type ResourceType } from './resources.js';
import type { Scenario } from './scenario.js';
import { formatLabelSelector, matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector, SelectorError, selectorFromSpec } from './selectors.js';
import { ApiError, badRequest, notFound, statusBody, unsupported } from './status.js';
import { seedObjects, type ObjectStore, type StoreChange } from './store.js';
import { tableVersion, toTable, type IncludeObject } from './table-response.js';

/** One HTTP request, reduced to what the API needs. */
export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  accept?: string | undefined;
  contentType?: string | undefined;
  body: string;
}

/** One answer; a `watch` answer is a stream of change events the server ends after a while. */
export interface ApiResponse {
  status: number;
  contentType: string;
  body: string;
  watch?: WatchStream;
}

/** What a watch sends: the events since the client's resourceVersion, then each new matching change. */
export interface WatchStream {
  /** Seconds the client asked the watch to last (`timeoutSeconds` or `timeout`), if it asked. */
  requestedSeconds?: number;
  /** Starts the stream: `send` gets each event line; returns the function that stops it. */
  start(send: (line: string) => void): () => void;
}

const JSON_TYPE = 'application/json';

function json(body: unknown, status = 200, contentType = JSON_TYPE): ApiResponse {
  return { status, contentType, body: JSON.stringify(body) };
}

interface ResourcePath {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  watch: boolean;
}

/** The simulated API server's behaviour, without any HTTP: discovery, reads, writes and their reactions. */
export class SimApi {
  readonly store: ObjectStore;
  private readonly controllers: Controllers;

  constructor(
    private readonly scenario: Scenario,
    now: Date,
    private readonly serverAddress: string,
  ) {
    this.store = seedObjects(scenario.objects, scenario.namespace, now);
    this.controllers = new Controllers(this.store, now);
    fillEndpointSlices(this.store);
    fillCertificates(this.store, scenario.certificates, now);
    rememberPodNodes(this.store, scenario.metrics);
    fillBudgets(this.store, now);
  }

  now(): Date {
    return this.controllers.now();
  }

  handle(request: ApiRequest): ApiResponse {
    try {
      return this.route(request);
    } catch (error) {
      if (error instanceof ApiError) return json(statusBody(error), error.code);
      if (error instanceof SelectorError) return json(statusBody(badRequest(error.message)), 400);
      if (error instanceof PatchError) return json(statusBody(new ApiError(422, 'Invalid', error.message)), 422);
      const message = error instanceof Error ? error.message : String(error);
      return json(statusBody(new ApiError(500, 'InternalError', `the simulated cluster failed: ${message}`)), 500);
    }
  }

  private route(request: ApiRequest): ApiResponse {
    const segments = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    const [root, second, third] = segments;
    if (root === 'version' && segments.length === 1) return json(versionInfo());
    if ((root === 'healthz' || root === 'livez' || root === 'readyz') && segments.length === 1) return { status: 200, contentType: 'text/plain', body: 'ok' };
    if (root === 'api') {
      if (segments.length === 1) return wantsAggregated(request.accept) ? json(aggregatedDiscovery(true), 200, AGGREGATED_CONTENT_TYPE) : json(legacyVersions(this.serverAddress));
      if (second !== 'v1') throw notFoundPath();
      if (segments.length === 2) return json(resourceList('', 'v1'));
      if (segments[2] === 'nodes' && segments[4] === 'proxy' && segments.length >= 5) return this.nodeProxy(request, segments[3]!, segments.slice(5).join('/'));
      return this.resource(request, '', 'v1', segments.slice(2));
    }
    if (root === 'apis') {
      if (segments.length === 1) return wantsAggregated(request.accept) ? json(aggregatedDiscovery(false), 200, AGGREGATED_CONTENT_TYPE) : json(groupList());
      // `kubectl describe node` asks for the node's heartbeat lease without discovering its group first.
      if (second === 'coordination.k8s.io' && third === 'v1' && segments[4] === 'kube-node-lease' && segments[5] === 'leases' && segments.length === 7) return this.nodeLease(segments[6]!);
      const group = GROUP_VERSIONS.find((g) => g.group === second);
      if (!group) throw notFoundPath();
      if (segments.length === 2) {
        const versions = group.versions.map((version) => ({ groupVersion: `${group.group}/${version}`, version }));
        return json({ kind: 'APIGroup', apiVersion: 'v1', name: group.group, versions, preferredVersion: versions[0] });
      }
      if (!third || !group.versions.includes(third)) throw notFoundPath();
      if (segments.length === 3) return json(resourceList(group.group, third));
      return this.resource(request, group.group, third, segments.slice(3));
    }
    throw notFoundPath();
  }

  private nodeLease(name: string): ApiResponse {
    const node = this.store.get('Node', undefined, name);
    if (!node) throw notFound('leases', 'coordination.k8s.io', name);
    // A kubelet that stopped posting status stopped renewing its lease too: the lease is as old as the last heartbeat.
    const ready = ((node.status as { conditions?: { type?: string; status?: string; lastHeartbeatTime?: string }[] } | undefined)?.conditions ?? []).find((c) => c.type === 'Ready');
    const lastBeat = ready && ready.status !== 'True' && ready.lastHeartbeatTime ? Date.parse(ready.lastHeartbeatTime) : Number.NaN;
    const renewedAt = Number.isNaN(lastBeat) ? this.now().getTime() - 7_000 : lastBeat;
    const renewed = new Date(renewedAt).toISOString().replace(/(\.\d{3})Z$/, '$1000Z');
    return json({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name, namespace: 'kube-node-lease', uid: node.metadata.uid, creationTimestamp: node.metadata.creationTimestamp, resourceVersion: this.store.resourceVersion },
      spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: renewed },
    });
  }

  // The API server passes `nodes/<name>/proxy/...` on to that node's kubelet; of the kubelet's API only the stats summary is simulated.
  private nodeProxy(request: ApiRequest, name: string, path: string): ApiResponse {
    const node = this.store.get('Node', undefined, name);
    if (!node) throw notFound('nodes', '', name);
    // A node whose kubelet stopped posting status does not answer its proxy either: the API server times out dialling it.
    const status = node.status as { conditions?: { type?: string; status?: string }[]; addresses?: { type?: string; address?: string }[] } | undefined;
    if (status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'Unknown')) {
      const ip = status.addresses?.find((a) => a.type === 'InternalIP')?.address ?? name;
      throw new ApiError(503, 'ServiceUnavailable', `error trying to reach service: dial tcp ${ip}:10250: i/o timeout`);
    }
    if (request.method.toUpperCase() !== 'GET' || (path !== 'stats/summary' && path !== 'stats/summary/')) {
      throw unsupported(`the kubelet endpoint /${path} through the node proxy (only /stats/summary is simulated)`);
    }
    // The kubelet answers with indented JSON.
    return { status: 200, contentType: JSON_TYPE, body: `${JSON.stringify(statsSummary(this.store, this.scenario.metrics, node, this.now()), null, 2)}\n` };
  }

  private parsePath(group: string, version: string, rest: string[]): ResourcePath {
    let watch = false;
    if (rest[0] === 'watch') {
      watch = true;
      rest = rest.slice(1);
    }
    let namespace: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
    const [plural, name, subresource, ...extra] = rest;
    const type = plural ? findType(group, version, plural) : undefined;
    if (!type || extra.length > 0 || (namespace !== undefined && !type.namespaced)) throw notFoundPath();
    if (type.namespaced && name !== undefined && namespace === undefined) throw notFoundPath();
    return { type, ...(namespace === undefined ? {} : { namespace }), ...(name === undefined ? {} : { name }), ...(subresource === undefined ? {} : { subresource }), watch };
  }

  private resource(request: ApiRequest, group: string, version: string, rest: string[]): ApiResponse {
    const target = this.parsePath(group, version, rest);
    const { type, name, subresource } = target;
    const method = request.method.toUpperCase();
    if (subresource === 'exec' || subresource === 'attach' || subresource === 'portforward' || subresource === 'proxy') {
      throw unsupported(`\`kubectl ${subresource === 'portforward' ? 'port-forward' : subresource}\`: it has no containers to run anything in`);
    }
    if (type.group === 'metrics.k8s.io') {
      if (method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', `${type.plural}.metrics.k8s.io are read-only`);
      return this.metrics(request, target);
    }
    if (target.watch || (method === 'GET' && isTrue(request.query.get('watch')))) return this.watch(request, target);
    if (subresource === 'log') {
      if (type.kind !== 'Pod' || method !== 'GET') throw notFoundPath();
      const pod = this.getObject(type, target);
      return { status: 200, contentType: 'text/plain', body: podLog(this.scenario.logs, pod, request.query) };
    }
    if (subresource === 'scale') return this.scale(request, target);
    if (subresource === 'eviction' && type.kind === 'Pod' && method === 'POST') return this.evict(request, target);
    if (subresource === 'status' && method === 'GET') return this.read(request, target);
    if (subresource !== undefined) throw unsupported(`the ${type.plural}/${subresource} subresource`);
    switch (method) {
      case 'GET':
        return name === undefined ? this.list(request, target) : this.read(request, target);
      case 'PATCH':
        return this.patch(request, target);
      case 'PUT':
        return this.replace(request, target);
      case 'DELETE':
        if (name === undefined) throw unsupported(`deleting a whole collection of ${type.plural} at once; delete them by name or with a label selector`);
        return this.remove(request, target);
      case 'POST':
        throw unsupported(`creating objects (${apiVersionOf(type)} ${type.kind}): a drill starts from the scenario's objects; change them with scale, patch, label, annotate, rollout restart or delete`);
      default:
        throw new ApiError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
    }
  }

  private getObject(type: ResourceType, target: ResourcePath): KubeObject {
    const object = this.store.get(type.kind, type.namespaced ? target.namespace : undefined, target.name!);
    if (!object) throw notFound(type.plural, type.group, target.name!);
    return object;
  }

  private selected(request: ApiRequest, type: ResourceType, namespace: string | undefined): KubeObject[] {
    const labels = request.query.get('labelSelector');
    const fields = request.query.get('fieldSelector');
    const labelSelector = labels ? parseLabelSelector(labels) : [];
    const fieldSelector = fields ? parseFieldSelector(fields, type.kind) : [];
    return this.store.list(type.kind, namespace).filter((object) => matchesLabels(labelSelector, object.metadata.labels) && matchesFields(fieldSelector, object));
  }

  private list(request: ApiRequest, target: ResourcePath): ApiResponse {
    const { type } = target;
    const items = this.selected(request, type, target.namespace);
    const asTable = tableVersion(request.accept);
    if (asTable) return json(toTable(type.kind, items, { version: asTable, includeObject: includeObject(request.query), now: this.now(), resourceVersion: this.store.resourceVersion }));
    return json({ kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata: { resourceVersion: this.store.resourceVersion }, items });
  }

  private read(request: ApiRequest, target: ResourcePath): ApiResponse {
    const object = this.getObject(target.type, target);
    const asTable = tableVersion(request.accept);
    if (asTable) return json(toTable(target.type.kind, [object], { version: asTable, includeObject: includeObject(request.query), now: this.now(), resourceVersion: this.store.resourceVersion }));
    return json(object);
  }

  private watch(request: ApiRequest, target: ResourcePath): ApiResponse {
    const { type } = target;
    const labels = request.query.get('labelSelector');
    const fields = request.query.get('fieldSelector');
    const labelSelector = labels ? parseLabelSelector(labels) : [];
    const fieldSelector = fields ? parseFieldSelector(fields, type.kind) : [];
    if (target.name !== undefined) fieldSelector.push({ field: 'metadata.name', negate: false, value: target.name });
    const asTable = tableVersion(request.accept);
    const include = includeObject(request.query);
    const since = Number(request.query.get('resourceVersion') ?? '');
    const matches = (object: KubeObject): boolean =>
      object.kind === type.kind && (target.namespace === undefined || object.metadata.namespace === target.namespace) && matchesLabels(labelSelector, object.metadata.labels) && matchesFields(fieldSelector, object);
    const line = (change: StoreChange): string => {
      const object = asTable ? toTable(type.kind, [change.object], { version: asTable, includeObject: include, now: this.now(), resourceVersion: String(change.resourceVersion) }) : change.object;
      return `${JSON.stringify({ type: change.type, object })}\n`;
    };
    const requested = seconds(request.query.get('timeoutSeconds')) ?? seconds(request.query.get('timeout'));
    const stream: WatchStream = {
      ...(requested === undefined ? {} : { requestedSeconds: requested }),
      start: (send) => {
        // Without a resourceVersion a watch starts with the current state, as ADDED events.
        const backlog: StoreChange[] = Number.isFinite(since) && since > 0
          ? this.store.changesSince(since)
          : this.store.list(type.kind, target.namespace).map((object) => ({ type: 'ADDED', object, resourceVersion: Number(object.metadata.resourceVersion) }));
        for (const change of backlog) if (matches(change.object)) send(line(change));
        return this.store.subscribe((change) => {
          if (matches(change.object)) send(line(change));
        });
      },
    };
    return { status: 200, contentType: JSON_TYPE, body: '', watch: stream };
  }

  private metrics(request: ApiRequest, target: ResourcePath): ApiResponse {
    const now = this.now();
    const podsType = findType('', 'v1', 'pods')!;
    const nodesType = findType('', 'v1', 'nodes')!;
    const isPods = target.type.kind === 'PodMetrics';
    const source = isPods ? podsType : nodesType;
    const toMetrics = (object: KubeObject): KubeObject | undefined => (isPods ? podMetrics(this.scenario.metrics, object, now) : nodeMetrics(this.scenario.metrics, object, now));
    if (target.name !== undefined) {
      const object = this.store.get(source.kind, isPods ? target.namespace : undefined, target.name);
      const metrics = object && toMetrics(object);
      if (!metrics) throw notFound(target.type.plural, target.type.group, target.name);
      return json(metrics);
    }
    const labels = request.query.get('labelSelector');
    const selector = labels ? parseLabelSelector(labels) : [];
    const items = this.store
      .list(source.kind, target.namespace)
      .filter((object) => matchesLabels(selector, object.metadata.labels))
      .map(toMetrics)
      .filter((item): item is KubeObject => item !== undefined);
    return json({ kind: `${target.type.kind}List`, apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items });
  }

  private body(request: ApiRequest): unknown {
    try {
      return JSON.parse(request.body || 'null');
    } catch {
      throw badRequest('the request body is not valid JSON');
    }
  }

  private patched(request: ApiRequest, current: unknown): unknown {
    const contentType = request.contentType ?? '';
    if (contentType.startsWith('application/apply-patch')) throw new ApiError(415, 'UnsupportedMediaType', 'the simulated cluster does not support server-side apply; use kubectl patch, scale, label or annotate');
    const result = applyPatch(contentType, current, this.body(request));
    if (result === undefined) throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`);
    return result;
  }

  private patch(request: ApiRequest, target: ResourcePath): ApiResponse {
    const current = this.getObject(target.type, target);
    const next = this.patched(request, current);
    return this.update(request, target, current, next);
  }

  private replace(request: ApiRequest, target: ResourcePath): ApiResponse {
    const current = this.getObject(target.type, target);
    const next = this.body(request) as KubeObject | null;
    const sentVersion = next?.metadata?.resourceVersion;
    if (sentVersion && sentVersion !== current.metadata.resourceVersion) throw conflict(target.type, current.metadata.name);
    return this.update(request, target, current, next);
  }

  // Identity fields cannot change; a changed spec bumps the generation, and the controllers react to the stored result.
  private update(request: ApiRequest, target: ResourcePath, current: KubeObject, next: unknown): ApiResponse {
    if (!next || typeof next !== 'object' || Array.isArray(next)) throw new ApiError(422, 'Invalid', `${target.type.kind} "${current.metadata.name}" is invalid: the object must be a mapping`);
    const object = next as KubeObject;
    const metadata = object.metadata && typeof object.metadata === 'object' ? object.metadata : ({} as KubeObject['metadata']);
    for (const field of ['name', 'namespace', 'uid', 'creationTimestamp'] as const) {
      if (current.metadata[field] === undefined) delete metadata[field];
      else metadata[field] = current.metadata[field] as string;
    }
    object.metadata = metadata;
    object.apiVersion = current.apiVersion;
    object.kind = current.kind;
    if (JSON.stringify(object.spec) !== JSON.stringify(current.spec) && current.metadata.generation !== undefined) metadata.generation = current.metadata.generation + 1;
    else if (current.metadata.generation !== undefined) metadata.generation = current.metadata.generation;
    const grows = object.kind === 'PersistentVolumeClaim' && checkClaimUpdate(this.store, current, object);
    if (isDryRun(request)) {
      metadata.resourceVersion = current.metadata.resourceVersion!;
      return json(object);
    }
    if (grows) expandClaim(object, (type, reason, message, component) => this.controllers.event(object, type, reason, message, component));
    this.store.put(object);
    this.controllers.changed(object);
    if (object.kind === 'HorizontalPodAutoscaler') {
      const scaled = reconcileAutoscaler(this.store, object, this.now(), (about, type, reason, message, component) => this.controllers.event(about, type, reason, message, component));
      if (scaled) this.controllers.changed(scaled);
    }
    this.afterWrite();
    return json(this.store.get(object.kind, metadata.namespace, metadata.name) ?? object);
  }

  // What other controllers do after any change: place pods that can now run, and let their owners and budgets count them.
  private afterWrite(): void {
    const started = scheduleWaitingPods(this.store, this.now(), (object, type, reason, message, component) => this.controllers.event(object, type, reason, message, component));
    const owners = new Map<string, KubeObject>();
    for (const pod of started) {
      const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
      const owner = ref && this.store.get(ref.kind, pod.metadata.namespace, ref.name);
      if (owner) owners.set(owner.metadata.uid!, owner);
    }
    for (const owner of owners.values()) this.controllers.changed(owner);
    refreshBudgets(this.store, undefined, this.now());
    relieveDiskPressure(this.store, this.scenario.metrics, this.now(), (object, type, reason, message, component) => this.controllers.event(object, type, reason, message, component));
  }

  private scaleOf(type: ResourceType, object: KubeObject): Record<string, unknown> {
    const spec = object.spec as { replicas?: number; selector?: unknown } | undefined;
    const selector = selectorFromSpec(spec?.selector);
    const { name, namespace, uid, resourceVersion, creationTimestamp } = object.metadata;
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
      spec: { replicas: spec?.replicas ?? 1 },
      status: { replicas: (object.status as { replicas?: number } | undefined)?.replicas ?? 0, ...(selector ? { selector: formatLabelSelector(selector) } : {}) },
    };
  }

  private scale(request: ApiRequest, target: ResourcePath): ApiResponse {
    const { type } = target;
    if (!type.subresources.some((sub) => sub.name === 'scale')) throw notFoundPath();
    const current = this.getObject(type, target);
    const method = request.method.toUpperCase();
    const scale = this.scaleOf(type, current);
    if (method === 'GET') return json(scale);
    if (method !== 'PATCH' && method !== 'PUT') throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    const next = (method === 'PATCH' ? this.patched(request, scale) : this.body(request)) as { spec?: { replicas?: unknown }; metadata?: { resourceVersion?: string } } | null;
    const replicas = next?.spec?.replicas;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) throw new ApiError(422, 'Invalid', `Scale.autoscaling "${current.metadata.name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`);
    if (method === 'PUT' && next?.metadata?.resourceVersion && next.metadata.resourceVersion !== current.metadata.resourceVersion) throw conflict(type, current.metadata.name);
    const updated = structuredClone(current);
    (updated.spec as { replicas?: number }).replicas = replicas;
    if (isDryRun(request)) return json({ ...scale, spec: { replicas } });
    if (replicas !== (current.spec as { replicas?: number }).replicas) updated.metadata.generation = (current.metadata.generation ?? 1) + 1;
    this.store.put(updated);
    this.controllers.changed(updated);
    this.afterWrite();
    return json(this.scaleOf(type, this.store.get(type.kind, updated.metadata.namespace, updated.metadata.name) ?? updated));
  }

  private remove(request: ApiRequest, target: ResourcePath): ApiResponse {
    const object = this.getObject(target.type, target);
    if (isDryRun(request)) return json(object);
    const gone = structuredClone(object);
    if (object.kind === 'Namespace') for (const inside of this.store.all().filter((o) => o.metadata.namespace === object.metadata.name)) this.store.remove(inside);
    this.controllers.deleted(object);
    this.afterWrite();
    if (object.kind === 'Pod') {
      gone.metadata.deletionTimestamp = formatTime(this.now());
      gone.metadata.deletionGracePeriodSeconds = 30;
      return json(gone);
    }
    return json({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: object.metadata.name, group: target.type.group, kind: target.type.plural, uid: object.metadata.uid } });
  }

  private evict(request: ApiRequest, target: ResourcePath): ApiResponse {
    const pod = this.getObject(target.type, target);
    const dryRun = isDryRun(request);
    admitEviction(this.store, pod, this.now(), dryRun);
    if (!dryRun) {
      this.controllers.deleted(pod);
      this.afterWrite();
    }
    return json({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 }, 201);
  }
}

// `timeoutSeconds=300` or `timeout=5s`/`1m30s`, as client-go sends them.
function seconds(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(value);
  if (!match || value === '') return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

function isTrue(value: string | null): boolean {
  return value === 'true' || value === '1';
}

// Writes carry `dryRun=All` in the query; deletes may carry it in their DeleteOptions body instead.
function isDryRun(request: ApiRequest): boolean {
  if (request.query.getAll('dryRun').includes('All')) return true;
  if (!request.body.includes('dryRun')) return false;
  try {
    const options = JSON.parse(request.body) as { dryRun?: unknown };
    return Array.isArray(options.dryRun) && options.dryRun.includes('All');
  } catch {
    return false;
  }
}

function includeObject(query: URLSearchParams): IncludeObject {
  const value = query.get('includeObject');
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}

function notFoundPath(): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource');
}

function conflict(type: ResourceType, name: string): ApiError {
  const what = type.group ? `${type.plural}.${type.group}` : type.plural;
  return new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${what} "${name}": the object has been modified; please apply your changes to the latest version and try again`);
}
